"""At the default window size no text is clipped in nb or sw: every table header,
label, button, group title and tab on every page, tab and dialog; no date, amount or
number cell elided and no sideways scroll bar, with a year of demo data; and every
chart's titles, axis labels, legends and tick labels inside the figure at the size it
is shown at, no two tick labels on top of each other."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QListWidget, QTabWidget, QWidget

from planner.demo.generator import fill_demo
from planner.store.database import open_database
from planner.ui.kit.chart_canvas import ChartView
from tests.helpers.clipping import clipped_chart_texts, clipped_widgets

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")
DEFAULT_SIZE = (1100, 720)


@pytest.fixture
def lived_in(data_dir):
    database = open_database(data_dir)
    fill_demo(database, years=1, today=dt.date.today())
    database.close()
    return data_dir


def every_tab(root: QWidget):
    """Show each tab of each tab widget of ``root`` in turn, and each chart of the
    charts page's list (yields after each)."""
    yield
    for charts in root.findChildren(QListWidget):
        if charts.isVisibleTo(root) and charts.objectName() == "chart-list":
            for row in range(1, charts.count()):
                charts.setCurrentRow(row)
                QApplication.processEvents()
                yield
            charts.setCurrentRow(0)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield


def charts_of(root: QWidget) -> list:
    views = [view for view in root.findChildren(ChartView) if view.isVisibleTo(root)]
    for view in views:
        view.render_now()
    QApplication.processEvents()  # the canvases take their views' sizes (and fit to them)
    results = [view.result() for view in views]
    return [result.figure for result in results if result is not None and result.figure]


def clipped_on(root: QWidget, where: str) -> list:
    found = []
    for _step in every_tab(root):
        found += [(where, *clip) for clip in clipped_widgets(root)]
        for figure in charts_of(root):
            found += [(where, *clip) for clip in clipped_chart_texts(figure)]
    return found


@pytest.mark.parametrize("language", ["nb", "sw"])
def test_no_text_is_clipped_at_the_default_size(lived_in, qtbot, language: str) -> None:
    from planner.ui.pages import PAGES
    from planner.ui.shell.app import build_window

    window = build_window(QApplication.instance(), lived_in, language)
    qtbot.addWidget(window)
    window.show()
    window.resize(*DEFAULT_SIZE)
    qtbot.waitExposed(window)
    found = []
    for spec in PAGES:
        page = window.show_page(spec.key)
        if hasattr(page, "start_charts"):  # the overview's small charts come a moment later
            page.start_charts()
        QApplication.processEvents()
        found += clipped_on(window, spec.key)
        for name, dialog in page.review_dialogs():
            dialog.show()
            QApplication.processEvents()
            found += clipped_on(dialog, f"{spec.key}:{name}")
            dialog.close()
    for name, dialog in window.review_dialogs():
        dialog.show()
        QApplication.processEvents()
        found += clipped_on(dialog, name)
        dialog.close()
    window.context.database.close()
    assert sorted(set(found)) == [], "\n".join(map(str, sorted(set(found))))
