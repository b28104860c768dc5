"""Texts that do not fit in the room they are given: labels, buttons, group titles,
tabs, table headers, table cells of dates, amounts and numbers, widgets that need a
sideways scroll bar, and chart texts (titles, axis labels, legends, tick labels that
run off the figure or into each other)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from itertools import combinations
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

from planner.ui.models.table import SORT_ROLE

Clip = tuple[str, str, int, int]  # where, text, room needed, room given
CELL_ROWS = 40  # the rows of each table whose value cells are measured


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0


def _label(label: QLabel) -> list[Clip]:
    text = label.text()
    if not text or label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText:
        return []
    if "<" in text and label.textFormat() != Qt.TextFormat.PlainText:
        return []
    if label.buddy() is not None:
        text = _plain(text)  # the & marks the shortcut letter, underlined, not shown
    room = label.contentsRect().width() - 2 * label.margin()
    needed = max(label.fontMetrics().horizontalAdvance(line) for line in text.splitlines() or [""])
    return [("QLabel:" + label.objectName(), text, needed, room)] if needed > room + 1 else []


def _button(button: QAbstractButton) -> list[Clip]:
    text = _plain(button.text())
    if not text or not isinstance(button, QPushButton | QCheckBox | QRadioButton | QToolButton):
        return []
    if isinstance(button, QToolButton) and button.toolButtonStyle() == (
        Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return []
    needed, room = button.sizeHint().width(), button.width()
    kind = type(button).__name__
    return [(f"{kind}:{button.objectName()}", text, needed, room)] if needed > room + 1 else []


def _group(box: QGroupBox) -> list[Clip]:
    text = _plain(box.title())
    if not text:
        return []
    needed = box.fontMetrics().horizontalAdvance(text) + (24 if box.isCheckable() else 8)
    room = box.width()
    return [("QGroupBox:" + box.objectName(), text, needed, room)] if needed > room else []


def _tabs(bar: QTabBar) -> list[Clip]:
    clips = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        needed, room = bar.tabSizeHint(index).width(), bar.tabRect(index).width()
        if needed > room + 1 or not bar.rect().contains(bar.tabRect(index)):
            clips.append(("QTabBar:" + bar.objectName(), _plain(bar.tabText(index)), needed, room))
    return clips


def header_text_width(header: QHeaderView, column: int, text: str) -> int:
    """The room a header needs for ``text`` on one line, with Qt's margins and, in
    the sorted column, the sort arrow."""
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    sorted_here = header.isSortIndicatorShown() and header.sortIndicatorSection() == column
    width = header.fontMetrics().horizontalAdvance(text)
    return width + 2 * margin + (arrow + margin if sorted_here else 0)


def _headers(view: QTableView) -> list[Clip]:
    model, header = view.model(), view.horizontalHeader()
    if model is None or not header.isVisible():
        return []
    clips = []
    for column in range(model.columnCount()):
        if view.isColumnHidden(column) or header.sectionSize(column) == 0:
            continue
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if text and not header_fits(header, column, text):
            needed = header_text_width(header, column, text)
            clips.append(("header:" + view.objectName(), text, needed, header.sectionSize(column)))
    return clips


def header_fits(header: QHeaderView, column: int, text: str) -> bool:
    """Whether ``text`` shows whole in its section: on one line, or wrapped at its
    spaces onto as many lines as the header is tall (when the header wraps)."""
    room = header.sectionSize(column)
    if header_text_width(header, column, text) <= room:
        return True
    if not getattr(header, "wraps_text", False):  # planner.ui.kit.table_header
        return False
    lines: list[str] = []
    for word in text.split():
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and header_text_width(header, column, joined) <= room:
            lines[-1] = joined
        elif header_text_width(header, column, word) <= room:
            lines.append(word)
        else:
            return False
    spacing = header.fontMetrics().lineSpacing()
    return len(lines) * spacing <= header.height() - 4


def _value_column(view: QTableView, column: int) -> bool:
    """Whether ``column`` shows dates, amounts or numbers (by the values it sorts by)."""
    model = view.model()
    for row in range(min(model.rowCount(), CELL_ROWS)):
        value = model.index(row, column).data(SORT_ROLE)
        if value is not None and value != "":
            parts = value if isinstance(value, tuple) else (value,)  # (currency, amount)
            kinds = dt.date | int | float | Decimal
            return any(isinstance(p, kinds) and not isinstance(p, bool) for p in parts)
    return False


def _cells(view: QTableView) -> list[Clip]:
    """Cells of dates, amounts and numbers that Qt would elide ("28 Des 2…")."""
    model = view.model()
    if model is None:
        return []
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    clips = []
    for column in range(model.columnCount()):
        if view.isColumnHidden(column) or not _value_column(view, column):
            continue
        # The part of the column in view: a column pushed past the right edge is cut too.
        visible = view.viewport().width() - view.columnViewportPosition(column)
        room = min(view.columnWidth(column), visible) - 2 * margin
        for row in range(min(model.rowCount(), CELL_ROWS)):
            text = str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
            needed = view.fontMetrics().horizontalAdvance(text)
            if text and needed > room:
                clips.append(("cell:" + view.objectName(), text, needed, room))
    return clips


def _sideways(area: QAbstractScrollArea) -> list[Clip]:
    """A sideways scroll bar: something in ``area`` is wider than the room it has."""
    bar = area.horizontalScrollBar()
    if not bar.isVisible() or bar.maximum() == 0:
        return []
    name = f"scroll:{type(area).__name__}:{area.objectName()}"
    return [(name, "", bar.maximum() + bar.pageStep(), bar.pageStep())]


def clipped_widgets(root: QWidget) -> list[Clip]:
    """Every text of ``root``'s visible widgets that needs more room than it has."""
    clips: list[Clip] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        if isinstance(widget, QLabel):
            clips += _label(widget)
        elif isinstance(widget, QAbstractButton):
            clips += _button(widget)
        elif isinstance(widget, QGroupBox):
            clips += _group(widget)
        elif isinstance(widget, QTabBar):
            clips += _tabs(widget)
        elif isinstance(widget, QTableView):
            clips += _headers(widget) + _cells(widget)
        if isinstance(widget, QAbstractScrollArea):
            clips += _sideways(widget)
    return clips


