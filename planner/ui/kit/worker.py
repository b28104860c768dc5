"""Long work that touches the data, with a progress dialog, on the app's task service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner.store.errors import StoreError
from planner.ui.kit.tasks import Tasks


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
    """Runs ``work`` on :class:`Tasks`; then ``on_done(result)`` or ``on_error(StoreError)``.

    A busy progress dialog (window-modal, no cancel: the work must finish
    whole) keeps the user from editing while the work touches the data.
    Errors that are not :class:`StoreError` are bugs and are raised on the
    window's thread; ``finished`` is emitted in every case.
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
        tasks: Tasks,
        title: str,
    ) -> None:
        super().__init__(parent)
        self._work, self._tasks = work, tasks
        self._on_done, self._on_error = on_done, on_error
        self.progress: QProgressDialog | None = busy_dialog(parent, title, label)

    def start(self) -> None:
        assert self.progress is not None, "a task runs once"
        self.progress.show()
        self._tasks.run(self._work, self._succeeded, self._failed)

    def _close(self) -> None:
        # Ownership (README, "Who deletes what"): the progress dialog and this task
        # are children of the widget, so Qt deletes them, later; no reference stays.
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.close()
            progress.deleteLater()

    def _succeeded(self, result: object) -> None:
        self._close()
        try:
            self._on_done(result)
        finally:
            self._end()

    def _failed(self, error: BaseException) -> None:
        self._close()
        try:
            if not isinstance(error, StoreError):
                raise error  # a bug: let it surface, after the dialog closed
            self._on_error(error)
        finally:
            self._end()

    def _end(self) -> None:
        self.finished.emit()
        self.deleteLater()
