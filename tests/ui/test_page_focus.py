"""Bug: after a click on the navigation the focus stayed in the list, so page
shortcuts (Ctrl+F, Ctrl+Shift+N) did nothing; Tab went to the status bar first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.ui.dialogs.yearplan_dialogs import GoalDialog
from planner.ui.pages import PAGES
from tests.helpers.dialogs import on_next_dialog


def click_page(window, qtbot, key: str) -> None:
    row = next(i for i, spec in enumerate(PAGES) if spec.key == key)
    rect = window.nav.visualRect(window.nav.model().index(row, 0))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def activate(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_page_shortcuts_work_right_after_a_click_on_the_navigation(window, qtbot) -> None:
    activate(window, qtbot)
    click_page(window, qtbot, "market")
    page = window.page("market")
    assert page.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search

    click_page(window, qtbot, "yearplan")
    driver = on_next_dialog(lambda dialog: dialog.reject(), GoalDialog)
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    driver.check()


def test_arrow_keys_in_the_navigation_stay_there(window, qtbot) -> None:
    activate(window, qtbot)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page_key() == PAGES[1].key
    assert QApplication.focusWidget() is window.nav
    qtbot.keyClick(window.nav, Qt.Key.Key_Return)  # Enter moves into the page
    assert window.page(PAGES[1].key).isAncestorOf(QApplication.focusWidget())


def test_tab_goes_from_the_navigation_into_the_page_before_the_status_bar(window, qtbot) -> None:
    activate(window, qtbot)
    for spec in PAGES:
        window.show_page(spec.key)
        window.nav.setFocus()
        qtbot.keyClick(window.nav, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert window.page(spec.key).isAncestorOf(focused), (spec.key, focused)
        assert not window.market_reminder.isAncestorOf(focused)


def test_ctrl_number_moves_into_the_page(window, qtbot) -> None:
    activate(window, qtbot)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == PAGES[4].key
    assert window.page(PAGES[4].key).isAncestorOf(QApplication.focusWidget())
