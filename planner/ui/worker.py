"""Long work off the window's thread, with a progress dialog, so the window never freezes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner.store.errors import StoreError


class _Worker(QObject):
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the window's thread, never lost
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


def busy_dialog(parent: QWidget | None, title: str, label: str) -> QProgressDialog:
    """A busy progress dialog titled ``title`` (translated: the title bar shows it)."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    return dialog


class BackgroundTask(QObject):
    """Runs ``work`` in a thread; ``on_done(result)`` or ``on_error(StoreError)`` run here after.

    A busy progress dialog (window-modal, no cancel: the work must finish
    whole) keeps the user from editing while the work touches the data.
    Errors that are not :class:`StoreError` are bugs and reach the thread's
    excepthook; ``finished`` is emitted in every case.
    """

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[StoreError], None],
        *,
        title: str,
    ) -> None:
        super().__init__(parent)
        self._on_done, self._on_error = on_done, on_error
        self.progress: QProgressDialog | None = busy_dialog(parent, title, label)
        self.thread = QThread(self)
        self.worker = _Worker(work)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.succeeded.connect(self.thread.quit)
        self.worker.failed.connect(self.thread.quit)
        self.thread.finished.connect(self._finished)
        self._outcome: tuple[bool, Any] | None = None

    def start(self) -> None:
        assert self.progress is not None, "a task runs once"
        self.progress.show()
        self.thread.start()

    def _succeeded(self, result: object) -> None:
        self._outcome = (True, result)

    def _failed(self, error: object) -> None:
        self._outcome = (False, error)

    def _finished(self) -> None:
        # Ownership (README, "Who deletes what"): the worker has no parent, so
        # Python owns it and it goes with this task; the progress dialog and
        # this task are children of the widget, so Qt deletes them, later.
        self.thread.wait()  # finished is emitted just before the thread ends
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.close()
            progress.deleteLater()
        outcome, self._outcome = self._outcome, None
        try:
            if outcome is not None:
                succeeded, value = outcome
                if succeeded:
                    self._on_done(value)
                elif isinstance(value, StoreError):
                    self._on_error(value)
                else:
                    raise value  # a bug: let it surface, after the dialog closed
        finally:
            self.finished.emit()
            self.deleteLater()
