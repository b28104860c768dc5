"""Every chart, full size: choose one, and the year or the skill or area it shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.charts.result import ChartResult
from planner.charts.theme import ChartTheme
from planner.i18n import _
from planner.store.stats import StatsStore
from planner.text.labels import area_name, skill_name_for_key
from planner.ui.context import AppContext
from planner.ui.kit.chart_canvas import ChartView
from planner.ui.kit.chart_widgets import SaveChartButton
from planner.ui.pages.base import Page
from planner.ui.pages.chart_sources import CHART_DATA, CHARTS, ChartKind, ChartRequest


class ChartsPage(Page):
    depends_on = CHART_DATA

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.today: Callable[[], dt.date] = dt.date.today

        self.chart_list = QListWidget()
        self.chart_list.setObjectName("chart-list")
        for _kind in CHARTS:
            self.chart_list.addItem(QListWidgetItem())
        self.chart_list.currentRowChanged.connect(self._chart_changed)

        self.year_label = QLabel()
        self.year_combo = QComboBox()
        self.year_label.setBuddy(self.year_combo)
        self.year_combo.currentIndexChanged.connect(self._selection_changed)
        self.subject_label = QLabel()
        self.subject_combo = QComboBox()
        self.subject_label.setBuddy(self.subject_combo)
        self.subject_combo.currentIndexChanged.connect(self._selection_changed)

        self.view = ChartView(self._build)
        self.save_button = SaveChartButton(self.view)

        selectors = QHBoxLayout()
        selectors.addWidget(self.year_label)
        selectors.addWidget(self.year_combo)
        selectors.addSpacing(12)
        selectors.addWidget(self.subject_label)
        selectors.addWidget(self.subject_combo, 1)
        selectors.addStretch(0)
        selectors.addWidget(self.save_button)

        right = QVBoxLayout()
        right.addLayout(selectors)
        right.addWidget(self.view, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.chart_list)
        layout.addLayout(right, 1)

        self.retranslate()
        self.refresh()
        self.chart_list.setCurrentRow(0)

    # -- what is chosen --------------------------------------------------

    def kind(self) -> ChartKind:
        return CHARTS[max(self.chart_list.currentRow(), 0)]

    def request(self) -> ChartRequest:
        today = self.today()
        year = self.year_combo.currentData()
        return ChartRequest(
            year if isinstance(year, int) else today.year,
            today,
            str(self.subject_combo.currentData() or ""),
        )

    def show_chart(self, key: str, year: int | None = None, subject: str = "") -> None:
        """Choose a chart (and its year or subject), as a person would in the list."""
        row = next(i for i, kind in enumerate(CHARTS) if kind.key == key)
        if year is not None:
            self.year_combo.setCurrentIndex(max(self.year_combo.findData(year), 0))
        if subject:
            self.subject_combo.setCurrentIndex(max(self.subject_combo.findData(subject), 0))
        self.chart_list.setCurrentRow(row)
        self.view.redraw()

    def _build(self, theme: ChartTheme) -> ChartResult:
        builder = self.kind().builder(lambda: StatsStore(self.context.database), self.request)
        return builder(theme)

    def _chart_changed(self, _row: int) -> None:
        kind = self.kind()
        for widget in (self.year_label, self.year_combo):
            widget.setEnabled(kind.uses_year)
        for widget in (self.subject_label, self.subject_combo):
            widget.setVisible(kind.uses_subject)
        self.view.setAccessibleName(_(kind.title))
        self.view.redraw()

    def _selection_changed(self, _index: int) -> None:
        self.view.redraw()

    # -- page ------------------------------------------------------------

    def refresh(self) -> None:
        stats = StatsStore(self.context.database)
        this_year = self.today().year
        years = sorted({*stats.log_years(), this_year}, reverse=True)
        chosen = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(chosen), 0))
        self.year_combo.blockSignals(False)
        self._options = stats.skill_options()
        self._fill_subjects()
        self.view.redraw()

    def _fill_subjects(self) -> None:
        chosen = self.subject_combo.currentData()
        self.subject_combo.blockSignals(True)
        self.subject_combo.clear()
        area = None
        for option in self._options:
            if option.area_key != area:
                area = option.area_key
                self.subject_combo.addItem(
                    _("Area: {area}").format(area=area_name(area)), f"area:{area}"
                )
            name = option.custom_name or skill_name_for_key(option.key)
            self.subject_combo.addItem("    " + name, f"skill:{option.key}")
        index = self.subject_combo.findData(chosen)
        self.subject_combo.setCurrentIndex(
            index if index >= 0 else min(1, self.subject_combo.count() - 1)
        )
        self.subject_combo.blockSignals(False)

    def retranslate(self) -> None:
        for row, kind in enumerate(CHARTS):
            self.chart_list.item(row).setText(_(kind.title))
        # As wide as the longest title in this language, within reason.
        metrics = self.chart_list.fontMetrics()
        widest = max(metrics.horizontalAdvance(_(kind.title)) for kind in CHARTS)
        self.chart_list.setFixedWidth(min(max(widest + 32, 160), 360))
        self.chart_list.setAccessibleName(_("Charts"))
        self.year_label.setText(_("&Year:"))
        self.subject_label.setText(_("S&kill or area:"))
        self.view.setAccessibleName(_(self.kind().title))
        if hasattr(self, "_options"):
            self._fill_subjects()
