"""The learning plan: what to learn, from whom, and which skill gaps it closes.

The page answers the article's question, "which skills do I need to build
right now, and where can I build them?": every skill with a gap, the open
plan items that build it, and the gaps no plan item builds yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import LearningGroup, LearningType, PlanStatus
from planner.domain.learning import Coverage, ItemProgress
from planner.domain.skills import SkillState
from planner.i18n import _
from planner.store.learning import LearningStore, PlanItemFields, PlanItemRecord
from planner.store.skills import SkillRecord
from planner.store.validation import is_web_link
from planner.text.labels import enum_label, skill_name
from planner.ui.changes import LEVELS, Change, Changes
from planner.ui.context import AppContext
from planner.ui.dialogs.assess_dialog import AssessDialog
from planner.ui.dialogs.learning_dialogs import ItemChoice, PlanItemDialog, SkillChoice
from planner.ui.kit.links import open_web_link
from planner.ui.kit.messages import confirm_box
from planner.ui.kit.widgets import (
    current_record,
    on_delete_key,
    plain_label,
    record_table,
    select_record,
)
from planner.ui.models.learning import PlanRow, plan_model
from planner.ui.models.table import RecordFilterProxy
from planner.ui.operations import plan as plan_ops
from planner.ui.pages.base import Page
from planner.ui.pages.parts import button_row, fill_combo, stack
from planner.ui.pages.plan_gaps import GapBox
from planner.ui.pages.plan_reassess import offer_reassessment, reassess_question


def groups_explained() -> str:
    """One line per group naming its learning types: the grouping, said once."""
    lines = []
    for group in LearningGroup:
        kinds = ", ".join(enum_label(t) for t in LearningType if t.group == group)
        lines.append(_("{group}: {types}").format(group=enum_label(group), types=kinds))
    return "\n".join(lines)


BACKGROUND_ROWS = 500
"""A plan with more items than this fills in the background (the page paints first)."""


@dataclass(frozen=True)
class _PlanFill:
    items: list[PlanItemRecord]
    progress: dict[int, ItemProgress]
    skills: list[SkillRecord]
    rows: list[PlanRow]


class PlanPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store = LearningStore(context.database)
        self.model = plan_model(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_top())
        self.gap_box = GapBox()
        splitter.addWidget(self.gap_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._items: list[PlanItemRecord] = []
        self._progress: dict[int, ItemProgress] = {}
        self._skill_records: list[SkillRecord] = []
        self._coverage = Coverage((), ())
        self.loading = False
        self.retranslate()
        self.refresh()

    # -- building ----------------------------------------------------------

    def _build_top(self) -> QWidget:
        """Filters, the table of items, the actions and the groups explained."""
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search_text)
        self.year_filter = QComboBox()
        self.status_filter = QComboBox()
        self.group_filter = QComboBox()
        for combo in (self.year_filter, self.status_filter, self.group_filter):
            combo.currentIndexChanged.connect(self._apply_filter)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.year_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.group_filter)

        self.table = record_table()
        self.table.setModel(self.proxy)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # priority
        # Titles take the room; the rest elide, so the table never scrolls sideways.
        self.table.fit_main_column(0, cap=150)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)

        self.groups_label = plain_label()
        self.groups_label.setWordWrap(True)
        self.groups_label.setStyleSheet("color: palette(placeholder-text);")
        top = QWidget()
        stack(top, filters, self.table, self._build_actions(), self.groups_label, margins=False)
        return top

    def _build_actions(self) -> QHBoxLayout:
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_item)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.mark_selected_done)
        self.link_button = QPushButton()
        self.link_button.clicked.connect(self.open_selected_link)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        on_delete_key(self.table, self.delete_selected)
        leading = (self.add_button, self.edit_button, self.done_button, self.link_button)
        return button_row(leading, (self.delete_button,))

    # -- page ------------------------------------------------------------

    depends_on = Change.PLAN | Change.LOG | LEVELS  # items, hours logged, gaps

    def retranslate(self) -> None:
        self.search.setPlaceholderText(_("Search the plan"))
        fill_combo(self.status_filter, _("All statuses"), [(enum_label(s), s) for s in PlanStatus])
        fill_combo(self.group_filter, _("All groups"), [(enum_label(g), g) for g in LearningGroup])
        self._fill_years()
        self.add_button.setText(_("&New item…"))
        self.edit_button.setText(_("Ed&it…"))
        self.done_button.setText(_("Mark d&one"))
        self.done_button.setToolTip(_("Mark the item done and reassess the skills it builds"))
        self.link_button.setText(_("Open &link"))
        self.delete_button.setText(_("&Delete"))
        self.groups_label.setText(groups_explained())
        self.gap_box.retranslate()
        self._render()

    def refresh(self) -> None:
        """Reload: in the background for a long plan, so the page paints at once."""
        selected = self.selected_item()
        if self.store.count_plan_items() <= BACKGROUND_ROWS:
            self._show_fill(self._read(), selected)
            return
        self.loading = True
        self.context.tasks.run(
            self._read, lambda fill: self._show_fill(fill, selected), key=self._key, owner=self
        )

    def _read(self) -> _PlanFill:
        """Items, hours, skills, gaps and rows in the table's order: any thread, no widgets."""
        items = self.store.plan_items()
        progress = self.store.progress(items)
        skills = self.context.skills.skills()
        names = {r.key: skill_name(r) for r in skills}
        rows = [
            PlanRow(item, ", ".join(names.get(k, k) for k in item.skill_keys), progress[item.id])
            for item in items
        ]
        return _PlanFill(items, progress, skills, self.model.sorted_records(rows))

    def _show_fill(self, fill: _PlanFill, selected: PlanItemRecord | None) -> None:
        self.loading = False
        self._items, self._progress = fill.items, fill.progress
        self._skill_records = fill.skills
        self._cover()
        self.model.set_sorted(fill.rows)
        if selected is not None:
            self.select_item(selected.id)
        self._show_gaps(self._skill_names())
        self._fill_years()
        self._update_buttons()

    @property
    def _key(self) -> str:
        return f"plan-page-{id(self)}"

    def _cover(self) -> None:
        states = [
            SkillState(r.key, r.current_level, r.target_level, r.last_assessed)
            for r in self._skill_records
            if not r.archived
        ]
        self._coverage = self.store.coverage(states, items=self._items)

    def apply_changes(self, changes: Changes) -> None:
        """Items that changed (or whose logged hours did) are updated in place."""
        ids = changes.plan_ids
        in_place = changes.only(Change.PLAN | Change.LOG) and ids is not None
        if not in_place or ids is None or self.context.tasks.busy(self._key):
            self.refresh()
            return
        if not ids:
            return
        fresh = self.store.plan_items(ids=ids)
        progress = self.store.progress(fresh)
        self._progress.update(progress)
        kept = {item.id: item for item in self._items if item.id not in ids}
        kept.update({item.id: item for item in fresh})
        self._items = list(kept.values())
        names = self._skill_names()
        rows = [self._row(item, names) for item in fresh]
        self.model.update_rows(ids, rows, _item_id)
        self._cover()
        self._show_gaps(names)
        self._fill_years()
        self._update_buttons()

    def _skill_names(self) -> dict[str, str]:
        return {r.key: skill_name(r) for r in self._skill_records}

    def _row(self, item: PlanItemRecord, names: dict[str, str]) -> PlanRow:
        skills = ", ".join(names.get(k, k) for k in item.skill_keys)
        return PlanRow(item, skills, self._progress[item.id])

    def _render(self) -> None:
        """Rows from what was loaded, in the active language (no database access)."""
        names = self._skill_names()
        selected = self.selected_item()
        self.model.set_records([self._row(item, names) for item in self._items])
        if selected is not None:
            self.select_item(selected.id)
        self._show_gaps(names)

    def review_dialogs(self) -> list[tuple[str, QWidget]]:
        def ignore(*_args: object) -> None:
            return None

        sample = PlanItemFields(
            "Google Analytics 4",
            LearningType.CERTIFICATION,
            dt.date.today().year,
            provider="Google",
            url="https://example.org/ga4",
            skill_keys=("web_analytics",),
            estimated_minutes=600,
            cost_minor=0,
            valid_until=dt.date(dt.date.today().year + 1, 3, 31),
        )
        renewals = [(0, _("Renew Google Analytics 4"))]
        edit = PlanItemDialog(
            self.skill_choices(), ignore, item=sample, renewal_choices=renewals, parent=self
        )
        edit.renewal_combo.setCurrentIndex(1)
        return [
            ("plan-new", PlanItemDialog(self.skill_choices(), ignore, parent=self)),
            ("plan-edit", edit),
            ("plan-delete", confirm_box(self, plan_ops.delete_question(sample.title))),
            ("plan-reassess", confirm_box(self, reassess_question(sample.title, 1))),
            ("plan-assess", AssessDialog(_("Web analytics"), ignore, level=2, parent=self)),
        ]

    # -- data --------------------------------------------------------------

    def skill_names(self) -> dict[str, str]:
        return {r.key: skill_name(r) for r in self.context.skills.skills()}

    def renewal_choices(self, exclude: int | None = None) -> list[ItemChoice]:
        """Plan items that can renew a certification: newest plan year first."""
        items = sorted(self.store.plan_items(), key=lambda r: (-r.plan_year, r.title.casefold()))
        return [
            (r.id, _("{title} ({year})").format(title=r.title, year=r.plan_year))
            for r in items
            if r.id != exclude
        ]

    def skill_choices(self) -> list[SkillChoice]:
        skills = self.context.skills.skills(include_archived=False)
        return [(r.key, skill_name(r), r.area_key) for r in skills]

    def _show_gaps(self, names: dict[str, str]) -> None:
        self.gap_box.show_coverage(self._coverage, names)

    # -- filters and selection ---------------------------------------------

    def _fill_years(self) -> None:
        years = sorted({i.plan_year for i in self._items} | {dt.date.today().year})
        fill_combo(self.year_filter, _("All years"), [(str(y), y) for y in years])

    def _apply_filter(self) -> None:
        year = self.year_filter.currentData()
        status = self.status_filter.currentData()
        group = self.group_filter.currentData()
        self.proxy.set_predicate(
            lambda r: (
                (year is None or r.item.plan_year == year)
                and (status is None or r.item.status == status)
                and (group is None or r.item.group == group)
            )
        )
        self._update_buttons()

    def selected_item(self) -> PlanItemRecord | None:
        row = current_record(self.table)
        return row.item if row is not None else None

    def select_item(self, item_id: int) -> None:
        select_record(self.table, lambda record: record.item.id == item_id)

    def _update_buttons(self, *_args: object) -> None:
        item = self.selected_item()
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(item is not None)
        self.done_button.setEnabled(item is not None and item.status != PlanStatus.DONE)
        self.link_button.setEnabled(item is not None and is_web_link(item.url))

    # -- actions -------------------------------------------------------------

    def add_item(self) -> None:
        created: list[PlanItemRecord] = []
        year = self.year_filter.currentData()

        def save(data: PlanItemFields) -> None:
            created.append(plan_ops.add_item(self.context, self.ask(), data))

        PlanItemDialog(
            self.skill_choices(),
            save,
            default_year=year,
            renewal_choices=self.renewal_choices(),
            parent=self,
        ).exec()
        if created:
            self.select_item(created[0].id)
            if created[0].status == PlanStatus.DONE:
                self.offer_reassessment(created[0])

    def edit_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        saved: list[PlanItemRecord] = []

        def save(data: PlanItemFields) -> None:
            saved.append(plan_ops.edit_item(self.context, self.ask(), item.id, data))

        PlanItemDialog(
            self.skill_choices(),
            save,
            item=item.editable(),
            renewal_choices=self.renewal_choices(exclude=item.id),
            parent=self,
        ).exec()
        if saved and saved[0].status != PlanStatus.DONE:
            now = self.store.plan_item(item.id)
            if now.status == PlanStatus.DONE:
                self.offer_reassessment(now)

    def mark_selected_done(self) -> None:
        item = self.selected_item()
        if item is None or item.status == PlanStatus.DONE:
            return
        done = plan_ops.mark_done(self.context, self.ask(), item)
        if done is not None:
            self.offer_reassessment(done)

    def offer_reassessment(self, item: PlanItemRecord) -> None:
        """A finished item should move skills: offer to assess each one it builds."""
        offer_reassessment(self, item)

    def open_selected_link(self) -> None:
        item = self.selected_item()
        if item is not None:
            open_web_link(item.url)  # only http(s) reaches the browser

    def delete_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            plan_ops.delete_item(self.context, self.ask(), item)


def _item_id(row: PlanRow) -> int:
    return row.item.id
