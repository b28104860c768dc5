"""Strengths and specialisation: rate your strengths, read the advice, choose a road.

Three tabs: the strengths (with their history), the advice (ranked areas and
why, the suggested road, breadth gaps, the article's principles) and the road
(the choice, its history and the T-shape beside it). The advice is computed
afresh whenever strengths, skill levels, the market tally or the choice change.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.charts.result import ChartResult
from planner.charts.theme import ChartTheme
from planner.charts.tshape import TShapeData, tshape_alt_text, tshape_figure
from planner.domain.advisor import PRINCIPLES, Advice
from planner.domain.catalogue import default_catalogue
from planner.domain.enums import StrengthKind
from planner.i18n import _
from planner.i18n.formatting import format_date, format_number
from planner.store.errors import StoreError
from planner.store.profile import AdvisorInputs, ChoiceRecord, ProfileStore, StrengthsRecord
from planner.text.advice import focus_text, reason_text, reasons_text, suggestion_text
from planner.text.labels import area_name
from planner.ui.changes import LEVELS, Change
from planner.ui.context import AppContext
from planner.ui.kit.chart_canvas import ChartView
from planner.ui.kit.direction_editors import ChoiceEditor, StrengthsEditor
from planner.ui.kit.messages import confirm_box, show_store_error
from planner.ui.kit.widgets import (
    date_edit,
    error_label,
    fit_columns,
    from_qdate,
    localize_date_edit,
    on_delete_key,
    plain_label,
    record_table,
    show_error_in,
    to_qdate,
)
from planner.ui.models.direction import choices_model, ranking_model, strengths_model
from planner.ui.models.table import RecordFilterProxy
from planner.ui.operations import direction as direction_ops
from planner.ui.pages.base import Page

STRENGTHS_TAB, ADVICE_TAB, ROAD_TAB = 0, 1, 2


def _wrapped(text: str = "") -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading() -> QLabel:
    label = plain_label()
    label.setStyleSheet("font-weight: bold;")
    label.setWordWrap(True)
    return label


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


def choice_differs(inputs: AdvisorInputs, advice: Advice) -> tuple[str, ...]:
    """The advisor's plain note on the stored choice (empty when it matches)."""
    return tuple(reason_text(r) for r in (*advice.choice_problems, *advice.differs))


class DirectionPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store = ProfileStore(context.database)
        self.inputs: AdvisorInputs = self.store.advisor_inputs()
        self.advice: Advice | None = None
        self._shown_strengths: int | None = None

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_strengths_tab(), "")
        self.tabs.addTab(self._build_advice_tab(), "")
        self.tabs.addTab(self._build_road_tab(), "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.retranslate()
        self.refresh()
        self._reset_choice_form()
        self.tabs.setCurrentIndex(ADVICE_TAB if self.inputs.strengths else STRENGTHS_TAB)

    # -- building --------------------------------------------------------

    def _build_strengths_tab(self) -> QWidget:
        tab = QWidget()
        self.strengths_intro = _wrapped()
        self.strengths_editor = StrengthsEditor()
        self.strengths_date = date_edit()
        self.strengths_date.setMaximumDate(to_qdate(dt.date.today()))
        self.strengths_note = QLineEdit()
        self.strengths_note.setMaxLength(2000)
        self.strengths_form = QFormLayout()
        self.strengths_date_label = QLabel()
        self.strengths_date_label.setBuddy(self.strengths_date)
        self.strengths_note_label = QLabel()
        self.strengths_note_label.setBuddy(self.strengths_note)
        self.strengths_form.addRow(self.strengths_date_label, self.strengths_date)
        self.strengths_form.addRow(self.strengths_note_label, self.strengths_note)
        self.strengths_error = error_label()
        self.save_strengths_button = QPushButton()
        self.save_strengths_button.clicked.connect(self.save_strengths)
        self.strengths_note.returnPressed.connect(self.save_strengths)

        self.strengths_model = strengths_model(self)
        self.strengths_proxy = RecordFilterProxy(self)
        self.strengths_proxy.setSourceModel(self.strengths_model)
        self.strengths_table = record_table()
        self.strengths_table.setModel(self.strengths_proxy)
        self.strengths_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        fit_columns(self.strengths_table, stretch=5)
        self.delete_strengths_button = QPushButton()
        self.delete_strengths_button.clicked.connect(self.delete_strengths)
        self._delete_key(self.strengths_table, self.delete_strengths)
        self.strengths_history_box = QGroupBox()
        history = QVBoxLayout(self.strengths_history_box)
        history.addWidget(self.strengths_table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_strengths_button)
        history.addLayout(row)

        self.strengths_box = QGroupBox()
        form = QVBoxLayout(self.strengths_box)
        form.addWidget(self.strengths_intro)
        form.addWidget(self.strengths_editor)
        form.addLayout(self.strengths_form)
        form.addWidget(self.strengths_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_strengths_button)
        form.addLayout(buttons)

        layout = QVBoxLayout(tab)
        layout.addWidget(self.strengths_box)
        layout.addWidget(self.strengths_history_box, 1)
        return tab

    def _build_advice_tab(self) -> QWidget:
        self.advice_empty = _wrapped()
        self.rate_button = QPushButton()
        self.rate_button.clicked.connect(lambda: self.tabs.setCurrentIndex(STRENGTHS_TAB))
        self.suggestion_label = _heading()
        self.road_reasons_label = _wrapped()
        self.strongest_label = _wrapped()
        self.market_label = _wrapped()
        self.ranking_heading = _heading()
        self.ranking = ranking_model(self)
        self.ranking_table = record_table()
        self.ranking_table.setModel(self.ranking)
        self.ranking_table.setSortingEnabled(False)
        fit_columns(self.ranking_table, stretch=1)
        self.ranking_table.setMinimumHeight(200)
        self.ranking_table.selectionModel().currentRowChanged.connect(self._show_area_reasons)
        self.area_reasons_heading = _heading()
        self.area_reasons_label = _wrapped()
        self.gaps_heading = _heading()
        self.gaps_label = _wrapped()
        self.differs_heading = _heading()
        self.differs_label = _wrapped()
        self.principles_heading = _heading()
        self.principles_label = _wrapped()

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
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        return scroll

    def _build_road_tab(self) -> QWidget:
        self.road_suggestion = _wrapped()
        self.road_differs = _wrapped()
        self.road_differs.setStyleSheet(
            "background: palette(alternate-base); border-left: 4px solid #E69F00; padding: 6px;"
        )
        self.choice_editor = ChoiceEditor()
        self.choice_editor.changed.connect(self._preview_changed)
        self.choice_date = date_edit()
        self.choice_date.setMaximumDate(to_qdate(dt.date.today()))
        self.review_check = QCheckBox()
        self.review_date = date_edit(dt.date.today() + dt.timedelta(days=365))
        self.review_check.setChecked(True)
        self.review_check.toggled.connect(self.review_date.setEnabled)
        self.choice_date_label = QLabel()
        self.choice_date_label.setBuddy(self.choice_date)
        dates = QFormLayout()
        dates.addRow(self.choice_date_label, self.choice_date)
        dates.addRow(self.review_check, self.review_date)
        self.choice_error = error_label()
        self.use_suggestion_button = QPushButton()
        self.use_suggestion_button.clicked.connect(self.use_suggestion)
        self.save_choice_button = QPushButton()
        self.save_choice_button.clicked.connect(self.save_choice)

        self.choice_box = QGroupBox()
        form = QVBoxLayout(self.choice_box)
        form.addWidget(self.road_suggestion)
        form.addWidget(self.road_differs)
        form.addWidget(self.choice_editor)
        form.addLayout(dates)
        form.addWidget(self.choice_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_suggestion_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_choice_button)
        form.addLayout(buttons)

        self.chart = ChartView(self._build_chart)
        self.chart.setMinimumSize(360, 300)

        choice_scroll = QScrollArea()
        choice_scroll.setWidgetResizable(True)
        choice_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        choice_scroll.setWidget(self.choice_box)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(choice_scroll)
        top.addWidget(self.chart)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        top.setSizes([420, 560])

        self.choices_model = choices_model(self)
        self.choices_proxy = RecordFilterProxy(self)
        self.choices_proxy.setSourceModel(self.choices_model)
        self.choices_table = record_table()
        self.choices_table.setModel(self.choices_proxy)
        self.choices_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        fit_columns(self.choices_table, stretch=4)
        self.delete_choice_button = QPushButton()
        self.delete_choice_button.clicked.connect(self.delete_choice)
        self._delete_key(self.choices_table, self.delete_choice)
        self.choices_box = QGroupBox()
        history = QVBoxLayout(self.choices_box)
        history.addWidget(self.choices_table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_choice_button)
        history.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.choices_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 160])
        return splitter

    def _delete_key(self, table: QTableView, action: object) -> None:
        on_delete_key(table, action)

    # -- page ------------------------------------------------------------

    # Strengths and road; the advisor also weighs levels and market demand.
    depends_on = Change.STRENGTHS | Change.CHOICE | LEVELS | Change.POSTINGS

    def retranslate(self) -> None:
        self.tabs.setTabText(STRENGTHS_TAB, _("&Strengths"))
        self.tabs.setTabText(ADVICE_TAB, _("A&dvice"))
        self.tabs.setTabText(ROAD_TAB, _("Your &road"))
        self.strengths_box.setTitle(_("Your natural strengths"))
        self.strengths_intro.setText(
            _(
                "Rate each strength from 1 (not you at all) to 5 (very much you)."
                " Know your strengths first: the advice follows from them, and the"
                " job market only breaks near-ties."
            )
        )
        self.strengths_editor.retranslate()
        self.strengths_date_label.setText(_("D&ate:"))
        self.strengths_note_label.setText(_("N&ote:"))
        self.strengths_note.setPlaceholderText(_("Optional: what these ratings are based on"))
        localize_date_edit(self.strengths_date)
        self.save_strengths_button.setText(_("Save stren&gths"))
        self.strengths_history_box.setTitle(_("History of your strengths"))
        self.delete_strengths_button.setText(_("Delete"))
        self.strengths_model.retranslate()

        self.rate_button.setText(_("Rate your strengths"))
        self.ranking_heading.setText(_("Areas, best fit first"))
        self.gaps_heading.setText(_("Breadth gaps"))
        self.differs_heading.setText(_("Your choice and the suggestion"))
        self.principles_heading.setText(_("What practitioners advise"))
        self.ranking.retranslate()

        self.choice_box.setTitle(_("Choose your road"))
        self.choice_editor.retranslate()
        self.choice_date_label.setText(_("Da&te of the choice:"))
        self.review_check.setText(_("Review o&n:"))
        localize_date_edit(self.choice_date)
        localize_date_edit(self.review_date)
        self.use_suggestion_button.setText(_("&Use the suggestion"))
        self.save_choice_button.setText(_("Save &choice"))
        self.choices_box.setTitle(_("History of your choices"))
        self.delete_choice_button.setText(_("Delete"))
        self.choices_model.retranslate()
        self.chart.setAccessibleName(_("T-shape"))
        self._show_advice()

    def refresh(self) -> None:
        try:
            self.inputs = self.store.advisor_inputs()
        except StoreError as error:
            show_store_error(self, error)
            return
        self.advice = self.inputs.advice()
        self.strengths_model.set_records(self.store.strengths_history())
        self.choices_model.set_records(self.store.choices())
        latest = self.inputs.strengths
        if latest is not None and latest.id != self._shown_strengths:
            # Only when the stored strengths changed: unsaved edits survive other updates.
            self.strengths_editor.set_values({k: latest.of(k) for k in StrengthKind})
        self._shown_strengths = latest.id if latest else None
        self._show_advice()
        self._update_buttons()
        self.chart.redraw()

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

    # -- showing the advice ---------------------------------------------

    def _show_advice(self) -> None:
        advice, inputs = self.advice, self.inputs
        has = advice is not None
        self.advice_empty.setVisible(not has)
        self.rate_button.setVisible(not has)
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
            widget.setVisible(has)
        if inputs.demand_year is None:
            market = _("No job postings read yet: the ranking follows your strengths alone.")
        else:
            market = _(
                "Market demand from {count} job postings read in {year} weighs in,"
                " less than your strengths: it can break near-ties."
            ).format(count=format_number(inputs.postings), year=inputs.demand_year)
        self.market_label.setText(market)
        self.principles_label.setText(
            "\n".join(reason_text(r) for r in (advice.principles if advice else PRINCIPLES))
        )
        if advice is None:
            self.ranking.set_records([])
            self.gaps_heading.setVisible(False)
            self.gaps_label.setVisible(False)
            self.differs_heading.setVisible(False)
            self.differs_label.setVisible(False)
            self.road_suggestion.setText(
                _("Rate your strengths on the first tab to get a suggestion.")
            )
            self.road_differs.setVisible(False)
            return
        selected = self._selected_area()
        self.suggestion_label.setText(suggestion_text(advice))
        self.road_reasons_label.setText(reasons_text(advice.road_reasons))
        self.strongest_label.setText(reasons_text(advice.strengths))
        self.ranking.set_records(advice.ranking)
        self._select_area(selected or advice.ranking[0].area_key)
        gaps = [reason_text(r) for gap in advice.breadth_gaps for r in gap.reasons]
        self.gaps_heading.setVisible(True)
        self.gaps_label.setVisible(True)
        self.gaps_label.setText(
            "\n".join(gaps) if gaps else _("Every area has at least the base level. Good.")
        )
        notes = choice_differs(inputs, advice)
        self.differs_heading.setVisible(inputs.choice is not None)
        self.differs_label.setVisible(inputs.choice is not None)
        if inputs.choice is not None:
            choice = inputs.choice
            summary = _("Your choice from {date}: {road}. Focus: {focus}.").format(
                date=format_date(choice.chosen_on),
                road=_(choice.road.label),
                focus=focus_text(choice.focus),
            )
            body = "\n".join(notes) if notes else _("Your choice matches the suggestion.")
            self.differs_label.setText(summary + "\n" + body)
        self.road_suggestion.setText(
            suggestion_text(advice) + " " + reasons_text(advice.road_reasons)
        )
        self.road_differs.setText("\n".join(notes))
        self.road_differs.setVisible(bool(notes))

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

    # -- the T-shape -----------------------------------------------------

    def _build_chart(self, theme: ChartTheme) -> ChartResult:
        data = tshape_data(self.inputs, self.choice_editor.focus())
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

    def _preview_changed(self) -> None:
        self.chart.redraw()

    # -- actions ---------------------------------------------------------

    def show_advice(self) -> None:
        """Bring the advice tab to the front (after the first-run guide)."""
        self._reset_choice_form()
        self.tabs.setCurrentIndex(ADVICE_TAB)

    def _update_buttons(self) -> None:
        self.delete_strengths_button.setEnabled(self.strengths_model.rowCount() > 0)
        self.delete_choice_button.setEnabled(self.choices_model.rowCount() > 0)
        self.use_suggestion_button.setEnabled(self.advice is not None)

    def _reset_choice_form(self) -> None:
        choice = self.inputs.choice
        if choice is not None:
            self.choice_editor.set_choice(choice.road, choice.focus, choice.rationale)
        elif self.advice is not None:
            self.choice_editor.set_choice(self.advice.road, self.advice.focus, "")

    def use_suggestion(self) -> None:
        if self.advice is not None:
            self.choice_editor.set_choice(self.advice.road, self.advice.focus)

    def save_strengths(self) -> None:
        values = self.strengths_editor.values()
        on, note = from_qdate(self.strengths_date.date()), self.strengths_note.text().strip()
        try:
            direction_ops.add_strengths(self.context, self.ask(), values, on, note)
        except StoreError as error:
            show_error_in(self.strengths_error, error.message(_))
            return
        show_error_in(self.strengths_error, "")
        self.strengths_note.clear()

    def save_choice(self) -> None:
        editor = self.choice_editor
        review = from_qdate(self.review_date.date()) if self.review_check.isChecked() else None
        on = from_qdate(self.choice_date.date())
        try:
            direction_ops.choose_road(
                self.context,
                self.ask(),
                lambda store: store.add_choice(
                    editor.road(), editor.focus(), editor.rationale(), on, review
                ),
            )
        except StoreError as error:
            show_error_in(self.choice_error, error.message(_))
            return
        show_error_in(self.choice_error, "")

    def _selected(self, table: QTableView, proxy: RecordFilterProxy) -> object | None:
        index = table.selectionModel().currentIndex()
        return proxy.record_at(index.row()) if index.isValid() else None

    def delete_strengths(self) -> None:
        record = self._selected(self.strengths_table, self.strengths_proxy)
        if isinstance(record, StrengthsRecord):
            direction_ops.delete_strengths(self.context, self.ask(), record)

    def delete_choice(self) -> None:
        record = self._selected(self.choices_table, self.choices_proxy)
        if isinstance(record, ChoiceRecord):
            direction_ops.delete_choice(self.context, self.ask(), record)
