"""Garbage collection on the window's thread only.

Python's cyclic collector runs on whichever thread happens to allocate when a
generation's threshold is crossed: a background task, the chart loader or a
PDF thread. A collection there can free an unreachable cycle holding a Qt
object (a closed dialog, an undo command, a page of a closed window), and Qt
objects must die on the thread that owns them: the process crashes later, in
a place that has nothing to do with the cause. So, as Anki does, automatic
collection is switched off once a window exists, and a timer on the window's
thread collects with the same generation thresholds Python would use.
Reference counting still frees everything acyclic at once, on any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000
"""How often the window's thread looks at the collector's counts."""


class MainThreadCollector(QObject):
    """Collects on the window's thread when Python would have collected."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start(INTERVAL_MS)

    def collect_if_due(self) -> int:
        """Collect the generations whose counts passed their thresholds; returns what was freed."""
        first, second, third = gc.get_count()
        if first <= self._thresholds[0]:
            return 0
        if second <= self._thresholds[1]:
            return gc.collect(0)
        if third <= self._thresholds[2]:
            return gc.collect(1)
        return gc.collect(2)


def collect_on_main_thread(app: QObject) -> MainThreadCollector:
    """The application's one collector (created on first use, a child of ``app``)."""
    existing = app.findChild(MainThreadCollector)
    return existing if existing is not None else MainThreadCollector(app)
