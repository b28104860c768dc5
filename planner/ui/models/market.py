"""Table models of the job-market page: the postings and the yearly analysis."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from planner.i18n import _
from planner.i18n.formatting import format_date
from planner.i18n.markers import N_
from planner.store.market import AnalysisRow, PostingRecord
from planner.text.labels import area_name, enum_label, skill_name_for_key
from planner.text.market import level_text, points_text, reason_text, row_name, share_text
from planner.ui.models.table import AnyIndex, Column, RecordTableModel

WEAK_BACKGROUND = QColor("#fde2c4")
WEAK_FOREGROUND = QColor("#3b2300")


def posting_columns(skill_names: Callable[[str], str]) -> tuple[Column[PostingRecord], ...]:
    return (
        Column(N_("Date seen"), lambda r: format_date(r.seen_on), sort=lambda r: (r.seen_on, r.id)),
        Column(N_("Title"), lambda r: r.title),
        Column(N_("Employer"), lambda r: r.employer),
        Column(N_("Source"), lambda r: r.source),
        Column(N_("Location"), lambda r: r.location),
        Column(
            N_("Seniority"),
            lambda r: enum_label(r.seniority) if r.seniority else "",
            sort=lambda r: list(type(r.seniority)).index(r.seniority) if r.seniority else None,
        ),
        Column(N_("Skills"), lambda r: ", ".join(skill_names(k) for k in r.skill_keys)),
        Column(N_("Areas"), lambda r: ", ".join(area_name(k) for k in r.area_keys)),
    )


class PostingsModel(RecordTableModel[PostingRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        self.custom_names: dict[str, str | None] = {}
        super().__init__(posting_columns(self._skill_name), parent)

    def _skill_name(self, key: str) -> str:
        return self.custom_names.get(key) or skill_name_for_key(key)


def _weak_text(row: AnalysisRow) -> str:
    return _("Weak where in demand") if row.weak_in_demand else ""


class AnalysisModel(RecordTableModel[AnalysisRow]):
    """Areas or skills beside the user's levels; "in demand and weak" rows stand out."""

    def __init__(self, is_skill: bool, parent: QObject | None = None) -> None:
        self.custom_names: dict[str, str | None] = {}
        self.is_skill = is_skill
        columns: tuple[Column[AnalysisRow], ...] = (
            Column(N_("Skill") if is_skill else N_("Area"), lambda r: row_name(r, is_skill)),
            Column(
                N_("Share"), lambda r: share_text(r.share), sort=lambda r: r.share, align_right=True
            ),
            Column(
                N_("Change (points)"),
                lambda r: points_text(r.points),
                sort=lambda r: r.points,
                align_right=True,
            ),
            Column(
                N_("Current level"),
                lambda r: level_text(r.current),
                sort=lambda r: r.current,
                align_right=True,
            ),
            Column(
                N_("Target level"),
                lambda r: level_text(r.target),
                sort=lambda r: r.target,
                align_right=True,
            ),
            Column(
                N_("Attention"), _weak_text, sort=lambda r: r.weak_in_demand, tooltip=self._reason
            ),
        )
        super().__init__(columns, parent)

    def _reason(self, row: AnalysisRow) -> str:
        return reason_text(row.reason, self.custom_names) if row.reason else ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            row = self.record(index.row())
            if not row.weak_in_demand:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(WEAK_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(WEAK_FOREGROUND)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return self._reason(row)
        return super().data(index, role)
