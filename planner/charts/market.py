"""Market charts: demand for each area year by year, and this year's demand against own level."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.charts.common import (
    legend_below,
    new_figure,
    nothing_to_draw,
    percent_axis,
    set_title,
    style_axes,
)
from planner.charts.result import ChartResult
from planner.charts.theme import ChartTheme
from planner.domain.market import DemandRow, YearTally
from planner.domain.scale import MAX_LEVEL, MIN_LEVEL
from planner.i18n import _, ngettext
from planner.i18n.formatting import format_level, format_number, format_percent
from planner.text.labels import area_name

if TYPE_CHECKING:
    from matplotlib.axes import Axes


@dataclass(frozen=True)
class MarketTrendData:
    tallies: tuple[YearTally, ...]  # one per year with postings, oldest first


@dataclass(frozen=True)
class DemandLevelData:
    year: int
    postings: int
    rows: tuple[DemandRow, ...]  # from planner.domain.market.demand_vs_level


def _level(value: float | None) -> str:
    return _("not assessed") if value is None else format_level(value)


def market_demand(data: MarketTrendData, theme: ChartTheme) -> ChartResult:
    tallies = [t for t in data.tallies if t.postings > 0]
    if not tallies:
        return nothing_to_draw(
            _(
                "No job postings read yet. Add the postings you read on the Job market page"
                " to see what the market asks for, year by year."
            )
        )
    import matplotlib

    keys = list(dict.fromkeys(key for t in tallies for key in t.area_shares))
    years = [t.year for t in tallies]
    markers = "osD^vP*X"
    with matplotlib.rc_context(theme.rc()):
        figure = new_figure()
        axes = figure.add_subplot()
        for index, key in enumerate(keys):
            axes.plot(
                years,
                [t.area_shares.get(key, 0.0) for t in tallies],
                marker=markers[index % len(markers)],
                markersize=4,
                linewidth=1.5,
                color=theme.colours[index % len(theme.colours)],
                label=area_name(key),
            )
        axes.set_xticks(years)
        axes.set_xticklabels([str(y) for y in years], rotation=45 if len(years) > 6 else 0)
        if len(years) == 1:
            axes.set_xlim(years[0] - 1, years[0] + 1)
        axes.set_ylim(0, None)
        percent_axis(axes.yaxis)
        style_axes(axes)
        set_title(axes, _("Market demand by area"))
        axes.set_ylabel(_("Share of job postings"))
        axes.set_xlabel(_("Year"))
        axes.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    latest = tallies[-1]
    parts = ", ".join(
        _("{area} {share}").format(area=area_name(key), share=format_percent(share))
        for key, share in sorted(latest.area_shares.items(), key=lambda kv: -kv[1])
    )
    alt = ngettext(
        "Market demand by area for {years} year with job postings. In {year} ({count}"
        " postings): {shares}.",
        "Market demand by area for {years} years with job postings. In {year} ({count}"
        " postings): {shares}.",
        len(tallies),
    ).format(
        years=len(tallies), year=latest.year, count=format_number(latest.postings), shares=parts
    )
    return ChartResult(figure, alt)


def demand_against_level(data: DemandLevelData, theme: ChartTheme) -> ChartResult:
    if data.postings == 0:
        return nothing_to_draw(
            _(
                "No job postings read in {year}. Add postings on the Job market page to compare"
                " what the market asks for with your own levels."
            ).format(year=data.year)
        )
    import matplotlib

    rows = list(reversed(data.rows))  # most asked for at the top
    with matplotlib.rc_context(theme.rc()):
        figure = new_figure()
        axes = figure.add_subplot()
        _demand_bars(axes, rows, theme)
        levels = axes.twiny()
        _level_marks(levels, rows, theme)
        for position, row in enumerate(rows):
            if row.weak_in_demand:
                axes.get_yticklabels()[position].set_fontweight("bold")
        handles = axes.get_legend_handles_labels()
        more = levels.get_legend_handles_labels()
        legend_below(figure, handles[0] + more[0], handles[1] + more[1])
        set_title(
            axes,
            ngettext(
                "Demand against your level, {year} ({count} posting)",
                "Demand against your level, {year} ({count} postings)",
                data.postings,
            ).format(year=data.year, count=format_number(data.postings)),
        )
    return ChartResult(figure, _demand_alt_text(data))


def _demand_bars(axes: Axes, rows: list[DemandRow], theme: ChartTheme) -> None:
    """Each area's share of the postings as a bar, one row per area."""
    positions = list(range(len(rows)))
    axes.barh(
        positions,
        [row.share for row in rows],
        height=0.6,
        color=theme.colours[4],
        label=_("Share of job postings"),
    )
    axes.set_yticks(positions)
    axes.set_yticklabels([area_name(row.key) for row in rows])
    axes.set_xlim(0, min(1.0, max(row.share for row in rows) * 1.15 + 0.05))
    percent_axis(axes.xaxis)
    style_axes(axes, "x")
    axes.set_xlabel(_("Share of job postings"))


def _level_marks(levels: Axes, rows: list[DemandRow], theme: ChartTheme) -> None:
    """Current and target level of each area on the second (top) axis."""
    current = [(row.current, p) for p, row in enumerate(rows) if row.current is not None]
    target = [(row.target, p) for p, row in enumerate(rows) if row.target is not None]
    if current:
        levels.plot(
            *zip(*current, strict=True),
            "o",
            color=theme.colours[0],
            markersize=7,
            label=_("Current level"),
        )
    if target:
        levels.plot(
            *zip(*target, strict=True),
            "D",
            color=theme.colours[5],
            markersize=6,
            fillstyle="none",
            markeredgewidth=1.5,
            label=_("Target level"),
        )
    levels.set_xlim(MIN_LEVEL, MAX_LEVEL)
    levels.set_xticks(range(MIN_LEVEL, MAX_LEVEL + 1))
    levels.set_xticklabels([format_number(v) for v in range(MIN_LEVEL, MAX_LEVEL + 1)])
    levels.set_xlabel(_("Your level (0–5)"))
    levels.spines[["right"]].set_visible(False)


def _demand_alt_text(data: DemandLevelData) -> str:
    parts = []
    for row in data.rows:
        text = _("{area}: {share} of postings, your level {current}, target {target}").format(
            area=area_name(row.key),
            share=format_percent(row.share),
            current=_level(row.current),
            target=_level(row.target),
        )
        if row.weak_in_demand:
            text += " " + _("(in demand and weak)")
        parts.append(text)
    return (
        _("Demand against your level in {year}.").format(year=data.year)
        + " "
        + "; ".join(parts)
        + "."
    )
