"""The job-market page, driven as a person would: keys, clicks and files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from planner.exchange.postings_csv import write_postings
from planner.store.market import MarketStore, PostingData
from planner.ui.flows.market_reminder import SETTING, reminder_due
from tests.helpers.dialogs import on_next_dialog

TODAY = dt.date.today()

# The completer's popup asks the offscreen platform for things it cannot do.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def market_page(window):
    return window.show_page("market")


def type_into_focus(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


@OFFSCREEN_POPUP
def test_enter_postings_in_a_row_by_keyboard_alone_in_norwegian(window, qtbot) -> None:
    page = market_page(window)
    window.choose_language("nb")
    qtbot.waitUntil(lambda: window.windowTitle() == "Karriereplanlegger")
    page.table.setFocus()
    seen: list[str] = []

    def fill(dialog) -> None:
        assert dialog.save_button.text().replace("&", "") == "Lagre og neste"
        assert QApplication.focusWidget() is dialog.title_edit
        # The first posting was seen a year ago: Shift+Tab to the date, End, Down.
        key(qtbot, Qt.Key.Key_Backtab)
        assert QApplication.focusWidget() is dialog.date_edit
        key(qtbot, Qt.Key.Key_End)
        key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_Tab)
        for number in range(3):
            assert QApplication.focusWidget() is dialog.title_edit
            type_into_focus(qtbot, f"Markedsfører {number}")
            key(qtbot, Qt.Key.Key_Tab)
            type_into_focus(qtbot, "Eksempel AS")
            key(qtbot, Qt.Key.Key_Tab)
            if number == 0:
                type_into_focus(qtbot, "finn.no")  # kept for the next postings
            key(qtbot, Qt.Key.Key_Tab)  # link
            key(qtbot, Qt.Key.Key_Tab)  # location
            type_into_focus(qtbot, "Tromsø")
            key(qtbot, Qt.Key.Key_Tab)  # seniority
            for _step in range(number + 1):
                key(qtbot, Qt.Key.Key_Down)
            key(qtbot, Qt.Key.Key_Tab)  # skills, picked by typing part of the nb name
            assert QApplication.focusWidget() is dialog.skills.edit
            if number == 0:
                type_into_focus(qtbot, "astrologi")
                key(qtbot, Qt.Key.Key_Return)
                assert "astrologi" in dialog.error.text()  # said, and nothing saved
                for _char in "astrologi":
                    key(qtbot, Qt.Key.Key_Backspace)
            type_into_focus(qtbot, "lenke")
            key(qtbot, Qt.Key.Key_Return)
            type_into_focus(qtbot, "teknisk")
            key(qtbot, Qt.Key.Key_Return)
            if number == 2:
                key(qtbot, Qt.Key.Key_Backspace)  # takes "Teknisk SEO" back out
            seen.append(dialog.skills.shown.text())
            key(qtbot, Qt.Key.Key_Return)  # empty field: Enter saves and opens the next
            assert dialog.error.isHidden(), dialog.error.text()
            assert dialog.title_edit.text() == ""
            assert dialog.source_edit.text() == "finn.no"
        assert "3" in dialog.status.text()
        key(qtbot, Qt.Key.Key_Escape)

    driver = on_next_dialog(fill)
    qtbot.keyClick(
        page.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    driver.check()
    assert seen[0] == "Lenkebygging, Teknisk SEO"
    assert seen[2] == "Lenkebygging"
    postings = MarketStore(window.context.database).postings()
    assert [p.title for p in postings] == ["Markedsfører 0", "Markedsfører 1", "Markedsfører 2"]
    assert {p.source for p in postings} == {"finn.no"}
    last_year = TODAY.replace(year=TODAY.year - 1) if (TODAY.month, TODAY.day) != (2, 29) else None
    if last_year:
        assert {p.seen_on for p in postings} == {last_year}
    assert [p.seniority.value for p in postings] == ["junior", "mid", "senior"]
    assert postings[0].skill_keys == ("link_building", "technical_seo")
    assert postings[2].skill_keys == ("link_building",)
    assert page.proxy.rowCount() == 3
    assert page.proxy.index(0, 5).data() in {"Juniornivå", "Mellomnivå", "Seniornivå"}

    # Undo takes the last one back, one step at a time.
    window.undo_action.trigger()
    assert page.proxy.rowCount() == 2


def test_a_bad_link_keeps_the_form_open_and_saves_nothing(window, qtbot) -> None:
    page = market_page(window)
    messages = []

    def fill(dialog) -> None:
        dialog.title_edit.setText("Analyst")
        dialog.link_edit.setText("javascript:alert(1)")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        messages.append(dialog.error.text())
        assert dialog.isVisible()
        dialog.reject()

    driver = on_next_dialog(fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert "http" in messages[0]
    assert MarketStore(window.context.database).postings() == []


def test_delete_asks_first_and_can_be_undone(window, qtbot) -> None:
    store = MarketStore(window.context.database)
    store.create(PostingData(TODAY, "<b>Keep</b> me"))
    page = market_page(window)
    page.refresh()
    page.select_posting(store.postings()[0].id)
    assert page.proxy.index(0, 1).data() == "<b>Keep</b> me"  # typed text stays plain

    questions = []

    def answer(box: QMessageBox, button) -> None:
        questions.append(box.text())
        box.button(button).click()

    page.table.setFocus()
    driver = on_next_dialog(lambda box: answer(box, QMessageBox.StandardButton.No))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    driver.check()
    assert "<b>Keep</b> me" in questions[0]
    assert len(store.postings()) == 1

    driver = on_next_dialog(lambda box: answer(box, QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert store.postings() == []
    assert page.proxy.rowCount() == 0
    window.undo_action.trigger()
    assert [p.title for p in store.postings()] == ["<b>Keep</b> me"]
    assert page.proxy.rowCount() == 1


def test_edit_a_posting_with_enter(window, qtbot) -> None:
    store = MarketStore(window.context.database)
    store.create(PostingData(TODAY, "Old title", skill_keys=("reporting",)))
    page = market_page(window)
    page.refresh()
    page.select_posting(store.postings()[0].id)

    def fill(dialog) -> None:
        assert dialog.skills.keys() == ("reporting",)
        dialog.title_edit.setText("New title")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    driver = on_next_dialog(fill)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    driver.check()
    assert store.postings()[0].title == "New title"
    window.undo_action.trigger()
    assert store.postings()[0].title == "Old title"


def sample_csv(path: Path, rows: int, bad_line: int | None = None) -> Path:
    postings = [
        PostingData(
            seen_on=TODAY - dt.timedelta(days=n % 300),
            title=f"Job {n}",
            source="=cmd",
            skill_keys=("content_creation", "social_listening") if n % 2 else ("reporting",),
        )
        for n in range(rows)
    ]
    lines = write_postings(postings).splitlines(keepends=True)
    if bad_line is not None:
        assert "reporting" in lines[bad_line - 1]
        lines[bad_line - 1] = lines[bad_line - 1].replace("reporting", "astrology")
    path.write_text("".join(lines), encoding="utf-8")
    return path


@OFFSCREEN_POPUP
def test_import_200_postings_from_the_file_menu(window, qtbot, tmp_path: Path) -> None:
    path = sample_csv(tmp_path / "postings.csv", 250)
    page = market_page(window)
    window.show_page("skills")

    def choose(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
        qtbot.keyClicks(name_edit, str(path))
        qtbot.keyClick(name_edit, Qt.Key.Key_Return)
        assert dialog.result() == QFileDialog.DialogCode.Accepted, dialog.selectedFiles()

    driver = on_next_dialog(choose, QFileDialog)
    window.import_postings_action.trigger()
    driver.check()
    assert window.current_page_key() == "market"
    qtbot.waitUntil(lambda: not page.importing.running, timeout=30_000)
    assert page.proxy.rowCount() == 250
    assert "250" in page.status.text()
    assert MarketStore(window.context.database).postings()[0].source == "=cmd"
    assert page.selected_year() == TODAY.year
    assert "job postings read in" in page.analysis_box.summary.text()
    window.undo_action.trigger()
    assert page.proxy.rowCount() == 0
    window.redo_action.trigger()
    assert page.proxy.rowCount() == 250


def test_a_file_with_one_bad_row_imports_nothing_and_names_it(window, qtbot, tmp_path) -> None:
    path = sample_csv(tmp_path / "bad.csv", 40, bad_line=32)
    page = market_page(window)
    window.choose_language("sw")
    qtbot.waitUntil(lambda: window.windowTitle() == "Mpango wa Taaluma")
    texts = []

    def read(box) -> None:
        texts.append(box.text())
        box.accept()

    driver = on_next_dialog(read, QMessageBox)
    page.import_file(path)
    qtbot.waitUntil(lambda: not page.importing.running, timeout=30_000)
    qtbot.waitUntil(lambda: bool(driver), timeout=20_000)
    driver.check()
    assert "Mstari 32" in texts[0] and "astrology" in texts[0]
    assert "Hakuna kilichoingizwa" in texts[0]
    assert MarketStore(window.context.database).postings() == []
    assert "bad.csv" in page.status.text()


def test_the_analysis_shows_levels_and_highlights_weak_spots(window) -> None:
    skills = window.context.skills
    skills.assess("social_listening", 1, TODAY)
    skills.set_target("social_listening", 2)
    store = MarketStore(window.context.database)
    store.create(PostingData(TODAY, "Social", skill_keys=("social_listening",)))
    page = market_page(window)
    page.refresh()
    model = page.analysis_box.skill_model
    rows = {model.record(r).key: r for r in range(model.rowCount())}
    row = rows["social_listening"]
    texts = [model.index(row, c).data() for c in range(model.columnCount())]
    assert texts[1:5] == ["100%", "–", "1", "2"]
    assert texts[5] == "Weak where in demand"
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "you are weak in it" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    other = rows["reporting"]
    assert model.index(other, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    areas = page.analysis_box.area_model
    social = next(r for r in range(areas.rowCount()) if areas.record(r).key == "social_media")
    assert areas.index(social, 1).data() == "100%"


def test_the_reminder_shows_once_and_dismissing_is_remembered(window, qtbot) -> None:
    reminder = window.market_reminder
    overview = window.page("overview")
    assert window.current_page_key() == "overview"
    assert not reminder.isVisible()  # the overview's list says it already: not twice
    assert any("job postings" in label.text() for label, _button in overview.due_rows)
    window.show_page("skills")
    assert reminder.isVisible()
    assert "at least once a year" in reminder.text.text()
    qtbot.mouseClick(reminder.open_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "market"
    qtbot.mouseClick(reminder.dismiss_button, Qt.MouseButton.LeftButton)
    assert not reminder.isVisible()
    assert window.context.settings.get(SETTING) == TODAY.year
    assert reminder_due(window.context) is False


def test_the_reminder_goes_away_when_a_posting_of_this_year_is_added(window, qtbot) -> None:
    reminder = window.market_reminder
    window.show_page("log")
    assert reminder.isVisible()
    page = market_page(window)

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.title_edit, "Community manager")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)

    driver = on_next_dialog(fill)
    page.add_postings()
    driver.check()
    assert not reminder.isVisible()
    assert window.context.settings.get(SETTING) is None
