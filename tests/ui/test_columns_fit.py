"""At the default 1100x720 window the main text column is readable and no table
scrolls sideways (goal titles, plan items, posting titles, What I learned)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from planner.store.yearplan import GoalInput, YearPlanStore
from planner.ui.changes import EVERYTHING

TITLE = "Reach level 4 in technical SEO"
TABLES = {
    "yearplan": ("goals_table", 1),
    "plan": ("table", 0),
    "log": ("table", 6),
    "market": ("table", 1),
}
TITLES = {"en": "Career Planner", "nb": "Karriereplanlegger", "sw": "Mpango wa Taaluma"}


@pytest.mark.parametrize("language", ["en", "sw"])
def test_main_columns_fit_at_the_default_size(window, qtbot, language: str) -> None:
    window.choose_language(language)
    qtbot.waitUntil(lambda: window.windowTitle() == TITLES[language])
    YearPlanStore(window.context.database).add_goal(dt.date.today().year, GoalInput(TITLE))
    window.context.events.announce(EVERYTHING)
    window.resize(1100, 720)
    for key, (name, main) in TABLES.items():
        page = window.show_page(key)
        QApplication.processEvents()
        view = getattr(page, name)
        widths = [view.columnWidth(c) for c in range(view.model().columnCount())]
        assert sum(widths) <= view.viewport().width() + 1, (key, widths, view.viewport().width())
        assert widths[main] >= 0.35 * view.viewport().width(), (key, widths)
    goals = window.page("yearplan").goals_table
    needed = goals.fontMetrics().horizontalAdvance(TITLE) + 12
    assert goals.columnWidth(1) >= needed


def test_a_wider_added_row_widens_its_column_and_a_resize_measures_nothing(qtbot) -> None:
    from planner.ui.kit.widgets import record_table
    from planner.ui.models.table import Column, RecordTableModel

    model = RecordTableModel(
        [Column("Name", lambda r: r[0]), Column("Note", lambda r: r[1])]  # type: ignore[misc]
    )
    model.set_records([(f"Entry {n}", "ok") for n in range(300)])
    view = record_table()
    qtbot.addWidget(view)
    view.setModel(model)
    view.fit_main_column(0, cap=400)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    narrow = view.columnWidth(1)
    measured: list[int] = []
    real = view.sizeHintForColumn
    view.sizeHintForColumn = lambda column: measured.append(column) or real(column)  # type: ignore[method-assign]

    model.update_rows(["Entry new"], [("Entry new", "ok")], lambda r: r[0])
    assert model.rowCount() == 301
    assert measured == []  # no wider than its column: nothing re-measured
    model.update_rows(["Entry new"], [], lambda r: r[0])  # undone: its row removed
    model.update_rows(["Entry again"], [("Entry again", "ok")], lambda r: r[0])
    assert measured == []  # neither the removal nor the next row measures the rest
    view.resize(650, 300)
    QApplication.processEvents()
    assert measured == []  # a new width only shares the measured widths out again
    assert view.columnWidth(1) == narrow

    model.update_rows(["Entry wide"], [("Entry wide", "a much, much wider note")], lambda r: r[0])
    assert measured == []  # the added row alone is measured
    assert view.columnWidth(1) > narrow
