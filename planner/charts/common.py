"""What every chart builder shares: a themed Figure, locale-aware tick labels, the empty case.

Builders call :func:`new_figure` inside ``matplotlib.rc_context(theme.rc())``
and format every number and date with Babel, so a chart reads the same as the
window around it. Only functions import matplotlib, never this module.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import TYPE_CHECKING, Any

from babel import dates as babel_dates

from planner.charts.result import ChartResult
from planner.i18n.formatting import babel_locale, format_number, format_percent

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

FIGURE_SIZE = (6.4, 4.0)


def new_figure(size: tuple[float, float] = FIGURE_SIZE) -> Figure:
    """A Figure (never pyplot) laid out so labels in any language are not clipped."""
    from matplotlib.figure import Figure

    from planner.charts.fitting import keep_fitted

    figure = Figure(figsize=size, layout="constrained")
    keep_fitted(figure)  # titles, legends and ticks fit the size it is shown at
    return figure


def nothing_to_draw(hint: str) -> ChartResult:
    """The friendly case: no figure, the hint says what to do (and is the text alternative)."""
    return ChartResult(None, alt_text=hint, hint=hint)


def number_axis(axis: Any, decimals: int = 0) -> None:
    """Tick labels in the locale's number format (decimal comma in nb and sw)."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axis.set_major_locator(MaxNLocator(nbins=6, integer=decimals == 0))
    axis.set_major_formatter(FuncFormatter(lambda value, _pos: format_number(value, decimals)))


def percent_axis(axis: Any) -> None:
    """Tick labels for shares in 0..1, as the locale writes per cent."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axis.set_major_locator(MaxNLocator(nbins=6))
    axis.set_major_formatter(FuncFormatter(lambda value, _pos: format_percent(value)))


def month_year(day: dt.date) -> str:
    """``Mar 2025`` in the locale's own form."""
    return babel_dates.format_skeleton("yMMM", day, locale=babel_locale())


DATE_TICK_PITCH = 80
"""Pixels per date tick: "Sep 2026" and its neighbours never meet, at any width."""


def date_axis(axis: Any) -> None:
    """Dates on an axis as month and year in the UI language, as many as fit."""
    from matplotlib.dates import AutoDateLocator, num2date
    from matplotlib.ticker import FuncFormatter

    class FittingLocator(AutoDateLocator):
        def __call__(self) -> Any:
            # The figure's width, not the axes' (the layout changes that after ticking).
            room = 0.8 * self.axis.figure.bbox.width if self.axis is not None else 512
            most = max(2, min(7, int(room // DATE_TICK_PITCH)))
            self.minticks = min(3, most)
            self.maxticks = dict.fromkeys(self._freqs, most)
            return super().__call__()

    axis.set_major_locator(FittingLocator(minticks=3, maxticks=7))
    axis.set_major_formatter(FuncFormatter(lambda value, _pos: month_year(num2date(value).date())))


def weekday_names() -> list[str]:
    """Monday first, abbreviated, in the UI language."""
    names = babel_dates.get_day_names("abbreviated", "format", locale=babel_locale())
    return [names[index] for index in range(7)]


def wrap(text: str, width: int = 16) -> str:
    return textwrap.fill(text, width=width, break_long_words=False)


def set_title(axes: Axes, text: str, width: int = 56) -> None:
    """A title that wraps instead of running off a small chart."""
    axes.set_title(wrap(text, width))


def legend_below(
    figure: Figure, handles: list[Any] | None = None, labels: list[str] | None = None
) -> None:
    """The legend under the plot, where it never hides a bar or a point.

    As many columns as fit: long labels (Swahili runs long) get fewer.
    """
    if handles is None or labels is None:
        handles, labels = [], []
        for axes in figure.axes:
            more = axes.get_legend_handles_labels()
            handles += more[0]
            labels += more[1]
    width = sum(len(label) + 6 for label in labels)
    columns = len(labels) if width <= 60 else max(1, min(len(labels), 2)) if width <= 90 else 1
    figure.legend(handles, labels, loc="outside lower center", ncols=columns, fontsize=8)


def style_axes(axes: Axes, grid_axis: str = "y") -> None:
    axes.spines[["top", "right"]].set_visible(False)
    if grid_axis:
        axes.grid(True, axis=grid_axis, linewidth=0.6)
        axes.set_axisbelow(True)


def hours(minutes: float) -> float:
    return minutes / 60
