"""Edit > Undo and Redo speak the language chosen at run time, with a step on the stack."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoCommand

WORDS = {
    "en": ("Undo", "Redo"),
    "nb": ("Angre", "Gjør om"),
    "sw": ("Tendua", "Rudia"),
}


def edit_texts(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.edit_menu.actions() if a.text()][:2]


@pytest.mark.parametrize("language", ["nb", "sw"])
def test_undo_and_redo_follow_a_language_switch(window, qtbot, language: str) -> None:
    stack = window.context.undo_stack
    stack.push(QUndoCommand("Flytt mål"))
    stack.push(QUndoCommand("Slett logg"))
    stack.undo()
    assert edit_texts(window) == ["Undo Flytt mål", "Redo Slett logg"]

    window.choose_language(language)
    undo, redo = WORDS[language]
    qtbot.waitUntil(lambda: edit_texts(window) == [f"{undo} Flytt mål", f"{redo} Slett logg"])
    stack.redo()  # the stack changes after the switch: the new language stays
    assert edit_texts(window) == [f"{undo} Slett logg", redo]
    assert not window.redo_action.isEnabled()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert edit_texts(window) == [undo, f"{redo} Flytt mål"]
    assert not window.undo_action.isEnabled()
    assert not any("Undo" in text or "Redo" in text for text in edit_texts(window))

    window.choose_language("en")
    qtbot.waitUntil(lambda: edit_texts(window) == ["Undo", "Redo Flytt mål"])
