"""The T-shape: breadth across every area (current level), depth in the focus areas.

Pure "data in, Figure out": :func:`tshape_figure` takes a :class:`TShapeData`
and a :class:`ChartTheme` and returns a matplotlib Figure, so the window and
the printed plan draw the same picture. Texts are translated in the active
language and numbers formatted through Babel when the figure is built.

The picture: one column per area hanging down from the top, as deep as the
current level. Focus areas are drawn in the accent colour with their target
as an outline below, so a person with one or two deep focus areas and a base
everywhere else sees the letter T. A dashed line marks the base level every
channel needs.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.charts.common import legend_below, new_figure
from planner.charts.theme import ChartTheme
from planner.domain.advisor import BASE_LEVEL
from planner.domain.scale import MAX_LEVEL
from planner.i18n import _
from planner.i18n.formatting import format_number

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class TShapeData:
    area_keys: tuple[str, ...]
    names: tuple[str, ...]  # translated area names, same order
    current: tuple[float | None, ...]  # current level per area (None: not assessed)
    target: tuple[float | None, ...]  # target level per area (None: no target)
    focus: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        sizes = {len(self.area_keys), len(self.names), len(self.current), len(self.target)}
        if len(sizes) != 1:
            raise ValueError("area_keys, names, current and target must be equally long")
        object.__setattr__(self, "focus", frozenset(self.focus))

    @property
    def has_levels(self) -> bool:
        return any(value is not None for value in self.current)


def _number(value: float) -> str:
    return format_number(value, 0 if float(value).is_integer() else 1)


def tshape_alt_text(data: TShapeData) -> str:
    """The chart in words, for screen readers and the tooltip."""
    parts = []
    for key, name, current, target in zip(
        data.area_keys, data.names, data.current, data.target, strict=True
    ):
        level = _("not assessed") if current is None else _number(current)
        if key in data.focus:
            goal = _("no target") if target is None else _number(target)
            parts.append(
                _("{area} (focus): {level}, target {target}").format(
                    area=name, level=level, target=goal
                )
            )
        else:
            parts.append(_("{area}: {level}").format(area=name, level=level))
    return _("Your T-shape, current level per area.") + " " + "; ".join(parts)


def tshape_figure(data: TShapeData, theme: ChartTheme) -> Figure:
    import matplotlib

    colours = theme.colours
    breadth, depth, goal = colours[4], colours[0], colours[1]
    with matplotlib.rc_context(theme.rc()):
        figure = new_figure((6.4, 4.0))
        axes = figure.add_subplot()
        _draw_columns(axes, data, (breadth, depth, goal))
        _dress_axes(axes, data, theme)
        figure.suptitle(_("Your T-shape"), fontweight="bold")
        _legend(figure, theme, (breadth, depth, goal))
    return figure


def _draw_columns(axes: Axes, data: TShapeData, colours: tuple[str, str, str]) -> None:
    """One column per area hanging from the top; a focus area's target outlined below it."""
    breadth, depth, goal = colours
    for x, key, current, target in zip(
        range(len(data.area_keys)), data.area_keys, data.current, data.target, strict=True
    ):
        in_focus = key in data.focus
        level = current or 0.0
        if in_focus and target is not None and target > level:
            axes.bar(
                x,
                target - level,
                bottom=level,
                width=0.7,
                facecolor="none",
                edgecolor=goal,
                linewidth=2,
                linestyle="--",
            )
        axes.bar(x, level, width=0.9 if not in_focus else 0.7, color=depth if in_focus else breadth)
        label = "–" if current is None else _number(current)
        axes.annotate(
            label,
            (x, level),
            xytext=(0, 3),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=8,
        )


def _dress_axes(axes: Axes, data: TShapeData, theme: ChartTheme) -> None:
    """The base line, levels growing downwards and the area names along the top."""
    axes.axhline(BASE_LEVEL, color=theme.foreground, linestyle=":", linewidth=1)
    axes.set_ylim(MAX_LEVEL + 0.3, 0)  # depth grows downwards, like the stem of a T
    axes.set_yticks(range(MAX_LEVEL + 1))
    axes.set_yticklabels([format_number(v) for v in range(MAX_LEVEL + 1)])
    axes.set_xticks(list(range(len(data.area_keys))))
    axes.set_xticklabels(
        [textwrap.fill(name, 11, break_long_words=False) for name in data.names], fontsize=7
    )
    axes.xaxis.tick_top()
    axes.set_ylabel(_("Level"))
    for side in ("right", "bottom"):
        axes.spines[side].set_visible(False)


def _legend(figure: Figure, theme: ChartTheme, colours: tuple[str, str, str]) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    breadth, depth, goal = colours
    handles = [
        Patch(color=breadth, label=_("Breadth: current level")),
        Patch(color=depth, label=_("Focus: current level")),
        Patch(facecolor="none", edgecolor=goal, linestyle="--", label=_("Focus: target")),
        Line2D([], [], color=theme.foreground, linestyle=":", label=_("Base level")),
    ]
    legend_below(figure, handles, [handle.get_label() for handle in handles])
