"""Skill charts: the radar of the six areas and the level history of one skill or area."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from planner.charts.common import (
    date_axis,
    legend_below,
    new_figure,
    nothing_to_draw,
    set_title,
    style_axes,
    wrap,
)
from planner.charts.result import ChartResult
from planner.charts.theme import ChartTheme
from planner.domain.scale import MAX_LEVEL, MIN_LEVEL
from planner.i18n import _, ngettext
from planner.i18n.formatting import format_date, format_level, format_number
from planner.text.labels import area_name, level_name, skill_name_for_key


@dataclass(frozen=True)
class RadarData:
    """Per area (catalogue order): current and target means; a year ago when there is history."""

    areas: tuple[str, ...]
    current: tuple[float | None, ...]
    target: tuple[float | None, ...]
    year_ago: tuple[float | None, ...] | None = None
    year_ago_label: str = ""  # legend for year_ago, translated; empty: "A year ago"


@dataclass(frozen=True)
class LevelHistoryData:
    key: str
    is_area: bool
    points: tuple[tuple[dt.date, float], ...]
    custom_name: str | None = None  # a skill the user named: shown as typed

    @property
    def name(self) -> str:
        if self.custom_name is not None:
            return self.custom_name
        return area_name(self.key) if self.is_area else skill_name_for_key(self.key)


def _level(value: float | None) -> str:
    return _("not assessed") if value is None else format_level(value)


def skill_radar(data: RadarData, theme: ChartTheme) -> ChartResult:
    if not data.areas or all(value is None for value in data.current):
        return nothing_to_draw(
            _("Assess your skills on the Skills page to see your profile across the six areas.")
        )
    import matplotlib

    series = [(_("Current level"), data.current, "-", 0.25, 0)]
    if data.year_ago is not None and any(value is not None for value in data.year_ago):
        series.append((data.year_ago_label or _("A year ago"), data.year_ago, ":", 0.0, 2))
    if any(value is not None for value in data.target):
        series.append((_("Target level"), data.target, "--", 0.0, 1))
    with matplotlib.rc_context(theme.rc()):
        figure = new_figure((5.6, 4.4))
        axes = figure.add_subplot(projection="polar")
        count = len(data.areas)
        axes.set_theta_offset(math.pi / 2)  # the first area at the top, then clockwise
        axes.set_theta_direction(-1)
        angles = [2 * math.pi * index / count for index in range(count)]
        closed = [*angles, angles[0]]
        for label, values, style, fill, colour_index in series:
            # The current level is filled (not assessed: the centre); a missing target
            # or earlier level is left out of its line, never drawn as 0.
            missing = 0.0 if fill else math.nan
            points = [missing if value is None else value for value in values]
            points.append(points[0])
            colour = theme.colours[colour_index]
            axes.plot(
                closed,
                points,
                linestyle=style,
                color=colour,
                linewidth=1.8,
                label=label,
                marker="" if fill else "o",
                markersize=3,
            )
            if fill:
                axes.fill(closed, points, color=colour, alpha=fill)
        axes.set_ylim(MIN_LEVEL, MAX_LEVEL)
        axes.set_yticks(range(1, MAX_LEVEL + 1))
        axes.set_yticklabels([format_number(v) for v in range(1, MAX_LEVEL + 1)], fontsize=7)
        axes.set_xticks(angles)
        axes.set_xticklabels([wrap(area_name(key), 14) for key in data.areas])
        axes.tick_params(axis="x", pad=6)
        set_title(axes, _("Skill profile by area"))
        legend_below(figure)
    parts = []
    for index, key in enumerate(data.areas):
        text = _("{area}: current {current}, target {target}").format(
            area=area_name(key),
            current=_level(data.current[index]),
            target=_("none set") if data.target[index] is None else _level(data.target[index]),
        )
        if len(series) > 1 and data.year_ago is not None:
            text += "; " + _("a year ago {level}").format(level=_level(data.year_ago[index]))
        parts.append(text)
    alt = _("Skill profile by area, levels 0 to 5.") + " " + ". ".join(parts) + "."
    return ChartResult(figure, alt)


def level_history(data: LevelHistoryData, theme: ChartTheme) -> ChartResult:
    if not data.points:
        return nothing_to_draw(
            _("{name} has not been assessed yet. Assess it on the Skills page.").format(
                name=data.name
            )
        )
    import matplotlib

    with matplotlib.rc_context(theme.rc()):
        figure = new_figure()
        axes = figure.add_subplot()
        days = [day for day, _level_value in data.points]
        levels = [value for _day, value in data.points]
        axes.step(days, levels, where="post", color=theme.colours[0], linewidth=1.2, alpha=0.6)
        axes.plot(days, levels, "o", color=theme.colours[0], markersize=4, label=_("Assessment"))
        axes.set_ylim(MIN_LEVEL - 0.3, MAX_LEVEL + 0.3)
        axes.set_yticks(range(MIN_LEVEL, MAX_LEVEL + 1))
        axes.set_yticklabels([level_name(v) for v in range(MIN_LEVEL, MAX_LEVEL + 1)])
        if days[0] == days[-1]:
            pad = dt.timedelta(days=30)
            axes.set_xlim(days[0] - pad, days[0] + pad)
        date_axis(axes.xaxis)
        style_axes(axes)
        set_title(axes, _("Level history: {name}").format(name=data.name))
        axes.set_xlabel(_("Date assessed"))
        axes.set_ylabel(_("Level"))
    shown = data.points if len(data.points) <= 12 else data.points[-12:]
    details = "; ".join(
        _("{date}: {level}").format(date=format_date(day), level=format_level(value))
        for day, value in shown
    )
    alt = ngettext(
        "Level history of {name}: {count} assessment, latest {level}.",
        "Level history of {name}: {count} assessments, latest {level}.",
        len(data.points),
    ).format(name=data.name, count=len(data.points), level=format_level(levels[-1]))
    if len(data.points) > len(shown):
        alt += " " + _("The last {count}: {details}.").format(count=len(shown), details=details)
    else:
        alt += " " + details + "."
    return ChartResult(figure, alt)
