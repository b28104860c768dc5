"""Dialogs of the year plan page: the SMART goal editor and starting next year's plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import GoalStatus
from planner.i18n import _
from planner.store.errors import StoreError
from planner.store.skills import SkillRecord
from planner.store.yearplan import MAX_TITLE_LENGTH, GoalInput, GoalRecord, PlanItemRecord
from planner.text.labels import area_name, enum_label, skill_name
from planner.ui.dialogs.skill_dialogs import _FormDialog
from planner.ui.kit.widgets import (
    date_edit,
    error_label,
    from_qdate,
    plain_label,
    show_error_in,
    to_qdate,
)
from planner.ui.models.yearplan import CheckableModel, carry_goals_model, carry_items_model


class GoalDialog(_FormDialog):
    """Write or change a SMART goal: what, how it is measured, by when, which skill."""

    def __init__(
        self,
        year: int,
        skills: Sequence[SkillRecord],
        on_save: Callable[[GoalInput], None],
        goal: GoalRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = _("Edit goal") if goal else _("New goal for {year}").format(year=year)
        super().__init__(title, parent)
        self.setMinimumWidth(560)
        self._on_save = on_save
        self.title_edit = QLineEdit(goal.title if goal else "")
        self.title_edit.setMaxLength(MAX_TITLE_LENGTH)
        self.title_edit.setPlaceholderText(_("What you will achieve"))
        self.measure_edit = QPlainTextEdit(goal.measure if goal else "")
        self.measure_edit.setTabChangesFocus(True)
        self.measure_edit.setPlaceholderText(_("How you will know it is done"))
        self.measure_edit.setFixedHeight(80)
        self.has_due = QCheckBox(_("Due &by:"))
        self.due_edit = date_edit(goal.due_on if goal and goal.due_on else dt.date(year, 12, 31))
        self.has_due.setChecked(goal is None or goal.due_on is not None)
        self.due_edit.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due_edit.setEnabled)
        self.skill_combo = QComboBox()
        self.skill_combo.addItem(_("No skill"), None)
        for skill in skills:
            if skill.archived and (goal is None or goal.skill_key != skill.key):
                continue
            label = _("{skill} ({area})").format(
                skill=skill_name(skill), area=area_name(skill.area_key)
            )
            self.skill_combo.addItem(label, skill.key)
        if goal and goal.skill_key:
            self.skill_combo.setCurrentIndex(max(self.skill_combo.findData(goal.skill_key), 0))
        self.status_combo = QComboBox()
        for status in GoalStatus:
            self.status_combo.addItem(enum_label(status), status.value)
        if goal:
            self.status_combo.setCurrentIndex(self.status_combo.findData(goal.status.value))
        self.form.addRow(_("&Goal:"), self.title_edit)
        self.form.addRow(_("&Measure:"), self.measure_edit)
        self.form.addRow(self.has_due, self.due_edit)
        self.form.addRow(_("&Skill:"), self.skill_combo)
        self.form.addRow(_("S&tatus:"), self.status_combo)
        self.title_edit.setFocus()

    def value(self) -> GoalInput:
        return GoalInput(
            title=self.title_edit.text(),
            measure=self.measure_edit.toPlainText(),
            due_on=from_qdate(self.due_edit.date()) if self.has_due.isChecked() else None,
            skill_key=self.skill_combo.currentData(),
            status=GoalStatus(self.status_combo.currentData()),
        )

    def set_due(self, day: dt.date | None) -> None:
        self.has_due.setChecked(day is not None)
        if day is not None:
            self.due_edit.setDate(to_qdate(day))

    def save(self) -> None:
        self._on_save(self.value())


def _check_table(model: CheckableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.setMinimumHeight(120)
    return view


class CarryOverDialog(QDialog):
    """Start next year's plan: tick the unfinished goals and plan items to take along."""

    def __init__(
        self,
        year: int,
        goals: Sequence[GoalRecord],
        items: Sequence[PlanItemRecord],
        on_save: Callable[[tuple[int, ...], tuple[int, ...]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_save = on_save
        self.setWindowTitle(_("Start the plan for {year}").format(year=year + 1))
        self.setMinimumSize(640, 460)
        intro = plain_label(
            _(
                "The plan for {next} starts with copies of the unfinished goals and plan items"
                " of {year} that you tick. {year} stays as it is."
            ).format(next=year + 1, year=year)
        )
        intro.setWordWrap(True)
        self.goals = carry_goals_model(self)
        self.goals.set_records(list(goals))
        self.items = carry_items_model(self)
        self.items.set_records(list(items))
        self.goals_view = _check_table(self.goals)
        self.items_view = _check_table(self.items)
        self.goals_label = plain_label(
            _("Unfinished goals:")
            if goals
            else _("No unfinished goals in {year}.").format(year=year)
        )
        self.items_label = plain_label(
            _("Unfinished plan items:")
            if items
            else _("No unfinished plan items in {year}.").format(year=year)
        )
        self.goals_view.setVisible(bool(goals))
        self.items_view.setVisible(bool(items))
        self.none_button = QPushButton(_("Tick &none"))
        self.none_button.clicked.connect(lambda: self._set_all(False))
        self.all_button = QPushButton(_("Tick &all"))
        self.all_button.clicked.connect(lambda: self._set_all(True))
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton(
            _("&Start {year}").format(year=year + 1), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.goals_label)
        layout.addWidget(self.goals_view, 1)
        layout.addWidget(self.items_label)
        layout.addWidget(self.items_view, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_all(self, checked: bool) -> None:
        self.goals.set_all(checked)
        self.items.set_all(checked)

    def chosen(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        return (
            tuple(g.id for g in self.goals.checked_records()),
            tuple(i.id for i in self.items.checked_records()),
        )

    def _save(self) -> None:
        try:
            self._on_save(*self.chosen())
        except StoreError as error:
            show_error_in(self.error, error.message(_))
            return
        self.accept()
