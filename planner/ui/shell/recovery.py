"""A damaged database found at start-up: say so, and offer the newest good backup.

The damaged file is never deleted or overwritten: restoring moves it aside
under a name with the time in it, next to where it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from planner.i18n import _
from planner.i18n.formatting import format_date
from planner.settings import chosen_backup_folder
from planner.store.database import database_path
from planner.store.errors import StoreError
from planner.store.safety import BackupInfo, newest_good_backup, restore_backup
from planner.ui.kit.messages import Icon, confirm_box, message_box


def recovery_box(parent: QWidget | None, error: StoreError, good: BackupInfo | None) -> QMessageBox:
    problem = error.message(_)
    if good is None:
        return message_box(
            parent,
            Icon.Critical,
            problem + "\n\n" + _("There is no good backup to restore."),
            title=_("The data cannot be opened"),
        )
    box = confirm_box(
        parent,
        problem
        + "\n\n"
        + _(
            "Restore the newest good backup, {name} ({date})? The damaged file is kept "
            "beside it under a new name."
        ).format(name=good.path.name, date=format_date(good.taken_at.date())),
        title=_("The data cannot be opened"),
    )
    box.setIcon(Icon.Critical)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box


def offer_recovery(parent: QWidget | None, data_dir: Path, error: StoreError) -> bool:
    """Ask; restore when the user agrees. True when the data can now be opened."""
    folder = chosen_backup_folder(data_dir)
    good = newest_good_backup(folder)
    answer = recovery_box(parent, error, good).exec()
    if good is None or answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore_backup(database_path(data_dir), good.path, folder)
    except StoreError as failure:
        message_box(parent, Icon.Critical, failure.message(_)).exec()
        return False
    return True
