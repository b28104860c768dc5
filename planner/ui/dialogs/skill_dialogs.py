"""Small dialogs of the skills page: target level, add and rename a custom skill."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from planner.domain.catalogue import default_catalogue
from planner.domain.scale import LEVELS
from planner.i18n import _
from planner.text.labels import area_name, level_label
from planner.ui.kit.form_dialog import FormDialog
from planner.ui.kit.widgets import plain_label


class TargetDialog(FormDialog):
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
        self.add_above_form(plain_label(skill_title))
        self.form.addRow(_("&Target level:"), self.combo)
        self.combo.setFocus()  # the value, not Save: arrows choose, Enter saves

    def save(self) -> None:
        self._on_save(self.combo.currentData())


class CustomSkillDialog(FormDialog):
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
