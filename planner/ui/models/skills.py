"""Table models of the skills page: the inventory and one skill's history."""

from __future__ import annotations

from PySide6.QtCore import QObject

from planner.i18n import _
from planner.i18n.formatting import format_date
from planner.i18n.markers import N_
from planner.store.skills import AssessmentRecord, SkillRecord
from planner.text.labels import area_name, level_label, skill_name
from planner.ui.models.table import Column, RecordTableModel


def _level(value: int | None) -> str:
    return "" if value is None else level_label(value)


def gap(record: SkillRecord) -> int | None:
    if record.target_level is None:
        return None
    return record.target_level - (record.current_level or 0)


def _gap_text(record: SkillRecord) -> str:
    value = gap(record)
    if value is None:
        return ""
    return f"+{value}" if value > 0 else str(value)


def _skill_text(record: SkillRecord) -> str:
    name = skill_name(record)
    return _("{name} (archived)").format(name=name) if record.archived else name


SKILL_COLUMNS: tuple[Column[SkillRecord], ...] = (
    Column(N_("Area"), lambda r: area_name(r.area_key), sort=lambda r: r.sort_key),
    Column(N_("Skill"), _skill_text),
    Column(N_("Current level"), lambda r: _level(r.current_level), sort=lambda r: r.current_level),
    Column(N_("Target level"), lambda r: _level(r.target_level), sort=lambda r: r.target_level),
    Column(N_("Gap"), _gap_text, sort=gap, align_right=True),
    Column(
        N_("Last assessed"),
        lambda r: format_date(r.last_assessed),
        sort=lambda r: r.last_assessed,
    ),
)

HISTORY_COLUMNS: tuple[Column[AssessmentRecord], ...] = (
    Column(N_("Date"), lambda r: format_date(r.assessed_on), sort=lambda r: (r.assessed_on, r.id)),
    Column(N_("Level"), lambda r: level_label(r.level), sort=lambda r: r.level),
    Column(N_("Note"), lambda r: r.note.replace("\n", " "), tooltip=lambda r: r.note),
    Column(N_("Evidence"), lambda r: r.evidence_url),
)


def skills_model(parent: QObject | None = None) -> RecordTableModel[SkillRecord]:
    return RecordTableModel(SKILL_COLUMNS, parent)


def history_model(parent: QObject | None = None) -> RecordTableModel[AssessmentRecord]:
    return RecordTableModel(HISTORY_COLUMNS, parent)
