"""The parts of the Year plan page: its goal, plan, notes and review boxes, and the review's text.

Each builder makes the widgets of one box and lays them out; the page keeps
them, fills them and connects them to its actions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import GoalStatus, LearningGroup
from planner.i18n import _
from planner.i18n.formatting import format_date, format_hours, format_number, format_percent
from planner.store.skills import SkillRecord
from planner.store.yearplan import GoalRecord, YearPlanStore
from planner.store.yearplan_summary import Focus, ReviewSummary
from planner.text.labels import area_name, enum_label, skill_name
from planner.ui.dialogs.yearplan_dialogs import CarryOverDialog, GoalDialog
from planner.ui.flows.plan_output import progress_dialog
from planner.ui.kit.messages import confirm_box
from planner.ui.kit.widgets import RecordTable, VerticalScroll, plain_label, record_table
from planner.ui.models.table import RecordTableModel

if TYPE_CHECKING:
    from planner.ui.pages.yearplan_page import YearPlanPage


def unsorted_table() -> RecordTable:
    """Goals keep the order the user gave them: no sorting by column."""
    view = record_table()
    view.setSortingEnabled(False)
    return view


def wrapped_label(selectable: bool = False) -> QLabel:
    label = plain_label()
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def text_field(least: int, most: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(least)
    edit.setMaximumHeight(most)
    return edit


@dataclass
class GoalsBox:
    box: QGroupBox
    hint: QLabel
    table: RecordTable
    add_button: QPushButton
    edit_button: QPushButton
    delete_button: QPushButton
    up_button: QPushButton
    down_button: QPushButton


def goals_box(model: RecordTableModel) -> GoalsBox:
    table = unsorted_table()
    table.setModel(model)
    # The goal's title is read whole; the other columns elide.
    table.fit_main_column(1, caps={2: 200}, share=0.45)
    parts = GoalsBox(QGroupBox(), plain_label(), table, *(QPushButton() for _n in range(5)))
    buttons = QHBoxLayout()
    for button in (parts.add_button, parts.edit_button, parts.delete_button):
        buttons.addWidget(button)
    buttons.addStretch(1)
    buttons.addWidget(parts.up_button)
    buttons.addWidget(parts.down_button)
    layout = QVBoxLayout(parts.box)
    layout.addWidget(parts.hint)
    layout.addWidget(table, 1)
    layout.addLayout(buttons)
    return parts


@dataclass
class ItemsBox:
    box: QGroupBox
    hint: QLabel
    table: QTableView


def items_box(model: RecordTableModel) -> ItemsBox:
    table = unsorted_table()
    table.setModel(model)
    table.fit_main_column(0, cap=150)
    parts = ItemsBox(QGroupBox(), wrapped_label(), table)
    layout = QVBoxLayout(parts.box)
    layout.addWidget(parts.hint)
    layout.addWidget(table, 1)
    return parts


@dataclass
class NotesBox:
    box: QGroupBox
    edit: QPlainTextEdit
    hint: QLabel


def notes_box() -> NotesBox:
    parts = NotesBox(QGroupBox(), text_field(70, 130), wrapped_label())
    layout = QVBoxLayout(parts.box)
    layout.addWidget(parts.edit)
    layout.addWidget(parts.hint)
    return parts


@dataclass
class ReviewBox:
    box: QGroupBox
    label: QLabel
    edit: QPlainTextEdit
    hint: QLabel
    summary_title: QLabel
    summary: QLabel
    # Each plan opens with the review of the year before; these say where this year's goes.
    this_year_hint: QLabel
    this_year_button: QPushButton


def review_box() -> ReviewBox:
    parts = ReviewBox(
        QGroupBox(),
        wrapped_label(),
        text_field(80, 160),
        wrapped_label(),
        plain_label(),
        wrapped_label(selectable=True),
        wrapped_label(),
        QPushButton(),
    )
    parts.summary_title.setStyleSheet("font-weight: bold;")
    layout = QVBoxLayout(parts.box)
    layout.addWidget(parts.label)
    layout.addWidget(parts.edit, 1)
    layout.addWidget(parts.hint)
    layout.addWidget(parts.summary_title)
    layout.addWidget(parts.summary)
    layout.addWidget(parts.this_year_hint)
    layout.addWidget(parts.this_year_button, 0, Qt.AlignmentFlag.AlignRight)
    return parts


def review_lines(review: ReviewSummary) -> list[str]:
    """The computed review of a year as short lines of text (the page shows them)."""
    lines = [_("Learning logged: {hours}.").format(hours=format_hours(review.total_minutes))]
    total = review.total_minutes
    for group in LearningGroup:
        minutes = review.minutes_by_group.get(group, 0)
        share = format_percent(minutes / total) if total else "–"
        lines.append(
            "  · "
            + _("{group}: {hours} ({share})").format(
                group=enum_label(group), hours=format_hours(minutes), share=share
            )
        )
    if review.minutes_by_area:
        areas = ", ".join(
            _("{area} {hours}").format(area=area_name(key), hours=format_hours(minutes))
            for key, minutes in list(review.minutes_by_area.items())[:3]
        )
        lines.append(_("Most hours: {areas}.").format(areas=areas))
    lines.append(
        _("Plan items done: {done} of {count}.").format(
            done=format_number(review.items_done), count=format_number(review.items_total)
        )
    )
    lines.append(
        _("Goals reached: {done} of {count}.").format(
            done=format_number(review.goals_done), count=format_number(review.goals_total)
        )
    )
    return lines + _level_and_market_lines(review)


def _level_and_market_lines(review: ReviewSummary) -> list[str]:
    ups = [c for c in review.level_changes if c.start is None or c.end > c.start]
    downs = [c for c in review.level_changes if c.start is not None and c.end < c.start]
    lines = [
        _("Levels: {up} skills up, {down} down.").format(
            up=format_number(len(ups)), down=format_number(len(downs))
        )
    ]
    for change in ups[:3]:
        lines.append(
            "  · "
            + _("{skill}: {start} → {end}").format(
                skill=skill_name(change),  # type: ignore[arg-type]
                start="–" if change.start is None else change.start,
                end=change.end,
            )
        )
    if review.postings:
        top = ", ".join(
            _("{area} ({share})").format(area=area_name(key), share=format_percent(share))
            for key, share in review.top_areas
        )
        lines.append(
            _("Job market: {count} postings; most asked for: {areas}.").format(
                count=format_number(review.postings), areas=top
            )
        )
    else:
        lines.append(_("Job market: no job postings read in {year}.").format(year=review.year))
    return lines


def focus_text(focus: Focus | None) -> str:
    """The chosen road of the year, its areas, why, and when it was chosen."""
    if focus is None:
        return _("No specialisation chosen yet: choose a road on the Strengths page.")
    parts = [enum_label(focus.road)]
    if focus.area_keys:
        parts.append(", ".join(area_name(key) for key in focus.area_keys))
    if focus.rationale.strip():
        parts.append(focus.rationale.strip())
    parts.append(_("Chosen on {date}.").format(date=format_date(focus.chosen_on)))
    return "\n".join(parts)


def two_columns(left_boxes: tuple[QWidget, ...], right_boxes: tuple[QWidget, ...]) -> QSplitter:
    """Goals and plan on the left; focus, notes and review in a scrolled column on the right."""
    left = QSplitter(Qt.Orientation.Vertical)
    for box in left_boxes:
        left.addWidget(box)
    left.setStretchFactor(0, 3)
    left.setStretchFactor(1, 2)
    right_widget = QWidget()
    right = QVBoxLayout(right_widget)
    right.setContentsMargins(0, 0, 0, 0)
    for box in right_boxes:
        right.addWidget(box)
    right.addStretch(1)
    scroll = VerticalScroll(right_widget)
    columns = QSplitter(Qt.Orientation.Horizontal)
    columns.addWidget(left)
    columns.addWidget(scroll)
    columns.setStretchFactor(0, 2)
    columns.setStretchFactor(1, 1)
    scroll.setMinimumWidth(320)  # its texts wrap; the splitter gives it at least this
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    columns.setSizes([700, 340])
    return columns


def sample_dialogs(
    page: YearPlanPage, store: YearPlanStore, skills: list[SkillRecord]
) -> list[tuple[str, QWidget]]:
    """Every dialog the page opens, with sample content (screenshots, translation tests)."""

    def ignore(*_args: object) -> None:
        return None

    year = page.year()
    sample = GoalRecord(
        id=0,
        year=year,
        title=_("Sample goal"),
        measure="",
        due_on=dt.date(year, 6, 30),
        skill_key=skills[0].key if skills else None,
        skill_custom_name=None,
        status=GoalStatus.IN_PROGRESS,
        position=0,
    )
    goals, items = store.carry_over_candidates(year)
    question = _("Delete the goal “{goal}”? You can undo this.").format(goal=sample.title)
    return [
        ("goal-new", GoalDialog(year, skills, ignore, parent=page)),
        ("goal-edit", GoalDialog(year, skills, ignore, goal=sample, parent=page)),
        ("carry-over", CarryOverDialog(year, goals or [sample], items, ignore, parent=page)),
        ("delete-goal", confirm_box(page, question)),
        ("pdf-progress", progress_dialog(page, _("Saving the plan as PDF"))),
        ("print-preview", page._sample_preview()),
    ]
