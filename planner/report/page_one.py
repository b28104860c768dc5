"""Page one of the printed plan as HTML: the year at a glance, on one sheet.

Who and when; the road, focus areas and why; a skill snapshot; the goals
with the learning that serves each (and each focus area), with time and cost;
the year's certifications; what the year's job postings asked for most; the
review dates; signature lines. :class:`Limits` says how much of each list
goes on the page: the renderer tries them from the most generous down until
the page fits (:data:`LIMITS`). Goals that do not fit continue on page two
(:mod:`planner.report.goal_table`). User text goes through :func:`esc`.
"""

from __future__ import annotations

import datetime as dt
import html

from planner.domain.certification import Validity, validity
from planner.i18n import _, ngettext
from planner.i18n.formatting import format_date, format_number, format_percent
from planner.report.content import document_title, esc
from planner.report.goal_table import goals_table
from planner.report.page_kit import (
    GRID,
    PLAIN,
    Limits,
    empty,
    first_sentence,
    h2,
    keep,
    label,
    para,
    shorten,
)
from planner.store.page_one import Certification, PageOne
from planner.store.yearplan_summary import YearDocument
from planner.text.labels import area_name, enum_label, skill_name


def build_page_one(doc: YearDocument, one: PageOne, limits: Limits) -> str:
    out = [f"<h1>{html.escape(document_title(doc.year))}</h1>"]
    out += _who(doc, one, limits)
    out += _direction(doc, limits)
    out += goals_table(doc, one, limits)
    out += _certifications(one, limits)
    out += _market(one, limits)
    out += _signatures(doc)
    return "<html><body>" + "".join(out) + "</body></html>"


def _who(doc: YearDocument, one: PageOne, limits: Limits) -> list[str]:
    name = esc(shorten(doc.person_name, limits.text)) if doc.person_name else ""
    parts = [f"<b>{name}</b>"] if name else [html.escape(_("(no name in the profile)"))]
    work = [esc(shorten(t, limits.text)) for t in (doc.person_role, one.employer) if t.strip()]
    parts.append(
        ", ".join(work) if work else html.escape(_("(no role or employer in the profile)"))
    )
    printed = html.escape(_("Printed on {date}").format(date=format_date(one.printed_on, "long")))
    return [
        PLAIN + '<tr><td class="lead">' + " · ".join(parts) + "</td>"
        f'<td align="right" class="muted">{printed}</td></tr></table>'
    ]


def _direction(doc: YearDocument, limits: Limits) -> list[str]:
    left: list[str] = []
    focus = doc.focus
    if focus is None:
        left.append(empty(_("No specialisation chosen yet: choose a road on the Strengths page.")))
    else:
        left.append(para(label(_("Road:")) + html.escape(enum_label(focus.road))))
        areas = ", ".join(area_name(key) for key in focus.area_keys) or _("(none chosen)")
        left.append(para(label(_("Focus areas:")) + html.escape(areas)))
        why = first_sentence(focus.rationale)
        left.append(
            para(
                label(_("Why:"))
                + (esc(shorten(why, limits.text)) if why else html.escape(_("(not written)")))
            )
        )
        chosen = _("Chosen on {date}.").format(date=format_date(focus.chosen_on))
        left.append(para(html.escape(chosen), "muted"))
    left.append(para(label(_("Review dates:")) + html.escape(_review_dates(doc))))
    return [
        h2(_("Where I am heading")),
        PLAIN + '<tr><td width="55%" valign="top">' + "".join(left) + "</td>",
        '<td width="3%"></td><td width="42%" valign="top">' + _snapshot(doc) + "</td></tr></table>",
    ]


def _snapshot(doc: YearDocument) -> str:
    caption = html.escape(
        _("Skills on {date}, mean level per area (0–5)").format(date=format_date(doc.as_of))
    )
    rows = [a for a in doc.radar if a.now is not None or a.target is not None]
    if not rows:
        return para(caption, "muted") + empty(_("No skill assessed by then."))
    focus = set(doc.focus.area_keys) if doc.focus else set()

    def level(value: float | None) -> str:
        return "–" if value is None else html.escape(format_number(value, 1))

    cells = [
        GRID,
        "<tr><th>"
        + html.escape(_("Area"))
        + "</th><th class=num>"
        + html.escape(_("Now"))
        + "</th><th class=num>"
        + html.escape(_("Target"))
        + "</th></tr>",
    ]
    for area in rows:
        name = html.escape(area_name(area.area_key))
        if area.area_key in focus:
            name = f"<b>★ {name}</b>"
        cells.append(
            f"<tr><td>{name}</td><td class=num>{level(area.now)}</td>"
            f"<td class=num>{level(area.target)}</td></tr>"
        )
    cells.append("</table>")
    note = para(html.escape(_("★ focus area")), "muted") if focus else ""
    return para(caption, "muted") + "".join(cells) + note


