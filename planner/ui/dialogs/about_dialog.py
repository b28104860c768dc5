"""About Career Planner: version, licence, and where the data and its backups are."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner import __version__
from planner.i18n import _
from planner.store.database import BACKUP_DIRNAME
from planner.ui.kit.messages import show_error
from planner.ui.shell.app_icon import icon_pixmap

LICENCE_ID = "GPL-3.0-or-later"  # as in pyproject.toml; LICENSE holds the full text
ICON_SIZE = 72


def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIRNAME


class AboutDialog(QDialog):
    """The version, the licence and the two folders, each with a button that opens it."""

    def __init__(
        self,
        data_dir: Path,
        parent: QWidget | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.data_dir = data_dir
        self.backup_dir = backup_folder(data_dir)
        self.open_url = open_url

        icon = QLabel()
        icon.setPixmap(icon_pixmap(ICON_SIZE))
        icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.name_label = QLabel()
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.version_label = QLabel()
        self.version_label.setObjectName("version")
        self.summary_label = _wrapping_label()
        self.licence_label = _wrapping_label()
        self.licence_label.setObjectName("licence")
        self.warranty_label = _wrapping_label()

        heading = QVBoxLayout()
        heading.addWidget(self.name_label)
        heading.addWidget(self.version_label)
        heading.addWidget(self.summary_label)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addLayout(heading, 1)

        self.data_caption = QLabel()
        self.data_path = _path_field(data_dir)
        self.data_path.setObjectName("data-folder")
        self.open_data_button = QPushButton()
        self.open_data_button.setObjectName("open-data-folder")
        self.open_data_button.clicked.connect(lambda: self.open_folder(self.data_dir))
        self.backup_caption = QLabel()
        self.backup_path = _path_field(self.backup_dir)
        self.backup_path.setObjectName("backup-folder")
        self.open_backup_button = QPushButton()
        self.open_backup_button.setObjectName("open-backup-folder")
        self.open_backup_button.clicked.connect(lambda: self.open_folder(self.backup_dir))
        self.backup_note = _wrapping_label()
        self.backup_note.setObjectName("backup-note")

        folders = QGridLayout()
        folders.addWidget(self.data_caption, 0, 0)
        folders.addWidget(self.data_path, 0, 1)
        folders.addWidget(self.open_data_button, 0, 2)
        folders.addWidget(self.backup_caption, 1, 0)
        folders.addWidget(self.backup_path, 1, 1)
        folders.addWidget(self.open_backup_button, 1, 2)
        folders.setColumnStretch(1, 1)
        self.data_caption.setBuddy(self.data_path)
        self.backup_caption.setBuddy(self.backup_path)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(self.licence_label)
        layout.addWidget(self.warranty_label)
        layout.addSpacing(8)
        layout.addLayout(folders)
        layout.addWidget(self.backup_note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(_("About Career Planner"))
        self.name_label.setText(_("Career Planner"))
        self.version_label.setText(_("Version {version}").format(version=__version__))
        self.summary_label.setText(
            _("Plan your skills, learning and yearly development in digital marketing.")
        )
        self.licence_label.setText(
            _(
                "Free software under the GNU General Public License, version 3 or "
                "(at your option) any later version ({licence})."
            ).format(licence=LICENCE_ID)
        )
        self.warranty_label.setText(
            _(
                "It comes with no warranty. Your data stays on this computer: "
                "the planner never uses the network."
            )
        )
        self.data_caption.setText(_("&Data folder:"))
        self.backup_caption.setText(_("&Backup folder:"))
        self.open_data_button.setText(_("&Open data folder"))
        self.open_backup_button.setText(_("Open bac&kup folder"))
        self.refresh()

    def refresh(self) -> None:
        """Backups appear over time (before each upgrade); say so when there are none yet."""
        has_backups = self.backup_dir.is_dir()
        self.open_backup_button.setEnabled(has_backups)
        self.backup_note.setVisible(not has_backups)
        self.backup_note.setText(_("No backups yet: one is made before every upgrade of the data."))

    def open_folder(self, folder: Path) -> bool:
        opened = folder.is_dir() and self.open_url(QUrl.fromLocalFile(str(folder)))
        if not opened:
            show_error(self, _("The folder {path} could not be opened.").format(path=folder))
        return bool(opened)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _wrapping_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _path_field(path: Path) -> QLineEdit:
    """A read-only field: the path can be selected and copied, and is never translated."""
    field = QLineEdit(str(path))
    field.setReadOnly(True)
    field.setCursorPosition(0)
    field.setMinimumWidth(280)
    return field
