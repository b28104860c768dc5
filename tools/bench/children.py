"""The inside of the measurements that need Qt: each runs in its own process.

``python -m tools.bench --child NAME DATA_DIR`` runs one and prints its samples
as JSON on stdout (see ``plugins.CHILDREN``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any


@contextlib.contextmanager
def main_window(data_dir: Path) -> Iterator[Any]:
    from planner.ui.shell.app import build_window, make_application

    app = make_application()
    window = build_window(app, data_dir, "en")
    window.show()
    wait_for_paint(window)
    try:
        yield window
    finally:
        window.close()
        window.context.database.close()


def wait_for_paint(widget: Any) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    widget.repaint()  # synchronous: returns once painted


def child_all_pages(data_dir: Path, _extra: list[str]) -> dict[str, Any]:
    from planner.ui.pages import PAGES

    with main_window(data_dir) as window:
        for spec in PAGES:
            page = window.show_page(spec.key)
            wait_for_paint(page)
    return {"pages": len(PAGES)}


def child_log_page(data_dir: Path, _extra: list[str]) -> dict[str, Any]:
    from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit

    with main_window(data_dir) as window:
        started = time.perf_counter()
        page = window.show_page("log")
        wait_for_paint(page)
        open_s = time.perf_counter() - started
        tasks = getattr(window.context, "tasks", None)
        if tasks is not None:
            tasks.wait()  # a long log fills in the background: search the filled table
        # The page's ``search`` attribute, else a line edit named like one; the
        # line edits inside date and combo boxes are not search fields.
        fields = [
            f
            for f in page.findChildren(QLineEdit)
            if not isinstance(f.parent(), (QAbstractSpinBox, QComboBox))
        ]
        named = [
            f for f in fields if any(w in f.objectName().lower() for w in ("search", "filter"))
        ]
        own = getattr(page, "search", None)
        field = own if isinstance(own, QLineEdit) else (named or fields or [None])[0]
        views = [v for v in page.findChildren(QAbstractItemView) if v.isVisible()]
        if field is None or not views:
            return {"unavailable": "the log page has no search field or no table to measure"}
        view = max(views, key=lambda v: v.model().rowCount() if v.model() else 0)
        strokes = time_keystrokes(field, view)
    return {"open_s": open_s, "keystroke_s": strokes}


def time_keystrokes(field: Any, view: Any) -> list[float]:
    """Type a word letter by letter; each: key press until the filtered table is painted.

    A search that waits for typing to pause (a single-shot QTimer on the
    window) is waited for: its delay is part of what the user waits.
    """
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window = field.window()
    strokes = []
    field.setFocus()
    for letter in "seoco":
        started = time.perf_counter()
        QTest.keyClicks(field, letter)
        QApplication.processEvents()
        # Few calls on purpose: PySide6 6.12 on Python 3.11 drops a reference to
        # None on every void call, and a busy loop of them kills the interpreter.
        for _tick in range(500):
            pending = [t for t in window.findChildren(QTimer) if t.isActive() and t.isSingleShot()]
            if not pending:
                break
            QTest.qWait(2)
        view.viewport().repaint()
        strokes.append(time.perf_counter() - started)
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Delete)
    return strokes


def child_table_filter(data_dir: Path, _extra: list[str]) -> dict[str, Any]:
    """The shared RecordTableModel + RecordFilterProxy over every log entry, in a plain view."""
    import sqlite3

    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    from planner.ui.models.table import Column, RecordFilterProxy, RecordTableModel
    from planner.ui.shell.app import make_application

    make_application()
    with sqlite3.connect(data_dir / "planner.sqlite3") as connection:
        records = connection.execute(
            "SELECT logged_on, minutes, learning_type, learned, apply FROM log_entries"
        ).fetchall()
    columns = [
        Column("Date", lambda r: r[0]),
        Column("Minutes", lambda r: str(r[1]), sort=lambda r: r[1]),
        Column("Type", lambda r: r[2]),
        Column("What I learned", lambda r: r[3]),
        Column("How I will use it", lambda r: r[4]),
    ]
    model = RecordTableModel(columns)
    model.set_records(records)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    window = QWidget()
    field = QLineEdit()
    field.textChanged.connect(proxy.set_search_text)
    view = QTableView()
    view.setModel(proxy)
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(view)
    window.resize(1100, 720)
    window.show()
    wait_for_paint(window)
    strokes = time_keystrokes(field, view)
    window.close()
    return {"rows": len(records), "keystroke_s": strokes}


def child_charts(data_dir: Path, extra: list[str]) -> dict[str, Any]:
    runs = int(extra[0]) if extra else 5
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from planner.i18n import set_language

    set_language("en")
    sources = importlib.import_module("planner.ui.pages.chart_sources")
    registry = getattr(sources, "CHARTS", None)
    if not registry:
        return {"unavailable": "planner.ui.pages.chart_sources has no CHARTS"}
    from planner.store.database import open_database

    # By name: these modules come with the charts, which this tree may not have yet.
    chart_theme = importlib.import_module("planner.charts.theme").ChartTheme
    stats_store = importlib.import_module("planner.store.stats").StatsStore
    database = open_database(data_dir)
    today = dt.date.today()
    request = sources.ChartRequest(today.year, today)
    theme = chart_theme()
    warm = plt.figure()  # "once matplotlib is loaded": fonts and backend ready
    warm.add_subplot().plot([0, 1], [0, 1])
    warm.canvas.draw()
    plt.close(warm)
    results: dict[str, list[float]] = {}
    for kind in registry:
        samples = []
        for _run in range(runs):
            started = time.perf_counter()
            result = kind.make(stats_store(database), request, theme)
            if result.figure is None:
                break
            result.figure.canvas.draw()
            samples.append(time.perf_counter() - started)
            plt.close(result.figure)
        if samples:
            results[kind.key] = samples
    database.close()
    return {"charts": results}
