"""File menu items that keep the data safe: back up, restore, check, export, import, preferences.

The work runs in a :class:`BackgroundTask` (a thread, with a progress
dialog), so the window never freezes. Only one task runs at a time, and a
restore closes the database before the file is replaced and opens it again
afterwards, so SQLite is never used from two threads at once on one file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from planner.i18n import _, ngettext
from planner.i18n.formatting import format_date, format_number
from planner.settings import chosen_backup_folder
from planner.store.database import database_path
from planner.store.errors import StoreError
from planner.ui.changes import EVERYTHING
from planner.ui.context import AppContext
from planner.ui.kit.messages import Icon, confirm_box, message_box, show_store_error
from planner.ui.kit.worker import BackgroundTask, busy_dialog

STATUS_MS = 8000


def task_texts(key: str) -> tuple[str, str]:
    """The progress dialog's (title, label) for the task ``key``, in the active language."""
    return {
        "backup": (_("Back up the data"), _("Backing up…")),
        "restore": (_("Restore from backup"), _("Restoring…")),
        "check": (_("Check data"), _("Checking the data…")),
        "export": (_("Export all data"), _("Exporting…")),
        "import": (_("Import data"), _("Importing…")),
    }[key]


class DataActions(QObject):
    task_finished = Signal()

    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window, self.context = window, context
        self.task: BackgroundTask | None = None

        def action(slot: Callable[[], None], shortcut: str | None = None) -> QAction:
            item = QAction(window)
            if shortcut:
                item.setShortcut(QKeySequence(shortcut))
            item.triggered.connect(lambda _checked=False: slot())
            return item

        self.backup_action = action(self.back_up_now, "Ctrl+Shift+B")
        self.restore_action = action(self.choose_backup_to_restore)
        self.check_action = action(self.check_data)
        self.export_action = action(self.choose_export_file, "Ctrl+Shift+E")
        self.import_action = action(self.choose_import_file, "Ctrl+Shift+I")
        self.preferences_action = action(self.show_preferences)
        preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setShortcut(
            preferences if not preferences.isEmpty() else QKeySequence("Ctrl+,")
        )
        self.actions = [
            self.backup_action,
            self.restore_action,
            self.check_action,
            self.export_action,
            self.import_action,
            self.preferences_action,
        ]

    def add_to(self, menu: QMenu, before: QAction) -> None:
        for item in (self.export_action, self.import_action):
            menu.insertAction(before, item)
        menu.insertSeparator(before)
        for item in (self.backup_action, self.restore_action, self.check_action):
            menu.insertAction(before, item)
        menu.insertSeparator(before)
        menu.insertAction(before, self.preferences_action)
        menu.insertSeparator(before)

    def retranslate(self) -> None:
        self.backup_action.setText(_("&Back up now"))
        self.restore_action.setText(_("&Restore from backup…"))
        self.check_action.setText(_("&Check data"))
        self.export_action.setText(_("&Export…"))
        self.import_action.setText(_("&Import…"))
        self.preferences_action.setText(_("Pre&ferences…"))

    # -- helpers ---------------------------------------------------------

    @property
    def database_file(self) -> Path:
        return database_path(self.context.data_dir)

    @property
    def backup_folder(self) -> Path:
        return chosen_backup_folder(self.context.data_dir)

    def busy(self) -> bool:
        return self.task is not None

    def _run(
        self,
        title: str,
        label: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[StoreError], None] | None = None,
    ) -> None:
        if self.task is not None:
            return
        for item in self.actions:
            item.setEnabled(False)
        self.task = BackgroundTask(
            self.window,
            label,
            work,
            on_done,
            on_error or self._show_error,
            tasks=self.context.tasks,
            title=title,
        )
        self.task.finished.connect(self._task_done)
        self.task.start()

    def _task_done(self) -> None:
        self.task = None
        for item in self.actions:
            item.setEnabled(True)
        self.task_finished.emit()

    def _show_error(self, error: StoreError) -> None:
        show_store_error(self.window, error)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _data_replaced(self) -> None:
        self.context.undo_stack.clear()  # its steps refer to the data that was replaced
        self.context.events.announce(EVERYTHING)

    # -- back up, check --------------------------------------------------

    def back_up_now(self) -> None:
        from planner.store.safety import back_up

        source, folder = self.database_file, self.backup_folder
        self._run(
            *task_texts("backup"),
            lambda: back_up(source, folder, "manual"),
            lambda info: self._status(_("Backup written to {path}").format(path=info.path)),
        )

    def check_data(self) -> None:
        from planner.store.safety import check_database

        source = self.database_file
        self._run(*task_texts("check"), lambda: check_database(source), self._show_check)

    def check_result_box(self, report: Any) -> QMessageBox:
        from planner.text.safety import describe_check

        icon = Icon.Information if report.ok else Icon.Warning
        return message_box(
            self.window, icon, "\n".join(describe_check(report)), title=_("Check data")
        )

    def _show_check(self, report: Any) -> None:
        self.check_result_box(report).exec()

    # -- restore ---------------------------------------------------------

    def choose_backup_to_restore(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            _("Restore from backup"),
            str(self.backup_folder),
            _("Backups (*.sqlite3);;All files (*)"),
        )
        if path:
            self.restore_from(Path(path))

    def restore_question(self, source: Path) -> QMessageBox:
        from planner.store.safety import parse_backup_name

        parsed = parse_backup_name(source.name)
        when = format_date(parsed[0].date()) if parsed else source.name
        return confirm_box(
            self.window,
            _(
                "Replace all your data with the backup {name} ({date})? "
                "Your current data is backed up first."
            ).format(name=source.name, date=when),
            title=_("Restore from backup"),
        )

    def restore_from(self, source: Path) -> None:
        if self.busy() or self.restore_question(source).exec() != QMessageBox.StandardButton.Yes:
            return
        from planner.store.database import open_database
        from planner.store.safety import restore_backup

        data_dir, target, folder = self.context.data_dir, self.database_file, self.backup_folder

        def work() -> tuple[Any, Any]:
            result = restore_backup(target, source, folder)
            return result, open_database(data_dir, backup_folder=folder)

        def done(outcome: tuple[Any, Any]) -> None:
            result, database = outcome
            self.context.database = database
            self._data_replaced()
            self._status(_("Restored the data from {path}").format(path=result.restored_from))

        def failed(error: StoreError) -> None:
            self._reopen()
            self._show_error(error)

        self.context.database.close()  # nothing may hold the file while it is replaced
        self._run(*task_texts("restore"), work, done, failed)

    def _reopen(self) -> None:
        from planner.store.database import open_database

        try:
            self.context.database = open_database(
                self.context.data_dir, backup_folder=self.backup_folder
            )
        except StoreError as error:
            self._show_error(error)

    # -- export, import --------------------------------------------------

    def choose_export_file(self) -> None:
        suggested = Path.home() / f"career-planner-{dt.date.today().isoformat()}.json"
        path, _filter = QFileDialog.getSaveFileName(
            self.window, _("Export all data"), str(suggested), _("JSON files (*.json)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, target: Path) -> None:
        from planner.store.transfer import export_file

        database = self.context.database
        self._run(
            *task_texts("export"),
            lambda: export_file(database, target),
            lambda rows: self._status(
                ngettext(
                    "Exported {count} row to {path}", "Exported {count} rows to {path}", rows
                ).format(count=format_number(rows), path=target)
            ),
        )

    def choose_import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, _("Import data"), str(Path.home()), _("JSON files (*.json);;All files (*)")
        )
        if path:
            self.import_from(Path(path))

    def import_question(self, source: Path) -> QMessageBox:
        return confirm_box(
            self.window,
            _(
                "Replace all your data with the data in {name}? "
                "Your current data is backed up first."
            ).format(name=source.name),
            title=_("Import data"),
        )

    def import_from(self, source: Path) -> None:
        from planner.store.transfer import check_document, read_file

        def read() -> Any:
            return check_document(read_file(source))  # the rows, checked once

        self._run(
            _("Import data"),
            _("Reading {name}…").format(name=source.name),
            read,
            self._confirm_import,
        )
        self._import_source = source

    def _confirm_import(self, rows_by_table: Any) -> None:
        from planner.store.safety import back_up
        from planner.store.transfer import has_user_data, import_rows

        source = self._import_source
        try:
            replacing = has_user_data(self.context.database)
        except StoreError as error:
            self._show_error(error)
            return
        if replacing and self.import_question(source).exec() != QMessageBox.StandardButton.Yes:
            return
        database, target, folder = self.context.database, self.database_file, self.backup_folder

        def work() -> int:
            back_up(target, folder, "before-import")
            return import_rows(database, rows_by_table)

        def done(rows: int) -> None:
            self._data_replaced()
            self._status(
                ngettext(
                    "Imported {count} row from {path}", "Imported {count} rows from {path}", rows
                ).format(count=format_number(rows), path=source)
            )

        # The reading task is still finishing; start the import right after it.
        self.task_finished.connect(
            lambda: self._run(*task_texts("import"), work, done),
            Qt.ConnectionType.SingleShotConnection,
        )

    # -- preferences -----------------------------------------------------

    def preferences_dialog(self) -> QWidget:
        from planner.ui.dialogs.preferences_dialog import PreferencesDialog

        return PreferencesDialog(self.context.data_dir, self.context.settings, self.window)

    def show_preferences(self) -> None:
        self.preferences_dialog().exec()  # type: ignore[attr-defined]

    def progress_dialogs(self) -> list[tuple[str, QWidget]]:
        """The busy dialogs of backup, restore, check, export and import, as they are titled."""
        return [
            (f"progress-{key}", busy_dialog(self.window, *task_texts(key)))
            for key in ("backup", "restore", "check", "export", "import")
        ]

    def review_dialogs(self) -> list[tuple[str, QWidget]]:
        from planner.store.errors import NotADatabaseError
        from planner.store.safety import BackupInfo, CheckReport
        from planner.ui.shell.recovery import recovery_box

        sample = Path("planner-20260101-120000-000000-daily.sqlite3")
        damaged = NotADatabaseError(path=self.database_file)
        good = BackupInfo(self.backup_folder / sample, dt.datetime(2026, 1, 1, 12), "daily", 1)
        return [
            ("startup-recovery", recovery_box(self.window, damaged, good)),
            ("startup-no-backup", recovery_box(self.window, damaged, None)),
            ("preferences", self.preferences_dialog()),
            *self.progress_dialogs(),
            ("restore-question", self.restore_question(sample)),
            ("import-question", self.import_question(Path("career-planner.json"))),
            ("check-ok", self.check_result_box(CheckReport([], []))),
            (
                "check-problems",
                self.check_result_box(
                    CheckReport(["Page 7: btreeInitPage() returns error code 11"], [])
                ),
            ),
        ]
