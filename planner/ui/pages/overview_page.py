"""The overview: what is due, the key figures and the main charts, small.

The start page. Its text parts come from a handful of aggregate queries and
appear at once; the charts are created a moment after the page has painted,
so matplotlib loads (in the background) only once there is something to see.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.i18n import _
from planner.i18n.formatting import format_hours, format_number
from planner.store.stats import Due, KeyFigures, StatsStore
from planner.text.labels import area_name, enum_label
from planner.ui.changes import Change
from planner.ui.context import AppContext
from planner.ui.kit.chart_canvas import ChartView
from planner.ui.kit.chart_widgets import ChartDialog
from planner.ui.kit.widgets import VerticalScroll, plain_label
from planner.ui.pages import PAGES
from planner.ui.pages.base import Page
from planner.ui.pages.chart_sources import CHART_DATA, OVERVIEW_CHARTS, ChartRequest, chart_kind
from planner.ui.pages.overview_due import DueLine, due_lines

CHART_DELAY_MS = 120
"""Charts start this long after the page first painted: text first, then pictures."""

CELL_HEIGHT = 330
"""A small chart: room for its title, axes and legend, four of them on a laptop screen."""

DISMISSED_SETTING = "overview.dismissed_certifications"
"""Certification id → the state it was dismissed in ("expiring:2027-01-31")."""


def page_exists(key: str) -> bool:
    return any(spec.key == key for spec in PAGES)


class _ChartCell(QFrame):
    """A small chart with its title and a button to open it full size."""

    def __init__(self, key: str, open_full: Callable[[str], None]) -> None:
        super().__init__()
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedHeight(CELL_HEIGHT)
        self.title = QLabel()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: open_full(key))
        self.view: ChartView | None = None
        self.placeholder: QLabel | None = QLabel(self)
        self.placeholder.setMinimumHeight(220)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.open_button)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(header)
        self._layout.addWidget(self.placeholder, 1)

    def attach(self, view: ChartView) -> None:
        """Show ``view`` (created with this cell as its parent) instead of the placeholder."""
        self.view = view
        view.setMinimumSize(260, 220)
        # The canvas asks for its figure's full size; the grid shares the width fairly.
        view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        # removeWidget, not replaceWidget: the QLayoutItem that returns would be
        # ours to delete, and a Python wrapper of it goes stale (see _show_due).
        placeholder, self.placeholder = self.placeholder, None  # no reference to a dying label
        if placeholder is not None:
            self._layout.removeWidget(placeholder)
            placeholder.hide()
            placeholder.deleteLater()
        self._layout.addWidget(view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        title = _(chart_kind(self.key).title)
        self.title.setText(title)
        self.open_button.setText(_("Full size…"))
        self.open_button.setToolTip(_("Open this chart full size"))
        self.open_button.setAccessibleName(_("Open {chart} full size").format(chart=title))
        if self.view is not None:
            self.view.setAccessibleName(title)
        elif self.placeholder is not None:
            self.placeholder.setText(_("Loading chart…"))


class OverviewPage(Page):
    # What is due (levels, postings, plan, year plan), key figures (log, plan, road) and charts.
    depends_on = CHART_DATA | Change.CHOICE | Change.YEAR_PLAN

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.today: Callable[[], dt.date] = dt.date.today
        self._charts_started = False
        self._due: Due | None = None
        self._figures: KeyFigures | None = None

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.due_rows: list[tuple[QLabel, QPushButton | None]] = []
        self.dismiss_buttons: list[QPushButton] = []

        top = QHBoxLayout()
        top.addWidget(self._build_due_box(), 3)
        top.addWidget(self._build_figures_box(), 2)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self._build_charts_box())
        layout.addStretch(1)
        scroll = VerticalScroll(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.retranslate()
        self.refresh()

    # -- building ----------------------------------------------------------

    def _build_due_box(self) -> QGroupBox:
        self.due_box = QGroupBox()
        self.due_layout = QVBoxLayout(self.due_box)
        self.due_list = QWidget(self.due_box)  # the rows; replaced whole by _show_due
        self.due_layout.addWidget(self.due_list)
        self.due_layout.addStretch(1)
        return self.due_box

    def _build_figures_box(self) -> QGroupBox:
        self.figures_box = QGroupBox()
        self.figures_form = QFormLayout(self.figures_box)
        self.figure_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("month", "year", "progress", "road", "focus"):
            name, value = QLabel(), plain_label()
            value.setWordWrap(True)
            self.figures_form.addRow(name, value)
            self.figure_labels[key] = (name, value)
        return self.figures_box

    def _build_charts_box(self) -> QGroupBox:
        """The main charts, small, two by two (they fill in after the page painted)."""
        self.charts_box = QGroupBox()
        grid = QGridLayout(self.charts_box)
        self.cells = [_ChartCell(key, self.open_chart) for key in OVERVIEW_CHARTS]
        for index, cell in enumerate(self.cells):
            grid.addWidget(cell, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.all_charts_button = QPushButton()
        self.all_charts_button.clicked.connect(lambda: self.go_to("charts"))
        self.all_charts_button.setVisible(page_exists("charts"))
        grid.addWidget(self.all_charts_button, 2, 0, 1, 2)
        return self.charts_box

    # -- data ------------------------------------------------------------

    @property
    def stats(self) -> StatsStore:
        return StatsStore(self.context.database)

    def request(self) -> ChartRequest:
        today = self.today()
        return ChartRequest(today.year, today)

    def refresh(self) -> None:
        stats = self.stats
        today = self.today()
        self._due = stats.due(today)
        self._total_skills = len(stats.skill_options())
        self._figures = stats.key_figures(today)
        self._show_due()
        self._show_figures()
        for cell in self.cells:
            if cell.view is not None:
                cell.view.redraw()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._charts_started:
            self._charts_started = True
            QTimer.singleShot(CHART_DELAY_MS, self.start_charts)

    def start_charts(self) -> None:
        """Create the chart views (their first one loads matplotlib in the background)."""
        for cell in self.cells:
            if cell.view is None:
                builder = chart_kind(cell.key).builder(lambda: self.stats, self.request)
                cell.attach(ChartView(builder, cell))

    # -- texts -----------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(_("Overview"))
        self.due_box.setTitle(_("What is due"))
        self.figures_box.setTitle(_("Key figures"))
        self.charts_box.setTitle(_("Progress"))
        self.all_charts_button.setText(_("All &charts…"))
        names = {
            "month": _("Hours learned this month:"),
            "year": _("Hours learned this year:"),
            "progress": _("Plan items in progress:"),
            "road": _("Your road:"),
            "focus": _("Focus areas:"),
        }
        for key, (label, _value) in self.figure_labels.items():
            label.setText(names[key])
        for cell in self.cells:
            cell.retranslate()
        if self._due is not None:
            self._show_due()
            self._show_figures()

    def _show_due(self) -> None:
        assert self._due is not None
        # The old rows go as one parented widget, with their labels, buttons and
        # layouts (see "Who deletes what" in the README). Later, not now: one of
        # its buttons may still be handling the click that led here. Taking layout
        # items out one by one, or replaceWidget, leaves PySide wrappers of deleted
        # QLayoutItems behind.
        old, self.due_list = self.due_list, QWidget(self.due_box)
        self.due_rows, self.dismiss_buttons = [], []
        self.due_layout.removeWidget(old)
        old.hide()
        old.deleteLater()
        self.due_layout.insertWidget(0, self.due_list)
        rows = QVBoxLayout(self.due_list)
        rows.setContentsMargins(0, 0, 0, 0)
        dismissed = self.context.settings.get(DISMISSED_SETTING) or {}
        lines = due_lines(self._due, self._total_skills, self.today(), dismissed)
        if not lines:
            label = plain_label(_("Nothing is due. Keep logging what you learn."))
            label.setWordWrap(True)
            rows.addWidget(label)
            self.due_rows.append((label, None))
        for line in lines:
            row = QHBoxLayout()
            label = plain_label(line.text)
            label.setWordWrap(True)
            row.addWidget(label, 1)
            button = None
            if page_exists(line.page):
                button = QPushButton(line.button)
                button.clicked.connect(lambda _c=False, line=line: self.act_on(line))
                row.addWidget(button)
            rows.addLayout(row)
            self.due_rows.append((label, button))
            if line.dismiss is not None:
                dismiss = QPushButton(_("Dismiss"))
                dismiss.setToolTip(_("Hide this until the certification's state or date changes"))
                dismiss.clicked.connect(lambda _c=False, key=line.dismiss: self.dismiss(*key))
                row.addWidget(dismiss)
                self.dismiss_buttons.append(dismiss)

    def _show_figures(self) -> None:
        figures = self._figures
        assert figures is not None
        values = {
            "month": format_hours(figures.minutes_this_month),
            "year": format_hours(figures.minutes_this_year),
            "progress": format_number(figures.items_in_progress),
            "road": enum_label(figures.road) if figures.road else _("Not chosen yet"),
            "focus": ", ".join(area_name(key) for key in figures.focus_areas) or _("None yet"),
        }
        for key, (_label, value) in self.figure_labels.items():
            value.setText(values[key])

    # -- actions ---------------------------------------------------------

    def act_on(self, line: DueLine) -> None:
        self.go_to(line.page, line.focus)
        target = self.window()
        if line.item_id is not None and hasattr(target, "page"):
            page = target.page(line.page)
            if hasattr(page, "select_item"):
                page.select_item(line.item_id)

    def dismiss(self, key: str, state: str) -> None:
        """Hide a certification's line until its state or date changes (remembered)."""
        due = {str(c.id) for c in self._due.certifications} if self._due else set()
        dismissed = dict(self.context.settings.get(DISMISSED_SETTING) or {})
        dismissed = {k: v for k, v in dismissed.items() if k in due}  # forget the settled
        dismissed[key] = state
        self.context.settings.set(DISMISSED_SETTING, dismissed)
        self._show_due()

    def go_to(self, page: str, focus: str = "", review_year: int | None = None) -> None:
        window = self.window()
        if not page_exists(page) or not hasattr(window, "show_page"):
            return
        target = window.show_page(page)
        if focus and hasattr(target, "select_skill"):
            target.select_skill(focus)
        if review_year is not None and hasattr(target, "open_review"):
            target.open_review(review_year)

    def chart_dialog(self, key: str) -> ChartDialog:
        kind = chart_kind(key)
        return ChartDialog(kind.title, kind.builder(lambda: self.stats, self.request), self)

    def open_chart(self, key: str) -> None:
        dialog = self.chart_dialog(key)  # a child of this page: Qt deletes it when closed
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def review_dialogs(self) -> list[tuple[str, QWidget]]:
        return [(f"chart-{key}", self.chart_dialog(key)) for key in OVERVIEW_CHARTS]
