"""Python work on threads other than the window's: keep the garbage collector off them."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator


class _CollectorPause:
    """No garbage collection while a task runs: only the window's thread collects.

    A collection started on a pool thread would destroy unreachable Qt objects
    (a closed dialog, a page of a closed window) there, and Qt objects must die
    on the thread that owns them. Reference counting still frees everything
    acyclic at once; cycles wait until the window's thread collects next.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count = 0
        self._was_enabled = True

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._count == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._count += 1
        try:
            yield
        finally:
            with self._lock:
                self._count -= 1
                if self._count == 0 and self._was_enabled:
                    gc.enable()


collector_paused = _CollectorPause()
"""``with collector_paused():`` around Python work on a thread that is not the window's."""
