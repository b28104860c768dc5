"""The undoable operations, without a widget: confirm, store call, error, undo step, change."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack

from planner.domain.enums import LearningType, Road
from planner.i18n import _
from planner.settings import Settings
from planner.store.errors import StoreError
from planner.store.learning import LearningStore, LogEntryFields, PlanItemFields
from planner.store.market import MarketStore, PostingData
from planner.store.profile import ProfileStore
from planner.store.yearplan import GoalInput, YearPlanStore
from planner.ui.changes import Change, Changes
from planner.ui.context import AppContext
from planner.ui.operations import Ask
from planner.ui.operations import direction as direction_ops
from planner.ui.operations import log as log_ops
from planner.ui.operations import plan as plan_ops
from planner.ui.operations import postings as postings_ops
from planner.ui.operations import skills as skill_ops
from planner.ui.operations import yearplan as yearplan_ops

TODAY = dt.date.today()


class Person:
    """Answers questions as scripted and keeps the errors shown to them."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.questions: list[str] = []
        self.errors: list[str] = []

    def ask(self) -> Ask:
        def confirm(question: str) -> bool:
            self.questions.append(question)
            return self.answer

        def error(problem: StoreError) -> None:
            self.errors.append(problem.message(_))

        return Ask(confirm, error)


@pytest.fixture
def context(qapp, database, data_dir) -> AppContext:
    return AppContext(data_dir, database, Settings(data_dir), QUndoStack())


@pytest.fixture
def heard(context: AppContext) -> list[Changes]:
    announced: list[Changes] = []
    context.events.changed.connect(announced.append)
    return announced


def entry(minutes: int = 30) -> LogEntryFields:
    return LogEntryFields(TODAY, minutes, LearningType.COURSE, ("technical_seo",), None, "", "")


def test_a_log_entry_is_added_undone_and_redone_with_its_row(context, heard) -> None:
    store = LearningStore(context.database)
    added = log_ops.add_entry(context, Person().ask(), entry())
    assert heard == [Changes(Change.LOG, log_ids=frozenset({added.id}), plan_ids=frozenset())]
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert store.entries() == []
    context.undo_stack.redo()
    assert [e.id for e in store.entries()] == [added.id]
    assert [c.log_ids for c in heard] == [{added.id}] * 3


def test_a_refused_delete_changes_nothing(context, heard) -> None:
    added = log_ops.add_entry(context, Person().ask(), entry())
    person = Person(answer=False)
    assert not log_ops.delete_entry(context, person.ask(), added)
    assert person.questions == [log_ops.delete_question(added)]
    assert LearningStore(context.database).entry(added.id) == added
    assert context.undo_stack.count() == 1
    assert len(heard) == 1


def test_a_failed_delete_says_why_and_leaves_no_undo_step(context, heard) -> None:
    added = log_ops.add_entry(context, Person().ask(), entry())
    LearningStore(context.database).remove_entry_exactly(added.id)  # gone meanwhile
    person = Person()
    assert not log_ops.delete_entry(context, person.ask(), added)
    assert person.errors == ["That log entry no longer exists."]
    assert context.undo_stack.count() == 1
    assert len(heard) == 1


def test_deleting_a_plan_item_names_the_log_rows_it_unlinks(context, heard) -> None:
    ask = Person().ask()
    item = plan_ops.add_item(
        context,
        ask,
        PlanItemFields(title="SEO course", item_type=LearningType.COURSE, plan_year=TODAY.year),
    )
    linked = log_ops.add_entry(
        context, ask, LogEntryFields(TODAY, 20, LearningType.COURSE, (), item.id)
    )
    heard.clear()
    assert plan_ops.delete_item(context, ask, item)
    assert heard == [
        Changes(
            Change.PLAN | Change.LOG, log_ids=frozenset({linked.id}), plan_ids=frozenset({item.id})
        )
    ]
    store = LearningStore(context.database)
    assert store.entry(linked.id).plan_item_id is None
    context.undo_stack.undo()
    assert store.entry(linked.id).plan_item_id == item.id


@pytest.mark.parametrize(
    ("operation", "kind"),
    [
        (
            lambda c, a: skill_ops.set_target(c, a, "technical_seo", "Technical SEO", 4),
            Change.TARGETS,
        ),
        (
            lambda c, a: skill_ops.assess(
                c, a, "technical_seo", "Technical SEO", level=2, on=TODAY
            ),
            Change.ASSESSMENTS,
        ),
        (lambda c, a: skill_ops.add_skill(c, a, "seo", "Schema markup"), Change.SKILLS),
        (
            lambda c, a: postings_ops.add_posting(c, a, PostingData(TODAY, "SEO lead")),
            Change.POSTINGS,
        ),
        (
            lambda c, a: direction_ops.choose_road(
                c, a, lambda s: s.add_choice(Road.GENERALIST_LEADER, (), "", TODAY)
            ),
            Change.CHOICE,
        ),
        (
            lambda c, a: yearplan_ops.add_goal(
                c, a, TODAY.year, GoalInput("Certify", "", None, None)
            ),
            Change.YEAR_PLAN,
        ),
    ],
    ids=["target", "assess", "skill", "posting", "road", "goal"],
)
def test_each_operation_announces_its_kind_and_undoes(context, heard, operation, kind) -> None:
    before = _snapshot(context)
    operation(context, Person().ask())
    assert [c.kinds for c in heard] == [kind]
    assert _snapshot(context) != before
    context.undo_stack.undo()
    assert _snapshot(context) == before
    assert [c.kinds for c in heard] == [kind, kind]


def _snapshot(context: AppContext) -> tuple[object, ...]:
    db = context.database
    profile = ProfileStore(db)
    return (
        [(s.key, s.target_level, s.current_level) for s in context.skills.skills(False)],
        MarketStore(db).postings(),
        profile.choices(),
        YearPlanStore(db).goals(TODAY.year),
    )
