"""The yearly development plan: focus, SMART goals, the year's learning, notes and review.

Keyboard: Ctrl+Shift+N adds a goal, Enter edits it, Delete deletes it (after a
question; Edit > Undo brings it back), Alt+Up / Alt+Down move it. File >
Print preview…, Print… (Ctrl+P) and Save plan as PDF… print the selected year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.i18n import _
from planner.i18n.formatting import format_hours, format_number
from planner.store.errors import StoreError
from planner.store.learning import LearningStore
from planner.store.yearplan import (
    MAX_YEAR,
    MIN_YEAR,
    GoalInput,
    GoalRecord,
    YearPlanStore,
)
from planner.store.yearplan_summary import YearDocument, year_document
from planner.ui.changes import Change
from planner.ui.context import AppContext
from planner.ui.dialogs.yearplan_dialogs import CarryOverDialog, GoalDialog
from planner.ui.flows.plan_output import (
    PlanOutput,
    pdf_file_dialog,
    preview_dialog,
    run_dialog,
)
from planner.ui.flows.plan_sections import SectionChoice, SectionChooser
from planner.ui.kit.autosave import AutosaveText
from planner.ui.kit.messages import show_store_error
from planner.ui.kit.widgets import plain_label, select_record
from planner.ui.models.yearplan import goals_model, items_model
from planner.ui.operations import yearplan as yearplan_ops
from planner.ui.pages.base import Page
from planner.ui.pages.yearplan_sections import (
    focus_text,
    goals_box,
    items_box,
    notes_box,
    review_box,
    review_lines,
    sample_dialogs,
    two_columns,
    wrapped_label,
)

#: Above this many log entries the year's figures are read in the background:
#: the page paints at once and its summary fills in a moment later.
BACKGROUND_ENTRIES = 2_000


class YearPlanPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store = YearPlanStore(context.database)
        self.sections = SectionChoice(context.settings, self)
        self.output = PlanOutput(self, context.database, self.sections)
        self.output.done.connect(self._show_status)
        self.document: YearDocument | None = None
        self.loading = False  # the year's figures are being read in the background
        self._build_top()
        self._build_goals()
        self._build_sides()
        self._lay_out()
        self.retranslate()
        self.refresh()

    # -- building ----------------------------------------------------------

    def _build_top(self) -> None:
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

    def _build_goals(self) -> None:
        self.goals = goals_model(self)
        parts = goals_box(self.goals)
        self.goals_box, self.goals_hint, self.goals_table = parts.box, parts.hint, parts.table
        self.add_button, self.edit_button = parts.add_button, parts.edit_button
        self.delete_button = parts.delete_button
        self.up_button, self.down_button = parts.up_button, parts.down_button
        self.goals_table.activated.connect(lambda _index: self.edit_goal())
        self.goals_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_goal)
        self.edit_button.clicked.connect(self.edit_goal)
        self.delete_button.clicked.connect(self.delete_goal)
        self.up_button.clicked.connect(lambda: self.move_goal(-1))
        self.down_button.clicked.connect(lambda: self.move_goal(1))
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

    def _build_sides(self) -> None:
        """The plan items, the focus, the notes and the review."""
        self.items = items_model(self)
        items = items_box(self.items)
        self.items_box, self.items_hint, self.items_table = items.box, items.hint, items.table
        self.focus_box = QGroupBox()
        self.focus_text = wrapped_label(selectable=True)
        QVBoxLayout(self.focus_box).addWidget(self.focus_text)
        notes = notes_box()
        self.notes_box, self.notes_edit, self.notes_hint = notes.box, notes.edit, notes.hint
        self.notes_autosave = AutosaveText(self.notes_edit, self._save_notes, self)
        review = review_box()
        self.review_box, self.review_label = review.box, review.label
        self.review_edit, self.review_hint = review.edit, review.hint
        self.summary_title, self.summary_label = review.summary_title, review.summary
        self.this_year_hint, self.this_year_button = review.this_year_hint, review.this_year_button
        self.review_autosave = AutosaveText(self.review_edit, self._save_review, self)
        self.this_year_button.clicked.connect(lambda: self.open_review(self.year()))

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year_spin)
        top.addWidget(self.status, 1)
        for button in (self.next_button, self.preview_button, self.pdf_button):
            top.addWidget(button)
        columns = two_columns(
            (self.goals_box, self.items_box), (self.focus_box, self.notes_box, self.review_box)
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.section_chooser)
        layout.addWidget(columns, 1)

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
        """Goals, plan items and the typed texts at once; the year's figures after them.

        The figures (focus, review) read the log: on a long one they are read on
        the task service, so the page paints first and stays responsive.
        """
        selected = self.selected_goal()
        year = self.year()
        try:
            plan = self.store.plan(year)
            goals, items = self.store.goals(year), self.store.plan_items(year)
            many = LearningStore(self.context.database).count_entries() > BACKGROUND_ENTRIES
        except StoreError as error:
            show_store_error(self, error)
            return
        self.goals.set_records(goals)
        self.items.set_records(items)
        # Text being typed is kept: it is saved over the stored text shortly.
        self.notes_autosave.load(year, plan.notes if plan else "")
        self.review_autosave.load(year, plan.review if plan else "")
        if selected is not None:
            self.select_goal(selected.id)
        if self.document is not None and self.document.year != year:
            self.document = None  # another year's figures are not shown meanwhile
        if not many:
            self._read_failed_or(lambda: self._show_document(self._read(year)))
            return
        self.loading = True
        self.context.tasks.run(
            lambda: self._read(year), self._show_document, self._failed, key=self._key, owner=self
        )
        self._show_texts()

    def _read(self, year: int) -> YearDocument:
        """The year's figures, on any thread (no widgets)."""
        return year_document(self.context.database, year)

    @property
    def _key(self) -> str:
        return f"yearplan-page-{id(self)}"

    def _show_document(self, document: YearDocument) -> None:
        self.loading = False
        self.document = document
        self._show_texts()

    def _read_failed_or(self, show: Callable[[], None]) -> None:
        try:
            show()
        except StoreError as error:
            self._failed(error)

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        if not isinstance(error, StoreError):
            raise error
        show_store_error(self, error)

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
        self._show_lists()
        self._show_figures()
        self._update_buttons()

    def _show_lists(self) -> None:
        """The hints over the goals and the plan items (read with the page, not the figures)."""
        goals, items = self.goals.records(), self.items.records()
        self.goals_hint.setText(
            _("No goals yet. A SMART goal says what, how it is measured and by when.")
        )
        self.goals_hint.setVisible(not goals)
        self.items_hint.setText(
            _("Plan items come from the learning plan.")
            if not items
            else _("{count} items, {hours} logged.").format(
                count=format_number(len(items)),
                hours=format_hours(sum(i.logged_minutes for i in items)),
            )
        )

    def _show_figures(self) -> None:
        """The focus and the review of last year: the figures read from the whole log."""
        doc = self.document
        if doc is None:
            loading = _("Loading…") if self.loading else ""
            self.focus_text.setText(loading)
            self.summary_label.setText(loading)
            return
        self.focus_text.setText(focus_text(doc.focus))
        if doc.review is not None:
            self.summary_label.setText("\n".join(review_lines(doc.review)))

    def review_dialogs(self) -> list[tuple[str, QWidget]]:
        return sample_dialogs(self, self.store, self.context.skills.skills(include_archived=False))

    def _sample_preview(self) -> QWidget:
        """The print preview with its section check boxes (page one only: no charts drawn)."""
        from planner.report.render import prepare_plan  # the report is loaded when asked for

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
