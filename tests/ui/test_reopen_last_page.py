"""Bug: the window always reopened on the Overview although it stored the last page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from planner.ui.shell.app import build_window


def _open(qtbot, data_dir: Path):
    main = build_window(QApplication.instance(), data_dir, "en")  # type: ignore[arg-type]
    qtbot.addWidget(main)
    return main


def _close(main) -> None:
    main.close()
    main.context.database.close()


def test_the_window_reopens_on_the_page_it_was_closed_on(qtbot, data_dir: Path) -> None:
    first = _open(qtbot, data_dir)
    assert first.current_page_key() == "overview"  # the very first time
    first.show_page("market")
    _close(first)
    again = _open(qtbot, data_dir)
    assert again.current_page_key() == "market"
    assert again.stack.currentWidget() is again.page("market")
    _close(again)


def test_an_unknown_stored_page_falls_back_to_the_overview(qtbot, data_dir: Path) -> None:
    first = _open(qtbot, data_dir)
    first.context.settings.set("window.page", "no-such-page")
    first.context.settings.set("window.geometry", None)
    first.context.database.close()
    again = _open(qtbot, data_dir)
    assert again.current_page_key() == "overview"
    _close(again)