def _drawn_ticks(axis: Any) -> list[Any]:
    """The tick labels matplotlib draws: those inside the axis's view limits."""
    low, high = sorted(axis.get_view_interval())
    return [
        tick.label1
        for tick in axis.get_major_ticks()
        if low - 1e-9 <= tick.get_loc() <= high + 1e-9 and tick.label1.get_visible()
    ]


def _meeting_ticks(axes: Any, renderer: Any) -> list[Clip]:
    """Tick labels of one axis that overlap each other ("Jan 2026" over "Feb")."""
    clips: list[Clip] = []
    for axis in (axes.xaxis, axes.yaxis):
        labels = [t for t in _drawn_ticks(axis) if t.get_text().strip()]
        boxes = [(t.get_text(), t.get_window_extent(renderer).expanded(1, 1)) for t in labels]
        for (one, a), (other, b) in combinations(boxes, 2):
            if (
                a.width
                and b.width
                and min(a.x1, b.x1) - max(a.x0, b.x0) > 1
                and min(a.y1, b.y1) - max(a.y0, b.y0) > 1
            ):
                clips.append(("chart ticks", f"{one} / {other}", int(a.width), int(b.width)))
    return clips


def clipped_chart_texts(figure: Any) -> list[Clip]:
    """Titles, axis labels, tick labels, legends and legend texts that run off
    ``figure`` at the size it is shown at; tick labels that run into each other."""
    canvas = figure.canvas
    canvas.draw()
    renderer = canvas.get_renderer()
    box = figure.bbox
    clips: list[Clip] = []
    texts = list(figure.texts)
    for axes in figure.axes:
        texts += [axes.title, axes._left_title, axes._right_title, axes.xaxis.label]
        texts += [axes.yaxis.label, *_drawn_ticks(axes.xaxis), *_drawn_ticks(axes.yaxis)]
        texts += list(axes.texts)
        legend = axes.get_legend()
        if legend is not None:
            texts += list(legend.get_texts())
    for legend in figure.legends:
        texts += [*legend.get_texts(), legend]
    for text in texts:
        if not text.get_visible() or not getattr(text, "get_text", lambda: "-")().strip():
            continue
        extent = text.get_window_extent(renderer)
        if (
            extent.x0 < box.x0 - 1
            or extent.x1 > box.x1 + 1
            or extent.y0 < box.y0 - 1
            or extent.y1 > box.y1 + 1
        ):
            words = text.get_text() if hasattr(text, "get_text") else "legend"
            clips.append(("chart", words, int(extent.width), int(box.width)))
    for axes in figure.axes:
        clips += _meeting_ticks(axes, renderer)
    return clips
