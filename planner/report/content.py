"""The detailed sections of the yearly plan (after page one) as HTML for QTextDocument.

:func:`build_details` puts the chosen sections (:mod:`planner.report.sections`)
in their order, after the goals that did not fit on page one. Every piece of
text a person typed (name, goals, notes, rationale, item titles) goes through
:func:`esc`, so markup in it prints as characters and nothing is ever loaded.
Charts are marked by a placeholder paragraph that the renderer replaces with
a vector object.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence

from planner.domain.enums import LearningGroup
from planner.i18n import _, ngettext
from planner.i18n.formatting import (
    currency_precision,
    format_currency,
    format_date,
    format_hours,
    format_number,
    format_percent,
)
from planner.report.sections import CHARTS, NOTES, PLAN, REVIEW
from planner.store.yearplan_summary import ReviewSummary, YearDocument
from planner.text.labels import area_name, enum_label, skill_name

CHART_START, CHART_END = "\ue000", "\ue001"
CHART_RADAR = "radar"
CHART_HOURS = "hours"
CHART_TSHAPE = "tshape"
CHART_DEMAND = "demand"
CHART_NAMES = (CHART_RADAR, CHART_TSHAPE, CHART_DEMAND, CHART_HOURS)

STYLE = """
h1 { font-size: 17pt; color: #0b3d66; margin-bottom: 2px; }
h2 { font-size: 12.5pt; color: #0b3d66; margin-top: 16px; margin-bottom: 5px; }
h3 { font-size: 10.5pt; color: #202020; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 2px; margin-bottom: 4px; }
.muted { color: #555555; }
.lead { font-size: 10.5pt; }
th { background-color: #e6edf4; text-align: left; font-weight: bold; }
td.num, th.num { text-align: right; }
"""

TABLE = (
    '<table width="100%" cellspacing="0" cellpadding="4" border="1"'
    ' style="border-collapse: collapse; border-color: #9aa7b4;">'
)


def esc(text: str) -> str:
    """User text as literal characters, line breaks kept."""
    clean = text.replace(CHART_START, "").replace(CHART_END, "")
    return html.escape(clean, quote=True).replace("\n", "<br/>")


def chart_marker(name: str) -> str:
    return f"{CHART_START}{name}{CHART_END}"


def money(minor: int, currency: str) -> str:
    return format_currency(minor / 10 ** currency_precision(currency), currency)


def _table(headers: Sequence[tuple[str, bool]], rows: Iterable[Sequence[str]]) -> str:
    """A table; ``headers`` are (translated title, numeric?) and cells are HTML already."""
    parts = [TABLE, "<thead><tr>"]
    for title, numeric in headers:
        parts.append(f"<th{' class=num' if numeric else ''}>{html.escape(title)}</th>")
    parts.append("</tr></thead><tbody>")
    for row in rows:
        parts.append("<tr>")
        for (_title, numeric), cell in zip(headers, row, strict=True):
            parts.append(f"<td{' class=num' if numeric else ''}>{cell}</td>")
        parts.append("</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def heading(level: int, text: str) -> str:
    return f"<h{level}>{html.escape(text)}</h{level}>"


def document_title(year: int) -> str:
    return _("Yearly development plan {year}").format(year=year)


def build_details(doc: YearDocument, sections: Sequence[str], continued: str = "") -> str:
    """The pages after page one: the goals that did not fit there, then the chosen sections.

    Returns '' when there is nothing to print after page one.
    """
    out: list[str] = [continued] if continued else []
    for name in sections:
        part = _SECTIONS[name](doc)
        if part and out and name == REVIEW:
            # Last year's review starts a page of its own.
            part[0] = part[0].replace("<h2>", '<h2 style="page-break-before: always;">', 1)
        out += part
    if not out:
        return ""
    return "<html><body>" + "".join(out) + "</body></html>"


def _charts(doc: YearDocument) -> list[str]:
    out = [heading(2, _("Skills: start of the year, now and target"))]
    out.append(
        '<p class="muted">'
        + html.escape(_("Mean level of each area's skills on the 0–5 scale."))
        + "</p>"
    )
    out.append(f'<p align="center">{chart_marker(CHART_RADAR)}</p>')
    out += _tshape(doc)
    out.append(heading(2, _("Market demand in {year}").format(year=doc.year)))
    out.append(
        '<p class="muted">'
        + html.escape(
            _(
                "Each area's share of the job postings read in {year},"
                " beside your current and target level."
            ).format(year=doc.year)
        )
        + "</p>"
    )
    out.append(f'<p align="center">{chart_marker(CHART_DEMAND)}</p>')
    out.append(
        heading(
            2,
            _("Hours by learning group: {first} and {second}").format(
                first=doc.year - 1, second=doc.year
            ),
        )
    )
    out.append(f'<p align="center">{chart_marker(CHART_HOURS)}</p>')
    return out


def _notes(doc: YearDocument) -> list[str]:
    out = [heading(2, _("Notes"))]
    if doc.notes.strip():
        return [*out, f"<p>{esc(doc.notes)}</p>"]
    empty = _("No notes written for {year}.").format(year=doc.year)
    return [*out, f"<p>{html.escape(empty)}</p>"]


def _tshape(doc: YearDocument) -> list[str]:
    out = [heading(2, _("T-shape: breadth and depth"))]
    if doc.focus is not None and doc.focus.area_keys:
        caption = _(
            "Current level in every area; the focus areas of the specialisation"
            " ({areas}) with their target."
        ).format(areas=", ".join(area_name(key) for key in doc.focus.area_keys))
    else:
        caption = _("Current level in every area; no focus areas chosen for {year}.").format(
            year=doc.year
        )
    out.append('<p class="muted">' + html.escape(caption) + "</p>")
    out.append(f'<p align="center">{chart_marker(CHART_TSHAPE)}</p>')
    return out


def _items(doc: YearDocument) -> list[str]:
    out = [heading(2, _("Learning plan"))]
    if not doc.items:
        out.append("<p>" + html.escape(_("No learning planned for this year yet.")) + "</p>")
        return out
    headers = [
        (_("Item"), False),
        (_("Type"), False),
        (_("Status"), False),
        (_("Planned end"), False),
        (_("Hours logged"), True),
        (_("Cost"), True),
    ]
    rows = [
        (
            esc(item.title)
            + (f'<br/><span class="muted">{esc(item.provider)}</span>' if item.provider else ""),
            html.escape(enum_label(item.item_type)),
            html.escape(enum_label(item.status)),
            html.escape(format_date(item.planned_end)),
            html.escape(format_number(item.logged_minutes / 60, 1)),
            html.escape(money(item.cost_minor, item.currency))
            if item.cost_minor is not None and item.currency
            else "",
        )
        for item in doc.items
    ]
    total_cost = "<br/>".join(
        html.escape(money(minor, code)) for code, minor in doc.cost_by_currency.items()
    )
    rows.append(
        (
            "<b>" + html.escape(_("Total")) + "</b>",
            "",
            "",
            "",
            "<b>" + html.escape(format_number(doc.item_minutes / 60, 1)) + "</b>",
            f"<b>{total_cost}</b>",
        )
    )
    out.append(_table(headers, rows))
    return out


def _review(doc: YearDocument) -> list[str]:
    review = doc.review
    if review is None:
        return []
    year = review.year
    title = html.escape(_("Review of {year}").format(year=year))
    out = [f"<h2>{title}</h2>"]
    out.append(heading(3, _("In my own words")))
    if review.written.strip():
        out.append(f"<p>{esc(review.written)}</p>")
    else:
        out.append(
            '<p class="muted">'
            + html.escape(_("No written review of {year}.").format(year=year))
            + "</p>"
        )
    out.append(heading(3, _("In figures")))
    facts = "".join(f"<li>{html.escape(fact)}</li>" for fact in _review_facts(review))
    out.append(f"<ul>{facts}</ul>")
    out += _review_hours(review)
    out += _review_level_changes(review)
    return out


def _review_facts(review: ReviewSummary) -> list[str]:
    """The review's figures in sentences: learning, plan items, goals, the job market."""
    facts = [
        _("Learning logged: {hours}.").format(hours=format_hours(review.total_minutes)),
        _("Plan items done: {done} of {count}.").format(
            done=format_number(review.items_done), count=format_number(review.items_total)
        ),
        _("Goals reached: {done} of {count}.").format(
            done=format_number(review.goals_done), count=format_number(review.goals_total)
        ),
    ]
    if review.postings:
        top = ", ".join(
            _("{area} ({share})").format(area=area_name(key), share=format_percent(share))
            for key, share in review.top_areas
        )
        facts.append(
            ngettext(
                "Job market: {count} job posting read; most asked for: {areas}.",
                "Job market: {count} job postings read; most asked for: {areas}.",
                review.postings,
            ).format(count=format_number(review.postings), areas=top)
        )
    else:
        facts.append(_("Job market: no job postings read in {year}.").format(year=review.year))
    return facts


def _review_hours(review: ReviewSummary) -> list[str]:
    """The hours of the reviewed year by learning group and, when logged, by area."""
    total = review.total_minutes
    groups = [
        (
            html.escape(enum_label(group)),
            html.escape(format_hours(minutes)),
            html.escape(format_percent(minutes / total) if total else "–"),
        )
        for group, minutes in _groups(review.minutes_by_group)
    ]
    out = [heading(3, _("Hours by learning group"))]
    out.append(_table([(_("Group"), False), (_("Hours"), True), (_("Share"), True)], groups))
    if review.minutes_by_area:
        out.append(heading(3, _("Hours by area")))
        out.append(
            _table(
                [(_("Area"), False), (_("Hours"), True)],
                [
                    (html.escape(area_name(key)), html.escape(format_hours(minutes)))
                    for key, minutes in review.minutes_by_area.items()
                ],
            )
        )
    return out


def _review_level_changes(review: ReviewSummary) -> list[str]:
    out = [heading(3, _("Level changes in {year}").format(year=review.year))]
    if not review.level_changes:
        out.append("<p>" + html.escape(_("No level changed during the year.")) + "</p>")
        return out
    out.append(
        _table(
            [(_("Skill"), False), (_("Area"), False), (_("From"), True), (_("To"), True)],
            [
                (
                    esc(skill_name(change)),  # type: ignore[arg-type]
                    html.escape(area_name(change.area_key)),
                    "–" if change.start is None else html.escape(format_number(change.start)),
                    html.escape(format_number(change.end)),
                )
                for change in review.level_changes
            ],
        )
    )
    return out


def _groups(minutes: dict[LearningGroup, int] | object) -> list[tuple[LearningGroup, int]]:
    values = minutes if isinstance(minutes, dict) else dict(minutes)  # type: ignore[call-overload]
    return [(group, values.get(group, 0)) for group in LearningGroup]


_SECTIONS: dict[str, Callable[[YearDocument], list[str]]] = {
    PLAN: _items,
    CHARTS: _charts,
    REVIEW: _review,
    NOTES: _notes,
}
