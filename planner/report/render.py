"""Paint the yearly plan onto any paged device: print preview, printer or PDF.

:func:`paint_plan` is the one rendering function. It lays the HTML out in a
QTextDocument at a fixed reference resolution, then paints page by page with
a header (the person's name and the year) and a footer ("page N of M" in the
active language), scaled to the device. Table header rows repeat after page
breaks. Charts are SVG drawn by QSvgRenderer through a text object, so they
reach the PDF as vectors with their text in embedded fonts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)
from PySide6.QtSvg import QSvgRenderer

from planner import __version__
from planner.i18n import _, current_language
from planner.i18n.languages import QT_LOCALES
from planner.report.content import (
    CHART_DEMAND,
    CHART_END,
    CHART_HOURS,
    CHART_NAMES,
    CHART_RADAR,
    CHART_START,
    CHART_TSHAPE,
    STYLE,
    build_html,
    document_title,
)
from planner.store.yearplan_summary import YearDocument

if TYPE_CHECKING:
    from planner.charts.canvas import ChartResult
    from planner.charts.market import DemandLevelData
    from planner.store.database import Database

CHART_PROPERTY = QTextFormat.Property.UserProperty + 1
REFERENCE_DPI = 96.0
"""The document is laid out in 1/96 inch units, then scaled to the device."""

HEADER_HEIGHT = 30.0
PAGE_GAP = 5.0
FOOTER_HEIGHT = 24.0
MARGINS_MM = QMarginsF(18, 16, 18, 14)
FONT_FAMILY = "DejaVu Sans"
CHART_WIDTH, CHART_HEIGHT = 0.8, 0.45
"""A chart's largest share of the body's width and height: two charts fit on a page."""

Progress = Callable[[int, int], None]
"""Called with (pages painted, pages in all)."""


@dataclass(frozen=True)
class Charts:
    """The plan's charts as SVG bytes, by marker name; a chart without data has a hint instead."""

    svgs: Mapping[str, bytes]
    hints: Mapping[str, str] = field(default_factory=dict)


