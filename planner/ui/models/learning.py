"""Table models of the learning plan and the learning log.

The log can hold tens of thousands of entries, so its model keeps one
search text per row (rebuilt when rows or the language change) and its proxy
filters with one pass of plain Python string matching per keystroke, then
hands Qt a ready answer per row. Sorting happens in the source model with a
key function, not through a Python ``lessThan`` called n·log n times.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from planner.domain.enums import LearningType
from planner.domain.learning import ItemProgress
from planner.i18n import _, current_language
from planner.i18n.formatting import (
    currency_precision,
    format_currency,
    format_date,
    format_hours,
    format_hours_number,
    format_percent,
)
from planner.i18n.markers import N_
from planner.store.learning import LogEntryRecord, PlanItemRecord
from planner.text.labels import enum_label, level_label, skill_name_for_key
from planner.ui.models.table import (
    RECORD_ROLE,
    AnyIndex,
    Column,
    RecordFilterProxy,
    RecordTableModel,
)

PRIORITY_LABELS = {1: N_("High"), 2: N_("Medium"), 3: N_("Low")}


def priority_label(value: int) -> str:
    return _(PRIORITY_LABELS.get(value, PRIORITY_LABELS[2]))


def cost_text(record: PlanItemRecord) -> str:
    if record.cost_minor is None or not record.currency:
        return ""
    amount = record.cost_minor / 10 ** currency_precision(record.currency)
    return format_currency(amount, record.currency)


def one_line(text: str) -> str:
    return " ".join(text.split())


# -- the plan -----------------------------------------------------------------


@dataclass(frozen=True)
class PlanRow:
    item: PlanItemRecord
    skills: str  # shown names, joined
    progress: ItemProgress


def progress_text(progress: ItemProgress) -> str:
    """Hours logged against the estimate, short enough for a table cell in any language."""
    if progress.estimated_hours is None:
        return format_hours(progress.logged_minutes)
    logged = format_hours_number(progress.logged_minutes)
    estimate = format_hours_number(round(progress.estimated_hours * 60))
    share = progress.done_share
    if share is None:
        return _("{logged} / {estimate} h").format(logged=logged, estimate=estimate)
    return _("{logged} / {estimate} h ({percent})").format(
        logged=logged, estimate=estimate, percent=format_percent(share)
    )


def _dates(item: PlanItemRecord) -> str:
    if item.planned_start is None and item.planned_end is None:
        return ""
    return f"{format_date(item.planned_start)} – {format_date(item.planned_end)}".strip(" –")


PLAN_COLUMNS: tuple[Column[PlanRow], ...] = (
    Column(N_("Title"), lambda r: one_line(r.item.title), sort=lambda r: r.item.title.casefold()),
    Column(N_("Status"), lambda r: enum_label(r.item.status)),
    Column(
        N_("Logged / estimate"),
        lambda r: progress_text(r.progress),
        sort=lambda r: r.progress.logged_minutes,
    ),
    Column(
        N_("Priority"), lambda r: priority_label(r.item.priority), sort=lambda r: r.item.priority
    ),
    Column(N_("Type"), lambda r: enum_label(r.item.item_type)),
    Column(N_("Group"), lambda r: enum_label(r.item.group)),
    Column(N_("Skills"), lambda r: r.skills),
    Column(N_("Planned"), lambda r: _dates(r.item), sort=lambda r: r.item.planned_start),
    Column(
        N_("Cost"), lambda r: cost_text(r.item), sort=lambda r: r.item.cost_minor, align_right=True
    ),
    Column(N_("Year"), lambda r: str(r.item.plan_year), sort=lambda r: r.item.plan_year),
)


def plan_model(parent: QObject | None = None) -> RecordTableModel[PlanRow]:
    return RecordTableModel(PLAN_COLUMNS, parent)


@dataclass(frozen=True)
class GapRow:
    skill: str
    current: int | None
    target: int
    items: tuple[str, ...]  # titles of the open plan items that build it

    @property
    def gap(self) -> int:
        return self.target - (self.current or 0)


def _where(row: GapRow) -> str:
    if not row.items:
        return _("No plan item yet")
    return "; ".join(one_line(title) for title in row.items)


GAP_COLUMNS: tuple[Column[GapRow], ...] = (
    Column(N_("Skill"), lambda r: r.skill),
    Column(
        N_("Current level"),
        lambda r: "" if r.current is None else level_label(r.current),
        sort=lambda r: r.current,
    ),
    Column(N_("Target level"), lambda r: level_label(r.target), sort=lambda r: r.target),
    Column(N_("Gap"), lambda r: f"+{r.gap}", sort=lambda r: r.gap, align_right=True),
    Column(N_("Where I build it"), _where, sort=lambda r: (bool(r.items), _where(r))),
)


def gap_model(parent: QObject | None = None) -> RecordTableModel[GapRow]:
    return RecordTableModel(GAP_COLUMNS, parent)


# -- the log ------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _date_text(language: str, value: dt.date) -> str:
    return format_date(value)


def log_date(value: dt.date) -> str:
    return _date_text(current_language(), value)


class LogTableModel(RecordTableModel[LogEntryRecord]):
    """Log entries, with the skill names to show and one search text per row."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.skill_names: Mapping[str, str] = {}
        columns: tuple[Column[LogEntryRecord], ...] = (
            Column(N_("Date"), lambda r: log_date(r.logged_on), sort=lambda r: (r.logged_on, r.id)),
            Column(N_("Time"), lambda r: format_hours(r.minutes), sort=lambda r: r.minutes),
            Column(N_("Type"), lambda r: enum_label(r.learning_type)),
            Column(N_("Group"), lambda r: enum_label(r.group)),
            Column(N_("Skills"), self.skills_text),
            Column(N_("Plan item"), lambda r: one_line(r.plan_item_title)),
            Column(N_("What I learned"), lambda r: one_line(r.learned)),
            Column(N_("What I will apply"), lambda r: one_line(r.apply)),
        )
        super().__init__(columns, parent)
        self.haystacks: list[str] = []
        self.version = 0  # bumped on every change of rows: the proxy's filter follows it
        self._sorted_by = (0, Qt.SortOrder.DescendingOrder)

    def skills_text(self, record: LogEntryRecord) -> str:
        return ", ".join(self._skill(key) for key in record.skill_keys)

    def _skill(self, key: str) -> str:
        return self.skill_names.get(key) or skill_name_for_key(key)

    def set_records(self, records: Sequence[LogEntryRecord]) -> None:
        self.set_prepared(*self.prepare(records))

    def prepare(self, records: Sequence[LogEntryRecord]) -> tuple[list[LogEntryRecord], list[str]]:
        """Rows in the current order with their search texts: pure Python, any thread."""
        ordered = self._ordered(records)
        types = {t: enum_label(t) for t in {r.learning_type for r in ordered}}
        groups = {t: enum_label(t.group) for t in types}
        return ordered, [self._haystack(r, types, groups) for r in ordered]

    def set_prepared(self, records: list[LogEntryRecord], haystacks: list[str]) -> None:
        """Show rows made by :meth:`prepare` (on the window's thread)."""
        self.beginResetModel()
        self._records, self.haystacks = records, haystacks
        self.version += 1
        self.endResetModel()

    def retranslate(self) -> None:
        self._build_haystacks()
        super().retranslate()

    def _build_haystacks(self) -> None:
        """What the search looks through: every text a row shows, folded once."""
        types = {t: enum_label(t) for t in {r.learning_type for r in self._records}}
        groups = {t: enum_label(t.group) for t in types}
        self.haystacks = [self._haystack(r, types, groups) for r in self._records]
        self.version += 1

    def _haystack(
        self,
        r: LogEntryRecord,
        types: Mapping[LearningType, str] | None = None,
        groups: Mapping[LearningType, str] | None = None,
    ) -> str:
        return "\n".join(
            (
                log_date(r.logged_on),
                r.logged_on.isoformat(),
                types[r.learning_type] if types else enum_label(r.learning_type),
                groups[r.learning_type] if groups else enum_label(r.learning_type.group),
                self.skills_text(r),
                r.plan_item_title,
                r.learned,
                r.apply,
            )
        ).casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves by the column's value (fast: one key per row)."""
        if not 0 <= column < len(self._columns):
            return
        self._sorted_by = (column, order)
        key = self._sort_key()
        self.layoutAboutToBeChanged.emit()
        pairs = sorted(
            zip(self._records, self.haystacks, strict=True),
            key=lambda pair: key(pair[0]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._records = [record for record, _text in pairs]
        self.haystacks = [text for _record, text in pairs]
        self.version += 1
        self.layoutChanged.emit()

    def _sort_key(self) -> Callable[[LogEntryRecord], tuple[bool, Any]]:
        """Log columns hold one kind of value each: a plain key, faster than comparing."""
        assert self._sorted_by is not None
        spec = self._columns[self._sorted_by[0]]
        key_of: Callable[[LogEntryRecord], Any] = spec.sort or spec.display

        def key(record: LogEntryRecord) -> tuple[bool, Any]:
            value = key_of(record)
            if isinstance(value, str):
                value = value.casefold()
            return (value is not None, value if value is not None else 0)

        return key

    # -- rows updated in place (RecordTableModel.update_rows) ---------------

    def _take(self, row: int) -> None:
        del self._records[row]
        del self.haystacks[row]
        self.version += 1

    def _put(self, row: int, record: LogEntryRecord) -> None:
        self._records[row] = record
        self.haystacks[row] = self._haystack(record)
        self.version += 1

    def _add(self, row: int, record: LogEntryRecord) -> None:
        self._records.insert(row, record)
        self.haystacks.insert(row, self._haystack(record))
        self.version += 1


class LogFilterProxy(RecordFilterProxy):
    """Filters a :class:`LogTableModel` in one pass per change and leaves sorting to it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accepted: list[bool] = []
        self._stale = True
        self._version = -1

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        self._model: LogTableModel = model  # kept: filterAcceptsRow runs once per row
        model.modelAboutToBeReset.connect(self._mark_stale)
        model.layoutAboutToBeChanged.connect(self._mark_stale)

    def _mark_stale(self, *_args: object) -> None:
        self._stale = True

    @property
    def _outdated(self) -> bool:
        """Stale, or the rows changed (in place) since the filter last ran."""
        return self._stale or self._version != self._model.version

    def set_search_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self._stale = True
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._predicate = predicate
        self._stale = True
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _recompute(self) -> None:
        model: LogTableModel = self.sourceModel()  # type: ignore[assignment]
        records, haystacks = model._records, model.haystacks
        needle, predicate = self._needle, self._predicate
        if predicate is None:
            self._accepted = [needle in text for text in haystacks]
        else:
            self._accepted = [
                needle in text and predicate(record)
                for record, text in zip(records, haystacks, strict=True)
            ]
        self._stale = False
        self._version = model.version

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        # Called once per row by Qt: keep it to a list lookup and two attributes.
        if self._stale or self._version != self._model.version:
            self._recompute()
        return self._accepted[source_row]

    def accepted_records(self) -> list[LogEntryRecord]:
        """The rows the filter keeps, without asking Qt row by row."""
        if self._outdated:
            self._recompute()
        model: LogTableModel = self.sourceModel()  # type: ignore[assignment]
        return [r for r, keep in zip(model._records, self._accepted, strict=True) if keep]

    def record_at(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(RECORD_ROLE)
