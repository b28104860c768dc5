"""Your profile: name and current role (Edit > Profile…)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.i18n import _
from planner.store.errors import StoreError
from planner.store.profile import ProfileRecord
from planner.ui.kit.widgets import error_label, show_error_in


class ProfileDialog(QDialog):
    """Edits name and role; ``save(name, role)`` stores them or raises a StoreError."""

    def __init__(
        self,
        profile: ProfileRecord,
        save: Callable[[str, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(_("Profile"))
        self.setMinimumWidth(460)
        self.name_edit = QLineEdit(profile.name)
        self.name_edit.setMaxLength(200)
        self.role_edit = QLineEdit(profile.role)
        self.role_edit.setMaxLength(200)
        self.role_edit.setPlaceholderText(_("For example: marketing coordinator"))
        name_label, role_label = QLabel(_("N&ame:")), QLabel(_("Current &role:"))
        name_label.setBuddy(self.name_edit)
        role_label.setBuddy(self.role_edit)
        form = QFormLayout()
        form.addRow(name_label, self.name_edit)
        form.addRow(role_label, self.role_edit)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.name_edit.setFocus()

    def accept(self) -> None:
        try:
            self._save(self.name_edit.text(), self.role_edit.text())
        except StoreError as error:
            show_error_in(self.error, error.message(_))
            return
        super().accept()
