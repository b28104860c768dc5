"""The advice tab: ranked areas and why, the suggested road, breadth gaps, the principles."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from planner.domain.advisor import PRINCIPLES, Advice
from planner.i18n import _
from planner.i18n.formatting import format_date, format_number
from planner.store.profile import AdvisorInputs
from planner.text.advice import focus_text, reason_text, reasons_text, suggestion_text
from planner.text.labels import area_name
from planner.ui.kit.widgets import fit_columns, record_table
from planner.ui.models.direction import ranking_model
from planner.ui.pages.direction.common import heading, wrapped


def choice_differs(inputs: AdvisorInputs, advice: Advice) -> tuple[str, ...]:
    """The advisor's plain note on the stored choice (empty when it matches)."""
    return tuple(reason_text(r) for r in (*advice.choice_problems, *advice.differs))


class AdviceTab(QScrollArea):
    def __init__(self, rate: Callable[[], object]) -> None:
        super().__init__()
        self.advice: Advice | None = None
        self.advice_empty = wrapped()
        self.rate_button = QPushButton()
        self.rate_button.clicked.connect(rate)
        self.suggestion_label = heading()
        self.road_reasons_label = wrapped()
        self.strongest_label = wrapped()
        self.market_label = wrapped()
        self.ranking_heading = heading()
        self.ranking = ranking_model(self)
        self.ranking_table = record_table()
        self.ranking_table.setModel(self.ranking)
        self.ranking_table.setSortingEnabled(False)
        fit_columns(self.ranking_table, stretch=1)
        self.ranking_table.setMinimumHeight(200)
        self.ranking_table.selectionModel().currentRowChanged.connect(self._show_area_reasons)
        self.area_reasons_heading = heading()
        self.area_reasons_label = wrapped()
        self.gaps_heading = heading()
        self.gaps_label = wrapped()
        self.differs_heading = heading()
        self.differs_label = wrapped()
        self.principles_heading = heading()
        self.principles_label = wrapped()

        content = QWidget()
        layout = QVBoxLayout(content)
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.advice_empty, 1)
        empty_row.addWidget(self.rate_button)
        layout.addLayout(empty_row)
        for widget in (
            self.suggestion_label,
            self.road_reasons_label,
            self.strongest_label,
            self.market_label,
            self.ranking_heading,
            self.ranking_table,
            self.area_reasons_heading,
            self.area_reasons_label,
            self.gaps_heading,
            self.gaps_label,
            self.differs_heading,
            self.differs_label,
            self.principles_heading,
            self.principles_label,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidgetResizable(True)
        self.setWidget(content)

    def retranslate(self) -> None:
        self.rate_button.setText(_("Rate your strengths"))
        self.ranking_heading.setText(_("Areas, best fit first"))
        self.gaps_heading.setText(_("Breadth gaps"))
        self.differs_heading.setText(_("Your choice and the suggestion"))
        self.principles_heading.setText(_("What practitioners advise"))
        self.ranking.retranslate()

    # -- showing the advice ---------------------------------------------

    def show_advice(self, inputs: AdvisorInputs, advice: Advice | None) -> None:
        self.advice = advice
        self._show_empty(advice is None)
        self._show_market(inputs)
        self.principles_label.setText(
            "\n".join(reason_text(r) for r in (advice.principles if advice else PRINCIPLES))
        )
        if advice is None:
            self.ranking.set_records([])
            for widget in (
                self.gaps_heading,
                self.gaps_label,
                self.differs_heading,
                self.differs_label,
            ):
                widget.setVisible(False)
            return
        selected = self._selected_area()
        self.suggestion_label.setText(suggestion_text(advice))
        self.road_reasons_label.setText(reasons_text(advice.road_reasons))
        self.strongest_label.setText(reasons_text(advice.strengths))
        self.ranking.set_records(advice.ranking)
        self._select_area(selected or advice.ranking[0].area_key)
        self._show_gaps(advice)
        self._show_differs(inputs, advice)

    def _show_empty(self, empty: bool) -> None:
        self.advice_empty.setVisible(empty)
        self.rate_button.setVisible(empty)
        self.advice_empty.setText(
            _("No strengths are recorded yet: rate them first, and the advice follows from them.")
        )
        for widget in (
            self.suggestion_label,
            self.road_reasons_label,
            self.strongest_label,
            self.ranking_heading,
            self.ranking_table,
            self.area_reasons_heading,
            self.area_reasons_label,
        ):
            widget.setVisible(not empty)

    def _show_market(self, inputs: AdvisorInputs) -> None:
        if inputs.demand_year is None:
            market = _("No job postings read yet: the ranking follows your strengths alone.")
        else:
            market = _(
                "Market demand from {count} job postings read in {year} weighs in,"
                " less than your strengths: it can break near-ties."
            ).format(count=format_number(inputs.postings), year=inputs.demand_year)
        self.market_label.setText(market)

    def _show_gaps(self, advice: Advice) -> None:
        gaps = [reason_text(r) for gap in advice.breadth_gaps for r in gap.reasons]
        self.gaps_heading.setVisible(True)
        self.gaps_label.setVisible(True)
        self.gaps_label.setText(
            "\n".join(gaps) if gaps else _("Every area has at least the base level. Good.")
        )

    def _show_differs(self, inputs: AdvisorInputs, advice: Advice) -> None:
        choice = inputs.choice
        self.differs_heading.setVisible(choice is not None)
        self.differs_label.setVisible(choice is not None)
        if choice is None:
            return
        notes = choice_differs(inputs, advice)
        summary = _("Your choice from {date}: {road}. Focus: {focus}.").format(
            date=format_date(choice.chosen_on),
            road=_(choice.road.label),
            focus=focus_text(choice.focus),
        )
        body = "\n".join(notes) if notes else _("Your choice matches the suggestion.")
        self.differs_label.setText(summary + "\n" + body)

    # -- the ranked areas -----------------------------------------------

    def _selected_area(self) -> str | None:
        index = self.ranking_table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.ranking.record(index.row()).area_key

    def _select_area(self, key: str) -> None:
        for row, ranked in enumerate(self.ranking.records()):
            if ranked.area_key == key:
                self.ranking_table.selectionModel().setCurrentIndex(
                    self.ranking.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._show_area_reasons()

    def _show_area_reasons(self, *_args: object) -> None:
        index = self.ranking_table.selectionModel().currentIndex()
        if not index.isValid() or self.advice is None:
            self.area_reasons_heading.setText("")
            self.area_reasons_label.setText("")
            return
        ranked = self.ranking.record(index.row())
        self.area_reasons_heading.setText(
            _("Why {area} is number {rank}").format(
                area=area_name(ranked.area_key), rank=ranked.rank
            )
        )
        self.area_reasons_label.setText(reasons_text(ranked.reasons, "\n"))

    def area_reasons(self, key: str) -> list[str]:
        """The reasons shown for ``key``'s rank (what a person reads when selecting it)."""
        self._select_area(key)
        return self.area_reasons_label.text().split("\n")

    def ranked_keys(self) -> list[str]:
        return [ranked.area_key for ranked in self.ranking.records()]
