"""The app's one background-task service: work off the window's thread, results back on it.

Pages fill big tables through it, the data actions run backups and imports
through it (:mod:`planner.ui.kit.worker` adds the progress dialog). ``work`` runs
on a pool thread and must not touch widgets; ``done`` (or ``failed``) runs on
the window's thread afterwards. A task started under a ``key`` replaces an
earlier one with the same key: only the newest result is delivered, so a page
that reloads twice shows the second answer, never a late first one.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal

from planner.threads import collector_paused

log = logging.getLogger(__name__)

WORKERS = 2
"""Threads in the pool: the machines this runs on have two cores or more."""


@dataclass(frozen=True)
class _Pending:
    key: str | None
    done: Callable[[Any], None]
    failed: Callable[[BaseException], None] | None
    owner: QObject | None = None  # a widget gone before the result: nobody to tell


class Tasks(QObject):
    """Runs work on a small thread pool and hands results to the window's thread."""

    _finished = Signal(int, bool, object)  # ticket, succeeded, value or error
    idle = Signal()  # no task left running

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="planner-task")
        self._pending: dict[int, _Pending] = {}
        self._latest: dict[str, int] = {}
        self._tickets = 0
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
        *,
        key: str | None = None,
        owner: QObject | None = None,
    ) -> int:
        """Start ``work``; returns its ticket. Errors without ``failed`` are logged and raised.

        With an ``owner`` (the page that shows the result), a result that comes
        back after the owner was deleted (the window closed) is dropped.
        """
        self._tickets += 1
        ticket = self._tickets
        self._pending[ticket] = _Pending(key, done, failed, owner)
        if key is not None:
            self._latest[key] = ticket
        self._pool.submit(self._work, ticket, work)
        return ticket

    def busy(self, key: str | None = None) -> bool:
        if key is None:
            return bool(self._pending)
        return key in self._latest

    def wait(self, timeout: float = 30.0) -> bool:
        """Process events until no task is left (tests, the benchmark); False on time-out."""
        deadline = time.monotonic() + timeout
        while self._pending and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return not self._pending

    def _work(self, ticket: int, work: Callable[[], Any]) -> None:
        try:
            with collector_paused():
                value, succeeded = work(), True
        except BaseException as error:  # handed to the window's thread, never lost
            value, succeeded = error, False
        # RuntimeError: the service is gone (the app is closing): nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            self._finished.emit(ticket, succeeded, value)

    def _deliver(self, ticket: int, succeeded: bool, value: object) -> None:
        pending = self._pending.pop(ticket, None)
        if pending is None:
            return
        current = pending.key is None or self._latest.get(pending.key) == ticket
        if pending.key is not None and current:
            del self._latest[pending.key]
        try:
            if not current:
                return  # a newer task with the same key supersedes this one
            if pending.owner is not None and not shiboken6.isValid(pending.owner):
                return
            if succeeded:
                pending.done(value)
            elif pending.failed is not None:
                pending.failed(value)  # type: ignore[arg-type]
            else:
                log.error("A background task failed", exc_info=value)  # type: ignore[arg-type]
                raise value  # type: ignore[misc]
        finally:
            if not self._pending:
                self.idle.emit()
