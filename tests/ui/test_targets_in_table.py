"""Targets are set in the skills table itself (F2 on a selected row, pick a level);
the target dialog opens with the focus on the value."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from planner.ui.dialogs.skill_dialogs import TargetDialog
from planner.ui.models.target_editing import TARGET_COLUMN
from tests.helpers.dialogs import on_next_dialog


def _target_of(window, key: str) -> int | None:
    return window.context.skills.skill(key).target_level


def test_f2_in_the_table_sets_the_target_by_keyboard(window, qtbot) -> None:
    page = window.show_page("skills")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for key in ("technical_seo", "link_building"):
        page.select_skill(key)
        row = page.table.currentIndex().row()
        page.table.setCurrentIndex(page.proxy.index(row, TARGET_COLUMN))
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(5)  # "No target", then 0..5: level 4
        editor.activated.emit(5)
        qtbot.waitUntil(lambda key=key: _target_of(window, key) == 4, timeout=20_000)
    assert page.selected_skill().key == "link_building"
    window.context.undo_stack.undo()
    assert _target_of(window, "link_building") is None
    assert _target_of(window, "technical_seo") == 4


def test_the_target_dialog_starts_on_the_value(window, qtbot) -> None:
    page = window.show_page("skills")
    page.select_skill("technical_seo")

    def choose(dialog: TargetDialog) -> None:
        assert QApplication.focusWidget() is dialog.combo
        qtbot.keyClick(dialog.combo, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.combo, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.combo, Qt.Key.Key_Return)

    driver = on_next_dialog(choose, TargetDialog)
    page.set_target_selected()
    driver.check()
    assert _target_of(window, "technical_seo") == 1
