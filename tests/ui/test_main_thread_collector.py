"""Cyclic garbage is collected on the window's thread only, once a window exists."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication

from planner.ui.shell.collector import MainThreadCollector, collect_on_main_thread


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_window_switches_automatic_collection_off_and_the_timer_collects(qapp) -> None:
    collector = collect_on_main_thread(qapp)
    assert isinstance(collector, MainThreadCollector)
    assert collect_on_main_thread(qapp) is collector  # one per application
    assert not gc.isenabled()
    cycle = _Cycle()
    gone = weakref.ref(cycle)
    del cycle
    # Allocations on another thread never collect there.
    worker = threading.Thread(target=lambda: [_Cycle() for _ in range(5000)])
    worker.start()
    worker.join()
    assert gone() is not None
    assert collector.collect_if_due() > 0  # past the threshold: collected here
    assert gone() is None


def test_nothing_is_collected_below_the_threshold(qapp) -> None:
    collector = collect_on_main_thread(qapp)
    gc.collect()
    assert collector.collect_if_due() == 0
    assert QApplication.instance() is qapp
