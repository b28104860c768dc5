"""Context menus Qt builds itself: the scroll bars of every table and text box, the file sidebar.

Qt builds these menus inside the event handler and runs them at once, so the
test records what the widget asks Qt's translator (with the recording
translator of ``tools/i18n/record_qt_strings.py``) and checks that nb and sw
answer every question with a translation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QListView

from planner.i18n.qt_translator import install_qt_translator
from tools.i18n import qt_scenes
from tools.i18n.record_qt_strings import RecordingTranslator

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)


def asked_while(qapp: QApplication, scene) -> set:
    recorder = RecordingTranslator()
    qapp.installTranslator(recorder)
    try:
        scene()
    finally:
        qapp.removeTranslator(recorder)
    return recorder.asked


def untranslated(qapp: QApplication, asked: set, language: str) -> list[str]:
    try:
        install_qt_translator(qapp, language)
        return [
            a.source
            for a in asked
            if QCoreApplication.translate(a.context, a.source, a.disambiguation or None)
            in ("", a.source)
        ]
    finally:
        install_qt_translator(qapp, "en")


def test_scroll_bar_menus_are_translated(qapp) -> None:
    asked = asked_while(qapp, lambda: qt_scenes.record_scroll_bars(qapp))
    scroll = {a.source for a in asked if a.context == "QScrollBar"}
    assert {"Scroll here", "Top", "Bottom", "Left edge", "Page up", "Scroll right"} <= scroll
    assert len(scroll) == 13
    for language in ("nb", "sw"):
        assert untranslated(qapp, asked, language) == []


def test_the_file_dialog_sidebar_menu_is_translated(qapp, qtbot, tmp_path: Path) -> None:
    dialog = QFileDialog(None, "x", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    sidebar = dialog.findChild(QListView, "sidebar")
    qtbot.waitUntil(lambda: sidebar.model().rowCount() > 0, timeout=20_000)
    spot = sidebar.visualRect(sidebar.model().index(0, 0)).center()

    def open_menu() -> None:
        with qt_scenes.dismissing_modals(qapp):
            sidebar.customContextMenuRequested.emit(spot)

    asked = {a for a in asked_while(qapp, open_menu) if a.context == "QFileDialog"}
    dialog.done(0)
    assert "Remove" in {a.source for a in asked}
    for language in ("nb", "sw"):
        assert untranslated(qapp, asked, language) == []


def test_line_edit_text_box_and_spin_box_menus_are_translated(qapp) -> None:
    """The context menus of line edits, text boxes, spin boxes and date fields."""

    def scene() -> None:
        qt_scenes.record_text_menus(qapp)
        qt_scenes.record_spin_boxes(qapp)

    # Key names ("Ctrl", "+") read the same in nb and sw: their catalog entries say so.
    asked = {a for a in asked_while(qapp, scene) if a.context != "QShortcut"}
    sources = {a.source for a in asked}
    assert {"&Copy", "Select All", "&Paste"} <= sources
    assert "&Step up" in sources  # the spin box's own entries
    for language in ("nb", "sw"):
        assert untranslated(qapp, asked, language) == []
