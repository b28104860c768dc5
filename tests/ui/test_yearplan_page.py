"""The year plan page, driven by keyboard and mouse; printing and PDF from the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from planner.domain.enums import GoalStatus
from planner.store.yearplan import GoalInput, YearPlanStore
from tests.helpers.dialogs import find_button, on_next_dialog

YEAR = dt.date.today().year


def year_page(window):
    return window.show_page("yearplan")


def focus(window, widget, qtbot) -> None:
    """Shortcuts reach only the focused widget of the active window."""
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def goal_titles(page) -> list[str]:
    return [page.goals.index(row, 1).data() for row in range(page.goals.rowCount())]


def test_add_a_smart_goal_by_keyboard(window, qtbot) -> None:
    page = year_page(window)
    assert page.year() == YEAR
    assert page.goals_hint.isVisible()

    def fill(dialog) -> None:
        assert QApplication.focusWidget() is dialog.title_edit
        qtbot.keyClicks(dialog.title_edit, "Pass the GA4 exam <b>")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.measure_edit, "Certificate in hand")
        dialog.skill_combo.setCurrentIndex(dialog.skill_combo.findData("web_analytics"))
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    driver = on_next_dialog(fill)
    focus(window, page.goals_table, qtbot)
    qtbot.keyClick(
        page.goals_table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    driver.check()
    assert goal_titles(page) == ["Pass the GA4 exam <b>"]
    row = [page.goals.index(0, c).data() for c in range(page.goals.columnCount())]
    assert row[2:] == [
        "Certificate in hand",
        page.goals.index(0, 3).data(),
        "Web analytics",
        "Open",
    ]
    assert page.goals.record(0).due_on == dt.date(YEAR, 12, 31)  # SMART: by year's end
    assert not page.goals_hint.isVisible()
    window.context.undo_stack.undo()
    assert goal_titles(page) == []


def test_an_empty_goal_is_refused_in_the_dialog(window, qtbot) -> None:
    page = year_page(window)
    seen = {}

    def fill(dialog) -> None:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    driver = on_next_dialog(fill)
    page.add_button.click()
    driver.check()
    assert seen == {"error": "Say what the goal is: the title cannot be empty.", "open": True}
    assert YearPlanStore(window.context.database).goals(YEAR) == []


def _three_goals(window) -> YearPlanStore:
    store = YearPlanStore(window.context.database)
    for title in ("First", "Second", "Third"):
        store.add_goal(YEAR, GoalInput(title))
    year_page(window).refresh()
    return store


def test_delete_asks_first_and_undo_brings_the_goal_back(window, qtbot) -> None:
    page = year_page(window)
    _three_goals(window)
    page.select_goal(page.goals.record(1).id)

    driver = on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.No).click())
    focus(window, page.goals_table, qtbot)
    qtbot.keyClick(page.goals_table, Qt.Key.Key_Delete)
    driver.check()
    assert goal_titles(page) == ["First", "Second", "Third"]

    driver = on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    page.delete_button.click()
    driver.check()
    assert goal_titles(page) == ["First", "Third"]
    window.undo_action.trigger()
    assert goal_titles(page) == ["First", "Second", "Third"]
    window.redo_action.trigger()
    assert goal_titles(page) == ["First", "Third"]


def test_goals_move_with_alt_arrows_and_buttons(window, qtbot) -> None:
    page = year_page(window)
    _three_goals(window)
    page.select_goal(page.goals.record(2).id)
    focus(window, page.goals_table, qtbot)
    qtbot.keyClick(page.goals_table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert goal_titles(page) == ["First", "Third", "Second"]
    page.up_button.click()
    assert goal_titles(page) == ["Third", "First", "Second"]
    assert not page.up_button.isEnabled()
    window.context.undo_stack.undo()
    assert goal_titles(page) == ["First", "Third", "Second"]


def test_edit_a_goal_with_enter(window, qtbot) -> None:
    page = year_page(window)
    _three_goals(window)
    page.select_goal(page.goals.record(0).id)

    def fill(dialog) -> None:
        dialog.title_edit.setText("First, sharper")
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("done"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    driver = on_next_dialog(fill)
    qtbot.keyClick(page.goals_table, Qt.Key.Key_Return)
    driver.check()
    assert page.goals.record(0).title == "First, sharper"
    assert page.goals.record(0).status is GoalStatus.DONE
    window.context.undo_stack.undo()
    assert page.goals.record(0).title == "First"


def test_notes_and_review_are_saved_and_undone(window, qtbot) -> None:
    page = year_page(window)
    assert not page.notes_autosave.is_dirty()
    page.notes_edit.setPlainText("Budget: <1000 kr>")
    page.notes_autosave.flush()
    page.review_edit.setPlainText("Last year went well.")
    page.review_autosave.flush()
    plan = YearPlanStore(window.context.database).plan(YEAR)
    assert (plan.notes, plan.review) == ("Budget: <1000 kr>", "Last year went well.")
    window.context.undo_stack.undo()
    assert page.review_edit.toPlainText() == ""
    assert page.notes_edit.toPlainText() == "Budget: <1000 kr>"


def test_start_next_years_plan_with_a_choice_of_goals(window, qtbot) -> None:
    page = year_page(window)
    store = _three_goals(window)
    store.update_goal(store.goals(YEAR)[2].id, GoalInput("Third", status=GoalStatus.DONE))
    page.refresh()

    def choose(dialog) -> None:
        assert dialog.goals.rowCount() == 2  # the finished one is not offered
        assert dialog.items_view.isHidden()
        dialog.goals.setData(
            dialog.goals.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
        )
        dialog.start_button.click()

    driver = on_next_dialog(choose)
    page.next_button.click()
    driver.check()
    assert page.year() == YEAR + 1
    assert goal_titles(page) == ["First"]
    window.context.undo_stack.undo()
    assert store.plan(YEAR + 1) is None
    assert len(store.goals(YEAR)) == 3


def test_save_pdf_from_the_window_shows_progress_and_keeps_it_responsive(
    window, qtbot, tmp_path: Path
) -> None:
    page = year_page(window)
    _three_goals(window)
    target = tmp_path / "plan.pdf"
    with qtbot.waitSignal(page.output.done, timeout=30_000) as done:
        page.save_pdf_to(target)
        assert page.output.busy()
        assert page.output.progress is not None and page.output.progress.isVisible()
        # The window still handles events while the worker writes.
        QApplication.processEvents()
        assert window.isVisible()
    assert "plan.pdf" in done.args[0]
    assert page.status.text() == done.args[0]
    text = " ".join(PdfReader(str(target)).pages[0].extract_text().split())
    assert f"Yearly development plan {YEAR}" in text and "First" in text
    assert not page.output.busy()


def test_print_preview_paints_with_the_same_renderer(window, qtbot, tmp_path: Path) -> None:
    page = year_page(window)
    _three_goals(window)
    shown = []

    def show(dialog) -> None:
        # What the preview paints, sent to a PDF printer instead of the screen.
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "preview.pdf"))
        dialog.paintRequested.emit(printer)
        shown.append(dialog.windowTitle())
        dialog.deleteLater()

    with qtbot.waitSignal(
        page.output.job.finished if page.output.job else page.output.destroyed,
        timeout=1,
        raising=False,
    ):
        pass
    job = page.output.preview(YEAR, show)
    assert job is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown == ["Print preview"]
    text = " ".join(PdfReader(str(tmp_path / "preview.pdf")).pages[0].extract_text().split())
    assert "Page 1 of" in text and "First" in text


def test_file_menu_has_print_and_pdf_in_the_language(window, qtbot) -> None:
    texts = [a.text().replace("&", "") for a in window.file_menu.actions() if a.text()]
    assert texts[1:4] == ["Print preview…", "Print…", "Save plan as PDF…"]
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    window.choose_language("nb")
    qtbot.waitUntil(lambda: window.windowTitle() == "Karriereplanlegger")
    texts = [a.text().replace("&", "") for a in window.file_menu.actions() if a.text()]
    assert texts[1:4] == ["Forhåndsvisning…", "Skriv ut…", "Lagre planen som PDF…"]
    page = year_page(window)
    assert page.goals_box.title() == f"Mål for {YEAR}"
    dialog = __import__("planner.ui.flows.plan_output", fromlist=["x"]).pdf_file_dialog(page, YEAR)
    assert dialog.windowTitle() == "Lagre planen som PDF"
    assert dialog.nameFilters() == ["PDF-dokument (*.pdf)"]
    assert find_button(dialog, "Lagre")
    dialog.deleteLater()


def test_print_asks_with_the_print_dialog_and_prints_nothing_when_cancelled(window, qtbot) -> None:
    page = year_page(window)
    asked = []

    def ask(dialog) -> bool:
        asked.append(dialog.windowTitle())
        dialog.deleteLater()
        return False

    page.output.print(YEAR, ask)
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    assert asked == ["Print"]
    assert page.status.text() == ""
