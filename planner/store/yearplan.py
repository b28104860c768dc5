"""Yearly development plans: notes, the written review and SMART goals.

A plan belongs to one calendar year. Its ``review`` is the written look back
at the year before, made when this year's plan is written (so a plan holds
everything its document prints). Goals are SMART: what (title), how it is
measured, by when (due date), the skill it builds, and a status; their order
is the user's (``position``). Starting next year's plan carries over chosen
unfinished goals and plan items as copies, so last year stays as it was.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from planner.domain.dates import MAX_YEAR, MIN_YEAR
from planner.domain.enums import GoalStatus, LearningType, PlanStatus
from planner.i18n.markers import N_
from planner.store.database import Database
from planner.store.errors import ValidationError
from planner.store.models import Goal, LogEntry, PlanItem, Skill, YearPlan
from planner.store.validation import check_text
from planner.store.yearplan_carry import carry_goals, carry_items
from planner.store.yearplan_records import (
    MAX_TITLE_LENGTH,
    OPEN_GOAL_STATUSES,
    OPEN_ITEM_STATUSES,
    CarryOver,
    GoalInput,
    GoalRecord,
    PlanItemRecord,
    YearPlanRecord,
    check_goal,
    check_year,
    same_day_next_year,
)

__all__ = [
    "MAX_TITLE_LENGTH",
    "MAX_YEAR",
    "MIN_YEAR",
    "CarryOver",
    "GoalInput",
    "GoalRecord",
    "PlanItemRecord",
    "YearPlanRecord",
    "YearPlanStore",
    "check_goal",
    "check_year",
    "same_day_next_year",
]


class YearPlanStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- plans -----------------------------------------------------------

    def years(self) -> list[int]:
        """Years that have a plan or plan items, oldest first."""
        with self._db.reading() as session:
            plans = set(session.scalars(select(YearPlan.year)))
            items = set(session.scalars(select(PlanItem.plan_year).distinct()))
        return sorted(plans | items)

    def plan(self, year: int) -> YearPlanRecord | None:
        with self._db.reading() as session:
            row = session.scalar(select(YearPlan).where(YearPlan.year == year))
            return _plan_record(row) if row is not None else None

    def ensure_plan(self, year: int) -> tuple[YearPlanRecord, bool]:
        """The plan of ``year``, created when missing; True when it was created."""
        year = check_year(year)
        with self._db.transaction() as session:
            row, created = _ensure_plan(session, year)
            return _plan_record(row), created

    def delete_empty_plan(self, year: int) -> None:
        """Undo of a plan creation: remove it if nothing was written into it."""
        with self._db.transaction() as session:
            row = session.scalar(select(YearPlan).where(YearPlan.year == year))
            if row is not None and not row.goals and not row.notes and not row.review:
                session.delete(row)

    def set_notes(self, year: int, notes: str) -> str:
        """Save the plan's notes; returns the notes before."""
        notes = check_text(notes)
        with self._db.transaction() as session:
            row, _created = _ensure_plan(session, check_year(year))
            before, row.notes = row.notes, notes
            return before

    def set_review(self, year: int, review: str) -> str:
        """Save the written review of the year before ``year``; returns it as it was."""
        review = check_text(review)
        with self._db.transaction() as session:
            row, _created = _ensure_plan(session, check_year(year))
            before, row.review = row.review, review
            return before

    # -- goals -----------------------------------------------------------

    def goals(self, year: int) -> list[GoalRecord]:
        with self._db.reading() as session:
            query = (
                select(Goal, Skill.key, Skill.name, Skill.is_custom)
                .join(YearPlan)
                .outerjoin(Skill, Goal.skill_id == Skill.id)
                .where(YearPlan.year == year)
                .order_by(Goal.position, Goal.id)
            )
            return [
                _goal_record(goal, year, key, name if custom else None)
                for goal, key, name, custom in session.execute(query)
            ]

    def goal(self, goal_id: int) -> GoalRecord:
        with self._db.reading() as session:
            return _goal_by_id(session, goal_id)

    def add_goal(self, year: int, goal: GoalInput) -> GoalRecord:
        year = check_year(year)
        goal = check_goal(year, goal)
        with self._db.transaction() as session:
            plan, _created = _ensure_plan(session, year)
            skill_id = _skill_id(session, goal.skill_key)
            position = session.scalar(
                select(func.coalesce(func.max(Goal.position), -1) + 1).where(
                    Goal.year_plan_id == plan.id
                )
            )
            row = Goal(
                year_plan_id=plan.id,
                title=goal.title,
                measure=goal.measure,
                due_on=goal.due_on,
                skill_id=skill_id,
                status=goal.status,
                position=position,
            )
            session.add(row)
            session.flush()
            return _goal_by_id(session, row.id)

    def update_goal(self, goal_id: int, goal: GoalInput) -> GoalRecord:
        """Change a goal; returns it as it was before."""
        with self._db.transaction() as session:
            before = _goal_by_id(session, goal_id)
            goal = check_goal(before.year, goal)
            row = session.get(Goal, goal_id)
            assert row is not None
            row.title, row.measure, row.due_on = goal.title, goal.measure, goal.due_on
            row.skill_id = _skill_id(session, goal.skill_key)
            row.status = goal.status
            return before

    def delete_goal(self, goal_id: int) -> GoalRecord:
        """Delete a goal; returns it so that :meth:`restore_goal` can put it back."""
        with self._db.transaction() as session:
            record = _goal_by_id(session, goal_id)
            session.execute(delete(Goal).where(Goal.id == goal_id))
            return record

    def restore_goal(self, record: GoalRecord) -> None:
        """Put a deleted goal back under its old id and place (undo of a delete)."""
        with self._db.transaction() as session:
            plan, _created = _ensure_plan(session, record.year)
            session.add(
                Goal(
                    id=record.id,
                    year_plan_id=plan.id,
                    title=record.title,
                    measure=record.measure,
                    due_on=record.due_on,
                    skill_id=_skill_id(session, record.skill_key, missing_ok=True),
                    status=record.status,
                    position=record.position,
                )
            )

    def move_goal(self, goal_id: int, step: int) -> bool:
        """Move a goal ``step`` places up (negative) or down; False at either end."""
        with self._db.transaction() as session:
            row = session.get(Goal, goal_id)
            if row is None:
                raise ValidationError(N_("That goal no longer exists."))
            siblings = list(
                session.scalars(
                    select(Goal)
                    .where(Goal.year_plan_id == row.year_plan_id)
                    .order_by(Goal.position, Goal.id)
                )
            )
            index = siblings.index(row)
            target = index + step
            if step == 0 or not 0 <= target < len(siblings):
                return False
            siblings.insert(target, siblings.pop(index))
            for position, sibling in enumerate(siblings):
                sibling.position = position
            return True

    # -- plan items of a year (read here; the learning plan edits them) ---

    def plan_items(self, year: int) -> list[PlanItemRecord]:
        with self._db.reading() as session:
            logged = dict(
                session.execute(
                    select(LogEntry.plan_item_id, func.sum(LogEntry.minutes))
                    .join(PlanItem, LogEntry.plan_item_id == PlanItem.id)
                    .where(PlanItem.plan_year == year)
                    .group_by(LogEntry.plan_item_id)
                ).all()
            )
            rows = session.scalars(
                select(PlanItem)
                .where(PlanItem.plan_year == year)
                .order_by(PlanItem.priority, PlanItem.planned_end, PlanItem.id)
            )
            return [_item_record(row, logged.get(row.id, 0)) for row in rows]

    # -- next year -------------------------------------------------------

    def carry_over_candidates(self, year: int) -> tuple[list[GoalRecord], list[PlanItemRecord]]:
        """The unfinished goals and plan items of ``year``: what may move on."""
        goals = [g for g in self.goals(year) if g.status in OPEN_GOAL_STATUSES]
        items = [i for i in self.plan_items(year) if i.status in OPEN_ITEM_STATUSES]
        return goals, items

    def start_next_year(
        self, year: int, goal_ids: tuple[int, ...] = (), item_ids: tuple[int, ...] = ()
    ) -> CarryOver:
        """Create the plan of ``year + 1`` with copies of the chosen unfinished goals and items.

        If that plan exists already, the copies are added to it. Due and
        planned dates move one year on; what was in progress stays in progress.
        """
        year = check_year(year)
        next_year = check_year(year + 1)
        with self._db.transaction() as session:
            plan, created = _ensure_plan(session, next_year)
            session.flush()
            new_goals = carry_goals(session, plan, goal_ids, year)
            new_items = carry_items(session, item_ids, year)
            session.flush()
            return CarryOver(
                year=next_year,
                created_plan=created,
                goal_ids=tuple(g.id for g in new_goals),
                item_ids=tuple(i.id for i in new_items),
            )

    def undo_start_next_year(self, carried: CarryOver) -> None:
        """Take back exactly what :meth:`start_next_year` created."""
        with self._db.transaction() as session:
            if carried.goal_ids:
                session.execute(delete(Goal).where(Goal.id.in_(carried.goal_ids)))
            if carried.item_ids:
                session.execute(delete(PlanItem).where(PlanItem.id.in_(carried.item_ids)))
            if carried.created_plan:
                session.flush()
                session.execute(
                    delete(YearPlan).where(
                        YearPlan.year == carried.year,
                        ~select(Goal.id).where(Goal.year_plan_id == YearPlan.id).exists(),
                    )
                )


