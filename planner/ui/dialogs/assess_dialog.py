"""Assess a skill, or correct an assessment in its history.

Keyboard: Alt+0 … Alt+5 (or the arrow keys) pick the level, Tab moves on,
Enter saves, Esc cancels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.scale import LEVELS
from planner.i18n import _
from planner.store.errors import StoreError
from planner.text.labels import level_definition, level_name
from planner.ui.kit.widgets import (
    date_edit,
    error_label,
    from_qdate,
    plain_label,
    show_error_in,
    to_qdate,
)

SaveCallback = Callable[[int, dt.date, str, str], None]


class AssessDialog(QDialog):
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
        super().__init__(parent)
        self._on_save = on_save
        self.setWindowTitle(
            (_("Edit assessment of {skill}") if editing else _("Assess {skill}")).format(
                skill=skill_title
            )
        )
        self.setMinimumWidth(520)

        heading = plain_label(skill_title)
        heading.setStyleSheet("font-weight: bold; font-size: 14px;")

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
        chosen = level if level is not None else 0
        self.level_group.button(chosen).setChecked(True)

        self.date_edit = date_edit(on)
        self.date_edit.setMaximumDate(to_qdate(dt.date.today()))
        self.note_edit = QPlainTextEdit(note)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(_("What you can do now, or what this is based on"))
        self.note_edit.setFixedHeight(70)
        self.link_edit = QLineEdit(evidence_url)
        self.link_edit.setPlaceholderText("https://")

        form = QFormLayout()
        form.addRow(_("&Date:"), self.date_edit)
        form.addRow(_("&Note:"), self.note_edit)
        form.addRow(_("Evidence &link:"), self.link_edit)

        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.level_box)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.level_group.button(chosen).setFocus()

    def selected_level(self) -> int:
        return self.level_group.checkedId()

    def _save(self) -> None:
        try:
            self._on_save(
                self.selected_level(),
                from_qdate(self.date_edit.date()),
                self.note_edit.toPlainText().strip(),
                self.link_edit.text().strip(),
            )
        except StoreError as error:
            show_error_in(self.error, error.message(_))
            return
        self.accept()
