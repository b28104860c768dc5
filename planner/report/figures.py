"""The charts of the printed plan: data in, ChartResult or Figure out, SVG bytes for print.

The skill radar, the T-shape and market demand are the app's own builders
from :mod:`planner.charts` (the same picture as in the window), drawn in the
light :data:`PRINT_THEME` for paper with the report's font; a chart without
data comes back as a hint, which the plan prints instead of an empty axis.
Hours by learning group (last year beside this year) exists only here. The
figures use the object API (no pyplot), so they can be drawn off the GUI
thread. SVG keeps text as text (``svg.fonttype: none``), so the PDF gets the
labels as real, embedded fonts and stays sharp at any zoom.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Mapping
from typing import TYPE_CHECKING

from planner.charts.market import DemandLevelData
from planner.charts.result import ChartResult
from planner.charts.theme import ChartTheme
from planner.domain.enums import LearningGroup
from planner.i18n import _
from planner.i18n.formatting import format_number
from planner.store.yearplan_summary import RadarArea
from planner.text.labels import area_name, enum_label

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PRINT_THEME = ChartTheme(dark=False)
FONT_FAMILY = "DejaVu Sans"


def _rc(theme: ChartTheme) -> dict[str, object]:
    return {**theme.rc(), "font.family": FONT_FAMILY, "font.size": 9}


def radar_chart(
    areas: tuple[RadarArea, ...], year: int, theme: ChartTheme = PRINT_THEME
) -> ChartResult:
    """The skill radar per area (start of the year, now, target): the app's own builder."""
    import matplotlib

    from planner.charts.skills import RadarData, skill_radar

    data = RadarData(
        areas=tuple(a.area_key for a in areas),
        current=tuple(a.now for a in areas),
        target=tuple(a.target for a in areas),
        year_ago=tuple(a.start for a in areas),
        year_ago_label=_("Start of {year}").format(year=year),
    )
    with matplotlib.rc_context(_rc(theme)):
        result = skill_radar(data, theme)
    if result.figure is not None:
        # On paper the area names stand clear of the outer ring.
        result.figure.axes[0].tick_params(axis="x", pad=12)
    return result


def tshape_chart(
    areas: tuple[RadarArea, ...], focus: tuple[str, ...], theme: ChartTheme = PRINT_THEME
) -> ChartResult:
    """The T-shape: levels now in every area, the year's focus areas as the depth."""
    import matplotlib

    from planner.charts.tshape import TShapeData, tshape_alt_text, tshape_figure

    data = TShapeData(
        area_keys=tuple(a.area_key for a in areas),
        names=tuple(area_name(a.area_key) for a in areas),
        current=tuple(a.now for a in areas),
        target=tuple(a.target for a in areas),
        focus=frozenset(focus),
    )
    if not data.has_levels:
        hint = _(
            "Assess your skills (on the Skills page or in the first-run guide) to see your T-shape."
        )
        return ChartResult(None, alt_text=hint, hint=hint)
    with matplotlib.rc_context(_rc(theme)):
        return ChartResult(tshape_figure(data, theme), alt_text=tshape_alt_text(data))


def demand_chart(data: DemandLevelData, theme: ChartTheme = PRINT_THEME) -> ChartResult:
    """The areas' share of the year's job postings beside one's own level."""
    import matplotlib

    from planner.charts.market import demand_against_level

    with matplotlib.rc_context(_rc(theme)):
        result = demand_against_level(data, theme)
    if result.figure is not None:
        # A level of 5 sits on the right edge: show the whole marker, not half of it.
        for axes in result.figure.axes:
            for line in axes.lines:
                line.set_clip_on(False)
    return result


def hours_by_group_figure(
    before: Mapping[LearningGroup, int],
    now: Mapping[LearningGroup, int],
    year: int,
    theme: ChartTheme = PRINT_THEME,
) -> Figure:
    """Hours per learning group: last year beside this year."""
    import matplotlib
    from matplotlib.figure import Figure

    with matplotlib.rc_context(_rc(theme)):
        figure = Figure(figsize=(6.6, 2.9), layout="constrained")
        axes = figure.add_subplot()
        groups = list(LearningGroup)
        labels = [textwrap.fill(enum_label(g), 22) for g in groups]
        width = 0.38
        positions = range(len(groups))
        for offset, (label, values, colour) in enumerate(
            (
                (str(year - 1), before, 0),
                (str(year), now, 1),
            )
        ):
            hours = [values.get(g, 0) / 60 for g in groups]
            bars = axes.bar(
                [p + (offset - 0.5) * width for p in positions],
                hours,
                width,
                label=label,
                color=theme.colours[colour],
            )
            axes.bar_label(bars, labels=[format_number(h, 1) for h in hours], fontsize=7, padding=2)
        axes.set_xticks(list(positions), labels)
        axes.set_ylabel(_("Hours"))
        axes.spines[["top", "right"]].set_visible(False)
        axes.grid(axis="y", linewidth=0.5)
        axes.set_axisbelow(True)
        axes.margins(y=0.18)
        top = max([v / 60 for v in (*before.values(), *now.values())], default=0)
        axes.set_ylim(0, top * 1.18 if top else 1)
        axes.legend(frameon=False)
    return figure


def figure_svg(figure: Figure, theme: ChartTheme = PRINT_THEME) -> bytes:
    """SVG with text kept as text, for QSvgRenderer (it cannot follow glyph links)."""
    import matplotlib

    buffer = io.BytesIO()
    with matplotlib.rc_context(_rc(theme)):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()
