"""Assess a skill, or correct an assessment in its history.

Keyboard: Alt+0 … Alt+5 (or the arrow keys) pick the level, Tab moves on,
Enter saves, Esc cancels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.scale import LEVELS
from planner.i18n import _
from planner.text.labels import level_definition, level_name
from planner.ui.kit.form_dialog import FormDialog
from planner.ui.kit.widgets import date_edit, from_qdate, plain_label, to_qdate

SaveCallback = Callable[[int, dt.date, str, str], None]


class AssessDialog(FormDialog):
    def __init__(
        self,
        skill_title: str,
        on_save: SaveCallback,
        *,
        level: int | None = None,
        on: dt.date | None = None,
        note: str = "",
        evidence_url: str = "",
        editing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        title = _("Edit assessment of {skill}") if editing else _("Assess {skill}")
        super().__init__(title.format(skill=skill_title), parent, min_width=520)
        self._on_save = on_save
        heading = plain_label(skill_title)
        heading.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.add_above_form(heading)
        self.add_above_form(self._level_box(level if level is not None else 0))

        self.date_edit = date_edit(on)
        self.date_edit.setMaximumDate(to_qdate(dt.date.today()))
        self.note_edit = QPlainTextEdit(note)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(_("What you can do now, or what this is based on"))
        self.note_edit.setFixedHeight(70)
        self.link_edit = QLineEdit(evidence_url)
        self.link_edit.setPlaceholderText("https://")
        self.form.addRow(_("&Date:"), self.date_edit)
        self.form.addRow(_("&Note:"), self.note_edit)
        self.form.addRow(_("Evidence &link:"), self.link_edit)
        self.level_group.checkedButton().setFocus()

    def _level_box(self, chosen: int) -> QGroupBox:
        """The six levels as radio buttons (Alt+0 … Alt+5), each with its definition."""
        self.level_box = QGroupBox(_("Level"))
        self.level_group = QButtonGroup(self)
        box_layout = QVBoxLayout(self.level_box)
        for entry in LEVELS:
            button = QRadioButton(f"&{entry.value} – {level_name(entry.value)}")
            button.setToolTip(level_definition(entry.value))
            self.level_group.addButton(button, entry.value)
            box_layout.addWidget(button)
            hint = plain_label(level_definition(entry.value))
            hint.setWordWrap(True)
            hint.setContentsMargins(24, 0, 0, 4)
            hint.setStyleSheet("color: palette(placeholder-text);")
            box_layout.addWidget(hint)
        self.level_group.button(chosen).setChecked(True)
        return self.level_box

    def selected_level(self) -> int:
        return self.level_group.checkedId()

    def save(self) -> None:
        self._on_save(
            self.selected_level(),
            from_qdate(self.date_edit.date()),
            self.note_edit.toPlainText().strip(),
            self.link_edit.text().strip(),
        )
