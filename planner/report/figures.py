"""The charts of the printed plan: data in, matplotlib Figure out, SVG bytes for print.

Built on :class:`planner.charts.theme.ChartTheme` (light, for paper). The
figures use the object API (no pyplot), so they can be drawn off the GUI
thread. SVG keeps text as text (``svg.fonttype: none``), so the PDF gets the
labels as real, embedded fonts and stays sharp at any zoom.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Mapping
from typing import TYPE_CHECKING

from planner.charts.theme import ChartTheme
from planner.domain.enums import LearningGroup
from planner.domain.scale import MAX_LEVEL
from planner.i18n import _
from planner.i18n.formatting import format_number
from planner.labels import area_name, enum_label
from planner.store.yearplan_summary import RadarArea

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PRINT_THEME = ChartTheme(dark=False)
FONT_FAMILY = "DejaVu Sans"


def _rc(theme: ChartTheme) -> dict[str, object]:
    return {**theme.rc(), "font.family": FONT_FAMILY, "font.size": 9}


def radar_figure(
    areas: tuple[RadarArea, ...], year: int, theme: ChartTheme = PRINT_THEME
) -> Figure:
    """The skill radar per area: start of the year, now and the target."""
    import matplotlib
    from matplotlib.figure import Figure

    with matplotlib.rc_context(_rc(theme)):
        figure = Figure(figsize=(6.6, 4.4), layout="constrained")
        axes = figure.add_subplot(projection="polar")
        count = len(areas)
        angles = [2 * math.pi * i / count for i in range(count)]
        closed = [*angles, angles[0]] if angles else []
        series = (
            (_("Start of {year}").format(year=year), [a.start for a in areas], "--", 0),
            (_("Now"), [a.now for a in areas], "-", 1),
            (_("Target"), [a.target for a in areas], ":", 2),
        )
        colours = theme.colours
        drawn = 0
        for label, values, style, colour in series:
            points = [0.0 if v is None else v for v in values]
            if not any(v is not None for v in values):
                continue
            axes.plot(
                closed,
                [*points, points[0]],
                style,
                color=colours[colour],
                linewidth=1.8,
                label=label,
            )
            drawn += 1
            if colour == 1:
                axes.fill(closed, [*points, points[0]], color=colours[colour], alpha=0.12)
        axes.set_ylim(0, MAX_LEVEL)
        axes.set_yticks(range(1, MAX_LEVEL + 1))
        axes.set_yticklabels([format_number(v) for v in range(1, MAX_LEVEL + 1)], fontsize=7)
        axes.set_xticks(angles)
        axes.set_xticklabels([textwrap.fill(area_name(a.area_key), 18) for a in areas])
        axes.tick_params(axis="x", pad=14)
        axes.set_rlabel_position(90 / max(count, 1))
        axes.grid(True)
        if drawn:
            axes.legend(loc="upper left", bbox_to_anchor=(1.12, 1.05), frameon=False)
        else:
            axes.text(
                0,
                0,
                _("No skill assessed yet."),
                ha="center",
                va="center",
                fontsize=10,
                bbox={"facecolor": theme.background, "edgecolor": theme.grid},
            )
    return figure


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
