"""The learning log as spreadsheet rows, in the active language (CLI and window share it)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from planner.exchange.csv_safe import Cell
from planner.i18n import _
from planner.store.learning import LogEntryRecord
from planner.text.labels import enum_label, skill_name_for_key


def log_header() -> list[str]:
    return [
        _("Date"),
        _("Minutes"),
        _("Type"),
        _("Group"),
        _("Skills"),
        _("Plan item"),
        _("What I learned"),
        _("What I will apply"),
    ]


def log_rows(
    entries: Iterable[LogEntryRecord], skill_names: Mapping[str, str] | None = None
) -> list[list[Cell]]:
    """``skill_names`` maps keys to shown names (custom skills); else the catalogue's."""
    names = skill_names or {}
    return [
        [
            entry.logged_on,
            entry.minutes,
            enum_label(entry.learning_type),
            enum_label(entry.group),
            "; ".join(names.get(key) or skill_name_for_key(key) for key in entry.skill_keys),
            entry.plan_item_title,
            entry.learned,
            entry.apply,
        ]
        for entry in entries
    ]
