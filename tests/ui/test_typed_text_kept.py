"""Bug: typed text on the Year plan page was overwritten by any reload.

Notes and review save as one types; a reload while typing keeps the typing;
closing the window saves what was typed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.store.database import open_database
from planner.store.yearplan import GoalInput, YearPlanStore
from planner.ui.changes import Change, Changes
from planner.ui.dialogs.learning_dialogs import LogEntryDialog
from planner.ui.kit.autosave import SAVE_DELAY_MS
from planner.ui.shell.app import build_window
from tests.helpers.dialogs import on_next_dialog

YEAR = dt.date.today().year


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def test_typing_survives_every_kind_of_change_and_the_close(window, qtbot, data_dir: Path):
    page = window.show_page("yearplan")
    store = YearPlanStore(window.context.database)
    _type(qtbot, page.notes_edit, "Budget 1000")
    qtbot.waitUntil(
        lambda: store.plan(YEAR) is not None and store.plan(YEAR).notes != "", timeout=20_000
    )
    assert store.plan(YEAR).notes == "Budget 1000"  # saved a moment after the last key
    _type(qtbot, page.review_edit, "It went well")

    def keep(what: str) -> None:
        assert page.notes_edit.toPlainText() == "Budget 1000", what
        assert page.review_edit.toPlainText() == "It went well", what

    # Every kind of change while the review is still being typed (not saved yet).
    assert store.plan(YEAR).review == ""
    store.add_goal(YEAR, GoalInput("Reach level 4"))
    for kind in [*Change, Change.ALL]:
        window.context.events.announce(Changes(kind))
        keep(str(kind))

    def log_it(dialog: LogEntryDialog) -> None:
        dialog.minutes_spin.setValue(30)
        qtbot.keyClick(dialog.minutes_spin, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    driver = on_next_dialog(log_it, LogEntryDialog)
    window.activateWindow()
    page.goals_table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    driver.check()
    keep("Ctrl+N")
    window.context.undo_stack.undo()  # the log entry
    keep("undo")
    page.review_edit.setFocus()
    qtbot.keyClicks(page.review_edit, ", mostly")
    page.set_year(YEAR + 1)
    page.set_year(YEAR)  # away and back: what was typed was saved, not lost
    assert page.review_edit.toPlainText() == "It went well, mostly"
    qtbot.keyClick(page.review_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.review_edit, "!")
    window.close()
    window.context.database.close()

    db = open_database(data_dir)
    try:
        plan = YearPlanStore(db).plan(YEAR)
        assert (plan.notes, plan.review) == ("Budget 1000", "It went well, mostly!")
    finally:
        db.close()


def test_the_text_saves_itself_after_a_pause(window, qtbot) -> None:
    page = window.show_page("yearplan")
    store = YearPlanStore(window.context.database)
    _type(qtbot, page.notes_edit, "Quiet now")
    assert page.notes_autosave.is_dirty()
    qtbot.waitUntil(lambda: not page.notes_autosave.is_dirty(), timeout=SAVE_DELAY_MS * 5)
    assert store.plan(YEAR).notes == "Quiet now"
    assert page.notes_edit.hasFocus()  # saving does not move the cursor away
    window.context.undo_stack.undo()
    assert page.notes_edit.toPlainText() == ""


def test_a_reopened_window_shows_the_saved_text(qtbot, data_dir: Path) -> None:
    db = open_database(data_dir)
    YearPlanStore(db).set_review(YEAR, "Stored")
    db.close()
    main = build_window(QApplication.instance(), data_dir, "en")  # type: ignore[arg-type]
    qtbot.addWidget(main)
    page = main.show_page("yearplan")
    assert page.review_edit.toPlainText() == "Stored"
    assert not page.review_autosave.is_dirty()
    main.close()
    main.context.database.close()
