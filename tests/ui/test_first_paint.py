"""Choosing a page paints it first: charts and other heavy parts come after, never meanwhile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from planner.charts.result import ChartResult
from planner.charts.theme import ChartTheme
from planner.settings import Settings
from planner.store.profile import ProfileStore
from planner.ui.kit import chart_canvas as canvas
from planner.ui.kit.chart_canvas import ChartView


def no_data(_theme: ChartTheme) -> ChartResult:
    return ChartResult(None, alt_text="no data", hint="Nothing yet.")


def test_a_chart_hidden_before_it_is_drawn_is_drawn_when_shown_again(qtbot) -> None:
    shown_when_built: list[bool] = []

    def builder(theme: ChartTheme) -> ChartResult:
        shown_when_built.append(view.isVisible())
        return no_data(theme)

    view = ChartView(builder)
    qtbot.addWidget(view)
    view.show()
    view.hide()  # another page chosen before the chart was drawn
    qtbot.waitUntil(lambda: canvas._LOADER.done.is_set() and not view._pending)
    assert shown_when_built == []
    view.show()
    qtbot.waitUntil(lambda: view.result() is not None)
    assert shown_when_built == [True]
    assert view.message.text() == "Nothing yet."


def test_leaving_the_charts_page_at_once_draws_no_chart_behind_the_chosen_page(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    """The window reopens on the charts page; the skills page chosen at once stays alone."""
    from planner.ui.shell.app import build_window

    built_while_hidden: list[str] = []
    original = ChartView._build

    def spy(view: ChartView) -> None:
        if not view.isVisible():
            built_while_hidden.append(view.accessibleName())
        original(view)

    monkeypatch.setattr(ChartView, "_build", spy)
    data_dir.mkdir(parents=True, exist_ok=True)
    Settings(data_dir).set("window.page", "charts")
    main = build_window(QApplication.instance(), data_dir, "en")  # type: ignore[arg-type]
    qtbot.addWidget(main)
    main.show()
    assert main.current_page_key() == "charts"
    charts = main.page("charts").findChildren(ChartView)
    main.show_page("skills")
    qtbot.waitExposed(main)
    qtbot.waitUntil(
        lambda: canvas._LOADER.done.is_set() and not any(view._pending for view in charts)
    )
    assert built_while_hidden == []
    assert all(view.result() is None for view in charts)
    main.show_page("charts")
    shown = [view for view in charts if view.isVisible()]
    assert shown
    qtbot.waitUntil(lambda: all(view.result() is not None for view in shown))
    assert built_while_hidden == []
    main.context.database.close()


def test_choosing_the_direction_page_reads_its_figures_once(window, monkeypatch) -> None:
    reads: list[int] = []
    original = ProfileStore.advisor_inputs

    def counted(store: ProfileStore):  # type: ignore[no-untyped-def]
        reads.append(1)
        return original(store)

    monkeypatch.setattr(ProfileStore, "advisor_inputs", counted)
    page = window.show_page("direction")
    assert len(reads) == 1
    assert page.advice_tab.ranked_keys() == page.ranked_keys()
    page.refresh()
    assert len(reads) == 2
