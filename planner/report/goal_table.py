"""Page one's table of goals, each with the learning that serves it, and the focus areas.

Goals beyond :attr:`Limits.goals` continue at the top of page two
(:func:`goals_continued`). User text goes through :func:`esc`.
"""

from __future__ import annotations

import html

from planner.domain.enums import LearningGroup
from planner.i18n import _, ngettext
from planner.i18n.formatting import format_date, format_number
from planner.report.content import esc
from planner.report.page_kit import (
    GRID,
    Limits,
    cost,
    empty,
    group_tag,
    h2,
    hours,
    keep,
    para,
    shorten,
    whole_money,
)
from planner.store.page_one import PageOne, Serving, Totals
from planner.store.yearplan import PlanItemRecord
from planner.store.yearplan_summary import YearDocument
from planner.text.labels import area_name, enum_label, skill_name


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
        f"<td class=num>{hours(item.estimated_minutes)}</td>"
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
            f"<td class=num>{hours(serving.totals.estimated_minutes)}</td>"
            f"<td class=num>{cost(serving.totals.cost_by_currency)}</td></tr>"
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
            f"<td class=num>{hours(serving.totals.estimated_minutes)}</td>"
            f"<td class=num>{cost(serving.totals.cost_by_currency)}</td></tr>"
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
        f"<td class=num><b>{hours(totals.estimated_minutes)}</b></td>"
        f"<td class=num><b>{cost(totals.cost_by_currency)}</b></td></tr>"
    )


def goals_table(doc: YearDocument, one: PageOne, limits: Limits) -> list[str]:
    out = [h2(_("Goals for {year} and what I will do").format(year=doc.year))]
    shown = one.goals[: limits.goals]
    if not one.goals:
        out.append(empty(_("No goals written for this year yet.")))
    if not one.goals and one.totals.count == 0:
        out.append(empty(_("No learning planned for this year yet.")))
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
            para(
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