def _certifications(one: PageOne, limits: Limits) -> list[str]:
    """The year's certifications and those held from before, with how long they hold."""
    out = [h2(_("Certifications in {year}").format(year=one.year))]
    if not one.certifications:
        return [*out, empty(_("No certification in the plan for {year}.").format(year=one.year))]
    heads = (_("Certification"), _("Status"), _("Valid until"))
    rows = [GRID, "<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in heads) + "</tr>"]
    for cert in one.certifications[: limits.certifications]:
        rows.append(_certification(cert, limits, one.as_of))
    rows.append("</table>")
    out.append("".join(rows))
    hidden = len(one.certifications) - min(len(one.certifications), limits.certifications)
    if hidden:
        more = ngettext(
            "and {count} more certification in the learning plan",
            "and {count} more certifications in the learning plan",
            hidden,
        ).format(count=format_number(hidden))
        out.append(para(html.escape(more), "muted"))
    return out


def _certification(cert: Certification, limits: Limits, today: dt.date) -> str:
    title = esc(shorten(cert.title, limits.text))
    if cert.provider.strip():
        title += f' <span class="muted">({esc(shorten(cert.provider, limits.text))})</span>'
    when = format_date(cert.completed_on or cert.planned_end)
    status = enum_label(cert.status) + (f", {when}" if when else "")
    valid = _("not known")
    if cert.valid_until is not None:
        states = {
            Validity.VALID: _("valid"),
            Validity.EXPIRING: _("expires soon"),
            Validity.EXPIRED: _("expired"),
        }
        state = states[validity(cert.valid_until, today)]
        valid = f"{format_date(cert.valid_until)} ({state})"
    return f"<tr><td>{title}</td><td>{keep(status)}</td><td>{keep(valid)}</td></tr>"


def _market(one: PageOne, limits: Limits) -> list[str]:
    title = _("What the job postings of {year} asked for most").format(year=one.year)
    out = [f"<h2>{html.escape(title)}</h2>"]
    market = one.market
    if not market.postings:
        return [*out, empty(_("No job postings read in {year}.").format(year=one.year))]
    read = ngettext(
        "{count} job posting read.", "{count} job postings read.", market.postings
    ).format(count=format_number(market.postings))
    areas = ", ".join(
        _("{area} ({share})").format(area=area_name(d.key), share=format_percent(d.share))
        for d in market.areas
    )
    skills = ", ".join(
        _("{area} ({share})").format(area=skill_name(d), share=format_percent(d.share))  # type: ignore[arg-type]
        for d in market.skills[: limits.skills]
    )
    out.append(
        para(
            html.escape(read)
            + " "
            + label(_("Areas:"))
            + html.escape(areas or "–")
            + ". "
            + label(_("Skills:"))
            + esc(skills or "–")
        )
    )
    return out


def _review_dates(doc: YearDocument) -> str:
    focus = doc.focus
    if focus is not None and focus.review_on is not None:
        road = _("the road on {date};").format(date=format_date(focus.review_on))
    elif focus is not None:
        road = _("no review date set for the road;")
    else:
        road = _("no road chosen, so no road review;")
    year = _("the review of {year} by {date}.").format(
        year=doc.year, date=format_date(dt.date(doc.year, 12, 31))
    )
    return f"{road} {year}"


def _signatures(doc: YearDocument) -> list[str]:
    follow = html.escape(_("Next follow-up agreed for:")) + " " + "_" * 20
    line = "_" * 30
    date = html.escape(_("Date:")) + " " + "_" * 14
    reader = html.escape(_("Reader (manager or mentor)"))
    me = esc(doc.person_name) if doc.person_name.strip() else html.escape(_("Me"))
    return [
        h2(_("Agreed")),
        para(follow),
        '<table width="100%" cellspacing="0" cellpadding="0" border="0">'
        f'<tr><td width="50%"><br/><br/>{line}<br/>{reader} · {date}</td>'
        f'<td width="50%"><br/><br/>{line}<br/>{me} · {date}</td></tr></table>',
    ]
