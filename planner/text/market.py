"""The yearly market analysis in words and numbers of the active language.

Shared by the page and the ``market`` command, so both say the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping

from planner.i18n import _, ngettext
from planner.i18n.formatting import format_level, format_number, format_percent
from planner.store.market import AnalysisRow, MarketAnalysis
from planner.text.labels import area_name, reason_text, skill_name_for_key

NO_VALUE = "–"


def share_text(share: float) -> str:
    return format_percent(share)


def points_text(points: float | None) -> str:
    """A change in percentage points with its sign, one decimal; "–" when unknown."""
    if points is None:
        return NO_VALUE
    sign = "+" if points > 0 else ("−" if points < 0 else "±")
    return sign + format_number(abs(points), 1)


def level_text(value: float | None) -> str:
    return NO_VALUE if value is None else format_level(value)


def row_name(row: AnalysisRow, is_skill: bool) -> str:
    if not is_skill:
        return area_name(row.key)
    return row.custom_name if row.custom_name is not None else skill_name_for_key(row.key)


def summary(analysis: MarketAnalysis) -> str:
    now = ngettext(
        "{count} job posting read in {year}.",
        "{count} job postings read in {year}.",
        analysis.postings,
    ).format(count=analysis.postings, year=analysis.year)
    before = ngettext(
        "{count} in {year}.", "{count} in {year}.", analysis.previous_postings
    ).format(count=analysis.previous_postings, year=analysis.year - 1)
    return f"{now} {before}"


def analysis_lines(
    analysis: MarketAnalysis, custom_names: Mapping[str, str | None] | None = None
) -> list[str]:
    """The analysis as plain text lines: summary, areas, skills, and the weak spots."""
    lines = [_("Job market {year}").format(year=analysis.year), summary(analysis)]
    if analysis.postings == 0:
        lines.append(
            _("No job postings read in {year}: there is nothing to analyse yet.").format(
                year=analysis.year
            )
        )
        return lines
    headers = (
        _("Share"),
        _("Change (points)"),
        _("Current level"),
        _("Target level"),
        _("Weak where in demand"),
    )
    for title, rows, is_skill in (
        (_("Area"), analysis.areas, False),
        (_("Skill"), [r for r in analysis.skills if r.share > 0], True),
    ):
        table = [
            (
                row_name(row, is_skill),
                share_text(row.share),
                points_text(row.points),
                level_text(row.current),
                level_text(row.target),
                _("Yes") if row.weak_in_demand else "",
            )
            for row in rows
        ]
        lines.append("")
        lines += _table((title, *headers), table)
    flagged = [row.reason for row in analysis.flagged if row.reason is not None]
    if flagged:
        lines += ["", _("The market asks for this and you are weak in it:")]
        lines += [f"- {reason_text(reason, custom_names)}" for reason in flagged]
    return lines


def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
    right = range(1, len(headers))
    out = []
    for row in [headers, *rows]:
        cells = [
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        out.append("  ".join(cells).rstrip())
    return out
