"""Paint the yearly plan onto any paged device: print preview, printer or PDF.

:func:`paint_plan` is the one rendering function. Page one (the plan at a
glance) is its own QTextDocument, laid out with the most generous
:data:`~planner.report.page_one.LIMITS` that fit one page; the goals that did
not fit and the chosen detailed sections follow in a second document. Both
are laid out at a fixed reference resolution, then painted page by page with
a header (the person's name and the year) and a footer ("page N of M" in the
active language), scaled to the device. Table header rows repeat after page
breaks. Charts are SVG drawn by QSvgRenderer into the space their paragraph
keeps, so they reach the PDF as vectors with their text in embedded fonts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
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
    QTextDocument,
)

from planner import __version__
from planner.i18n import _, current_language
from planner.i18n.languages import QT_LOCALES
from planner.report.content import (
    CHART_DEMAND,
    CHART_HOURS,
    CHART_NAMES,
    CHART_RADAR,
    CHART_TSHAPE,
    STYLE,
    build_details,
    document_title,
)
from planner.report.goal_table import goals_continued
from planner.report.page_kit import LIMITS, PAGE_ONE_POINTS, PAGE_ONE_STYLE, Limits
from planner.report.page_one import build_page_one
from planner.report.placement import Charts, PlacedCharts, repeat_table_headers
from planner.report.sections import CHARTS, SECTION_NAMES, normalise
from planner.store.page_one import PageOne
from planner.store.yearplan_summary import YearDocument

if TYPE_CHECKING:
    from planner.charts.market import DemandLevelData
    from planner.charts.result import ChartResult
    from planner.store.database import Database

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


@dataclass
class LaidOut:
    document: QTextDocument
    charts: PlacedCharts
    body: QSizeF  # one page of body text, in reference units

    @property
    def pages(self) -> int:
        return self.document.pageCount()


@dataclass(frozen=True)
class PrintedPlan:
    """Everything the document prints: the year, page one's figures, charts and sections."""

    document: YearDocument
    page_one: PageOne
    charts: Charts
    sections: tuple[str, ...] = SECTION_NAMES

    def with_sections(self, sections: tuple[str, ...]) -> PrintedPlan:
        return replace(self, sections=sections)


@dataclass
class PlanLayout:
    first: LaidOut  # page one: one page (more only if even the tightest limits overflow)
    limits: Limits  # how much of each list page one holds
    details: LaidOut | None  # the pages after it (None: page one only)

    @property
    def pages(self) -> int:
        return self.first.pages + (self.details.pages if self.details else 0)

    def page(self, number: int) -> tuple[LaidOut, int]:
        """The laid-out document and its page index for page ``number`` (0-based)."""
        if number < self.first.pages or self.details is None:
            return self.first, number
        return self.details, number - self.first.pages


def body_size(page_layout: QPageLayout) -> QSizeF:
    paint = page_layout.paintRect(QPageLayout.Unit.Inch)
    width = paint.width() * REFERENCE_DPI
    return QSizeF(width, paint.height() * REFERENCE_DPI - HEADER_HEIGHT - FOOTER_HEIGHT)


def _document(markup: str, style: str, body: QSizeF, points: float = 9) -> QTextDocument:
    document = QTextDocument()
    reference = QImage(8, 8, QImage.Format.Format_RGB32)
    dots_per_metre = round(REFERENCE_DPI / 0.0254)
    reference.setDotsPerMeterX(dots_per_metre)
    reference.setDotsPerMeterY(dots_per_metre)
    document.documentLayout().setPaintDevice(reference)
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(points)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(style)
    # Each page keeps this margin at top and bottom: accents of a line that
    # starts a page (the ring of å) then stay on that page.
    document.setDocumentMargin(PAGE_GAP)
    # The side margins hang outside the printable width, so text lines up with the header.
    document.setPageSize(QSizeF(body.width() + 2 * PAGE_GAP, body.height()))
    document.setHtml(markup)
    return document


def lay_out(markup: str, charts: Charts, page_layout: QPageLayout, style: str = STYLE) -> LaidOut:
    """``markup`` laid out on pages of ``page_layout`` (reference units), charts in place."""
    body = body_size(page_layout)
    width, height = body.width(), body.height()
    document = _document(markup, style, body)
    placed = PlacedCharts(charts, width * CHART_WIDTH, height * CHART_HEIGHT)
    placed.insert(document)
    repeat_table_headers(document)
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
    return LaidOut(document, placed, body)


