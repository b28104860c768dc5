"""The advisor's reasons as sentences in the active language, shared by the window and the CLI."""

from __future__ import annotations

from planner.domain.advisor import Advice
from planner.domain.reasons import Reason
from planner.i18n import _
from planner.text.labels import area_name, reason_text


def reasons_text(reasons: tuple[Reason, ...] | list[Reason], separator: str = " ") -> str:
    return separator.join(reason_text(reason) for reason in reasons)


def focus_text(focus: tuple[str, ...] | list[str]) -> str:
    """Focus areas by name, or a word saying there are none."""
    return ", ".join(area_name(key) for key in focus) if focus else _("none")


def suggestion_text(advice: Advice) -> str:
    return _("Suggested road: {road}. Focus: {focus}.").format(
        road=_(advice.road.label), focus=focus_text(advice.focus)
    )
