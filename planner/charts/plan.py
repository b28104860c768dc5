"""Plan completion for a year: items by status, hours logged against hours estimated."""

from __future__ import annotations

from dataclasses import dataclass

from planner.charts.common import (
    hours,
    new_figure,
    nothing_to_draw,
    number_axis,
    set_title,
    style_axes,
    wrap,
)
from planner.charts.result import ChartResult
from planner.charts.theme import ChartTheme
from planner.domain.enums import PlanStatus
from planner.i18n import _
from planner.i18n.formatting import format_hours, format_number
from planner.text.labels import enum_label

STATUS_ORDER = (
    PlanStatus.DONE,
    PlanStatus.IN_PROGRESS,
    PlanStatus.PLANNED,
    PlanStatus.IDEA,
    PlanStatus.DROPPED,
)
STATUS_COLOUR = {  # index into the theme's colours
    PlanStatus.DONE: 2,
    PlanStatus.IN_PROGRESS: 0,
    PlanStatus.PLANNED: 4,
    PlanStatus.IDEA: 3,
    PlanStatus.DROPPED: 5,
}


@dataclass(frozen=True)
class PlanCompletionData:
    year: int
    counts: tuple[tuple[PlanStatus, int], ...]
    estimated_minutes: int
    logged_minutes: int


def plan_completion(data: PlanCompletionData, theme: ChartTheme) -> ChartResult:
    counts = dict(data.counts)
    total = sum(counts.values())
    if total == 0:
        return nothing_to_draw(
            _(
                "No items in the learning plan for {year}. Add courses, mentors or projects"
                " to your plan to follow them here."
            ).format(year=data.year)
        )
    import matplotlib

    with matplotlib.rc_context(theme.rc()):
        figure = new_figure()
        left, right = figure.subplots(1, 2, width_ratios=(3, 2))
        statuses = list(reversed(STATUS_ORDER))
        values = [counts.get(status, 0) for status in statuses]
        left.barh(
            [wrap(enum_label(s), 18) for s in statuses],
            values,
            color=[theme.colours[STATUS_COLOUR[s]] for s in statuses],
        )
        for position, value in enumerate(values):
            if value:
                left.annotate(
                    format_number(value),
                    (value, position),
                    xytext=(3, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize=8,
                )
        number_axis(left.xaxis)
        style_axes(left, "x")
        set_title(left, _("Plan items by status"))
        left.set_xlabel(_("Items"))
        kinds = [_("Estimated"), _("Logged")]
        amounts = [hours(data.estimated_minutes), hours(data.logged_minutes)]
        right.bar(kinds, amounts, color=[theme.colours[4], theme.colours[0]], width=0.6)
        number_axis(right.yaxis)
        style_axes(right)
        set_title(right, _("Hours on plan items"))
        right.set_ylabel(_("Hours"))
        figure.suptitle(_("Learning plan {year}").format(year=data.year))
    by_status = ", ".join(
        _("{status} {count}").format(status=enum_label(s), count=format_number(counts.get(s, 0)))
        for s in STATUS_ORDER
    )
    alt = _(
        "Learning plan {year}: {items} by status: {statuses}. Estimated {estimated},"
        " logged {logged}."
    ).format(
        year=data.year,
        items=format_number(total),
        statuses=by_status,
        estimated=format_hours(data.estimated_minutes),
        logged=format_hours(data.logged_minutes),
    )
    return ChartResult(figure, alt)
