"""From an empty planner to a filled plan with the skills reviewed, by keyboard alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from planner.store.learning import LearningStore
from planner.store.profile import ProfileStore
from tests.helpers.dialogs import on_next_dialog
from tests.helpers.linkedin_export import write_zip

# The menus' popups ask the offscreen platform for things it cannot do.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def type_path_and_enter(qtbot, path: Path):
    def act(dialog: QFileDialog) -> None:
        edit = QApplication.focusWidget()
        assert isinstance(edit, QLineEdit)
        edit.clear()
        qtbot.keyClicks(edit, str(path))
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    return on_next_dialog(act, QFileDialog)


def review_dialog(window, qtbot):
    qtbot.waitUntil(
        lambda: window.linkedin.dialog is not None and window.linkedin.dialog.isVisible()
    )
    dialog = window.linkedin.dialog
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    return dialog


@OFFSCREEN_POPUP
@pytest.mark.parametrize("language", ["en", "nb", "sw"])
def test_keyboard_only_from_empty_planner_to_filled_plan(
    window, qtbot, tmp_path: Path, language: str
) -> None:
    window.choose_language(language)
    path = write_zip(tmp_path / "Basic_LinkedInDataExport.zip")
    database = window.context.database
    assert LearningStore(database).plan_items() == []

    # File > Import from LinkedIn > From the export's ZIP file, by its shortcut keys.
    chooser = type_path_and_enter(qtbot, path)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.file_menu.isVisible)
    menu_key = window.linkedin_menu.title().split("&")[1][0]
    qtbot.keyClick(window.file_menu, menu_key)
    qtbot.waitUntil(window.linkedin_menu.isVisible)
    zip_key = window.linkedin_zip_action.text().split("&")[1][0]
    qtbot.keyClick(window.linkedin_menu, zip_key)
    qtbot.waitUntil(lambda: bool(chooser))
    chooser.check()

    dialog = review_dialog(window, qtbot)
    tree = dialog.tree
    assert QApplication.focusWidget() is tree
    # Down to the first unmatched skill ("Public Speaking") and tick it with Space.
    custom = dialog.custom_rows[0]
    for _step in range(40):
        if tree.currentItem() is custom:
            break
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem() is custom
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert custom.checkState(0) == Qt.CheckState.Checked
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Import
    qtbot.waitUntil(lambda: not dialog.isVisible())

    items = LearningStore(database).plan_items()
    assert len(items) == 7
    assert ProfileStore(database).profile().role == "Digital Marketing Manager, Acme Media"
    assert any(s.custom_name == "Public Speaking" for s in window.context.skills.skills())

    # The Skills page opened on the first matched skill: assess it, by keyboard.
    page = window.page("skills")
    qtbot.waitUntil(lambda: window.current_page_key() == "skills")
    assert page.selected_skill().key == "technical_seo"
    assert page.selected_skill().current_level is None

    def assess(level_dialog) -> None:
        for _step in range(3):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        qtbot.keyClick(level_dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        if level_dialog.isVisible():
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    driver = on_next_dialog(assess)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    driver.check()
    assessed = window.context.skills.skill("technical_seo")
    assert (assessed.current_level, assessed.last_assessed) == (3, dt.date.today())

    # The plan page shows the imported items at once.
    plan_page = window.show_page("plan")
    assert plan_page.model.rowCount() >= 1

    # A second import of the same export adds nothing.
    window.linkedin.import_from(path)
    again = review_dialog(window, qtbot)
    assert again.plan.new_items == () and again.plan.role is None
    assert len(again.plan.present_items) == 7
    assert again.plan.present_custom == ("Public Speaking",)
    steps = window.context.undo_stack.count()
    qtbot.keyClick(again.tree, Qt.Key.Key_Return)  # Import, with nothing ticked
    qtbot.waitUntil(lambda: not again.isVisible())
    assert len(LearningStore(database).plan_items()) == 7
    assert window.context.undo_stack.count() == steps

    # Undo (Ctrl+Z) takes back the assessment, then the whole import in one step.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for _step in range(2):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert LearningStore(database).plan_items() == []
    assert ProfileStore(database).profile().role == ""
    assert not any(s.is_custom for s in window.context.skills.skills())


@pytest.mark.parametrize("language", ["en", "nb", "sw"])
def test_bad_export_is_one_translated_message_and_nothing_written(
    window, qtbot, tmp_path: Path, language: str
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window.choose_language(language)
    bad = tmp_path / "export.zip"
    bad.write_bytes(b"PK\x03\x04 broken")
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    driver = on_next_dialog(read, QMessageBox)
    window.linkedin.import_from(bad)
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    driver.check()
    assert "export.zip" in seen[0] and "\n" not in seen[0]
    if language != "en":
        assert "damaged" not in seen[0]
    assert LearningStore(window.context.database).plan_items() == []


@OFFSCREEN_POPUP
def test_the_first_run_guide_offers_the_import(window, qtbot, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "export.zip")
    guide = window.open_first_run_guide()
    page = guide.profile_page
    assert page.linkedin_button.isVisible()
    chooser = type_path_and_enter(qtbot, path)
    page.linkedin_button.setFocus()
    qtbot.keyClick(page.linkedin_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(chooser))
    chooser.check()
    dialog = review_dialog(window, qtbot)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: page.role_edit.text() == "Digital Marketing Manager, Acme Media", timeout=20_000
    )
    assert len(LearningStore(window.context.database).plan_items()) == 7
    assert window.current_page_key() != "skills"  # the guide asks for levels itself
    guide.reject()
