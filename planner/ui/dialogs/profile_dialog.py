"""Your profile: name and current role (Edit > Profile…)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from planner.i18n import _
from planner.store.profile import ProfileRecord
from planner.ui.kit.form_dialog import FormDialog


class ProfileDialog(FormDialog):
    """Edits name and role; ``save(name, role)`` stores them or raises a StoreError."""

    def __init__(
        self,
        profile: ProfileRecord,
        save: Callable[[str, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_("Profile"), parent, min_width=460)
        self._store = save
        self.name_edit = QLineEdit(profile.name)
        self.name_edit.setMaxLength(200)
        self.role_edit = QLineEdit(profile.role)
        self.role_edit.setMaxLength(200)
        self.role_edit.setPlaceholderText(_("For example: marketing coordinator"))
        self.form.addRow(_("N&ame:"), self.name_edit)
        self.form.addRow(_("Current &role:"), self.role_edit)
        self.name_edit.setFocus()

    def save(self) -> None:
        self._store(self.name_edit.text(), self.role_edit.text())
