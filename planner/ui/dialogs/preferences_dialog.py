"""Preferences: where backups go."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.os_errors import OsDetail
from planner.i18n import _
from planner.settings import BACKUP_FOLDER_SETTING, Settings
from planner.store.safety import default_backup_dir
from planner.store.sqlite_files import make_private_dir
from planner.ui.kit.widgets import error_label, plain_label, show_error_in


class PreferencesDialog(QDialog):
    def __init__(self, data_dir: Path, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir, self._settings = data_dir, settings
        self.setWindowTitle(_("Preferences"))
        self.setMinimumWidth(560)
        chosen = settings.get(BACKUP_FOLDER_SETTING) or ""
        self.folder_edit = QLineEdit(chosen if isinstance(chosen, str) else "")
        self.folder_edit.setPlaceholderText(_("Default: a folder inside the data folder"))
        self.browse_button = QPushButton(_("B&rowse…"))
        self.browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        label = QLabel(_("&Backup folder:"))
        label.setBuddy(self.folder_edit)
        form = QFormLayout()
        form.addRow(label, row)
        hint = plain_label(
            _(
                "Backups are made when the app starts (once a day) and before every restore "
                "and import. The last 7 days are kept, then one a week for 8 weeks and one a "
                "month for a year. Leave the folder empty to use the default."
            )
        )
        hint.setWordWrap(True)
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        start = self.folder_edit.text() or str(default_backup_dir(self._data_dir))
        folder = QFileDialog.getExistingDirectory(self, _("Choose the backup folder"), start)
        if folder:
            self.folder_edit.setText(folder)

    def _save(self) -> None:
        text = self.folder_edit.text().strip()
        if text:
            folder = Path(text).expanduser()
            if not folder.is_absolute():
                show_error_in(self.error, _("Give the full path of the folder."))
                return
            try:
                make_private_dir(folder)
                probe = folder / ".career-planner-write-test"
                probe.write_bytes(b"")
                probe.unlink()
            except OSError as error:
                show_error_in(
                    self.error,
                    _("The folder {path} cannot be used: {error}").format(
                        path=folder, error=OsDetail(error).translated(_)
                    ),
                )
                return
            text = str(folder)
        self._settings.set(BACKUP_FOLDER_SETTING, text or None)
        self.accept()
