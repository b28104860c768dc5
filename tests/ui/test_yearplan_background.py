"""On a long log the Year plan page paints first and reads the year's figures in the background.

The goals, plan items and the typed fields are there at once; the focus and
the review of last year fill in when the background read ends. Text typed
meanwhile is neither lost nor overwritten.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest

from planner.domain.enums import LearningType, Road
from planner.store.learning import LearningStore, LogEntryFields
from planner.store.profile import ProfileStore
from planner.store.yearplan import GoalInput, YearPlanStore
from planner.store.yearplan_summary import year_document
from planner.ui.pages import yearplan_page
from planner.ui.pages.yearplan_sections import review_lines

YEAR = dt.date.today().year


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Every log counts as long, and the background read waits until the test opens the gate."""
    opened = threading.Event()
    read = yearplan_page.year_document

    def held(database, year):  # type: ignore[no-untyped-def]
        assert threading.current_thread() is not threading.main_thread()
        assert opened.wait(timeout=20), "the test never opened the gate"
        return read(database, year)

    monkeypatch.setattr(yearplan_page, "BACKGROUND_ENTRIES", -1)
    monkeypatch.setattr(yearplan_page, "year_document", held)
    try:
        yield opened
    finally:
        opened.set()  # never leave a pool thread waiting


def _seed(window) -> None:
    database = window.context.database
    ProfileStore(database).add_choice(Road.GENERALIST_LEADER, (), "", dt.date(YEAR, 1, 2))
    LearningStore(database).add_entry(
        LogEntryFields(dt.date(YEAR - 1, 5, 4), 90, LearningType.COURSE, ("technical_seo",))
    )
    YearPlanStore(database).add_goal(YEAR, GoalInput("Reach level 4"))
    YearPlanStore(database).set_notes(YEAR, "Budget")


def test_the_page_paints_before_its_figures_and_then_shows_them(window, qtbot, gate) -> None:
    _seed(window)
    page = window.show_page("yearplan")
    assert page.loading
    assert not page.grab().isNull()  # painted while the read waits
    assert [g.title for g in page.goals.records()] == ["Reach level 4"]  # at once
    assert page.notes_edit.toPlainText() == "Budget"
    assert page.focus_text.text() == "Loading…"
    assert "Generalist" not in page.focus_text.text()
    gate.set()
    qtbot.waitUntil(lambda: not page.loading, timeout=20_000)
    assert "Generalist" in page.focus_text.text()
    review = year_document(window.context.database, YEAR).review
    assert review is not None
    assert page.summary_label.text() == "\n".join(review_lines(review))
    assert "1h 30m" in page.summary_label.text() or "1.5" in page.summary_label.text()


def test_typing_while_the_figures_load_is_kept_and_saved(window, qtbot, gate) -> None:
    _seed(window)
    page = window.show_page("yearplan")
    assert page.loading
    page.notes_edit.setFocus()
    page.notes_edit.moveCursor(page.notes_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.notes_edit, " for two courses")
    qtbot.keyClicks(page.review_edit, "A good year")
    gate.set()
    qtbot.waitUntil(lambda: not page.loading, timeout=20_000)
    assert page.notes_edit.toPlainText() == "Budget for two courses"
    assert page.review_edit.toPlainText() == "A good year"
    store = YearPlanStore(window.context.database)
    qtbot.waitUntil(lambda: store.plan(YEAR).review == "A good year", timeout=20_000)  # type: ignore[union-attr]
    assert store.plan(YEAR).notes == "Budget for two courses"  # type: ignore[union-attr]


def test_a_newer_year_wins_over_a_read_still_under_way(window, qtbot, gate) -> None:
    _seed(window)
    page = window.show_page("yearplan")
    page.set_year(YEAR - 1)  # the first read is still held: only the second is shown
    assert page.goals.records() == []
    gate.set()
    qtbot.waitUntil(lambda: not page.loading, timeout=20_000)
    window.context.tasks.wait()
    assert page.document is not None and page.document.year == YEAR - 1
    assert page.summary_title.text() == f"{YEAR - 2} in figures"
