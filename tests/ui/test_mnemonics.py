"""Bug: Alt+letter keys used twice in one window, or pointing at nothing.

Every page (each tab of it) and every dialog, in en, nb and sw: no Alt+letter
reaches two things, and every label with one has a buddy to move to.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget, QWizard

from planner.ui.pages import PAGES
from tests.helpers.mnemonics import problems

TITLES = {"en": "Career Planner", "nb": "Karriereplanlegger", "sw": "Mpango wa Taaluma"}


def _page_problems(window, key: str) -> list[str]:
    page = window.show_page(key)
    found: list[str] = []
    tab_widgets = [tabs for tabs in page.findChildren(QTabWidget) if tabs.isVisibleTo(page)]
    if not tab_widgets:
        return problems(window, key, menus=False)
    for tabs in tab_widgets:
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found += problems(window, f"{key} tab {index}", menus=False)
        tabs.setCurrentIndex(current)
    return found


def _dialog_problems(name: str, dialog) -> list[str]:
    dialog.show()
    try:
        if isinstance(dialog, QWizard):
            return problems(dialog, f"{name} page {dialog.currentId()}")
        return problems(dialog, name)
    finally:
        dialog.close()


@pytest.mark.parametrize("language", ["en", "nb", "sw"])
def test_no_alt_letter_twice_or_pointing_at_nothing(window, qtbot, language: str) -> None:
    window.choose_language(language)
    qtbot.waitUntil(lambda: window.windowTitle() == TITLES[language])
    found = problems(window, "menus")  # each open menu is a scope of its own
    for spec in PAGES:
        found += _page_problems(window, spec.key)
    for name, dialog in window.review_dialogs():
        found += _dialog_problems(name, dialog)
    for spec in PAGES:
        for name, dialog in window.show_page(spec.key).review_dialogs():
            found += _dialog_problems(f"{spec.key}: {name}", dialog)
    assert found == [], "\n" + "\n".join(found)
