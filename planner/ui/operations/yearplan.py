"""Undoable operations on a year's plan: goals, notes, review, the next year."""

from __future__ import annotations

from planner.i18n import _
from planner.store.errors import StoreError
from planner.store.yearplan import GoalInput, GoalRecord, YearPlanStore
from planner.ui.changes import Change, Changes
from planner.ui.context import AppContext
from planner.ui.operations import Ask, added, delete, edited, record, set_value

YEAR_PLAN = Changes(Change.YEAR_PLAN)
# Starting the next year copies plan items into it as well.
NEXT_YEAR = Changes(Change.YEAR_PLAN | Change.PLAN)


def _store(context: AppContext) -> YearPlanStore:
    return YearPlanStore(context.database)


def as_input(goal: GoalRecord) -> GoalInput:
    return GoalInput(goal.title, goal.measure, goal.due_on, goal.skill_key, goal.status)


def add_goal(context: AppContext, ask: Ask, year: int, goal: GoalInput) -> GoalRecord:
    store = _store(context)
    made = store.add_goal(year, goal)
    return added(
        context,
        ask,
        _("Add goal {goal}").format(goal=made.title),
        YEAR_PLAN,
        made,
        delete=lambda saved: store.delete_goal(saved.id),
        restore=store.restore_goal,
    )


def edit_goal(context: AppContext, ask: Ask, goal_id: int, value: GoalInput) -> None:
    store = _store(context)
    before = store.update_goal(goal_id, value)
    edited(
        context,
        ask,
        _("Edit goal {goal}").format(goal=before.title),
        YEAR_PLAN,
        update=lambda goal: store.update_goal(goal_id, goal),
        before=as_input(before),
        after=value,
    )


def delete_goal(context: AppContext, ask: Ask, goal: GoalRecord) -> bool:
    store = _store(context)
    question = _("Delete the goal “{goal}”? You can undo this.").format(goal=goal.title)
    return delete(
        context,
        ask,
        _("Delete goal {goal}").format(goal=goal.title),
        remove=lambda: store.delete_goal(goal.id),
        restore=store.restore_goal,
        changes=lambda _gone: YEAR_PLAN,
        question=question,
    )


def move_goal(context: AppContext, ask: Ask, goal: GoalRecord, step: int) -> bool:
    store = _store(context)
    try:
        moved = store.move_goal(goal.id, step)
    except StoreError as error:
        ask.error(error)
        return False
    if moved:
        record(
            context,
            ask,
            _("Move goal {goal}").format(goal=goal.title),
            YEAR_PLAN,
            undo=lambda: store.move_goal(goal.id, -step),
            redo=lambda: store.move_goal(goal.id, step),
        )
    return moved


def set_notes(context: AppContext, ask: Ask, year: int, text: str) -> bool:
    store = _store(context)
    return set_value(
        context,
        ask,
        _("Edit notes of {year}").format(year=year),
        YEAR_PLAN,
        put=lambda value: store.set_notes(year, value),
        value=text,
    )


def set_review(context: AppContext, ask: Ask, year: int, text: str) -> bool:
    store = _store(context)
    return set_value(
        context,
        ask,
        _("Edit review of {year}").format(year=year - 1),
        YEAR_PLAN,
        put=lambda value: store.set_review(year, value),
        value=text,
    )


def start_next_year(
    context: AppContext,
    ask: Ask,
    year: int,
    goal_ids: tuple[int, ...],
    item_ids: tuple[int, ...],
) -> None:
    """Open next year's plan, carrying the chosen goals and plan items over."""
    store = _store(context)
    state = {"carried": store.start_next_year(year, goal_ids, item_ids)}

    def redo() -> None:
        state["carried"] = store.start_next_year(year, goal_ids, item_ids)

    record(
        context,
        ask,
        _("Start the plan for {year}").format(year=year + 1),
        NEXT_YEAR,
        undo=lambda: store.undo_start_next_year(state["carried"]),
        redo=redo,
    )
