"""Table models of the year plan page: goals, the year's plan items, carry-over choices."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from planner.i18n.formatting import currency_precision, format_currency, format_date, format_number
from planner.i18n.markers import N_
from planner.store.yearplan import GoalRecord, PlanItemRecord
from planner.text.labels import enum_label, skill_name
from planner.ui.models.table import AnyIndex, Column, RecordTableModel


def goal_skill(record: GoalRecord) -> str:
    return skill_name(record) if record.skill_key else ""  # type: ignore[arg-type]


def item_cost(record: PlanItemRecord) -> str:
    if record.cost_minor is None or not record.currency:
        return ""
    precision = currency_precision(record.currency)
    return format_currency(record.cost_minor / 10**precision, record.currency)


def _one_line(text: str) -> str:
    return " ".join(text.split())


GOAL_COLUMNS: tuple[Column[GoalRecord], ...] = (
    Column(
        N_("No."),
        lambda r: format_number(r.position + 1),
        sort=lambda r: r.position,
        align_right=True,
    ),
    Column(N_("Goal"), lambda r: _one_line(r.title), tooltip=lambda r: r.title),
    Column(N_("Measure"), lambda r: _one_line(r.measure), tooltip=lambda r: r.measure),
    Column(N_("Due"), lambda r: format_date(r.due_on), sort=lambda r: r.due_on),
    Column(N_("Skill"), goal_skill),
    Column(N_("Status"), lambda r: enum_label(r.status)),
)

ITEM_COLUMNS: tuple[Column[PlanItemRecord], ...] = (
    Column(N_("Item"), lambda r: _one_line(r.title), tooltip=lambda r: r.title),
    Column(N_("Type"), lambda r: enum_label(r.item_type)),
    Column(N_("Status"), lambda r: enum_label(r.status)),
    Column(N_("Planned end"), lambda r: format_date(r.planned_end), sort=lambda r: r.planned_end),
    Column(
        N_("Hours logged"),
        lambda r: format_number(r.logged_minutes / 60, 1),
        sort=lambda r: r.logged_minutes,
        align_right=True,
    ),
    Column(
        N_("Cost"),
        item_cost,
        sort=lambda r: (r.currency, r.cost_minor or 0),
        align_right=True,
    ),
)


def goals_model(parent: QObject | None = None) -> RecordTableModel[GoalRecord]:
    return RecordTableModel(GOAL_COLUMNS, parent)


def items_model(parent: QObject | None = None) -> RecordTableModel[PlanItemRecord]:
    return RecordTableModel(ITEM_COLUMNS, parent)


class CheckableModel(RecordTableModel[Any]):
    """A record table whose first column carries a check box per row (all checked at first)."""

    def __init__(self, columns: Any, parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._checked: list[bool] = []

    def set_records(self, records: Any) -> None:
        self._checked = [True] * len(records)
        super().set_records(records)

    def checked_records(self) -> list[Any]:
        return [r for r, on in zip(self.records(), self._checked, strict=True) if on]

    def set_all(self, checked: bool) -> None:
        self._checked = [checked] * self.rowCount()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            on = self._checked[index.row()]
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
            self._checked[index.row()] = state == Qt.CheckState.Checked
            self.dataChanged.emit(index, index, [role])
            return True
        return False


def carry_goals_model(parent: QObject | None = None) -> CheckableModel:
    return CheckableModel(GOAL_COLUMNS[1:], parent)


def carry_items_model(parent: QObject | None = None) -> CheckableModel:
    return CheckableModel(ITEM_COLUMNS[:4], parent)
