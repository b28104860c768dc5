"""Reads by id, and tables that update the changed row in place (never a whole reload)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from planner.domain.enums import LearningType
from planner.i18n.formatting import format_hours
from planner.store.learning import LearningStore, LogEntryFields, LogFilter, PlanItemFields
from planner.store.market import PostingData
from planner.ui.operations import Ask
from planner.ui.operations import log as log_ops
from planner.ui.operations import plan as plan_ops
from planner.ui.operations import postings as postings_ops

TODAY = dt.date.today()
ASK = Ask(lambda _question: True, lambda error: pytest.fail(str(error)))


def entry(minutes: int, day: dt.date = TODAY) -> LogEntryFields:
    return LogEntryFields(day, minutes, LearningType.COURSE, ("technical_seo",))


def statements(database, action) -> list[str]:
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    return [s for s in seen if s.startswith("SELECT")]


def test_one_entry_is_read_by_its_id_not_from_the_whole_log(database) -> None:
    store = LearningStore(database)
    added = store.add_entries([entry(10 + i) for i in range(50)])
    wanted = added[7]
    selects = statements(database, lambda: store.entry(wanted.id))
    assert store.entry(wanted.id) == wanted
    assert selects and all("WHERE" in s for s in selects), selects


def test_a_filtered_log_reads_only_the_link_rows_of_its_entries(database) -> None:
    store = LearningStore(database)
    store.add_entries([entry(20, dt.date(TODAY.year - 1, 5, 1)), entry(30)])
    links = [
        s
        for s in statements(database, lambda: store.entries(LogFilter.year(TODAY.year)))
        if "log_entry_skills" in s.split("WHERE")[0]
    ]
    assert links and all("WHERE" in s and "log_entries" in s for s in links), links
    assert [e.minutes for e in store.entries(LogFilter.year(TODAY.year))] == [30]


class Signals:
    """What a table model told its views."""

    def __init__(self, model) -> None:
        self.counts = {"reset": 0, "inserted": 0, "removed": 0, "changed": 0}
        model.modelReset.connect(lambda: self._count("reset"))
        model.rowsInserted.connect(lambda *_a: self._count("inserted"))
        model.rowsRemoved.connect(lambda *_a: self._count("removed"))
        model.dataChanged.connect(lambda *_a: self._count("changed"))

    def _count(self, name: str) -> None:
        self.counts[name] += 1

    def take(self) -> dict[str, int]:
        counts = {k: v for k, v in self.counts.items() if v}
        self.counts = dict.fromkeys(self.counts, 0)
        return counts


def test_the_log_table_touches_only_the_changed_row(window) -> None:
    page = window.show_page("log")
    context = window.context
    first = log_ops.add_entry(context, ASK, entry(15))
    seen = Signals(page.model)
    added = log_ops.add_entry(context, ASK, entry(45))
    assert seen.take() == {"inserted": 1}
    assert page.model.record(0).id == added.id  # newest first, where the order puts it
    log_ops.edit_entry(context, ASK, added.id, entry(50))
    assert seen.take() == {"changed": 1}
    context.undo_stack.undo()  # the edit
    context.undo_stack.undo()  # the add
    assert seen.take() == {"changed": 1, "removed": 1}
    context.undo_stack.redo()
    assert seen.take() == {"inserted": 1}
    assert log_ops.delete_entry(context, ASK, page.model.record(0))
    assert seen.take() == {"removed": 1}
    assert [r.id for r in page.model.records()] == [first.id]


def test_the_plan_and_postings_tables_touch_only_the_changed_row(window) -> None:
    context = window.context
    plan = window.show_page("plan")
    seen = Signals(plan.model)
    item = plan_ops.add_item(
        context, ASK, PlanItemFields("SEO course", LearningType.COURSE, TODAY.year)
    )
    assert seen.take() == {"inserted": 1}
    log_ops.add_entry(context, ASK, LogEntryFields(TODAY, 60, LearningType.COURSE, (), item.id))
    assert seen.take() == {"changed": 1}  # its logged hours
    assert plan.model.index(0, 2).data() == format_hours(60)
    assert plan_ops.delete_item(context, ASK, plan.model.record(0).item)
    assert seen.take() == {"removed": 1}

    market = window.show_page("market")
    seen = Signals(market.model)
    posting = postings_ops.add_posting(context, ASK, PostingData(TODAY, "SEO lead"))
    assert seen.take() == {"inserted": 1}
    context.undo_stack.undo()
    assert seen.take() == {"removed": 1}
    context.undo_stack.redo()
    assert seen.take() == {"inserted": 1}
    assert market.model.record(0).id == posting.id


def test_the_log_pages_figures_of_this_year_come_from_one_read(database) -> None:
    store = LearningStore(database)
    store.add_entries([entry(20, TODAY), entry(40, dt.date(TODAY.year - 1, 12, 31))])
    totals, balance = store.this_year(TODAY)
    assert (totals, balance) == (store.totals(TODAY), store.balance(TODAY.year))
