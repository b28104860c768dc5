"""The job market's yearly analysis: a year, its summary, and the areas and skills asked for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QTabWidget, QVBoxLayout

from planner.i18n import _
from planner.store.errors import StoreError
from planner.store.market import MarketAnalysis
from planner.text.market import summary
from planner.ui.kit.widgets import RecordTable, plain_label, record_table
from planner.ui.models.market import AnalysisModel
from planner.ui.models.table import RecordFilterProxy


class AnalysisBox(QGroupBox):
    def __init__(self, year_chosen: Callable[[], object]) -> None:
        super().__init__()
        self.analysis: MarketAnalysis | None = None
        self.year_combo = QComboBox()
        self.year_combo.currentIndexChanged.connect(lambda _i: year_chosen())
        self.year_label = plain_label()
        self.year_label.setBuddy(self.year_combo)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.legend = plain_label()
        self.legend.setWordWrap(True)
        self.area_model = AnalysisModel(is_skill=False, parent=self)
        self.skill_model = AnalysisModel(is_skill=True, parent=self)
        self.area_proxy, self.area_table = self._table(self.area_model)
        self.skill_proxy, self.skill_table = self._table(self.skill_model)

        year_row = QHBoxLayout()
        year_row.addWidget(self.year_label)
        year_row.addWidget(self.year_combo)
        year_row.addWidget(self.summary, 1)
        self.tables = QTabWidget()
        self.tables.addTab(self.area_table, "")
        self.tables.addTab(self.skill_table, "")
        layout = QVBoxLayout(self)
        layout.addLayout(year_row)
        layout.addWidget(self.tables, 1)
        layout.addWidget(self.legend)

    def _table(self, model: AnalysisModel) -> tuple[RecordFilterProxy, RecordTable]:
        proxy = RecordFilterProxy(self)
        proxy.setSourceModel(model)
        table = record_table()
        table.setModel(proxy)
        table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        table.fit_main_column(5, cap=220, share=0.25)  # the flag column takes the rest
        return proxy, table

    def retranslate(self) -> None:
        self.setTitle(_("Yearly analysis"))
        self.year_label.setText(_("&Year:"))
        self.tables.setTabText(0, _("Areas"))
        self.tables.setTabText(1, _("Skills"))
        self.legend.setText(
            _(
                "Share: the part of the year's postings that ask for it. Change: percentage"
                " points from the year before. Highlighted: the market asks for it (in 30 per"
                " cent of postings or more) and you are weak in it (below Intermediate) or have"
                " not assessed it."
            )
        )
        for model in (self.area_model, self.skill_model):
            model.retranslate()
        if self.analysis is not None:
            self.summary.setText(summary(self.analysis))

    def fill_years(self, years: list[int]) -> None:
        """``years`` (and this year), newest first, keeping the chosen one."""
        chosen = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in sorted({dt.date.today().year, *years}, reverse=True):
            self.year_combo.addItem(str(year), year)
        index = self.year_combo.findData(chosen)
        self.year_combo.setCurrentIndex(max(index, 0))
        self.year_combo.blockSignals(False)

    def selected_year(self) -> int:
        year = self.year_combo.currentData()
        return int(year) if year is not None else dt.date.today().year

    def show_analysis(self, analysis: MarketAnalysis | StoreError) -> None:
        if isinstance(analysis, StoreError):
            self.summary.setText(analysis.message(_))
            return
        self.analysis = analysis
        self.summary.setText(summary(analysis))
        self.area_model.set_records(analysis.areas)
        self.skill_model.set_records(analysis.skills)
