"""Change kind × page: every page showing a figure shows the new one after each kind of change.

For each kind of change an operation is made the way a page makes it; every
page that depends on that kind is checked while it is shown and while it is
hidden behind another page, after the edit, its undo and its redo. A page
shows the new figure when what it shows equals what a full reload shows, and
(for the pairs in ``MOVES``) differs from what it showed before the edit.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel

from planner.domain.enums import LearningType, Road, StrengthKind
from planner.store.learning import LogEntryFields, PlanItemFields
from planner.store.market import PostingData
from planner.store.yearplan import GoalInput
from planner.ui.changes import Change
from planner.ui.operations import Ask
from planner.ui.operations import direction as direction_ops
from planner.ui.operations import log as log_ops
from planner.ui.operations import plan as plan_ops
from planner.ui.operations import postings as postings_ops
from planner.ui.operations import skills as skill_ops
from planner.ui.operations import yearplan as yearplan_ops
from planner.ui.pages import PAGES

TODAY = dt.date.today()
ASK = Ask(lambda _question: True, lambda error: pytest.fail(str(error)))
_counter = itertools.count(1)


def _next() -> int:
    return next(_counter)


def _choose(context, number: int) -> object:
    road = (Road.GENERALIST_LEADER, Road.COMMUNICATION_BRAND)[number % 2]
    return direction_ops.choose_road(
        context, ASK, lambda store: store.add_choice(road, (), f"Reason {number}", TODAY)
    )


EDITS: dict[Change, Callable[[object], object]] = {
    Change.SKILLS: lambda c: skill_ops.add_skill(c, ASK, "seo", f"Schema markup {_next()}"),
    Change.ASSESSMENTS: lambda c: skill_ops.assess(
        c, ASK, "technical_seo", "Technical SEO", level=1 + _next() % 5, on=TODAY
    ),
    Change.TARGETS: lambda c: skill_ops.set_target(
        c, ASK, "technical_seo", "Technical SEO", 1 + _next() % 5
    ),
    Change.PLAN: lambda c: plan_ops.add_item(
        c, ASK, PlanItemFields(f"Course {_next()}", LearningType.COURSE, TODAY.year)
    ),
    Change.LOG: lambda c: log_ops.add_entry(
        c, ASK, LogEntryFields(TODAY, 30 + _next(), LearningType.MENTOR, ("technical_seo",))
    ),
    Change.POSTINGS: lambda c: postings_ops.add_posting(
        c, ASK, PostingData(TODAY, f"SEO lead {_next()}", skill_keys=("technical_seo",))
    ),
    Change.STRENGTHS: lambda c: direction_ops.add_strengths(
        c, ASK, {kind: 1 + (_next() + i) % 5 for i, kind in enumerate(StrengthKind)}, TODAY, ""
    ),
    Change.CHOICE: lambda c: _choose(c, _next()),
    Change.YEAR_PLAN: lambda c: yearplan_ops.add_goal(
        c, ASK, TODAY.year, GoalInput(f"Goal {_next()}")
    ),
}

# Pairs whose page must show a different figure after the edit (the rest must
# at least show what a reload shows): the test cannot pass on a page that
# ignores the change.
MOVES = {
    Change.SKILLS: {"skills", "log"},
    Change.ASSESSMENTS: {"skills", "market"},
    Change.TARGETS: {"skills", "market"},
    Change.PLAN: {"plan", "yearplan"},
    Change.LOG: {"log", "overview"},
    Change.POSTINGS: {"market", "direction"},
    Change.STRENGTHS: {"direction"},
    Change.CHOICE: {"direction", "overview", "yearplan"},
    Change.YEAR_PLAN: {"yearplan"},
}


def shown(page) -> tuple[object, ...]:
    """Every text the page shows: labels, combo boxes, every cell of every table."""
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    combos = [
        [combo.itemText(i) for i in range(combo.count())] for combo in page.findChildren(QComboBox)
    ]
    tables = []
    root = QModelIndex()
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or isinstance(view.parent(), QComboBox):
            continue
        try:
            columns = model.columnCount(root)
        except TypeError:  # a list widget's own model: one column
            columns = 1
        tables.append(
            [
                [model.index(row, column).data() for column in range(columns)]
                for row in range(model.rowCount())
            ]
        )
    return tuple(texts), tuple(map(tuple, combos)), tuple(map(tuple, tables))


def reloaded(window, page) -> tuple[object, ...]:
    page.refresh()
    window.context.tasks.wait()
    return shown(page)


def dependents(kind: Change) -> list[str]:
    return [spec.key for spec in PAGES if kind & type_of(spec).depends_on]


def type_of(spec):
    import importlib

    module, name = spec.target.split(":")
    return getattr(importlib.import_module(module), name)


def seed(window) -> None:
    """A little of everything, so every page has figures to change."""
    context = window.context
    for kind in (Change.ASSESSMENTS, Change.TARGETS, Change.PLAN, Change.LOG, Change.POSTINGS):
        EDITS[kind](context)
    EDITS[Change.STRENGTHS](context)
    context.undo_stack.clear()


@pytest.mark.parametrize("kind", list(EDITS), ids=lambda kind: kind.name.lower())
def test_every_page_shows_the_new_figure_after_each_kind_of_change(window, kind) -> None:
    seed(window)
    for spec in PAGES:  # every page built and loaded once
        window.show_page(spec.key)
    window.context.tasks.wait()
    pages = dependents(kind)
    assert MOVES[kind] <= set(pages), f"pages showing {kind} must depend on it"
    for key, hidden in itertools.product(pages, (False, True)):
        page = window.show_page(key)
        window.context.tasks.wait()
        before = shown(page)
        if hidden:
            window.show_page("charts" if key != "charts" else "overview")
        for step in ("edit", "undo", "redo"):
            if step == "edit":
                EDITS[kind](window.context)
            else:
                getattr(window.context.undo_stack, step)()
            if hidden:
                assert page.is_stale, (kind, key, step)
                window.show_page(key)
            window.context.tasks.wait()
            now = shown(page)
            assert now == reloaded(window, page), (kind, key, step, "hidden" if hidden else "shown")
            if step != "undo" and key in MOVES[kind]:
                moved = [
                    i for i, (a, b) in enumerate(zip(now[0], before[0], strict=False)) if a != b
                ]
                assert now != before, (kind, key, step, "the figure did not move", moved, now[0])
            if hidden:
                window.show_page("charts" if key != "charts" else "overview")
        window.show_page(key)
