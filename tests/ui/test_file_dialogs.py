"""Every file dialog the app opens is Qt's own (never the desktop's) and speaks the app's language.

A desktop's native dialog follows the desktop's language, so the app builds all of
them in ``planner/ui/kit/file_dialogs.py`` with DontUseNativeDialog. The walk opens
every one the way a person does (menus, buttons), in en and then in nb and sw, and
compares what it shows and its title bar.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.helpers.visible_text import english_leftovers, visible_texts
from tests.ui.test_title_bars import APP_NAMES, shown_title

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)
ROOT = Path(__file__).resolve().parent.parent
HELPER = "file_dialogs.py"


def test_no_module_builds_a_file_dialog_of_its_own() -> None:
    """Only the helper makes a QFileDialog: no static getters, no constructor elsewhere."""
    offenders = []
    for path in sorted((ROOT / "planner").rglob("*.py")):
        if path.name == HELPER:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                called = node.func
                if isinstance(called, ast.Name) and called.id == "QFileDialog":
                    offenders.append((path.name, node.lineno))
                if (
                    isinstance(called, ast.Attribute)
                    and isinstance(called.value, ast.Name)
                    and called.value.id == "QFileDialog"
                    and called.attr.startswith("get")
                ):
                    offenders.append((path.name, node.lineno))
    assert offenders == []


def openers(window) -> dict[str, Callable[[], object]]:
    """Every way to a file dialog, as a person opens it."""
    from planner.ui.kit.chart_canvas import ChartView

    def chart() -> None:
        view = window.show_page("overview").findChildren(ChartView)[0]
        view.ask_and_save("png")

    def backup_folder() -> None:
        dialog = window.data_actions.preferences_dialog()
        dialog.browse_button.click()
        dialog.deleteLater()

    return {
        "restore": window.data_actions.restore_action.trigger,
        "export": window.data_actions.export_action.trigger,
        "import": window.data_actions.import_action.trigger,
        "backup-folder": backup_folder,
        "calendar": window.export_calendar,
        "postings": window.import_postings_action.trigger,
        "log-csv": window.export_log_action.trigger,
        "job-ad-files": lambda: window.read_ads(folder=False),
        "job-ad-folder": lambda: window.read_ads(folder=True),
        "linkedin-zip": window.linkedin_zip_action.trigger,
        "linkedin-folder": window.linkedin_folder_action.trigger,
        "plan-pdf": lambda: window.show_page("yearplan").save_pdf(),
        "chart": chart,
    }


def open_each(window, monkeypatch: pytest.MonkeyPatch, english: dict | None = None) -> dict:
    """What each file dialog shows (texts, title bar, native or not, English left
    compared with ``english``); each one is cancelled."""
    seen: dict[str, dict] = {}
    current = [""]

    def exec_(dialog: QFileDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        name = current[0]
        seen[name] = {
            "native": not dialog.testOption(QFileDialog.Option.DontUseNativeDialog),
            "texts": {text for _where, text in visible_texts(dialog)},
            "title": shown_title(dialog),
            "leftovers": english_leftovers(dialog, english[name]["texts"]) if english else [],
        }
        dialog.hide()
        return 0

    monkeypatch.setattr(QFileDialog, "exec", exec_)
    for name, opener in openers(window).items():
        current[0] = name
        opener()
    return seen


@pytest.mark.parametrize("language", ["nb", "sw"])
def test_every_file_dialog_is_qt_s_own_and_translated(
    window, qtbot, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    english = open_each(window, monkeypatch)
    assert set(english) == set(openers(window)), "a file dialog did not open"
    assert {"Look in:", "File name:"} <= english["restore"]["texts"]
    window.choose_language(language)
    qtbot.waitUntil(lambda: window.windowTitle() == APP_NAMES[language])

    translated = open_each(window, monkeypatch, english)
    assert set(translated) == set(english)
    problems = []
    for name, shown in translated.items():
        if shown["native"]:
            problems.append((name, "native"))
        if shown["title"] == english[name]["title"] or "Career Planner" in shown["title"]:
            problems.append((name, shown["title"]))
        problems += [(name, *left) for left in shown["leftovers"]]
    assert problems == []
