"""Small dialogs of the skills page: target level, add and rename a custom skill."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.catalogue import default_catalogue
from planner.domain.scale import LEVELS
from planner.i18n import _
from planner.store.errors import StoreError
from planner.text.labels import area_name, level_label
from planner.ui.kit.widgets import error_label, plain_label, show_error_in


class _FormDialog(QDialog):
    """A form with an inline error line and Save/Cancel; saving may be refused."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.header_layout = layout
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        raise NotImplementedError

    def _save(self) -> None:
        try:
            self.save()
        except StoreError as error:
            show_error_in(self.error, error.message(_))
            return
        self.accept()


class TargetDialog(_FormDialog):
    def __init__(
        self,
        skill_title: str,
        current: int | None,
        on_save: Callable[[int | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_("Target level for {skill}").format(skill=skill_title), parent)
        self._on_save = on_save
        self.combo = QComboBox()
        self.combo.addItem(_("No target"), None)
        for entry in LEVELS:
            self.combo.addItem(level_label(entry.value), entry.value)
        self.combo.setCurrentIndex(0 if current is None else current + 1)
        self.header_layout.insertWidget(0, plain_label(skill_title))
        self.form.addRow(_("&Target level:"), self.combo)
        self.combo.setFocus()  # the value, not Save: arrows choose, Enter saves

    def save(self) -> None:
        self._on_save(self.combo.currentData())


class CustomSkillDialog(_FormDialog):
    """Add a skill to an area, or rename one added before (``area_key`` fixed)."""

    def __init__(
        self,
        on_save: Callable[[str, str], None],
        *,
        area_key: str | None = None,
        name: str = "",
        renaming: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_("Rename skill") if renaming else _("Add a skill"), parent)
        self._on_save = on_save
        self.area_combo = QComboBox()
        for area in default_catalogue().areas:
            self.area_combo.addItem(area_name(area.key), area.key)
        if area_key is not None:
            self.area_combo.setCurrentIndex(self.area_combo.findData(area_key))
        self.area_combo.setEnabled(not renaming)
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(200)
        self.form.addRow(_("&Area:"), self.area_combo)
        self.form.addRow(_("&Name:"), self.name_edit)
        self.name_edit.setFocus()

    def save(self) -> None:
        self._on_save(self.area_combo.currentData(), self.name_edit.text())
