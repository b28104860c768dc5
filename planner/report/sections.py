"""The detailed sections that may follow page one of the printed plan.

The names are stable words (the CLI's ``--sections`` and ``settings.json``
use them); the labels are translated. Page one is always printed.
"""

from __future__ import annotations

from collections.abc import Iterable

from planner.i18n import _

PLAN = "plan"
CHARTS = "charts"
REVIEW = "review"
NOTES = "notes"
SECTION_NAMES: tuple[str, ...] = (PLAN, CHARTS, REVIEW, NOTES)
"""In the order they print."""

SETTINGS_KEY = "plan_sections"


def section_label(name: str) -> str:
    labels = {
        PLAN: _("Learning plan table"),
        CHARTS: _("Charts"),
        REVIEW: _("Review of last year"),
        NOTES: _("Notes"),
    }
    return labels[name]


def section_help(name: str) -> str:
    texts = {
        PLAN: _("every learning activity of the year with type, status, hours and cost"),
        CHARTS: _("skill radar, T-shape, market demand and hours by learning group"),
        REVIEW: _("last year's written review and its figures"),
        NOTES: _("the year's notes"),
    }
    return texts[name]


def normalise(names: Iterable[object] | None) -> tuple[str, ...]:
    """Known section names in print order; ``None`` (never chosen) means all of them."""
    if names is None:
        return SECTION_NAMES
    chosen = {name for name in names if isinstance(name, str)}
    return tuple(name for name in SECTION_NAMES if name in chosen)


def remembered(value: object) -> tuple[str, ...]:
    """The choice as kept in the settings; anything unreadable means all sections."""
    if not isinstance(value, list):
        return SECTION_NAMES
    return normalise(value)
