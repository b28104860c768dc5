"""Benchmark plug-ins for everyday edits and for opening pages, and their Qt children.

Edits: on ten years of demo data with every page opened once, and on an empty
folder, in the same run: a new log entry (File › New log entry, minutes,
Enter, until the window is idle), its undo, setting a target, deleting a plan
item. Each is done ``REPEATS`` times in one window, in ``EDIT_RUNS`` windows
per folder (the two folders taking turns, so a busy moment of the machine
falls on both); the median of all of them is reported, and the ten-year
figure is judged against twice the empty-folder one.

Pages: the time from choosing each page to its first paint on ten years, each
run from the first page with the window idle (nothing left in the background,
matplotlib's import included), in the order of the navigation.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tools.bench.children import main_window, wait_for_paint
from tools.bench.core import Bench, NotAvailableError, Row, has_module, judged

REPEATS = 5
EDIT_RUNS = 3  # windows per folder, ten years and empty taking turns
EDIT_RATIO = 2.0  # ten years within 2x of an empty folder
PAGE_PAINT_S = 0.300
EDITS = ("new log entry", "undo of the entry", "set a target", "delete a plan item")


def measure_edits(bench: Bench) -> list[Row]:
    if not has_module("planner.ui.kit.tasks"):
        raise NotAvailableError("no background-task service (planner.ui.kit.tasks)")
    empty = bench.work / "empty"
    ten: dict[str, list[float]] = {name: [] for name in EDITS}
    small: dict[str, list[float]] = {name: [] for name in EDITS}
    for _number in range(EDIT_RUNS):
        for samples, (found, _run) in (
            (ten, bench.child("edits")),
            (small, bench.child_on(empty, "edits")),
        ):
            for name in EDITS:
                samples[name].extend(found[name])
    rows = []
    for name in EDITS:
        big, base = ten[name], small[name]
        value, floor = statistics.median(big), statistics.median(base)
        limit = EDIT_RATIO * floor
        rows.append(
            Row(
                f"Edit: {name}",
                value,
                "ms",
                f"≤ {EDIT_RATIO:g}× empty",
                "ok" if value <= limit else "missed",
                f"empty folder {floor * 1000:.0f} ms; ratio {value / floor:.2f}×",
                big,
            )
        )
    return rows


def measure_page_paint(bench: Bench) -> list[Row]:
    samples: dict[str, list[float]] = {}
    for _run in range(bench.runs):
        report, _run = bench.child("page-paint")
        for key, seconds in report["pages"].items():
            samples.setdefault(key, []).append(seconds)
    return [
        judged(
            f"Page to first paint: {key}",
            values,
            "ms",
            PAGE_PAINT_S,
            f"< {PAGE_PAINT_S * 1000:.0f} ms",
        )
        for key, values in samples.items()
    ]


# --- inside the child process ------------------------------------------------


def settle(window: Any) -> None:
    """Until the window is idle: events handled, background fills done, painted."""
    from PySide6.QtWidgets import QApplication

    from planner.ui.kit.chart_canvas import wait_for_matplotlib

    QApplication.processEvents()
    window.context.tasks.wait()
    wait_for_matplotlib()  # an import started by a chart is background work too
    QApplication.processEvents()
    window.repaint()


def on_modal(action: Callable[[Any], None]) -> None:
    """Run ``action`` on the next modal dialog as soon as it is shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible():
            action(widget)
        else:
            QTimer.singleShot(1, poll)

    QTimer.singleShot(0, poll)


def timed(window: Any, act: Callable[[], object]) -> float:
    started = time.perf_counter()
    act()
    settle(window)
    return time.perf_counter() - started


def child_edits(data_dir: Path, _extra: list[str]) -> dict[str, Any]:
    from planner.domain.enums import LearningType
    from planner.store.database import open_database
    from planner.store.learning import LearningStore, PlanItemFields
    from planner.ui.pages import PAGES

    database = open_database(data_dir)
    store = LearningStore(database)
    for number in range(REPEATS):  # something to delete in an empty folder too
        store.create_plan_item(
            PlanItemFields(f"Bench course {number}", LearningType.COURSE, time.localtime()[0])
        )
    database.close()
    results: dict[str, list[float]] = {name: [] for name in EDITS}
    with main_window(data_dir) as window:
        for spec in PAGES:  # every page opened once
            wait_for_paint(window.show_page(spec.key))
            settle(window)
        for repeat in range(REPEATS):
            _one_round(window, results, repeat)
    return results


def _one_round(window: Any, results: dict[str, list[float]], repeat: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    def log_entry(dialog: Any) -> None:
        QTest.keyClicks(dialog.minutes_spin, str(30 + repeat))
        QTest.keyClick(dialog.minutes_spin, Qt.Key.Key_Return)

    log = window.show_page("log")
    settle(window)
    on_modal(log_entry)
    results["new log entry"].append(timed(window, window.new_log_entry_action.trigger))
    results["undo of the entry"].append(timed(window, window.undo_action.trigger))

    def target(dialog: Any) -> None:
        dialog.combo.setCurrentIndex(1 + (repeat % 5))
        QTest.keyClick(dialog.combo, Qt.Key.Key_Return)

    skills = window.show_page("skills")
    skills.select_skill("technical_seo")
    settle(window)
    on_modal(target)
    results["set a target"].append(timed(window, skills.set_target_selected))

    def yes(box: Any) -> None:
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.YesRole:
                button.click()
                return

    plan = window.show_page("plan")
    settle(window)  # a reload it started (the target moved a gap) ends first
    plan.table.selectRow(0)
    before = plan.model.rowCount()
    on_modal(yes)
    results["delete a plan item"].append(timed(window, plan.delete_selected))
    if plan.model.rowCount() != before - 1:
        raise RuntimeError("the plan item was not deleted")
    assert log is not None


def child_page_paint(data_dir: Path, _extra: list[str]) -> dict[str, Any]:
    from planner.ui.pages import PAGES

    keys = [spec.key for spec in PAGES]
    pages = _choose_pages(data_dir, keys[0], keys[1:])
    # The first page is the one a window opens on: chosen from the second, in a new window.
    pages.update(_choose_pages(data_dir, keys[1], keys[:1]))
    return {"pages": {key: pages[key] for key in keys}}


def _choose_pages(data_dir: Path, start: str, keys: list[str]) -> dict[str, float]:
    """Open the window on ``start``, idle; then choose each of ``keys`` until painted."""
    from planner.settings import Settings

    # The window reopens on the page it was closed on: set it, so that every run
    # starts alike (and not on the charts page while matplotlib is still loading).
    Settings(data_dir).set("window.page", start)
    pages: dict[str, float] = {}
    with main_window(data_dir) as window:
        settle(window)
        for key in keys:
            started = time.perf_counter()
            page = window.show_page(key)
            wait_for_paint(page)
            pages[key] = time.perf_counter() - started
            settle(window)  # the page's background fill ends before the next is chosen
    return pages
