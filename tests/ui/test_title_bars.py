"""Title bars as the window system shows them: no English in nb or sw, after a switch too."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from tests.helpers.visible_text import SAME_IN_EVERY_LANGUAGE

APP_NAMES = {"en": "Career Planner", "nb": "Karriereplanlegger", "sw": "Mpango wa Taaluma"}


def shown_title(widget: QWidget) -> str:
    """The title bar's text as X11 and Windows build it (QPlatformWindow::formatWindowTitle)."""
    title, name = widget.windowTitle(), QGuiApplication.applicationDisplayName()
    if not title:
        return name
    return title if not name or name in title else f"{title} \u2014 {name}"


def every_window(window) -> list[tuple[str, QWidget]]:
    """The main window, every dialog it opens and every dialog each page opens."""
    from planner.ui.pages import PAGES

    targets: list[tuple[str, QWidget]] = [("window", window), *window.review_dialogs()]
    for spec in PAGES:
        page = window.show_page(spec.key)
        targets += [(f"{spec.key}:{name}", dialog) for name, dialog in page.review_dialogs()]
    return targets


def english_titles(window) -> dict[str, str]:
    titles = {}
    for name, widget in every_window(window):
        titles[name] = widget.windowTitle()
        if widget is not window:
            widget.deleteLater()
    return titles


@pytest.mark.parametrize("language", ["nb", "sw"])
def test_no_title_bar_shows_english(window, qtbot, language: str) -> None:
    english = english_titles(window)
    assert QGuiApplication.applicationDisplayName() == "Career Planner"
    window.choose_language(language)
    qtbot.waitUntil(lambda: window.windowTitle() == APP_NAMES[language])
    assert QGuiApplication.applicationDisplayName() == APP_NAMES[language]
    problems = []
    for name, widget in every_window(window):
        title, shown = widget.windowTitle(), shown_title(widget)
        if "Career Planner" in shown:
            problems.append((name, shown))
        elif title and title == english.get(name) and title not in SAME_IN_EVERY_LANGUAGE:
            problems.append((name, title))
        if widget is not window:
            widget.deleteLater()
    assert problems == []
    window.choose_language("en")
    qtbot.waitUntil(lambda: window.windowTitle() == "Career Planner")
    assert QGuiApplication.applicationDisplayName() == "Career Planner"


@pytest.mark.parametrize("language", ["nb", "sw"])
def test_progress_dialogs_have_their_own_translated_titles(window, language: str) -> None:
    from planner.ui.flows.data_safety import task_texts

    window.choose_language(language)
    titles = {key: task_texts(key)[0] for key in ("backup", "restore", "check", "export")}
    titles["import"] = task_texts("import")[0]
    assert len(set(titles.values())) == 5
    dialogs = dict(window.data_actions.progress_dialogs())
    for key, title in titles.items():
        assert dialogs[f"progress-{key}"].windowTitle() == title
        assert title not in APP_NAMES.values()
        dialogs[f"progress-{key}"].deleteLater()


def test_a_real_backup_shows_its_title(window, qtbot) -> None:
    from PySide6.QtWidgets import QProgressDialog

    window.choose_language("sw")
    window.data_actions.backup_action.trigger()
    progress = window.data_actions.task.progress
    assert isinstance(progress, QProgressDialog)
    assert shown_title(progress) == "Tengeneza nakala rudufu ya data \u2014 Mpango wa Taaluma"
    qtbot.waitUntil(lambda: window.data_actions.task is None, timeout=10_000)
