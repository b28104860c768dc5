"""Help > Keyboard shortcuts lists the keys, in the window's language."""

from __future__ import annotations

from planner.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from tests.helpers.dialogs import on_next_dialog


def _rows(dialog: ShortcutsDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]


def test_the_help_menu_opens_the_list(window, qtbot) -> None:
    assert window.shortcuts_action in window.help_menu.actions()
    seen: list[list[list[str]]] = []

    def look(dialog: ShortcutsDialog) -> None:
        seen.append(_rows(dialog))
        dialog.reject()

    driver = on_next_dialog(look, ShortcutsDialog)
    window.shortcuts_action.trigger()
    driver.check()
    [rows] = seen
    assert ["Ctrl+N", "everywhere", "new learning log entry"] in rows
    assert any(row[0] == "Ctrl+Shift+N" for row in rows)


def test_the_list_is_translated(window, qtbot) -> None:
    window.choose_language("nb")
    qtbot.waitUntil(lambda: window.windowTitle() == "Karriereplanlegger")
    dialog = window.shortcuts_dialog()
    rows = _rows(dialog)
    assert rows[0][1] != "everywhere"
    assert dialog.windowTitle() != "Keyboard shortcuts"