def page_size_for_language(language: str | None = None) -> QPageSize:
    """Letter where the locale measures in inches (en_US), A4 elsewhere (nb, sw)."""
    locale = QLocale(QT_LOCALES[language or current_language()])
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def default_page_layout(language: str | None = None) -> QPageLayout:
    return QPageLayout(
        page_size_for_language(language),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def demand_data(database: Database, doc: YearDocument) -> DemandLevelData:
    """The areas' share of the plan year's job postings beside the levels as of the plan."""
    from planner.charts.market import DemandLevelData
    from planner.domain.market import demand_vs_level, tally
    from planner.store.stats import StatsStore

    stats = StatsStore(database)
    tallies = {t.year: t for t in stats.market_tallies()}
    year_tally = tallies.get(doc.year) or tally((), doc.year)
    rows = demand_vs_level(year_tally.area_shares, stats.area_levels(doc.as_of))
    return DemandLevelData(doc.year, year_tally.postings, rows)


def build_charts(doc: YearDocument, demand: DemandLevelData | None = None) -> Charts:
    """Draw the plan's charts (matplotlib: slow the first time; call off the GUI thread).

    ``demand`` (from :func:`demand_data`) adds the market chart; without it the
    plan says that the job market was not read for this print.
    """
    from planner.report.figures import (
        demand_chart,
        figure_svg,
        hours_by_group_figure,
        radar_chart,
        tshape_chart,
    )

    svgs: dict[str, bytes] = {}
    hints: dict[str, str] = {}

    def add(name: str, result: ChartResult) -> None:
        if result.figure is None:
            hints[name] = result.hint or result.alt_text
        else:
            svgs[name] = figure_svg(result.figure)

    add(CHART_RADAR, radar_chart(doc.radar, doc.year))
    add(CHART_TSHAPE, tshape_chart(doc.radar, doc.focus.area_keys if doc.focus else ()))
    if demand is not None:
        add(CHART_DEMAND, demand_chart(demand))
    if doc.review is not None and not any(
        (*doc.review.minutes_by_group.values(), *doc.hours_this_year.values())
    ):
        hints[CHART_HOURS] = _("No learning logged in {first} or {second}.").format(
            first=doc.year - 1, second=doc.year
        )
    elif doc.review is not None:
        svgs[CHART_HOURS] = figure_svg(
            hours_by_group_figure(doc.review.minutes_by_group, doc.hours_this_year, doc.year)
        )
    return Charts(svgs, hints)


class _Charts:
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


@dataclass
class LaidOut:
    document: QTextDocument
    charts: _Charts
    body: QSizeF  # one page of body text, in reference units

    @property
    def pages(self) -> int:
        return self.document.pageCount()


def lay_out(doc: YearDocument, charts: Charts, page_layout: QPageLayout) -> LaidOut:
    """The document laid out on pages of ``page_layout`` (reference units)."""
    paint = page_layout.paintRect(QPageLayout.Unit.Inch)
    width = paint.width() * REFERENCE_DPI
    height = paint.height() * REFERENCE_DPI - HEADER_HEIGHT - FOOTER_HEIGHT
    document = QTextDocument()
    reference = QImage(8, 8, QImage.Format.Format_RGB32)
    dots_per_metre = round(REFERENCE_DPI / 0.0254)
    reference.setDotsPerMeterX(dots_per_metre)
    reference.setDotsPerMeterY(dots_per_metre)
    document.documentLayout().setPaintDevice(reference)
    document.setDefaultFont(QFont(FONT_FAMILY, 9))
    document.setDefaultStyleSheet(STYLE)
    # Each page keeps this margin at top and bottom: accents of a line that
    # starts a page (the ring of å) then stay on that page.
    document.setDocumentMargin(PAGE_GAP)
    # The side margins hang outside the printable width, so text lines up with the header.
    document.setPageSize(QSizeF(width + 2 * PAGE_GAP, height))
    document.setHtml(build_html(doc))
    placed = _Charts(charts, width * CHART_WIDTH, height * CHART_HEIGHT)
    placed.insert(document)
    _repeat_table_headers(document)
    # Edits after setHtml leave parts of the layout stale (with a page break,
    # whole paragraphs): lay the complete document out again.
    document.markContentsDirty(0, document.characterCount())
    document.pageCount()
    placed.locate(document)
    for _round in range(len(CHART_NAMES)):
        if not placed.keep_with_heading(document, height):
            break
        document.markContentsDirty(0, document.characterCount())
        document.pageCount()
        placed.locate(document)
    return LaidOut(document, placed, QSizeF(width, height))


def _repeat_table_headers(document: QTextDocument) -> None:
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


def paint_plan(
    device: QPagedPaintDevice,
    doc: YearDocument,
    charts: Charts,
    progress: Progress | None = None,
) -> int:
    """Paint the whole plan on ``device`` with its own page layout; returns the page count."""
    laid = lay_out(doc, charts, device.pageLayout())
    document, body = laid.document, laid.body
    pages = document.pageCount()
    dpi = device.resolution()
    scale = dpi / REFERENCE_DPI
    header_left = doc.person_name or ""
    header_right = document_title(doc.year)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(_("The document could not be started on this printer or file."))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        header_font = QFont(FONT_FAMILY)
        header_font.setPixelSize(11)  # reference units: scaled with the painter
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            _paint_frame(painter, body, header_left, header_right, page + 1, pages, header_font)
            painter.translate(-PAGE_GAP, HEADER_HEIGHT - page * body.height())
            clip = QRectF(0, page * body.height(), body.width() + 2 * PAGE_GAP, body.height())
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            context.palette.setColor(context.palette.ColorRole.Text, QColor("#202020"))
            document.documentLayout().draw(painter, context)
            for name, rect in laid.charts.rects.items():
                if rect.intersects(clip):
                    laid.charts.renderers[name].render(painter, rect)
            painter.restore()
            if progress is not None:
                progress(page + 1, pages)
    finally:
        painter.end()
    return pages


def _paint_frame(  # noqa: PLR0917
    painter: QPainter,
    body: QSizeF,
    left: str,
    right: str,
    page: int,
    pages: int,
    font: QFont,
) -> None:
    width = body.width()
    painter.setFont(font)
    painter.setPen(QColor("#404040"))
    top = QRectF(0, 0, width, HEADER_HEIGHT - 12)
    flags = Qt.AlignmentFlag.AlignVCenter
    # The name is user text: drawText never interprets markup.
    metrics = QFontMetricsF(font)
    left = metrics.elidedText(left, Qt.TextElideMode.ElideRight, width * 0.5)
    painter.drawText(top, int(flags | Qt.AlignmentFlag.AlignLeft), left)
    painter.drawText(top, int(flags | Qt.AlignmentFlag.AlignRight), right)
    painter.setPen(QPen(QColor("#9aa7b4"), 0.8))
    painter.drawLine(QPointF(0, HEADER_HEIGHT - 10), QPointF(width, HEADER_HEIGHT - 10))
    bottom_y = HEADER_HEIGHT + body.height()
    painter.drawLine(QPointF(0, bottom_y + 6), QPointF(width, bottom_y + 6))
    painter.setPen(QColor("#404040"))
    footer = QRectF(0, bottom_y + 8, width, FOOTER_HEIGHT - 8)
    text = _("Page {page} of {pages}").format(page=page, pages=pages)
    painter.drawText(footer, int(Qt.AlignmentFlag.AlignCenter), text)


def write_pdf(
    path: Path,
    doc: YearDocument,
    charts: Charts,
    progress: Progress | None = None,
    language: str | None = None,
) -> int:
    """Write the plan as PDF on the locale's paper; returns the page count.

    The document is drawn in memory and then written atomically, so the file
    is whole or absent (a full disk raises DiskFullError, never leaves 0 bytes).
    """
    from planner.store.files import atomic_write_bytes, check_output_target

    check_output_target(path)  # refuse a link, device or folder before the drawing
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setCreator(f"{_('Career Planner')} {__version__}")
    writer.setTitle(document_title(doc.year))
    writer.setPageLayout(default_page_layout(language))
    pages = paint_plan(writer, doc, charts, progress)
    del writer  # finishes the document
    data = bytes(buffer.data().data())
    buffer.close()
    atomic_write_bytes(path, data, mode=0o644)
    return pages


def make_pdf(
    database: object,
    year: int,
    path: Path,
    progress: Callable[[str], None] | None = None,
    today: dt.date | None = None,
) -> int:
    """Read, draw and write one year's plan (the CLI and the window's worker use this)."""
    from planner.store.yearplan_summary import year_document

    if progress:
        progress(_("Reading the year's data…"))
    doc = year_document(database, year, today)  # type: ignore[arg-type]
    demand = demand_data(database, doc)  # type: ignore[arg-type]
    if progress:
        progress(_("Drawing the charts…"))
    charts = build_charts(doc, demand)
    if progress:
        progress(_("Writing the pages…"))
    return write_pdf(path, doc, charts)
