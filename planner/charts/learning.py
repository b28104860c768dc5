"""Learning charts: hours per month by group, peer against formal per quarter, a calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planner.charts.common import (
    hours,
    legend_below,
    new_figure,
    nothing_to_draw,
    number_axis,
    set_title,
    style_axes,
    weekday_names,
)
from planner.charts.result import ChartResult
from planner.charts.theme import ChartTheme
from planner.domain.enums import LearningGroup
from planner.i18n import _, ngettext
from planner.i18n.formatting import format_date, format_hours, format_number, month_name
from planner.text.labels import enum_label

if TYPE_CHECKING:
    import numpy as np

GROUPS = (LearningGroup.PEER, LearningGroup.FORMAL, LearningGroup.SELF_DIRECTED)


@dataclass(frozen=True)
class MonthlyHoursData:
    """Minutes per month, oldest first; each month's minutes per learning group."""

    months: tuple[tuple[int, int], ...]
    minutes: tuple[Mapping[LearningGroup, int], ...] = field(hash=False)


@dataclass(frozen=True)
class QuarterBalanceData:
    quarters: tuple[tuple[int, int], ...]  # (year, 1..4), oldest first
    peer_minutes: tuple[int, ...]
    formal_minutes: tuple[int, ...]


@dataclass(frozen=True)
class CalendarData:
    year: int
    minutes_by_day: Mapping[dt.date, int] = field(hash=False)


def quarter_label(year: int, quarter: int) -> str:
    return _("Q{quarter} {year}").format(quarter=quarter, year=year)


def _month_label(year: int, month: int) -> str:
    return f"{month_name(month, 'abbreviated')} {year}"


def hours_per_month(data: MonthlyHoursData, theme: ChartTheme) -> ChartResult:
    totals = [sum(month.values()) for month in data.minutes]
    if not any(totals):
        return nothing_to_draw(
            _(
                "No learning logged in the last 12 months. Add an entry to your learning log"
                " to see your hours here."
            )
        )
    import matplotlib

    with matplotlib.rc_context(theme.rc()):
        figure = new_figure()
        axes = figure.add_subplot()
        positions = range(len(data.months))
        bottom = [0.0] * len(data.months)
        for index, group in enumerate(GROUPS):
            values = [hours(month.get(group, 0)) for month in data.minutes]
            axes.bar(
                positions,
                values,
                bottom=bottom,
                color=theme.colours[index],
                label=enum_label(group),
                width=0.75,
            )
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        labels = []
        for position, (year, month) in enumerate(data.months):
            name = month_name(month, "abbreviated")
            first = position == 0 and month <= 10  # a year under December would meet January's
            labels.append(f"{name} {year}" if first or month == 1 else name)
        axes.set_xticks(list(positions))
        # Twelve month names must fit the small overview size too: slant them.
        axes.set_xticklabels(labels, rotation=45, ha="right", rotation_mode="anchor", fontsize=8)
        number_axis(axes.yaxis)
        style_axes(axes)
        set_title(axes, _("Hours of learning per month"))
        axes.set_ylabel(_("Hours"))
        legend_below(figure)
    parts = [
        _("{month}: {hours}").format(month=_month_label(*month), hours=format_hours(total))
        for month, total in zip(data.months, totals, strict=True)
    ]
    by_group = ", ".join(
        _("{group} {hours}").format(
            group=enum_label(group),
            hours=format_hours(sum(month.get(group, 0) for month in data.minutes)),
        )
        for group in GROUPS
    )
    alt = (
        _("Hours of learning per month, last 12 months: {total} in all ({groups}).").format(
            total=format_hours(sum(totals)), groups=by_group
        )
        + " "
        + "; ".join(parts)
        + "."
    )
    return ChartResult(figure, alt)


def peer_formal_balance(data: QuarterBalanceData, theme: ChartTheme) -> ChartResult:
    if not any(data.peer_minutes) and not any(data.formal_minutes):
        return nothing_to_draw(
            _(
                "No peer learning or formal education logged in these quarters. Log time with"
                " mentors, communities, courses or certifications to see the balance."
            )
        )
    import matplotlib

    with matplotlib.rc_context(theme.rc()):
        figure = new_figure()
        axes = figure.add_subplot()
        count = len(data.quarters)
        width = 0.38
        peer = [hours(v) for v in data.peer_minutes]
        formal = [hours(v) for v in data.formal_minutes]
        axes.bar(
            [i - width / 2 for i in range(count)],
            peer,
            width,
            color=theme.colours[0],
            label=enum_label(LearningGroup.PEER),
        )
        axes.bar(
            [i + width / 2 for i in range(count)],
            formal,
            width,
            color=theme.colours[1],
            label=enum_label(LearningGroup.FORMAL),
            hatch="//",
            edgecolor=theme.background,
        )
        axes.set_xticks(list(range(count)))
        axes.set_xticklabels(
            [
                _("Q{quarter}").format(quarter=q) + (f"\n{y}" if i == 0 or q == 1 else "")
                for i, (y, q) in enumerate(data.quarters)
            ],
            fontsize=8,
        )
        number_axis(axes.yaxis)
        style_axes(axes)
        set_title(axes, _("Peer learning and formal education per quarter"))
        axes.set_ylabel(_("Hours"))
        legend_below(figure)
    parts = []
    for (year, quarter), p, f in zip(
        data.quarters, data.peer_minutes, data.formal_minutes, strict=True
    ):
        share = "" if p + f == 0 else format_number(round(100 * p / (p + f)))
        text = _("{quarter}: peer {peer}, formal {formal}").format(
            quarter=quarter_label(year, quarter), peer=format_hours(p), formal=format_hours(f)
        )
        if share:
            text += " " + _("({percent} per cent from peers)").format(percent=share)
        parts.append(text)
    alt = _("Peer learning and formal education per quarter.") + " " + "; ".join(parts) + "."
    return ChartResult(figure, alt)


