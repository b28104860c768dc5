"""Export the learning log as CSV: the save dialog and the writing, with a message either way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from planner.domain.os_errors import OsDetail
from planner.exchange.csv_safe import write_csv
from planner.exchange.learning_log_csv import log_header, log_rows
from planner.i18n import _, ngettext
from planner.i18n.formatting import format_number
from planner.store.errors import StoreError
from planner.store.learning import LearningStore
from planner.ui.kit.file_dialogs import Pick, file_dialog
from planner.ui.kit.messages import show_error, show_info, show_store_error


def export_dialog(parent: QWidget) -> QFileDialog:
    title, start = _("Export learning log as CSV"), Path.home() / _("learning-log.csv")
    return file_dialog(
        parent, title, Pick.SAVE, start, filters=[_("CSV files (*.csv)")], suffix="csv"
    )


def export_log(
    parent: QWidget, store: LearningStore, skill_names: dict[str, str], path: Path
) -> bool:
    """Write every entry to ``path``; say how many, or why not."""
    try:
        count = write_csv(path, log_header(), log_rows(store.entries(), skill_names))
    except StoreError as error:
        show_store_error(parent, error)
        return False
    except OSError as error:
        show_error(
            parent,
            _("The file {path} could not be written: {error}").format(
                path=path, error=OsDetail(error).translated(_)
            ),
        )
        return False
    show_info(
        parent,
        ngettext(
            "{count} entry written to {path}.", "{count} entries written to {path}.", count
        ).format(count=format_number(count), path=path),
    )
    return True
