"""The learning log: what was learned, when, how, and the peer/formal balance.

Ctrl+N (a main-window action) opens the quick entry form from any page. The
table is searched and filtered in memory through the proxy; loading happens
once per change of the data, never per keystroke.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import LearningGroup, LearningType
from planner.domain.learning import Balance, PeriodTotals
from planner.i18n import _, ngettext
from planner.i18n.formatting import format_hours, format_number, format_percent
from planner.store.learning import LearningStore, LogEntryFields, LogEntryRecord, LogFilter
from planner.store.skills import SkillRecord
from planner.text.labels import enum_label, reason_text, skill_name
from planner.ui.changes import Change, Changes
from planner.ui.context import AppContext
from planner.ui.dialogs.learning_dialogs import (
    LogEntryDialog,
    SkillChoice,
    optional_date,
    optional_date_edit,
)
from planner.ui.kit.messages import confirm_box
from planner.ui.kit.widgets import (
    RecordTable,
    current_record,
    localize_date_edit,
    on_delete_key,
    plain_label,
    record_table,
    select_record,
)
from planner.ui.models.learning import LogFilterProxy, LogTableModel
from planner.ui.operations import log as log_ops
from planner.ui.pages.base import Page
from planner.ui.pages.log_export import export_dialog, export_log
from planner.ui.pages.parts import button_row, fill_combo

BACKGROUND_ROWS = 500
"""A log longer than this fills in the background (the page paints first)."""


@dataclass(frozen=True)
class _Fill:
    records: list[LogEntryRecord]
    haystacks: list[str]
    totals: PeriodTotals
    balance: Balance


class LogPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store = LearningStore(context.database)
        self.model = LogTableModel(self)
        self.proxy = LogFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        for row in self._build_filters():
            layout.addLayout(row)
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_totals())
        layout.addLayout(self._build_actions())
        layout.addWidget(self._build_balance_box())

        self._skill_names: dict[str, str] = {}
        self._skill_records: list[SkillRecord] = []
        self._totals: PeriodTotals | None = None
        self._balance: Balance | None = None
        self.loading = False
        self.retranslate()
        self.refresh()

    # -- building ----------------------------------------------------------

    def _build_filters(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """Search and dates on one row; type, group and skill on the next."""
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_edit = optional_date_edit(None)
        self.to_edit = optional_date_edit(None)
        self.type_filter = QComboBox()
        self.group_filter = QComboBox()
        self.skill_filter = QComboBox()
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._apply_filter)
        for combo in (self.type_filter, self.group_filter, self.skill_filter):
            combo.currentIndexChanged.connect(self._apply_filter)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            filters.addWidget(widget)
        more_filters = QHBoxLayout()
        for combo in (self.type_filter, self.group_filter, self.skill_filter):
            more_filters.addWidget(combo, 1)
        return filters, more_filters

    def _build_table(self) -> RecordTable:
        self.table = record_table()
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # size columns from a sample, not 20,000 rows
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        return self.table

    def _build_totals(self) -> QVBoxLayout:
        self.shown_label = plain_label()
        self.period_label = plain_label()
        self.period_label.setWordWrap(True)
        totals = QVBoxLayout()
        totals.addWidget(self.shown_label)
        totals.addWidget(self.period_label)
        return totals

    def _build_actions(self) -> QHBoxLayout:
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_csv)
        on_delete_key(self.table, self.delete_selected)
        leading = (self.new_button, self.edit_button, self.export_button)
        return button_row(leading, (self.delete_button,))

    def _build_balance_box(self) -> QGroupBox:
        self.balance_box = QGroupBox()
        self.balance_figures = plain_label()
        self.balance_figures.setWordWrap(True)
        self.balance_advice = plain_label()
        self.balance_advice.setWordWrap(True)
        self.balance_advice.setStyleSheet("font-weight: bold;")
        balance_layout = QVBoxLayout(self.balance_box)
        balance_layout.addWidget(self.balance_figures)
        balance_layout.addWidget(self.balance_advice)
        return self.balance_box

    # -- page ------------------------------------------------------------

    depends_on = Change.LOG | Change.PLAN | Change.SKILLS  # entries, plan titles, skill names

    def retranslate(self) -> None:
        self._name_skills()
        self.search.setPlaceholderText(_("Search the log"))
        self.from_label.setText(_("Fro&m:"))
        self.to_label.setText(_("T&o:"))
        for edit in (self.from_edit, self.to_edit):
            localize_date_edit(edit)
            edit.setSpecialValueText(_("Any date"))
        fill_combo(self.type_filter, _("All types"), [(enum_label(t), t) for t in LearningType])
        fill_combo(self.group_filter, _("All groups"), [(enum_label(g), g) for g in LearningGroup])
        self._fill_skills()
        self.new_button.setText(_("&New entry…"))
        self.new_button.setToolTip(_("Add a log entry (Ctrl+N, from any page)"))
        self.edit_button.setText(_("Ed&it…"))
        self.export_button.setText(_("E&xport CSV…"))
        self.delete_button.setText(_("&Delete"))
        self.model.retranslate()
        self._show_totals()
        self._fit_columns()

    def refresh(self) -> None:
        """Reload the log: in the background when it is long, so the page paints at once."""
        selected = self.selected_entry()
        self._load_skill_names()
        self._fill_skills()
        if self.store.count_entries() <= BACKGROUND_ROWS:
            self._show_fill(self._read(), selected)
            return
        self.loading = True
        self.shown_label.setText(_("Loading the learning log…"))
        self.context.tasks.run(
            self._read, lambda fill: self._show_fill(fill, selected), key=self._fill_key, owner=self
        )

    def _read(self) -> _Fill:
        """Everything the page shows, read and prepared on any thread (no widgets)."""
        records, haystacks = self.model.prepare(self.store.entries())
        return _Fill(records, haystacks, *self.store.this_year())

    def _show_fill(self, fill: _Fill, selected: LogEntryRecord | None) -> None:
        self.loading = False
        self.model.set_prepared(fill.records, fill.haystacks)
        if selected is not None:
            self.select_entry(selected.id)
        self._totals, self._balance = fill.totals, fill.balance
        self._show_totals()
        self._fit_columns()

    @property
    def _fill_key(self) -> str:
        return f"log-page-{id(self)}"

    def apply_changes(self, changes: Changes) -> None:
        """Entries that changed are updated in place; anything wider reloads the page."""
        in_place = changes.only(Change.LOG | Change.PLAN) and changes.log_ids is not None
        if not in_place or self.context.tasks.busy(self._fill_key):
            self.refresh()  # a fill under way started before this change: start it again
            return
        if changes.log_ids:
            fresh = self.store.entries(ids=changes.log_ids)
            self.model.update_rows(changes.log_ids, fresh, _entry_id)
            self._totals, self._balance = self.store.this_year()
            self._show_totals()

    def _fit_columns(self) -> None:
        """What I learned takes the room; the other columns elide (any language)."""
        self.table.fit_main_column(6, cap=150, caps={7: 180})

    def review_dialogs(self) -> list[tuple[str, QWidget]]:
        def ignore(*_args: object) -> None:
            return None

        sample = LogEntryFields(
            dt.date.today(), 45, LearningType.MENTOR, ("content_creation",), None, "A", "B"
        )
        plan = self.store.plan_items()
        return [
            ("log-new", LogEntryDialog(self.skill_choices(), plan, ignore, parent=self)),
            (
                "log-edit",
                LogEntryDialog(self.skill_choices(), plan, ignore, entry=sample, parent=self),
            ),
            ("log-delete", confirm_box(self, log_ops.delete_question(sample))),
            ("log-export", self.export_dialog()),
        ]

    # -- data --------------------------------------------------------------

    def _load_skill_names(self) -> None:
        self._skill_records = self.context.skills.skills()
        self._name_skills()

    def _name_skills(self) -> None:
        """Skill names in the active language (custom ones as typed); no database access."""
        self._skill_names = {r.key: skill_name(r) for r in self._skill_records}
        self.model.skill_names = self._skill_names

    def skill_choices(self) -> list[SkillChoice]:
        # The skills the page keeps are current unless a change waits for the page.
        skills = self.context.skills.skills() if self.is_stale else self._skill_records
        return [(r.key, skill_name(r), r.area_key) for r in skills if not r.archived]

    def _fill_skills(self) -> None:
        choices = sorted(self._skill_names.items(), key=lambda pair: pair[1].casefold())
        fill_combo(self.skill_filter, _("All skills"), [(name, key) for key, name in choices])

    def current_filter(self) -> LogFilter:
        return LogFilter(
            start=optional_date(self.from_edit),
            end=optional_date(self.to_edit),
            learning_type=_member(LearningType, self.type_filter.currentData()),
            group=_member(LearningGroup, self.group_filter.currentData()),
            skill_key=self.skill_filter.currentData(),
        )

    def _apply_filter(self, *_args: object) -> None:
        where = self.current_filter()
        self.proxy.set_predicate(None if where == LogFilter() else where.accepts)
        self._show_shown_totals()
        self._update_buttons()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._show_shown_totals()

    def _show_totals(self) -> None:
        self._show_shown_totals()
        totals, balance = self._totals, self._balance
        if totals is None or balance is None:
            return  # not loaded yet
        today = dt.date.today()
        self.period_label.setText(
            _("This week: {week} · This month: {month} · This year: {year}").format(
                week=format_hours(totals.week_minutes),
                month=format_hours(totals.month_minutes),
                year=format_hours(totals.year_minutes),
            )
        )
        self.balance_box.setTitle(
            _("Peer learning and formal education in {year}").format(year=today.year)
        )
        share = "–" if balance.peer_share is None else format_percent(balance.peer_share)
        self.balance_figures.setText(
            _(
                "Peer learning: {peer} · Formal education: {formal} · Self-directed: {own}"
                " · Share from peers: {share}"
            ).format(
                peer=format_hours(balance.peer_minutes),
                formal=format_hours(balance.formal_minutes),
                own=format_hours(balance.self_directed_minutes),
                share=share,
            )
        )
        self.balance_advice.setText(reason_text(balance.advice))
        self._update_buttons()

    def _show_shown_totals(self) -> None:
        shown = self.proxy.accepted_records()
        minutes = sum(r.minutes for r in shown)
        self.shown_label.setText(
            ngettext(
                "{count} entry shown, {hours}", "{count} entries shown, {hours}", len(shown)
            ).format(count=format_number(len(shown)), hours=format_hours(minutes))
        )

    # -- selection ---------------------------------------------------------

    def selected_entry(self) -> LogEntryRecord | None:
        return current_record(self.table)

    def select_entry(self, entry_id: int) -> None:
        select_record(self.table, lambda record: record.id == entry_id)

    def _update_buttons(self, *_args: object) -> None:
        has = self.selected_entry() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # -- actions -------------------------------------------------------------

    def new_entry(self) -> None:
        """The quick form (Ctrl+N): today, minutes, type, skills, plan item, reflection."""
        added: list[LogEntryRecord] = []

        def save(data: LogEntryFields) -> None:
            added.append(log_ops.add_entry(self.context, self.ask(), data))

        LogEntryDialog(
            self.skill_choices(), self._open_plan_items(), save, parent=self.window()
        ).exec()
        if added:
            self.select_entry(added[0].id)

    def _open_plan_items(self) -> list:
        return self.store.plan_items(open_only=True)

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        items = self._open_plan_items()
        if entry.plan_item_id is not None and all(i.id != entry.plan_item_id for i in items):
            items += [i for i in self.store.plan_items() if i.id == entry.plan_item_id]

        def save(data: LogEntryFields) -> None:
            log_ops.edit_entry(self.context, self.ask(), entry.id, data)

        LogEntryDialog(
            self.skill_choices(), items, save, entry=entry.editable(), parent=self
        ).exec()

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            log_ops.delete_entry(self.context, self.ask(), entry)

    def export_dialog(self) -> QFileDialog:
        return export_dialog(self)

    def export_csv(self) -> None:
        dialog = self.export_dialog()
        if not dialog.exec() or not dialog.selectedFiles():
            return
        self.export_to(Path(dialog.selectedFiles()[0]))

    def export_to(self, path: Path) -> bool:
        return export_log(self, self.store, self._skill_names, path)


def _entry_id(record: LogEntryRecord) -> int:
    return record.id


def _member(kind: type, value: object) -> object:
    return None if value is None else kind(value)
