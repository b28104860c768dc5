"""Page one of the printed plan as HTML: the year at a glance, on one sheet.

Who and when; the road, focus areas and why; a skill snapshot; the goals
with the learning that serves each (and each focus area), with time and cost;
the year's certifications; what the year's job postings asked for most; the
review dates; signature lines. :class:`Limits` says how much of each list
goes on the page: the renderer tries them from the most generous down until
the page fits (:data:`LIMITS`). Goals that do not fit continue on page two
(:func:`goals_continued`). User text goes through :func:`esc`.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping
from dataclasses import dataclass

from planner.domain.enums import LearningGroup
from planner.i18n import _, ngettext, pgettext
from planner.i18n.formatting import (
    currency_precision,
    format_currency_whole,
    format_date,
    format_number,
    format_percent,
)
from planner.labels import area_name, enum_label, skill_name
from planner.report.content import document_title, esc
from planner.store.page_one import Certification, PageOne, Serving, Totals
from planner.store.yearplan import PlanItemRecord
from planner.store.yearplan_summary import YearDocument

PAGE_ONE_POINTS = 8.0
PAGE_ONE_STYLE = """
h1 { font-size: 14pt; color: #0b3d66; margin-top: 0px; margin-bottom: 0px; }
h2 { font-size: 10pt; color: #0b3d66; margin-top: 7px; margin-bottom: 2px; }
p { margin-top: 1px; margin-bottom: 2px; }
.muted { color: #555555; }
.lead { font-size: 9.5pt; }
.empty { color: #555555; font-style: italic; }
th { background-color: #e6edf4; text-align: left; font-weight: bold; }
td.num, th.num { text-align: right; }
td.sub { color: #303030; }
"""

GRID = (
    '<table width="100%" cellspacing="0" cellpadding="1" border="1"'
    ' style="border-collapse: collapse; border-color: #9aa7b4;">'
)
PLAIN = '<table width="100%" cellspacing="0" cellpadding="0" border="0">'


@dataclass(frozen=True)
class Limits:
    goals: int  # goals on page one; the rest continue on page two
    activities: int  # activities listed under each goal or focus area
    certifications: int
    skills: int  # the market's top skills
    text: int | None  # user text longer than this is shortened (None: never)


LIMITS: tuple[Limits, ...] = (
    Limits(5, 3, 5, 5, None),
    Limits(5, 2, 4, 5, None),
    Limits(4, 2, 4, 4, None),
    Limits(4, 2, 3, 4, 160),
    Limits(4, 1, 3, 4, 160),
    Limits(3, 2, 3, 3, 120),
    Limits(3, 1, 2, 3, 90),
    Limits(3, 1, 1, 3, 60),
    Limits(3, 0, 1, 3, 40),
)
"""From the most generous to the tightest: the renderer takes the first that fits."""


def shorten(text: str, limit: int | None) -> str:
    """``text`` on one line, cut at a word before ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    if limit is None or len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,.;:–-") + "…"


def first_sentence(text: str) -> str:
    flat = " ".join(text.split())
    for index, char in enumerate(flat):
        if char in ".!?" and index + 1 < len(flat) and flat[index + 1] == " ":
            return flat[: index + 1] + " …"
    return flat


def keep(text: str) -> str:
    """Escaped text that never breaks across lines (dates, statuses, amounts)."""
    return html.escape(text).replace(" ", "\u00a0")


def _p(text: str, css: str = "") -> str:
    return f'<p class="{css}">{text}</p>' if css else f"<p>{text}</p>"


def _h2(text: str) -> str:
    return f"<h2>{html.escape(text)}</h2>"


def _empty(text: str) -> str:
    return _p(html.escape(text), "empty")


def _label(text: str) -> str:
    return f"<b>{html.escape(text)}</b> "


def build_page_one(doc: YearDocument, one: PageOne, limits: Limits) -> str:
    out = [f"<h1>{html.escape(document_title(doc.year))}</h1>"]
    out += _who(doc, one, limits)
    out += _direction(doc, limits)
    out += _goals(doc, one, limits)
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
        left.append(_empty(_("No specialisation chosen yet: choose a road on the Strengths page.")))
    else:
        left.append(_p(_label(_("Road:")) + html.escape(enum_label(focus.road))))
        areas = ", ".join(area_name(key) for key in focus.area_keys) or _("(none chosen)")
        left.append(_p(_label(_("Focus areas:")) + html.escape(areas)))
        why = first_sentence(focus.rationale)
        left.append(
            _p(
                _label(_("Why:"))
                + (esc(shorten(why, limits.text)) if why else html.escape(_("(not written)")))
            )
        )
        chosen = _("Chosen on {date}.").format(date=format_date(focus.chosen_on))
        left.append(_p(html.escape(chosen), "muted"))
    left.append(_p(_label(_("Review dates:")) + html.escape(_review_dates(doc))))
    return [
        _h2(_("Where I am heading")),
        PLAIN + '<tr><td width="55%" valign="top">' + "".join(left) + "</td>",
        '<td width="3%"></td><td width="42%" valign="top">' + _snapshot(doc) + "</td></tr></table>",
    ]


def _snapshot(doc: YearDocument) -> str:
    caption = html.escape(
        _("Skills on {date}, mean level per area (0–5)").format(date=format_date(doc.as_of))
    )
    rows = [a for a in doc.radar if a.now is not None or a.target is not None]
    if not rows:
        return _p(caption, "muted") + _empty(_("No skill assessed by then."))
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
    note = _p(html.escape(_("★ focus area")), "muted") if focus else ""
    return _p(caption, "muted") + "".join(cells) + note


def _hours(minutes: int | None) -> str:
    return keep(format_number(minutes / 60, 0)) if minutes else "–"


def whole_money(minor: int, currency: str) -> str:
    return format_currency_whole(minor / 10 ** currency_precision(currency), currency)


def _cost(costs: Mapping[str, int]) -> str:
    return (
        "<br/>".join(html.escape(whole_money(minor, code)) for code, minor in costs.items()) or "–"
    )


def group_tag(group: LearningGroup) -> str:
    tags = {
        LearningGroup.PEER: pgettext("learning group tag", "peer"),
        LearningGroup.FORMAL: pgettext("learning group tag", "formal"),
        LearningGroup.SELF_DIRECTED: pgettext("learning group tag", "self-directed"),
    }
    return tags[group]


def _goal_headers() -> str:
    heads = [
        (_("No."), True),
        (_("Goal, how it is measured, and the learning that serves it"), False),
        (_("Due"), False),
        (_("Status"), False),
        (_("Hours"), True),
        (_("Cost"), True),
    ]
    # No widths: the short columns take what their unbroken content needs
    # (see :func:`keep`), the goal column the rest.
    cells = "".join(f"<th{' class=num' if n else ''}>{html.escape(t)}</th>" for t, n in heads)
    return f"<thead><tr>{cells}</tr></thead>"


def _activity_rows(serving: Serving, limits: Limits) -> list[str]:
    return [_activity(item, limits) for item in serving.items[: limits.activities]]


def _count_note(serving: Serving, limits: Limits) -> str:
    """ "3 of 19 activities" when only some are listed below."""
    total = len(serving.items)
    shown = min(total, limits.activities)
    if shown == total:
        return ""
    return ngettext(
        "{shown} of {count} activity listed",
        "{shown} of {count} activities listed",
        total,
    ).format(shown=format_number(shown), count=format_number(total))


def _activity(item: PlanItemRecord, limits: Limits) -> str:
    kind = group_tag(item.item_type.group)
    title = esc(shorten(item.title, limits.text))
    cost = keep(whole_money(item.cost_minor, item.currency)) if item.cost_minor else "–"
    return (
        f'<tr><td></td><td class="sub">◦ {title} <span class="muted">({html.escape(kind)})'
        f"</span></td><td>{keep(format_date(item.planned_end)) or '–'}</td>"
        f"<td>{keep(enum_label(item.status))}</td>"
        f"<td class=num>{_hours(item.estimated_minutes)}</td>"
        f"<td class=num>{cost}</td></tr>"
    )


def goal_rows(servings: tuple[Serving, ...], start: int, limits: Limits) -> list[str]:
    rows = []
    for number, serving in enumerate(servings, start=start):
        goal = serving.goal
        assert goal is not None
        text = f"<b>{esc(shorten(goal.title, limits.text))}</b>"
        details = []
        if goal.measure.strip():
            details.append(
                html.escape(_("Measure:")) + " " + esc(shorten(goal.measure, limits.text))
            )
        if goal.skill_key:
            details.append(html.escape(_("Skill:")) + " " + esc(skill_name(goal)))  # type: ignore[arg-type]
        if _count_note(serving, limits):
            details.append(html.escape(_count_note(serving, limits)))
        if details:
            text += '<br/><span class="muted">' + " · ".join(details) + "</span>"
        rows.append(
            f"<tr><td class=num>{html.escape(format_number(number))}</td><td>{text}</td>"
            f"<td>{keep(format_date(goal.due_on)) or '–'}</td>"
            f"<td>{keep(enum_label(goal.status))}</td>"
            f"<td class=num>{_hours(serving.totals.estimated_minutes)}</td>"
            f"<td class=num>{_cost(serving.totals.cost_by_currency)}</td></tr>"
        )
        if serving.items:
            rows += _activity_rows(serving, limits)
        else:
            none = _("No activity in the learning plan builds this goal's skill.")
            rows.append(f'<tr><td></td><td colspan="5" class="empty">{html.escape(none)}</td></tr>')
    return rows


def _area_rows(one: PageOne, limits: Limits) -> list[str]:
    rows = []
    for serving in one.areas:
        assert serving.area_key is not None
        title = html.escape(
            _("Focus area {area}: other learning").format(area=area_name(serving.area_key))
        )
        note = _count_note(serving, limits)
        if note:
            title += f' <span class="muted">· {html.escape(note)}</span>'
        rows.append(
            f'<tr><td></td><td colspan="3"><b>{title}</b></td>'
            f"<td class=num>{_hours(serving.totals.estimated_minutes)}</td>"
            f"<td class=num>{_cost(serving.totals.cost_by_currency)}</td></tr>"
        )
        rows += _activity_rows(serving, limits)
    if one.bare_areas:
        text = _("No learning planned in the focus area {areas}.").format(
            areas=", ".join(area_name(key) for key in one.bare_areas)
        )
        rows.append(f'<tr><td></td><td colspan="5" class="empty">{html.escape(text)}</td></tr>')
    return rows


def _totals_row(totals: Totals) -> str:
    groups = " · ".join(
        f"{group_tag(g)} {format_number(totals.count_by_group.get(g, 0))}" for g in LearningGroup
    )
    text = ngettext(
        "The year's learning plan: {count} activity ({groups}); hours estimated, {logged} logged",
        "The year's learning plan: {count} activities ({groups}); hours estimated, {logged} logged",
        totals.count,
    ).format(
        count=format_number(totals.count),
        groups=groups,
        logged=format_number(totals.logged_minutes / 60, 0),
    )
    return (
        f'<tr><td></td><td colspan="3"><b>{html.escape(text)}</b></td>'
        f"<td class=num><b>{_hours(totals.estimated_minutes)}</b></td>"
        f"<td class=num><b>{_cost(totals.cost_by_currency)}</b></td></tr>"
    )


def _goals(doc: YearDocument, one: PageOne, limits: Limits) -> list[str]:
    out = [_h2(_("Goals for {year} and what I will do").format(year=doc.year))]
    shown = one.goals[: limits.goals]
    if not one.goals:
        out.append(_empty(_("No goals written for this year yet.")))
    if not one.goals and one.totals.count == 0:
        out.append(_empty(_("No learning planned for this year yet.")))
        return out
    rows = [GRID, _goal_headers(), "<tbody>"]
    rows += goal_rows(shown, 1, limits)
    rows += _area_rows(one, limits)
    rows.append(_totals_row(one.totals))
    rows.append("</tbody></table>")
    out.append("".join(rows))
    later = len(one.goals) - len(shown)
    if later:
        out.append(
            _p(
                html.escape(
                    ngettext(
                        "{count} more goal continues on page 2.",
                        "{count} more goals continue on page 2.",
                        later,
                    ).format(count=format_number(later))
                ),
                "muted",
            )
        )
    return out


def _certifications(one: PageOne, limits: Limits) -> list[str]:
    out = [_h2(_("Certifications in {year}").format(year=one.year))]
    if not one.certifications:
        return [*out, _empty(_("No certification in the plan for {year}.").format(year=one.year))]
    heads = (_("Certification"), _("Status"), _("Valid until"))
    rows = [GRID, "<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in heads) + "</tr>"]
    for cert in one.certifications[: limits.certifications]:
        rows.append(_certification(cert, limits))
    rows.append("</table>")
    out.append("".join(rows))
    hidden = len(one.certifications) - min(len(one.certifications), limits.certifications)
    if hidden:
        more = ngettext(
            "and {count} more certification in the learning plan",
            "and {count} more certifications in the learning plan",
            hidden,
        ).format(count=format_number(hidden))
        out.append(_p(html.escape(more), "muted"))
    return out


def _certification(cert: Certification, limits: Limits) -> str:
    title = esc(shorten(cert.title, limits.text))
    if cert.provider.strip():
        title += f' <span class="muted">({esc(shorten(cert.provider, limits.text))})</span>'
    when = format_date(cert.completed_on or cert.planned_end)
    status = enum_label(cert.status) + (f", {when}" if when else "")
    valid = format_date(cert.valid_until) if cert.valid_until else _("not known")
    return f"<tr><td>{title}</td><td>{keep(status)}</td><td>{keep(valid)}</td></tr>"


def _market(one: PageOne, limits: Limits) -> list[str]:
    title = _("What the job postings of {year} asked for most").format(year=one.year)
    out = [f"<h2>{html.escape(title)}</h2>"]
    market = one.market
    if not market.postings:
        return [*out, _empty(_("No job postings read in {year}.").format(year=one.year))]
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
        _p(
            html.escape(read)
            + " "
            + _label(_("Areas:"))
            + html.escape(areas or "–")
            + ". "
            + _label(_("Skills:"))
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
        _h2(_("Agreed")),
        _p(follow),
        '<table width="100%" cellspacing="0" cellpadding="0" border="0">'
        f'<tr><td width="50%"><br/><br/>{line}<br/>{reader} · {date}</td>'
        f'<td width="50%"><br/><br/>{line}<br/>{me} · {date}</td></tr></table>',
    ]


def goals_continued(doc: YearDocument, one: PageOne, limits: Limits) -> str:
    """The goals that did not fit on page one, as the start of page two ('' when all fit)."""
    later = one.goals[limits.goals :]
    if not later:
        return ""
    title = _("Goals for {year}, continued").format(year=doc.year)
    rows = [GRID, _goal_headers(), "<tbody>"]
    rows += goal_rows(later, limits.goals + 1, limits)
    rows.append("</tbody></table>")
    return f"<h2>{html.escape(title)}</h2>" + "".join(rows)