def lay_out_page_one(plan: PrintedPlan, page_layout: QPageLayout) -> tuple[LaidOut, Limits]:
    """Page one with as much of each list as fits on one page (the tightest limits else)."""
    body = body_size(page_layout)
    for limits in LIMITS:
        markup = build_page_one(plan.document, plan.page_one, limits)
        document = _document(markup, PAGE_ONE_STYLE, body, PAGE_ONE_POINTS)
        if document.pageCount() == 1:
            break
    return LaidOut(document, PlacedCharts(Charts({}), 0, 0), body), limits


def lay_out_plan(plan: PrintedPlan, page_layout: QPageLayout) -> PlanLayout:
    first, limits = lay_out_page_one(plan, page_layout)
    continued = goals_continued(plan.document, plan.page_one, limits)
    markup = build_details(plan.document, plan.sections, continued)
    details = lay_out(markup, plan.charts, page_layout) if markup else None
    return PlanLayout(first, limits, details)


def paint_plan(
    device: QPagedPaintDevice, plan: PrintedPlan, progress: Progress | None = None
) -> int:
    """Paint the whole plan on ``device`` with its own page layout; returns the page count."""
    layout = lay_out_plan(plan, device.pageLayout())
    pages = layout.pages
    scale = device.resolution() / REFERENCE_DPI
    header_left = plan.document.person_name or ""
    header_right = document_title(plan.document.year)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(_("The document could not be started on this printer or file."))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        header_font = QFont(FONT_FAMILY)
        header_font.setPixelSize(11)  # reference units: scaled with the painter
        for number in range(pages):
            if number:
                device.newPage()
            laid, page = layout.page(number)
            painter.save()
            painter.scale(scale, scale)
            _paint_frame(
                painter, laid.body, header_left, header_right, number + 1, pages, header_font
            )
            _paint_page(painter, laid, page)
            painter.restore()
            if progress is not None:
                progress(number + 1, pages)
    finally:
        painter.end()
    return pages


def _paint_page(painter: QPainter, laid: LaidOut, page: int) -> None:
    body = laid.body
    painter.translate(-PAGE_GAP, HEADER_HEIGHT - page * body.height())
    clip = QRectF(0, page * body.height(), body.width() + 2 * PAGE_GAP, body.height())
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    context.palette.setColor(context.palette.ColorRole.Text, QColor("#202020"))
    laid.document.documentLayout().draw(painter, context)
    for name, rect in laid.charts.rects.items():
        if rect.intersects(clip):
            laid.charts.renderers[name].render(painter, rect)


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
    plan: PrintedPlan,
    progress: Progress | None = None,
    page_layout: QPageLayout | None = None,
) -> int:
    """Write the plan as PDF on the locale's paper (or ``page_layout``); returns the page count.

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
    writer.setTitle(document_title(plan.document.year))
    writer.setPageLayout(page_layout or default_page_layout())
    pages = paint_plan(writer, plan, progress)
    del writer  # finishes the document
    data = bytes(buffer.data().data())
    buffer.close()
    atomic_write_bytes(path, data, mode=0o644)
    return pages


def prepare_plan(
    database: Database,
    year: int,
    sections: tuple[str, ...] = SECTION_NAMES,
    *,
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
    all_charts: bool = False,
) -> PrintedPlan:
    """Read the year and draw the charts the sections need (all of them with ``all_charts``:
    the preview can add the charts section later). The CLI and the window both use this."""
    from planner.store.page_one import page_one
    from planner.store.yearplan_summary import year_document

    if progress:
        progress(_("Reading the year's data…"))
    doc = year_document(database, year, today)
    one = page_one(database, doc, today)
    charts = Charts({})
    if all_charts or CHARTS in sections:
        if progress:
            progress(_("Drawing the charts…"))
        charts = build_charts(doc, demand_data(database, doc))
    return PrintedPlan(doc, one, charts, normalise(sections))


def make_pdf(
    database: Database,
    year: int,
    path: Path,
    sections: tuple[str, ...] = SECTION_NAMES,
    *,
    today: dt.date | None = None,
    page_layout: QPageLayout | None = None,
) -> int:
    """Read, draw and write one year's plan (the CLI uses this)."""
    plan = prepare_plan(database, year, sections, today=today)
    return write_pdf(path, plan, page_layout=page_layout)
