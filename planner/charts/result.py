"""What a chart builder returns: a Figure, or a hint when there is nothing to draw yet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.charts.theme import ChartTheme

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class ChartResult:
    figure: Figure | None
    alt_text: str  # the figures behind the chart, in words, for screen readers
    hint: str = ""  # shown instead of an empty chart: what to do to get one


Builder = Callable[[ChartTheme], ChartResult]
