"""Table models of the strengths and specialisation page."""

from __future__ import annotations

from PySide6.QtCore import QObject

from planner.domain.advisor import RankedArea
from planner.domain.enums import StrengthKind
from planner.i18n import _
from planner.i18n.formatting import format_date, format_number, format_percent
from planner.i18n.markers import N_
from planner.store.profile import ChoiceRecord, StrengthsRecord
from planner.text.advice import focus_text, reasons_text
from planner.text.labels import area_name
from planner.ui.models.table import Column, RecordTableModel


def _strength_column(kind: StrengthKind) -> Column[StrengthsRecord]:
    return Column(
        kind.label,
        lambda r: format_number(r.of(kind)),
        sort=lambda r: r.of(kind),
        align_right=True,
    )


STRENGTH_COLUMNS: tuple[Column[StrengthsRecord], ...] = (
    Column(N_("Date"), lambda r: format_date(r.assessed_on), sort=lambda r: (r.assessed_on, r.id)),
    *(_strength_column(kind) for kind in StrengthKind),
    Column(N_("Note"), lambda r: r.note.replace("\n", " "), tooltip=lambda r: r.note),
)

CHOICE_COLUMNS: tuple[Column[ChoiceRecord], ...] = (
    Column(N_("Date"), lambda r: format_date(r.chosen_on), sort=lambda r: (r.chosen_on, r.id)),
    Column(N_("Road"), lambda r: _(r.road.label)),
    Column(N_("Focus areas"), lambda r: focus_text(r.focus)),
    Column(N_("Review on"), lambda r: format_date(r.review_on), sort=lambda r: r.review_on),
    Column(
        N_("Rationale"), lambda r: r.rationale.replace("\n", " "), tooltip=lambda r: r.rationale
    ),
)


def _demand(ranked: RankedArea) -> str:
    return "–" if ranked.demand is None else format_percent(ranked.demand)


RANKING_COLUMNS: tuple[Column[RankedArea], ...] = (
    Column(N_("Rank"), lambda r: format_number(r.rank), sort=lambda r: r.rank, align_right=True),
    Column(
        N_("Area"),
        lambda r: area_name(r.area_key),
        tooltip=lambda r: reasons_text(r.reasons, "\n"),
    ),
    Column(
        N_("Fit (1–5)"), lambda r: format_number(r.fit, 1), sort=lambda r: r.fit, align_right=True
    ),
    Column(N_("Market demand"), _demand, sort=lambda r: r.demand, align_right=True),
)


def strengths_model(parent: QObject | None = None) -> RecordTableModel[StrengthsRecord]:
    return RecordTableModel(STRENGTH_COLUMNS, parent)


def choices_model(parent: QObject | None = None) -> RecordTableModel[ChoiceRecord]:
    return RecordTableModel(CHOICE_COLUMNS, parent)


def ranking_model(parent: QObject | None = None) -> RecordTableModel[RankedArea]:
    return RecordTableModel(RANKING_COLUMNS, parent)
