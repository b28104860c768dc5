"""Dialogs of the year plan page: the SMART goal editor and starting next year's plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from planner.domain.enums import GoalStatus
from planner.i18n import _
from planner.store.skills import SkillRecord
from planner.store.yearplan import MAX_TITLE_LENGTH, GoalInput, GoalRecord, PlanItemRecord
from planner.text.labels import area_name, enum_label, skill_name
from planner.ui.kit.form_dialog import FormDialog
from planner.ui.kit.widgets import date_edit, from_qdate, plain_label, to_qdate
from planner.ui.models.yearplan import CheckableModel, carry_goals_model, carry_items_model


class GoalDialog(FormDialog):
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
        super().__init__(title, parent, min_width=560)
        self._on_save = on_save
        self._build_fields(year, goal)
        self.skill_combo = _skill_combo(skills, goal)
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

    def _build_fields(self, year: int, goal: GoalRecord | None) -> None:
        """What, its measure and its due date (by default the end of the year)."""
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


def _skill_combo(skills: Sequence[SkillRecord], goal: GoalRecord | None) -> QComboBox:
    """No skill, or one not archived (the goal's own skill stays even when archived)."""
    combo = QComboBox()
    combo.addItem(_("No skill"), None)
    for skill in skills:
        if skill.archived and (goal is None or goal.skill_key != skill.key):
            continue
        label = _("{skill} ({area})").format(
            skill=skill_name(skill), area=area_name(skill.area_key)
        )
        combo.addItem(label, skill.key)
    if goal and goal.skill_key:
        combo.setCurrentIndex(max(combo.findData(goal.skill_key), 0))
    return combo


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


class CarryOverDialog(FormDialog):
    """Start next year's plan: tick the unfinished goals and plan items to take along."""

    def __init__(
        self,
        year: int,
        goals: Sequence[GoalRecord],
        items: Sequence[PlanItemRecord],
        on_save: Callable[[tuple[int, ...], tuple[int, ...]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            _("Start the plan for {year}").format(year=year + 1),
            parent,
            min_width=720,  # the tables' dates, hours and levels whole, no sideways scrolling
            accept_text=_("&Start {year}").format(year=year + 1),
        )
        self.setMinimumHeight(460)
        self._on_save = on_save
        self.start_button = self.save_button
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
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        for widget, stretch in (
            (intro, 0),
            (self.goals_label, 0),
            (self.goals_view, 1),
            (self.items_label, 0),
            (self.items_view, 1),
        ):
            self.add_above_form(widget, stretch)
        self.add_below_form(ticks)
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_all(self, checked: bool) -> None:
        self.goals.set_all(checked)
        self.items.set_all(checked)

    def chosen(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        return (
            tuple(g.id for g in self.goals.checked_records()),
            tuple(i.id for i in self.items.checked_records()),
        )

    def save(self) -> None:
        self._on_save(*self.chosen())
