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
        assert sum(widths) <= view.viewport().width() + 1, key  # no sideways scrolling
        assert widths[main] >= 0.35 * view.viewport().width(), key
    goals = window.page("yearplan").goals_table
    needed = goals.fontMetrics().horizontalAdvance(TITLE) + 12
    assert goals.columnWidth(1) >= needed
