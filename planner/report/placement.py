"""Charts placed in the laid-out text, and table headers that repeat after page breaks.

An SVG chart takes an empty paragraph of its height in the text (so the
layout keeps its place and moves it to the next page whole); the renderer
paints the SVG into that rectangle.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)
from PySide6.QtSvg import QSvgRenderer

from planner.report.content import CHART_END, CHART_NAMES, CHART_START

CHART_PROPERTY = QTextFormat.Property.UserProperty + 1


@dataclass(frozen=True)
class Charts:
    """The plan's charts as SVG bytes, by marker name; a chart without data has a hint instead."""

    svgs: Mapping[str, bytes]
    hints: Mapping[str, str] = field(default_factory=dict)


class PlacedCharts:
    """SVG charts placed in the text: an empty paragraph of the chart's height keeps
    the space (and moves to the next page whole), the SVG is painted into it.

    (A QTextObjectInterface would be neater, but Qt's layout does not recognise
    Python subclasses of it; an image placeholder would put pictures in the PDF.)
    """

    def __init__(self, charts: Charts, width: float, max_height: float) -> None:
        self.renderers = {
            name: QSvgRenderer(QByteArray(data)) for name, data in charts.svgs.items()
        }
        self.hints = charts.hints
        self._width, self._max_height = width, max_height
        self.rects: dict[str, QRectF] = {}

    def size(self, name: str) -> QSizeF:
        size = self.renderers[name].defaultSize()
        ratio = size.height() / size.width() if size.width() else 0.6
        width = self._width
        if width * ratio > self._max_height:
            width = self._max_height / ratio
        return QSizeF(width, width * ratio)

    def insert(self, document: QTextDocument) -> None:
        for name in CHART_NAMES:
            cursor = document.find(f"{CHART_START}{name}{CHART_END}")
            if cursor.isNull():
                continue
            cursor.removeSelectedText()
            if name not in self.renderers:
                hint = self.hints.get(name)
                if hint:
                    # No data: say what to do, never an empty axis.
                    text = cursor.charFormat()
                    text.setForeground(QColor("#555555"))
                    text.setFontItalic(True)
                    cursor.insertText(hint, text)
                continue
            fmt = cursor.blockFormat()
            fmt.setLineHeight(
                self.size(name).height(), QTextBlockFormat.LineHeightTypes.FixedHeight.value
            )
            fmt.setProperty(CHART_PROPERTY, name)
            cursor.setBlockFormat(fmt)

    def locate(self, document: QTextDocument) -> None:
        """Where each chart ended up, in document coordinates (after pagination)."""
        self.rects.clear()
        for name, block in self._blocks(document):
            box = document.documentLayout().blockBoundingRect(block)
            size = self.size(name)
            # The fixed-height line fills the block below its top margin.
            top = box.y() + block.blockFormat().topMargin()
            left = box.x() + (box.width() - size.width()) / 2
            self.rects[name] = QRectF(QPointF(left, top), size)

    def keep_with_heading(self, document: QTextDocument, page_height: float) -> bool:
        """A chart that would run over a page break, or that is parted from its
        heading, starts a new page together with the heading.

        Qt would move the chart's line alone (leaving the heading behind and the
        block's rectangle where the line was): a page break before the heading
        keeps heading, caption and chart together. Returns True when a break was
        added (lay the document out again and locate the charts anew).
        """
        changed = False
        for name, block in self._blocks(document):
            rect = self.rects.get(name)
            if rect is None:
                continue
            start = block
            previous = block.previous()
            for _step in range(3):  # the caption paragraphs between heading and chart
                if not previous.isValid():
                    break
                if previous.blockFormat().headingLevel():
                    start = previous
                    break
                previous = previous.previous()
            page = int(rect.top() // page_height)
            start_top = document.documentLayout().blockBoundingRect(start).y()
            split = page != int((rect.bottom() - 1) // page_height)
            if not split and int(start_top // page_height) == page:
                continue  # heading, caption and chart share one page
            fmt = start.blockFormat()
            if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                continue  # already at the top of a page: nothing more to gain
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(start).setBlockFormat(fmt)
            changed = True
            break  # the blocks below move: look again after the next layout
        return changed

    def _blocks(self, document: QTextDocument) -> list[tuple[str, QTextBlock]]:
        found: list[tuple[str, QTextBlock]] = []
        block = document.begin()
        while block.isValid():
            name = block.blockFormat().property(CHART_PROPERTY)
            if name in self.renderers:
                found.append((name, block))
            block = block.next()
        return found


def repeat_table_headers(document: QTextDocument) -> None:
    cursor = QTextCursor(document)
    seen: set[int] = set()
    block = document.begin()
    while block.isValid():
        cursor.setPosition(block.position())
        table = cursor.currentTable()
        if isinstance(table, QTextTable) and id(table) not in seen:
            seen.add(id(table))
            fmt = table.format()
            fmt.setHeaderRowCount(1)
            table.setFormat(fmt)
        block = block.next()
