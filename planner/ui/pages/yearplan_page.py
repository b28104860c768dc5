"""The yearly development plan: focus, SMART goals, the year's learning, notes and review.

Keyboard: Ctrl+Shift+N adds a goal, Enter edits it, Delete deletes it (after a
question; Edit > Undo brings it back), Alt+Up / Alt+Down move it. File >
Print preview…, Print… (Ctrl+P) and Save plan as PDF… print the selected year.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import GoalStatus, LearningGroup
from planner.i18n import _
from planner.i18n.formatting import format_date, format_hours, format_number, format_percent
from planner.report.render import prepare_plan
from planner.store.errors import StoreError
from planner.store.yearplan import (
    MAX_YEAR,
    MIN_YEAR,
    GoalInput,
    GoalRecord,
    YearPlanStore,
)
from planner.store.yearplan_summary import ReviewSummary, YearDocument, year_document
from planner.text.labels import area_name, enum_label, skill_name
from planner.ui.changes import Change
from planner.ui.context import AppContext
from planner.ui.dialogs.yearplan_dialogs import CarryOverDialog, GoalDialog
from planner.ui.flows.plan_output import (
    PlanOutput,
    pdf_file_dialog,
    preview_dialog,
    progress_dialog,
    run_dialog,
)
from planner.ui.flows.plan_sections import SectionChoice, SectionChooser
from planner.ui.kit.autosave import AutosaveText
from planner.ui.kit.messages import confirm_box, show_store_error
from planner.ui.kit.widgets import plain_label, record_table, select_record
from planner.ui.models.yearplan import goals_model, items_model
from planner.ui.operations import yearplan as yearplan_ops
from planner.ui.pages.base import Page


def unsorted_table() -> QTableView:
    """Goals keep the order the user gave them: no sorting by column."""
    view = record_table()
    view.setSortingEnabled(False)
    return view


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
    ups = [c for c in review.level_changes if c.start is None or c.end > c.start]
    downs = [c for c in review.level_changes if c.start is not None and c.end < c.start]
    lines.append(
        _("Levels: {up} skills up, {down} down.").format(
            up=format_number(len(ups)), down=format_number(len(downs))
        )
    )
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


class YearPlanPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store = YearPlanStore(context.database)
        self.sections = SectionChoice(context.settings, self)
        self.output = PlanOutput(self, context.database, self.sections)
        self.output.done.connect(self._show_status)
        self.document: YearDocument | None = None

        self.year_label = QLabel()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(MIN_YEAR, MAX_YEAR)
        self.year_spin.setValue(dt.date.today().year)
        self.year_spin.setGroupSeparatorShown(False)
        self.year_label.setBuddy(self.year_spin)
        self.year_spin.valueChanged.connect(lambda _value: self.refresh())
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.start_next_year)
        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.save_pdf)
        self.section_chooser = SectionChooser(self.sections)
        self.status = plain_label()
        self.status.setWordWrap(True)

        self.focus_box = QGroupBox()
        self.focus_text = plain_label()
        self.focus_text.setWordWrap(True)
        self.focus_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.focus_box).addWidget(self.focus_text)

        self.goals = goals_model(self)
        self.goals_table = unsorted_table()
        self.goals_table.setModel(self.goals)
        # The goal's title is read whole; the other columns elide.
        self.goals_table.fit_main_column(1, caps={2: 200}, share=0.45)
        self.goals_table.activated.connect(lambda _index: self.edit_goal())
        self.goals_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_goal)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_goal)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_goal)
        self.up_button = QPushButton()
        self.up_button.clicked.connect(lambda: self.move_goal(-1))
        self.down_button = QPushButton()
        self.down_button.clicked.connect(lambda: self.move_goal(1))
        self.goals_hint = plain_label()
        self.goals_box = QGroupBox()
        goal_buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            goal_buttons.addWidget(button)
        goal_buttons.addStretch(1)
        goal_buttons.addWidget(self.up_button)
        goal_buttons.addWidget(self.down_button)
        goals_layout = QVBoxLayout(self.goals_box)
        goals_layout.addWidget(self.goals_hint)
        goals_layout.addWidget(self.goals_table, 1)
        goals_layout.addLayout(goal_buttons)

        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_goal),
            (QKeySequence("Alt+Up"), lambda: self.move_goal(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move_goal(1)),
        ):
            shortcut = QShortcut(keys, self.goals_table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        new_goal = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        new_goal.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_goal.activated.connect(self.add_goal)

        self.items = items_model(self)
        self.items_table = unsorted_table()
        self.items_table.setModel(self.items)
        self.items_table.fit_main_column(0, cap=150)
        self.items_hint = plain_label()
        self.items_hint.setWordWrap(True)
        self.items_box = QGroupBox()
        items_layout = QVBoxLayout(self.items_box)
        items_layout.addWidget(self.items_hint)
        items_layout.addWidget(self.items_table, 1)

        self.notes_box = QGroupBox()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(70)
        self.notes_edit.setMaximumHeight(130)
        self.notes_autosave = AutosaveText(self.notes_edit, self._save_notes, self)
        self.notes_hint = plain_label()
        self.notes_hint.setWordWrap(True)
        notes_layout = QVBoxLayout(self.notes_box)
        notes_layout.addWidget(self.notes_edit)
        notes_layout.addWidget(self.notes_hint)

        self.review_box = QGroupBox()
        self.review_label = plain_label()
        self.review_label.setWordWrap(True)
        self.review_edit = QPlainTextEdit()
        self.review_edit.setTabChangesFocus(True)
        self.review_edit.setMinimumHeight(80)
        self.review_edit.setMaximumHeight(160)
        self.review_autosave = AutosaveText(self.review_edit, self._save_review, self)
        # Each plan opens with the review of the year before; say where this year's goes.
        self.this_year_hint = plain_label()
        self.this_year_hint.setWordWrap(True)
        self.this_year_button = QPushButton()
        self.this_year_button.clicked.connect(lambda: self.open_review(self.year()))
        self.review_hint = plain_label()
        self.review_hint.setWordWrap(True)
        self.summary_label = plain_label()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_title = plain_label()
        self.summary_title.setStyleSheet("font-weight: bold;")
        review_layout = QVBoxLayout(self.review_box)
        review_layout.addWidget(self.review_label)
        review_layout.addWidget(self.review_edit, 1)
        review_layout.addWidget(self.review_hint)
        review_layout.addWidget(self.summary_title)
        review_layout.addWidget(self.summary_label)
        review_layout.addWidget(self.this_year_hint)
        review_layout.addWidget(self.this_year_button, 0, Qt.AlignmentFlag.AlignRight)

        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year_spin)
        top.addWidget(self.status, 1)
        top.addWidget(self.next_button)
        top.addWidget(self.preview_button)
        top.addWidget(self.pdf_button)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.goals_box)
        left.addWidget(self.items_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)

        right_widget = QWidget()
        right = QVBoxLayout(right_widget)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.focus_box)
        right.addWidget(self.notes_box)
        right.addWidget(self.review_box)
        right.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(right_widget)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.addWidget(left)
        columns.addWidget(scroll)
        columns.setStretchFactor(0, 2)
        columns.setStretchFactor(1, 1)
        scroll.setMinimumWidth(320)  # its texts wrap; the splitter gives it at least this
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        columns.setSizes([700, 340])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.section_chooser)
        layout.addWidget(columns, 1)

        self.retranslate()
        self.refresh()

    # -- page ------------------------------------------------------------

    # Goals and notes; the summary shows levels, plan, log, market and the chosen road.
    depends_on = Change.ALL

    def year(self) -> int:
        return self.year_spin.value()

    def set_year(self, year: int) -> None:
        self.year_spin.setValue(year)

    def retranslate(self) -> None:
        self.year_label.setText(_("&Year:"))
        self.next_button.setText(_("Start &next year's plan…"))
        self.preview_button.setText(_("Print previe&w…"))
        self.pdf_button.setText(_("&Save as PDF…"))
        self.add_button.setText(_("&Add goal…"))
        self.add_button.setToolTip(_("Add a SMART goal (Ctrl+Shift+N)"))
        self.edit_button.setText(_("Ed&it…"))
        self.delete_button.setText(_("&Delete"))
        self.up_button.setText(_("Move &up"))
        self.up_button.setToolTip(_("Move the goal up (Alt+Up)"))
        self.down_button.setText(_("Move d&own"))
        self.down_button.setToolTip(_("Move the goal down (Alt+Down)"))
        saved_as_you_type = _("Saved as you type; Edit > Undo takes it back.")
        self.notes_hint.setText(saved_as_you_type)
        self.review_hint.setText(saved_as_you_type)
        self.section_chooser.retranslate()
        self.goals.retranslate()
        self.items.retranslate()
        self._show_texts()

    def refresh(self) -> None:
        selected = self.selected_goal()
        year = self.year()
        try:
            self.document = year_document(self.context.database, year)
        except StoreError as error:
            show_store_error(self, error)
            return
        self.goals.set_records(list(self.document.goals))
        self.items.set_records(list(self.document.items))
        plan = self.store.plan(year)
        # Text being typed is kept: it is saved over the stored text shortly.
        self.notes_autosave.load(year, plan.notes if plan else "")
        self.review_autosave.load(year, plan.review if plan else "")
        if selected is not None:
            self.select_goal(selected.id)
        self._show_texts()

    def _show_texts(self) -> None:
        year = self.year()
        self.focus_box.setTitle(_("Focus"))
        self.goals_box.setTitle(_("Goals for {year}").format(year=year))
        self.items_box.setTitle(_("Learning plan for {year}").format(year=year))
        self.notes_box.setTitle(_("Notes"))
        self.review_box.setTitle(_("Looking back: review of {year}").format(year=year - 1))
        self.this_year_hint.setText(
            _(
                "Each year's plan opens with a review of the year before: the review"
                " of {year} is written in the plan for {next}."
            ).format(year=year, next=year + 1)
        )
        self.this_year_button.setText(_("Review {year}…").format(year=year))
        self.this_year_button.setEnabled(year < MAX_YEAR)
        self.review_label.setText(
            _("Looking back at {year}, in your own words:").format(year=year - 1)
        )
        self.summary_title.setText(_("{year} in figures").format(year=year - 1))
        self.notes_edit.setPlaceholderText(_("Anything else about this year's plan"))
        self.review_edit.setPlaceholderText(_("What went well, what did not, what you learned"))
        doc = self.document
        if doc is None:
            return
        self.goals_hint.setText(
            _("No goals yet. A SMART goal says what, how it is measured and by when.")
        )
        self.goals_hint.setVisible(not doc.goals)
        self.items_hint.setText(
            _("Plan items come from the learning plan.")
            if not doc.items
            else _("{count} items, {hours} logged.").format(
                count=format_number(len(doc.items)), hours=format_hours(doc.item_minutes)
            )
        )
        focus = doc.focus
        if focus is None:
            self.focus_text.setText(
                _("No specialisation chosen yet: choose a road on the Strengths page.")
            )
        else:
            parts = [enum_label(focus.road)]
            if focus.area_keys:
                parts.append(", ".join(area_name(key) for key in focus.area_keys))
            if focus.rationale.strip():
                parts.append(focus.rationale.strip())
            parts.append(_("Chosen on {date}.").format(date=format_date(focus.chosen_on)))
            self.focus_text.setText("\n".join(parts))
        if doc.review is not None:
            self.summary_label.setText("\n".join(review_lines(doc.review)))
        self._update_buttons()

    def review_dialogs(self) -> list[tuple[str, QWidget]]:
        def ignore(*_args: object) -> None:
            return None

        year = self.year()
        skills = self.context.skills.skills(include_archived=False)
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
        goals, items = self.store.carry_over_candidates(year)
        return [
            ("goal-new", GoalDialog(year, skills, ignore, parent=self)),
            ("goal-edit", GoalDialog(year, skills, ignore, goal=sample, parent=self)),
            ("carry-over", CarryOverDialog(year, goals or [sample], items, ignore, parent=self)),
            (
                "delete-goal",
                confirm_box(
                    self,
                    _("Delete the goal “{goal}”? You can undo this.").format(goal=sample.title),
                ),
            ),
            ("pdf-progress", progress_dialog(self, _("Saving the plan as PDF"))),
            ("print-preview", self._sample_preview()),
        ]

    def _sample_preview(self) -> QWidget:
        """The print preview with its section check boxes (page one only: no charts drawn)."""
        plan = prepare_plan(self.context.database, self.year(), ())
        return preview_dialog(self, plan, self.sections)

    # -- selection -------------------------------------------------------

    def selected_goal(self) -> GoalRecord | None:
        index = self.goals_table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.goals.rowCount():
            return None
        return self.goals.record(index.row())

    def select_goal(self, goal_id: int) -> None:
        select_record(self.goals_table, lambda record: record.id == goal_id)

    def _update_buttons(self, *_args: object) -> None:
        goal = self.selected_goal()
        row = self.goals_table.selectionModel().currentIndex().row() if goal else -1
        self.edit_button.setEnabled(goal is not None)
        self.delete_button.setEnabled(goal is not None)
        self.up_button.setEnabled(goal is not None and row > 0)
        self.down_button.setEnabled(goal is not None and row < self.goals.rowCount() - 1)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)

    # -- goals -----------------------------------------------------------

    def add_goal(self) -> None:
        year = self.year()
        added: list[GoalRecord] = []

        def save(goal: GoalInput) -> None:
            added.append(yearplan_ops.add_goal(self.context, self.ask(), year, goal))

        GoalDialog(year, self.context.skills.skills(), save, parent=self).exec()
        if added:
            self.select_goal(added[0].id)

    def edit_goal(self) -> None:
        goal = self.selected_goal()
        if goal is None:
            return

        def save(value: GoalInput) -> None:
            yearplan_ops.edit_goal(self.context, self.ask(), goal.id, value)

        GoalDialog(goal.year, self.context.skills.skills(), save, goal=goal, parent=self).exec()

    def delete_goal(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            yearplan_ops.delete_goal(self.context, self.ask(), goal)

    def move_goal(self, step: int) -> None:
        goal = self.selected_goal()
        if goal is not None and yearplan_ops.move_goal(self.context, self.ask(), goal, step):
            self.select_goal(goal.id)

    # -- notes and review ------------------------------------------------

    def flush_edits(self) -> None:
        """Save the notes and review typed so far (before closing the window)."""
        self.notes_autosave.flush()
        self.review_autosave.flush()

    def _save_notes(self, year: int, text: str) -> bool:
        return yearplan_ops.set_notes(self.context, self.ask(), year, text)

    def _save_review(self, year: int, text: str) -> bool:
        return yearplan_ops.set_review(self.context, self.ask(), year, text)

    def open_review(self, reviewed_year: int) -> None:
        """Show the plan holding the review of ``reviewed_year`` and put the cursor there."""
        self.set_year(min(reviewed_year + 1, MAX_YEAR))
        self.review_edit.setFocus()

    # -- next year -------------------------------------------------------

    def start_next_year(self) -> None:
        year = self.year()
        goals, items = self.store.carry_over_candidates(year)
        started: list[int] = []

        def save(goal_ids: tuple[int, ...], item_ids: tuple[int, ...]) -> None:
            yearplan_ops.start_next_year(self.context, self.ask(), year, goal_ids, item_ids)
            started.append(year + 1)

        CarryOverDialog(year, goals, items, save, parent=self).exec()
        if started:
            self.set_year(started[0])

    # -- printing --------------------------------------------------------

    def print_preview(self) -> None:
        self.output.preview(self.year(), lambda dialog: dialog.exec())

    def print_plan(self) -> None:
        self.output.print(self.year(), run_dialog)

    def save_pdf(self) -> None:
        dialog = pdf_file_dialog(self, self.year())
        if not dialog.exec() or not dialog.selectedFiles():
            return
        self.save_pdf_to(Path(dialog.selectedFiles()[0]))

    def save_pdf_to(self, path: Path) -> None:
        self.output.save_pdf(self.year(), path)
