"""Strengths and specialisation: rate your strengths, read the advice, choose a road.

Three tabs, a module each: the strengths (with their history), the advice
(ranked areas and why, the suggested road, breadth gaps, the article's
principles) and the road (the choice, its history and the T-shape beside it).
The advice is computed afresh whenever strengths, skill levels, the market
tally or the choice change.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner.domain.advisor import Advice
from planner.i18n import _
from planner.i18n.formatting import format_date
from planner.store.errors import StoreError
from planner.store.profile import AdvisorInputs, ProfileStore
from planner.ui.changes import LEVELS, Change
from planner.ui.context import AppContext
from planner.ui.kit.messages import confirm_box, show_store_error
from planner.ui.pages.base import Page
from planner.ui.pages.direction.advice_tab import AdviceTab
from planner.ui.pages.direction.road_tab import RoadTab
from planner.ui.pages.direction.strengths_tab import StrengthsTab

STRENGTHS_TAB, ADVICE_TAB, ROAD_TAB = 0, 1, 2


class DirectionPage(Page):
    # Strengths and road; the advisor also weighs levels and market demand.
    depends_on = Change.STRENGTHS | Change.CHOICE | LEVELS | Change.POSTINGS

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store = ProfileStore(context.database)
        self.inputs: AdvisorInputs = self.store.advisor_inputs()
        self.advice: Advice | None = None

        self.tabs = QTabWidget()
        self.strengths_tab = StrengthsTab(self)
        self.advice_tab = AdviceTab(lambda: self.tabs.setCurrentIndex(STRENGTHS_TAB))
        self.road_tab = RoadTab(self, self.inputs)
        self.tabs.addTab(self.strengths_tab, "")
        self.tabs.addTab(self.advice_tab, "")
        self.tabs.addTab(self.road_tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.retranslate()
        self._show_inputs()  # read once above: the first show costs one read of the figures
        self.road_tab.reset_form()
        self.tabs.setCurrentIndex(ADVICE_TAB if self.inputs.strengths else STRENGTHS_TAB)

    def retranslate(self) -> None:
        self.tabs.setTabText(STRENGTHS_TAB, _("&Strengths"))
        self.tabs.setTabText(ADVICE_TAB, _("A&dvice"))
        self.tabs.setTabText(ROAD_TAB, _("Your &road"))
        self.strengths_tab.retranslate()
        self.advice_tab.retranslate()
        self.road_tab.retranslate()
        self._show_advice()

    def refresh(self) -> None:
        try:
            self.inputs = self.store.advisor_inputs()
        except StoreError as error:
            show_store_error(self, error)
            return
        self._show_inputs()

    def _show_inputs(self) -> None:
        self.advice = self.inputs.advice()
        self.strengths_tab.show_records(self.store.strengths_history(), self.inputs.strengths)
        self._show_advice()
        self.road_tab.show_records(self.store.choices())
        self.road_tab.chart_redraw()

    def _show_advice(self) -> None:
        self.advice_tab.show_advice(self.inputs, self.advice)
        self.road_tab.show_advice(self.inputs, self.advice)

    def review_dialogs(self) -> list[tuple[str, QWidget]]:
        from planner.ui.dialogs.first_run_wizard import FirstRunWizard

        today = format_date(dt.date.today())
        dialogs: list[tuple[str, QWidget]] = [
            (
                "delete-strengths",
                confirm_box(
                    self,
                    _("Delete the strengths from {date}? You can undo this.").format(date=today),
                ),
            ),
            (
                "delete-choice",
                confirm_box(
                    self, _("Delete the choice from {date}? You can undo this.").format(date=today)
                ),
            ),
        ]
        for page_id in FirstRunWizard.PAGE_IDS:
            wizard = FirstRunWizard(
                self.context, parent=self, start_id=page_id, import_linkedin=lambda _parent: None
            )
            dialogs.append((f"first-run-guide-{page_id}", wizard))
        return dialogs

    def show_advice(self) -> None:
        """Bring the advice tab to the front (after the first-run guide)."""
        self.road_tab.reset_form()
        self.tabs.setCurrentIndex(ADVICE_TAB)

    def ranked_keys(self) -> list[str]:
        return self.advice_tab.ranked_keys()
