"""Import a LinkedIn export from the window: choose, read (in the background), review, write.

Reading and planning run off the window's thread (the status bar says so; a
real export takes well under a second), so the window never freezes; the
review dialog decides; the write is one transaction and one undo step. After
it, every page that shows plan items, skills or the profile refreshes, and
(when asked) the Skills page opens on the first matched skill to assess it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from planner.i18n import _, ngettext
from planner.store.errors import StoreError
from planner.ui.changes import Change, Changes
from planner.ui.context import AppContext
from planner.ui.kit.messages import show_store_error
from planner.ui.kit.undo import StoreCommand

if TYPE_CHECKING:
    from planner.exchange.linkedin.plan import ImportPlan
    from planner.store.bulk_import import ImportReceipt, NewCustomSkill
    from planner.store.database import Database

log = logging.getLogger(__name__)
IMPORT_DIR = "linkedin.import_dir"
STATUS_MS = 8000


IMPORTED = Change.PLAN | Change.SKILLS | Change.SETTINGS
"""What an import (or its undo) changes: plan items, custom skills, the role."""


class LinkedInImport(QObject):
    """``imported(receipt, first matched skill key or "")`` after a write."""

    imported = Signal(object, str)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self.window = context, parent
        self.reader: _ReadThread | None = None
        self.dialog: QDialog | None = None
        self._parent: QWidget = parent

    # -- choosing --------------------------------------------------------

    def _start_dir(self) -> str:
        remembered = self.context.settings.get(IMPORT_DIR)
        return remembered if isinstance(remembered, str) else str(Path.home())

    def file_dialog(self, parent: QWidget, folder: bool) -> QFileDialog:
        title = _("Import from LinkedIn")
        dialog = QFileDialog(parent, title, self._start_dir())
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        if folder:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.setNameFilters([_("LinkedIn data export (*.zip)"), _("All files (*)")])
        return dialog

    def choose(self, folder: bool = False, parent: QWidget | None = None) -> None:
        """Ask for the export's ZIP (or its unpacked folder) and import it."""
        parent = parent or self.window
        dialog = self.file_dialog(parent, folder)
        chosen = dialog.selectedFiles() if dialog.exec() else []
        del dialog  # PySide owns this constructor's dialog: it goes with its last reference
        if chosen:
            path = Path(chosen[0])
            self.context.settings.set(IMPORT_DIR, str(path if folder else path.parent))
            self.import_from(path, parent)

    # -- reading, reviewing, writing ------------------------------------

    def import_from(self, path: Path, parent: QWidget | None = None) -> None:
        """Read ``path`` in a worker thread, then show the review."""
        if self.reader is not None:
            return
        parent = parent or self.window
        self._status(_("Reading {name}…").format(name=path.name))
        self._parent = parent
        self.reader = _ReadThread(self.context.database, path)
        # A bound slot of this (main-thread) object: the call is queued to the window's thread.
        self.reader.finished.connect(self._read, Qt.ConnectionType.QueuedConnection)
        self.reader.start()

    def _read(self) -> None:
        parent = self._parent
        reader, self.reader = self.reader, None
        if reader is None:
            return
        reader.wait()
        result = reader.result
        self._status("")
        if isinstance(result, StoreError):
            show_store_error(parent, result)
        else:
            self.review(result, parent)  # type: ignore[arg-type]

    def review(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        from planner.ui.dialogs.linkedin_dialog import LinkedInReviewDialog

        dialog = LinkedInReviewDialog(plan, parent or self.window)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._write(dialog))
        dialog.finished.connect(self._review_closed)
        dialog.open()

    def _review_closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _write(self, dialog: QDialog) -> None:
        if not dialog.plan.adds_something:  # type: ignore[attr-defined]
            return
        plan = dialog.chosen_plan()  # type: ignore[attr-defined]
        skills = dialog.chosen_custom_skills()  # type: ignore[attr-defined]
        first = plan.matched[0].key if plan.matched and dialog.assess_after() else ""  # type: ignore[attr-defined]
        if not (plan.new_items or plan.role is not None or skills):
            return  # nothing ticked: nothing written, no undo step
        try:
            receipt = self.write(plan, skills)
        except StoreError as error:
            show_store_error(self.window, error)
            return
        self.imported.emit(receipt, first)

    def write(self, plan: ImportPlan, skills: list[NewCustomSkill]) -> ImportReceipt:
        """Write in one transaction and push one undo step."""
        from planner.exchange.linkedin.importer import apply_plan, undo_import

        database = self.context.database
        receipts = [apply_plan(database, plan, skills)]

        def redo() -> None:
            receipts[0] = apply_plan(database, plan, skills)

        command = StoreCommand(
            _("Import from LinkedIn"),
            lambda: undo_import(database, receipts[0]),
            redo,
            self.announce,
            lambda error: show_store_error(self.window, error),
        )
        self.context.undo_stack.push(command)
        self.announce()
        count = len(receipts[0].item_ids)
        self._status(
            ngettext(
                "Imported {count} plan item from LinkedIn.",
                "Imported {count} plan items from LinkedIn.",
                count,
            ).format(count=count)
        )
        return receipts[0]

    def _status(self, text: str) -> None:
        status = getattr(self.window, "statusBar", None)
        if callable(status):
            status().showMessage(text, STATUS_MS)

    def announce(self) -> None:
        """Tell the pages what changed: plan items, custom skills, the role."""
        self.context.events.announce(Changes(IMPORTED))


class _ReadThread(QThread):
    """Reads and plans the export off the window's thread. When it has
    finished, ``result`` holds the plan or the :class:`StoreError` that says
    why the export cannot be imported (no Python object crosses threads in a
    signal)."""

    def __init__(self, database: Database, path: Path) -> None:
        super().__init__()
        self.database, self.path = database, path
        self.result: object = None

    def run(self) -> None:
        from planner.exchange.linkedin.importer import plan_import

        try:
            result: object = plan_import(self.database, self.path)
        except StoreError as error:
            result = error
        except Exception as error:  # a bug: say so instead of leaving the dialog open
            log.exception("Reading %s failed", self.path)
            result = StoreError(detail=error)
        self.result = result