def _ensure_plan(session: Session, year: int) -> tuple[YearPlan, bool]:
    row = session.scalar(select(YearPlan).where(YearPlan.year == year))
    if row is not None:
        return row, False
    row = YearPlan(year=year, notes="", review="")
    session.add(row)
    session.flush()
    return row, True


def _skill_id(session: Session, key: str | None, missing_ok: bool = False) -> int | None:
    if not key:
        return None
    skill_id = session.scalar(select(Skill.id).where(Skill.key == key))
    if skill_id is None and not missing_ok:
        raise ValidationError(N_("There is no skill with the key {key}."), key=key)
    return skill_id


def _goal_by_id(session: Session, goal_id: int) -> GoalRecord:
    row = session.execute(
        select(Goal, YearPlan.year, Skill.key, Skill.name, Skill.is_custom)
        .join(YearPlan)
        .outerjoin(Skill, Goal.skill_id == Skill.id)
        .where(Goal.id == goal_id)
    ).first()
    if row is None:
        raise ValidationError(N_("That goal no longer exists."))
    goal, year, key, name, custom = row
    return _goal_record(goal, year, key, name if custom else None)


def _plan_record(row: YearPlan) -> YearPlanRecord:
    return YearPlanRecord(id=row.id, year=row.year, notes=row.notes, review=row.review)


def _goal_record(row: Goal, year: int, key: str | None, custom: str | None) -> GoalRecord:
    return GoalRecord(
        id=row.id,
        year=year,
        title=row.title,
        measure=row.measure,
        due_on=row.due_on,
        skill_key=key,
        skill_custom_name=custom,
        status=GoalStatus(row.status),
        position=row.position,
    )


def _item_record(row: PlanItem, logged_minutes: int) -> PlanItemRecord:
    return PlanItemRecord(
        id=row.id,
        year=row.plan_year,
        title=row.title,
        item_type=LearningType(row.item_type),
        status=PlanStatus(row.status),
        provider=row.provider,
        planned_end=row.planned_end,
        estimated_minutes=row.estimated_minutes,
        logged_minutes=int(logged_minutes or 0),
        cost_minor=row.cost_minor,
        currency=row.currency,
        completed_on=row.completed_on,
    )
