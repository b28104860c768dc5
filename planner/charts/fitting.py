"""Fit a chart's texts to the size it is shown at: titles wrap to their axes' width,
legends take as many columns as fit, and category tick labels thin out when they
would meet. Runs on every resize (the window shows charts at many sizes) and once
when the chart is built."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.text import Text

MARGIN = 10  # pixels kept free at each side of a wrapped title
TICK_GAP = 6  # pixels between two tick labels side by side


def keep_fitted(figure: Figure) -> None:
    """Fit ``figure``'s texts now and after every resize of its canvas."""
    figure.canvas.mpl_connect("resize_event", lambda _event: fit_texts(figure))
    fit_texts(figure)


def fit_texts(figure: Figure) -> None:
    renderer = _renderer(figure)
    if renderer is None:
        return
    width = figure.bbox.width
    engine = figure.get_layout_engine()
    if engine is not None:
        engine.execute(figure)  # the axes where they will be drawn at this size
    suptitle = getattr(figure, "_suptitle", None)
    if suptitle is not None:
        _wrap_to(suptitle, width - 2 * MARGIN, renderer)
    for axes in figure.axes:
        room = _cell_width(axes, width) - 2 * MARGIN
        for title in (axes.title, axes._left_title, axes._right_title):
            _wrap_to(title, room, renderer)
        _thin_ticks(axes, renderer)
    for legend in figure.legends:
        _fit_legend(legend, width - 2 * MARGIN, renderer)


def _renderer(figure: Figure) -> Any:
    canvas = figure.canvas
    return canvas.get_renderer() if hasattr(canvas, "get_renderer") else None


def _cell_width(axes: Axes, figure_width: float) -> float:
    """The widest a title centred over ``axes`` can be and stay on the figure."""
    position = axes.get_position()
    centre = (position.x0 + position.x1) / 2
    return 2 * min(centre, 1 - centre) * figure_width


def _text_width(text: Text, words: str, renderer: Any) -> float:
    width, _height, _descent = renderer.get_text_width_height_descent(
        words, text.get_fontproperties(), ismath=False
    )
    return width


def _wrap_to(text: Text, room: float, renderer: Any) -> None:
    """Wrap ``text`` at its spaces so no line is wider than ``room`` pixels."""
    whole = getattr(text, "_planner_whole", None)
    if whole is None:
        whole = " ".join(text.get_text().split())
        text._planner_whole = whole  # type: ignore[attr-defined]
    if not whole:
        return
    lines: list[str] = []
    for word in whole.split():
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and _text_width(text, joined, renderer) <= room:
            lines[-1] = joined
        else:
            lines.append(word)
    text.set_text("\n".join(lines))


def _fit_legend(legend: Any, room: float, renderer: Any) -> None:
    """As many columns as fit in ``room``; one column when none do."""
    count = len(legend.get_texts())
    for columns in range(count, 0, -1):
        legend.set_ncols(columns)
        if legend.get_window_extent(renderer).width <= room:
            return


def _thin_ticks(axes: Axes, renderer: Any) -> None:
    """Category labels (fixed ticks) that would meet: show every second, third, …"""
    from matplotlib.ticker import FixedFormatter

    axis = axes.xaxis
    formatter = axis.get_major_formatter()
    if not isinstance(formatter, FixedFormatter):
        return
    labels = getattr(formatter, "_planner_all", None)
    if labels is None:
        labels = list(formatter.seq)
        formatter._planner_all = labels  # type: ignore[attr-defined]
    if len(labels) < 2:
        return
    sample = axis.get_majorticklabels()[0] if axis.get_majorticklabels() else None
    if sample is None:
        return
    pitch = axes.get_position().width * axes.figure.bbox.width / len(labels)
    if sample.get_rotation() % 180:
        angle = math.radians(sample.get_rotation() % 180)
        lines = max(label.count("\n") + 1 for label in labels)
        height = renderer.points_to_pixels(sample.get_fontsize()) * 1.25 * lines
        needed = height / math.sin(angle) + TICK_GAP
    else:
        needed = max(_text_width(sample, line, renderer) for s in labels for line in s.split("\n"))
        needed += TICK_GAP
    step = max(1, math.ceil(needed / pitch))
    formatter.seq = [label if index % step == 0 else "" for index, label in enumerate(labels)]
