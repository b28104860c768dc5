"""Import job postings from CSV in a worker thread, with progress and Cancel.

The window stays responsive: reading, checking and inserting run in a
``QThread``; the dialog shows how far it got. Cancel (or any bad row) rolls
the single transaction back, so nothing is imported.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner.exchange.postings_csv import parse_postings, read_file
from planner.i18n import _
from planner.store.database import Database
from planner.store.errors import StoreError
from planner.store.market import MarketStore

CHECKING, SAVING = 0, 1
log = logging.getLogger(__name__)


class _CancelledError(Exception):
    pass


class _Worker(QThread):
    progressed = Signal(int, int, int)  # stage, done, total
    succeeded = Signal(object)  # list of new ids
    failed = Signal(object)  # StoreError, or None when cancelled

    def __init__(
        self,
        database: Database,
        path: Path,
        area_keys: Collection[str],
        skill_keys: Collection[str],
    ) -> None:
        super().__init__()
        self.database, self.path = database, path
        self.area_keys, self.skill_keys = area_keys, skill_keys
        self.cancel = threading.Event()

    def _step(self, stage: int, total: int) -> Callable[[int], None]:
        def report(done: int) -> None:
            if self.cancel.is_set():
                raise _CancelledError
            self.progressed.emit(stage, done, total)

        return report

    def run(self) -> None:
        try:
            text = read_file(self.path)
            lines = max(text.count("\n"), 1)
            postings = parse_postings(
                text, self.area_keys, self.skill_keys, progress=self._step(CHECKING, lines)
            )
            ids = MarketStore(self.database).import_postings(
                postings, progress=self._step(SAVING, len(postings))
            )
        except _CancelledError:
            self.failed.emit(None)
        except StoreError as error:
            self.failed.emit(error)
        except Exception as error:  # a bug: say so instead of leaving the dialog hanging
            log.exception("Import of %s failed", self.path)
            self.failed.emit(StoreError(detail=error))
        else:
            self.succeeded.emit(ids)


class PostingsImport(QObject):
    """One import from the window. ``finished`` carries the new ids, or None."""

    finished = Signal(object)

    def __init__(
        self,
        database: Database,
        path: Path,
        area_keys: Collection[str],
        skill_keys: Collection[str],
        *,
        on_error: Callable[[StoreError], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self.progress = progress_dialog(parent)
        self.worker = _Worker(database, path, area_keys, skill_keys)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.progress.canceled.connect(self.worker.cancel.set)
        self.running = False

    def start(self) -> None:
        self.running = True
        self.progress.setValue(0)
        self.worker.start()

    def _progressed(self, stage: int, done: int, total: int) -> None:
        self.progress.setLabelText(
            _("Checking the rows…") if stage == CHECKING else _("Saving the job postings…")
        )
        self.progress.setMaximum(total)
        self.progress.setValue(min(done, total))

    def _end(self) -> None:
        self.worker.wait()
        self.running = False
        self.progress.reset()
        self.progress.hide()

    def _succeeded(self, ids: list[int]) -> None:
        self._end()
        self.finished.emit(ids)

    def _failed(self, error: StoreError | None) -> None:
        self._end()
        if error is not None:
            self._on_error(error)
        self.finished.emit(None)


def progress_dialog(parent: QWidget | None) -> QProgressDialog:
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(_("Import job postings"))
    dialog.setLabelText(_("Checking the rows…"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(360)
    dialog.reset()
    return dialog