def learning_calendar(data: CalendarData, theme: ChartTheme) -> ChartResult:
    days = {day: minutes for day, minutes in data.minutes_by_day.items() if minutes > 0}
    if not days:
        return nothing_to_draw(
            _("No learning logged in {year}. Each day you log learning is marked here.").format(
                year=data.year
            )
        )
    import matplotlib
    from matplotlib.cm import ScalarMappable
    from matplotlib.colors import Normalize

    origin = _week_one(data.year)
    top = max(days.values()) / 60
    with matplotlib.rc_context(theme.rc()):
        cmap = matplotlib.colormaps["cividis"]
        norm = Normalize(vmin=0, vmax=max(top, 0.5))
        image = _calendar_image(days, data.year, lambda value: cmap(norm(value)), theme.dark)
        figure = new_figure((7.2, 3.0))
        axes = figure.add_subplot()
        axes.imshow(image, aspect="equal", interpolation="nearest")
        axes.set_yticks(range(7))
        axes.set_yticklabels(weekday_names(), fontsize=7)
        month_starts = [dt.date(data.year, m, 1) for m in range(1, 13)]
        axes.set_xticks([(d - origin).days // 7 for d in month_starts])
        axes.set_xticklabels([month_name(m, "abbreviated") for m in range(1, 13)], fontsize=7)
        axes.tick_params(length=0)
        for spine in axes.spines.values():
            spine.set_visible(False)
        set_title(axes, _("Learning days in {year}").format(year=data.year))
        bar = figure.colorbar(
            ScalarMappable(norm=norm, cmap=cmap),
            ax=axes,
            location="bottom",
            shrink=0.45,
            aspect=30,
            pad=0.04,
        )
        bar.set_label(_("Hours per day"))
        number_axis(bar.ax.xaxis, decimals=1 if top < 3 else 0)
    return ChartResult(figure, _calendar_alt_text(data.year, days))


def _week_one(year: int) -> dt.date:
    """The Monday of the week that holds 1 January: the calendar's first column."""
    first = dt.date(year, 1, 1)
    return first - dt.timedelta(days=first.weekday())


def _calendar_image(
    days: Mapping[dt.date, int],
    year: int,
    colour: Callable[[float], tuple[float, float, float, float]],
    dark: bool,
) -> np.ndarray:
    """A week per column, a weekday per row: each learning day coloured by its hours."""
    import numpy as np
    from matplotlib.colors import to_rgba

    origin, day, last = _week_one(year), dt.date(year, 1, 1), dt.date(year, 12, 31)
    image = np.zeros((7, (last - origin).days // 7 + 1, 4))
    empty_day = to_rgba("#3a3a3a" if dark else "#ececec")
    while day <= last:
        column, row = (day - origin).days // 7, day.weekday()
        minutes = days.get(day, 0)
        image[row, column] = colour(minutes / 60) if minutes else empty_day
        day += dt.timedelta(days=1)
    return image


def _calendar_alt_text(year: int, days: Mapping[dt.date, int]) -> str:
    """The calendar in words: days, hours, the busiest day and the days per month."""
    busiest = max(days, key=lambda d: (days[d], d))
    per_month = [0] * 12
    for day_key in days:
        per_month[day_key.month - 1] += 1
    months = ", ".join(
        _("{month} {count}").format(month=month_name(m + 1), count=count)
        for m, count in enumerate(per_month)
    )
    return ngettext(
        "Learning days in {year}: {count} day, {hours} in all; the most on {day} ({most})."
        " Days per month: {months}.",
        "Learning days in {year}: {count} days, {hours} in all; the most on {day} ({most})."
        " Days per month: {months}.",
        len(days),
    ).format(
        year=year,
        count=format_number(len(days)),
        hours=format_hours(sum(days.values())),
        day=_date(busiest),
        most=format_hours(days[busiest]),
        months=months,
    )


def _date(day: dt.date) -> str:
    return format_date(day, "long")
