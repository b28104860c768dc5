"""The chart view: hint for empty data, a real figure, save as PNG and SVG."""

from __future__ import annotations

from pathlib import Path

from planner.charts.result import ChartResult
from planner.charts.theme import OKABE_ITO, ChartTheme
from planner.ui.kit.chart_canvas import ChartView


def bars(theme: ChartTheme) -> ChartResult:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(4, 3))
    axes = figure.add_subplot()
    axes.bar(["a", "b"], [3, 5], color=theme.colours[:2])
    axes.set_title("Test")
    return ChartResult(figure, alt_text="a: 3, b: 5")


def empty(_theme: ChartTheme) -> ChartResult:
    return ChartResult(None, alt_text="no data", hint="Log some learning to see this chart.")


def test_empty_data_shows_the_hint(qtbot) -> None:
    view = ChartView(empty)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.result() is not None, timeout=20_000)
    assert view.message.text() == "Log some learning to see this chart."
    assert view.message.isVisible()


def test_a_figure_is_drawn_described_and_saved(qtbot, tmp_path: Path) -> None:
    view = ChartView(bars)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.result() is not None, timeout=20_000)
    assert not view.message.isVisible()
    assert view.accessibleDescription() == "a: 3, b: 5"
    view.save(tmp_path / "chart.png")
    view.save(tmp_path / "chart.svg")
    assert (tmp_path / "chart.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "chart.svg").read_bytes()[:500]
    actions = [a.text() for a in view.context_menu().actions()]
    assert actions == ["Save as PNG…", "Save as SVG…"]


def test_dark_theme_swaps_black_for_white() -> None:
    assert "#000000" in ChartTheme(dark=False).colours
    assert "#000000" not in ChartTheme(dark=True).colours
    assert len(set(OKABE_ITO)) == len(OKABE_ITO)
