"""The road tab: choose a road and a focus, its history, and the T-shape beside it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QSplitter,
)

from planner.charts.result import ChartResult
from planner.charts.theme import ChartTheme
from planner.charts.tshape import TShapeData, tshape_alt_text, tshape_figure
from planner.domain.advisor import Advice
from planner.domain.catalogue import default_catalogue
from planner.i18n import _
from planner.store.errors import StoreError
from planner.store.profile import AdvisorInputs, ChoiceRecord
from planner.text.advice import reasons_text, suggestion_text
from planner.text.labels import area_name
from planner.ui.kit.chart_canvas import ChartView
from planner.ui.kit.direction_editors import ChoiceEditor
from planner.ui.kit.widgets import (
    VerticalScroll,
    current_record,
    date_edit,
    error_label,
    from_qdate,
    localize_date_edit,
    show_error_in,
)
from planner.ui.models.direction import choices_model
from planner.ui.models.table import RecordFilterProxy
from planner.ui.operations import direction as direction_ops
from planner.ui.pages.base import Page
from planner.ui.pages.direction.advice_tab import choice_differs
from planner.ui.pages.direction.common import history_box, history_table, past_date, wrapped
from planner.ui.pages.parts import buddy_label, button_row, push_button, stack


def tshape_data(inputs: AdvisorInputs, focus: tuple[str, ...]) -> TShapeData:
    """The T-shape of the stored levels, with ``focus`` as the depth."""
    keys = default_catalogue().area_keys
    levels = [inputs.levels.get(key) for key in keys]
    return TShapeData(
        area_keys=keys,
        names=tuple(area_name(key) for key in keys),
        current=tuple(level.current if level else None for level in levels),
        target=tuple(level.target if level else None for level in levels),
        focus=frozenset(focus),
    )


class RoadTab(QSplitter):
    def __init__(self, page: Page, inputs: AdvisorInputs) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.page = page
        self.inputs = inputs
        self.advice: Advice | None = None
        choice_scroll = VerticalScroll(self._build_choice_box())
        self.chart = ChartView(self._build_chart)
        self.chart.setMinimumSize(360, 300)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(choice_scroll)
        top.addWidget(self.chart)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        top.setSizes([420, 560])

        self.model = choices_model(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = history_table(self.proxy, stretch=4)
        self.history_box, self.delete_button = history_box(self.table, self.delete)
        self.addWidget(top)
        self.addWidget(self.history_box)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.setSizes([560, 160])

    def _build_choice_box(self) -> QGroupBox:
        self.suggestion = wrapped()
        self.differs = wrapped()
        self.differs.setStyleSheet(
            "background: palette(alternate-base); border-left: 4px solid #E69F00; padding: 6px;"
        )
        self.editor = ChoiceEditor()
        self.editor.changed.connect(self.chart_redraw)
        self.date = past_date()
        self.review_check = QCheckBox()
        self.review_date = date_edit(dt.date.today() + dt.timedelta(days=365))
        self.review_check.setChecked(True)
        self.review_check.toggled.connect(self.review_date.setEnabled)
        self.date_label = buddy_label(self.date)
        dates = QFormLayout()
        dates.addRow(self.date_label, self.date)
        dates.addRow(self.review_check, self.review_date)
        self.error = error_label()
        self.use_suggestion_button = push_button(self.use_suggestion)
        self.save_button = push_button(self.save)

        self.box = QGroupBox()
        buttons = button_row((self.use_suggestion_button,), (self.save_button,))
        stack(self.box, self.suggestion, self.differs, self.editor, dates, self.error, buttons)
        return self.box

    def retranslate(self) -> None:
        self.box.setTitle(_("Choose your road"))
        self.editor.retranslate()
        self.date_label.setText(_("Da&te of the choice:"))
        self.review_check.setText(_("Review o&n:"))
        localize_date_edit(self.date)
        localize_date_edit(self.review_date)
        self.use_suggestion_button.setText(_("&Use the suggestion"))
        self.save_button.setText(_("Save &choice"))
        self.history_box.setTitle(_("History of your choices"))
        self.delete_button.setText(_("Delete"))
        self.model.retranslate()
        self.chart.setAccessibleName(_("T-shape"))

    def show_advice(self, inputs: AdvisorInputs, advice: Advice | None) -> None:
        self.inputs, self.advice = inputs, advice
        if advice is None:
            self.suggestion.setText(_("Rate your strengths on the first tab to get a suggestion."))
            self.differs.setVisible(False)
            return
        notes = choice_differs(inputs, advice)
        self.suggestion.setText(suggestion_text(advice) + " " + reasons_text(advice.road_reasons))
        self.differs.setText("\n".join(notes))
        self.differs.setVisible(bool(notes))

    def show_records(self, choices: list[ChoiceRecord]) -> None:
        self.model.set_records(choices)
        self.delete_button.setEnabled(self.model.rowCount() > 0)
        self.use_suggestion_button.setEnabled(self.advice is not None)

    # -- the T-shape -----------------------------------------------------

    def _build_chart(self, theme: ChartTheme) -> ChartResult:
        data = tshape_data(self.inputs, self.editor.focus())
        if not data.has_levels:
            return ChartResult(
                None,
                alt_text=_("No skill levels yet."),
                hint=_(
                    "Assess your skills (on the Skills page or in the first-run guide)"
                    " to see your T-shape."
                ),
            )
        return ChartResult(tshape_figure(data, theme), alt_text=tshape_alt_text(data))

    def chart_redraw(self) -> None:
        self.chart.redraw()

    # -- actions ---------------------------------------------------------

    def reset_form(self) -> None:
        """The stored choice in the form, or else the suggestion."""
        choice = self.inputs.choice
        if choice is not None:
            self.editor.set_choice(choice.road, choice.focus, choice.rationale)
        elif self.advice is not None:
            self.editor.set_choice(self.advice.road, self.advice.focus, "")

    def use_suggestion(self) -> None:
        if self.advice is not None:
            self.editor.set_choice(self.advice.road, self.advice.focus)

    def save(self) -> None:
        editor = self.editor
        review = from_qdate(self.review_date.date()) if self.review_check.isChecked() else None
        on = from_qdate(self.date.date())
        try:
            direction_ops.choose_road(
                self.page.context,
                self.page.ask(),
                lambda store: store.add_choice(
                    editor.road(), editor.focus(), editor.rationale(), on, review
                ),
            )
        except StoreError as error:
            show_error_in(self.error, error.message(_))
            return
        show_error_in(self.error, "")

    def delete(self) -> None:
        record = current_record(self.table)
        if isinstance(record, ChoiceRecord):
            direction_ops.delete_choice(self.page.context, self.page.ask(), record)
