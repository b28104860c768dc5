"""The plan item editor and the quick log entry form.

Keyboard: every field has a mnemonic (Alt+letter), Tab moves on, Space ticks
a skill in the list, Ctrl+Enter saves from anywhere (Enter too, outside the
multi-line fields), Esc cancels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from babel.numbers import get_currency_name
from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from planner.domain.enums import LearningType, PlanStatus
from planner.i18n import _, current_language
from planner.i18n.formatting import babel_locale, currency_precision
from planner.i18n.languages import DEFAULT_CURRENCIES
from planner.store.learning import LogEntryFields, PlanItemFields, PlanItemRecord
from planner.store.validation import is_web_link
from planner.text.labels import enum_label
from planner.ui.dialogs.skill_dialogs import _FormDialog
from planner.ui.kit.date_field import DateField
from planner.ui.kit.skill_picker import SkillChoice, SkillPicker
from planner.ui.kit.widgets import date_edit, from_qdate, plain_label, to_qdate
from planner.ui.models.learning import PRIORITY_LABELS

CURRENCIES = ("NOK", "KES", "TZS", "UGX", "USD", "EUR", "GBP", "SEK", "DKK")

ItemChoice = tuple[int, str]  # (plan item id, shown title)


def optional_date_edit(value: dt.date | None) -> DateField:
    """A date that may be left empty ("Not set"); typed or picked."""
    return DateField(value, optional=True, empty_text=_("Not set"))


def optional_date(edit: DateField) -> dt.date | None:
    return edit.value()


def renewal_combo(choices: Sequence[ItemChoice], current: int | None) -> QComboBox:
    """No renewal, or the plan item that renews the certification."""
    combo = QComboBox()
    combo.addItem(_("No renewal planned"), None)
    for ident, title in choices:
        combo.addItem(" ".join(title.split()), ident)
    if current is not None:
        index = combo.findData(current)
        if index < 0:
            combo.addItem(str(current), current)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
    combo.setMinimumContentsLength(24)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def type_combo(current: LearningType | None = None) -> QComboBox:
    combo = QComboBox()
    for kind in LearningType:
        combo.addItem(
            _("{type} ({group})").format(type=enum_label(kind), group=enum_label(kind.group)), kind
        )
    if current is not None:
        combo.setCurrentIndex(combo.findData(current))
    return combo


def _multi_line(text: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(64)
    return edit


def _row(*widgets: QWidget, stretch_first: bool = False) -> QWidget:
    """Several fields on one form row, in a widget so the row label gets a buddy."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for number, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if stretch_first and number == 0 else 0)
    if not stretch_first:
        layout.addStretch(1)
    holder.setFocusProxy(widgets[0])  # the row label's Alt+letter reaches the first field
    return holder


class _QuickSaveDialog(_FormDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(self._save)


class PlanItemDialog(_QuickSaveDialog):
    """Create or edit a plan item: every field of it."""

    def __init__(
        self,
        skills: Sequence[SkillChoice],
        on_save: Callable[[PlanItemFields], None],
        *,
        item: PlanItemFields | None = None,
        default_year: int | None = None,
        renewal_choices: Sequence[ItemChoice] = (),
        parent: QWidget | None = None,
    ) -> None:
        editing = item is not None
        super().__init__(_("Edit plan item") if editing else _("New plan item"), parent)
        self.setMinimumWidth(620)
        self._on_save = on_save
        year = default_year or dt.date.today().year
        item = item or PlanItemFields("", LearningType.COURSE, year)

        self.title_edit = QLineEdit(item.title)
        self.title_edit.setMaxLength(500)
        self.type_combo = type_combo(item.item_type)
        self.provider_edit = QLineEdit(item.provider)
        self.provider_edit.setPlaceholderText(_("A school, a platform or a person"))
        self.link_edit = QLineEdit(item.url)
        self.link_edit.setPlaceholderText("https://")
        self.open_link_button = QPushButton(_("&Open link"))
        self.open_link_button.clicked.connect(self.open_link)
        self.link_edit.textChanged.connect(self._update_link_button)
        link_row = _row(self.link_edit, self.open_link_button, stretch_first=True)
        self.skill_picker = SkillPicker(skills, item.skill_keys)
        self.status_combo = QComboBox()
        for status in PlanStatus:
            self.status_combo.addItem(enum_label(status), status)
        self.status_combo.setCurrentIndex(self.status_combo.findData(item.status))
        self.start_edit = optional_date_edit(item.planned_start)
        self.end_edit = optional_date_edit(item.planned_end)
        self.until_label = QLabel(_("to"))
        dates = _row(self.start_edit, self.until_label, self.end_edit)
        self.hours_spin = QDoubleSpinBox()
        self.hours_spin.setRange(0, 10_000)
        self.hours_spin.setDecimals(1)
        self.hours_spin.setSpecialValueText(_("No estimate"))
        self.hours_spin.setSuffix(" " + _("h"))
        if item.estimated_minutes:
            self.hours_spin.setValue(item.estimated_minutes / 60)
        self.cost_spin = QDoubleSpinBox()
        self.cost_spin.setRange(0, 1_000_000_000)
        self.cost_spin.setSpecialValueText(_("No cost"))
        self.currency_combo = QComboBox()
        for code in CURRENCIES:
            name = get_currency_name(code, locale=babel_locale())
            self.currency_combo.addItem(f"{code} – {name}", code)
        currency = item.currency or DEFAULT_CURRENCIES[current_language()]
        if self.currency_combo.findData(currency) < 0:
            self.currency_combo.addItem(
                f"{currency} – {get_currency_name(currency, locale=babel_locale())}", currency
            )
        self.currency_combo.setCurrentIndex(self.currency_combo.findData(currency))
        self.currency_combo.currentIndexChanged.connect(self._update_cost_decimals)
        self._update_cost_decimals()
        if item.cost_minor:
            self.cost_spin.setValue(item.cost_minor / 10 ** currency_precision(currency))
        cost_row = _row(self.cost_spin, self.currency_combo, stretch_first=True)
        self.priority_combo = QComboBox()
        for value in PRIORITY_LABELS:
            self.priority_combo.addItem(_(PRIORITY_LABELS[value]), value)
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(item.priority))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1970, 2100)
        self.year_spin.setValue(item.plan_year)
        self.notes_edit = _multi_line(item.notes, _("Why this, and what you expect from it"))
        self.valid_until_edit = optional_date_edit(item.valid_until)
        self.valid_until_edit.setToolTip(
            _("The last day the certification is valid; the overview reminds you 60 days before.")
        )
        self.valid_until_row = _row(self.valid_until_edit)
        self.renewal_combo = renewal_combo(renewal_choices, item.renewal_id)

        self.form.addRow(_("&Title:"), self.title_edit)
        self.form.addRow(_("T&ype:"), self.type_combo)
        self.form.addRow(_("&Provider or person:"), self.provider_edit)
        self.form.addRow(_("&Link:"), link_row)
        self.form.addRow(_("S&kills it builds:"), self.skill_picker)
        self.form.addRow(_("&Status:"), self.status_combo)
        self.form.addRow(_("Planned st&art:"), dates)
        self.form.addRow(_("&Valid until:"), self.valid_until_row)
        self.form.addRow(_("Rene&wal:"), self.renewal_combo)
        self.form.addRow(_("&Estimated hours:"), self.hours_spin)
        self.form.addRow(_("&Cost:"), cost_row)
        self.form.addRow(_("Pr&iority:"), self.priority_combo)
        self.form.addRow(_("Plan yea&r:"), self.year_spin)
        self.form.addRow(_("&Notes:"), self.notes_edit)
        self._update_link_button()
        self.type_combo.currentIndexChanged.connect(self._update_certification_rows)
        self._update_certification_rows()
        self.title_edit.setFocus()

    def _update_certification_rows(self) -> None:
        """Validity and renewal belong to certifications only."""
        certification = self.type_combo.currentData() == LearningType.CERTIFICATION
        self.form.setRowVisible(self.valid_until_row, certification)
        self.form.setRowVisible(self.renewal_combo, certification)

    def _update_link_button(self) -> None:
        self.open_link_button.setEnabled(is_web_link(self.link_edit.text()))

    def _update_cost_decimals(self) -> None:
        self.cost_spin.setDecimals(currency_precision(self.currency_combo.currentData()))

    def open_link(self) -> None:
        link = self.link_edit.text().strip()
        if is_web_link(link):  # only http and https ever reach the browser
            QDesktopServices.openUrl(QUrl(link))

    def fields(self) -> PlanItemFields:
        currency = self.currency_combo.currentData()
        cost = self.cost_spin.value()
        hours = self.hours_spin.value()
        return PlanItemFields(
            title=self.title_edit.text(),
            item_type=LearningType(self.type_combo.currentData()),
            plan_year=self.year_spin.value(),
            provider=self.provider_edit.text(),
            url=self.link_edit.text(),
            skill_keys=self.skill_picker.chosen(),
            status=PlanStatus(self.status_combo.currentData()),
            planned_start=optional_date(self.start_edit),
            planned_end=optional_date(self.end_edit),
            estimated_minutes=round(hours * 60) if hours else None,
            cost_minor=round(cost * 10 ** currency_precision(currency)) if cost else None,
            currency=currency if cost else "",
            priority=self.priority_combo.currentData(),
            notes=self.notes_edit.toPlainText().strip(),
            valid_until=optional_date(self.valid_until_edit),
            renewal_id=self.renewal_combo.currentData(),
        )

    def save(self) -> None:
        self._on_save(self.fields())


class LogEntryDialog(_QuickSaveDialog):
    """Add (Ctrl+N) or edit a learning log entry; choosing a plan item fills type and skills."""

    def __init__(
        self,
        skills: Sequence[SkillChoice],
        plan_items: Sequence[PlanItemRecord],
        on_save: Callable[[LogEntryFields], None],
        *,
        entry: LogEntryFields | None = None,
        parent: QWidget | None = None,
    ) -> None:
        editing = entry is not None
        super().__init__(_("Edit log entry") if editing else _("New log entry"), parent)
        self.setMinimumWidth(560)
        self._on_save = on_save
        entry = entry or LogEntryFields(dt.date.today(), 30, LearningType.COURSE)
        self._plan_items = {item.id: item for item in plan_items}

        self.date_edit = date_edit(entry.logged_on)
        self.date_edit.setMaximumDate(to_qdate(dt.date.today()))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, 1440)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setValue(entry.minutes)
        self.minutes_spin.setSuffix(" " + _("min"))
        self.plan_combo = QComboBox()
        self.plan_combo.addItem(_("No plan item"), None)
        for item in plan_items:
            self.plan_combo.addItem(" ".join(item.title.split()), item.id)
        if entry.plan_item_id is not None:
            index = self.plan_combo.findData(entry.plan_item_id)
            if index < 0:
                self.plan_combo.addItem(str(entry.plan_item_id), entry.plan_item_id)
                index = self.plan_combo.count() - 1
            self.plan_combo.setCurrentIndex(index)
        self.plan_combo.currentIndexChanged.connect(self._fill_from_plan_item)
        self.type_combo = type_combo(entry.learning_type)
        self.skill_picker = SkillPicker(skills, entry.skill_keys)
        self.learned_edit = _multi_line(entry.learned, _("What I learned"))
        self.apply_edit = _multi_line(entry.apply, _("What I will apply"))
        self.hint = plain_label(_("Ctrl+Enter saves, Esc cancels."))
        self.hint.setStyleSheet("color: palette(placeholder-text);")

        self.form.addRow(_("&Date:"), self.date_edit)
        self.form.addRow(_("&Minutes:"), self.minutes_spin)
        self.form.addRow(_("&Plan item:"), self.plan_combo)
        self.form.addRow(_("T&ype:"), self.type_combo)
        self.form.addRow(_("S&kills:"), self.skill_picker)
        self.form.addRow(_("What I &learned:"), self.learned_edit)
        self.form.addRow(_("What I will &apply:"), self.apply_edit)
        self.header_layout.insertWidget(2, self.hint)
        self.setTabOrder(self.minutes_spin, self.plan_combo)
        self.minutes_spin.setFocus()
        self.minutes_spin.selectAll()

    def _fill_from_plan_item(self) -> None:
        item = self._plan_items.get(self.plan_combo.currentData())
        if item is None:
            return
        self.type_combo.setCurrentIndex(self.type_combo.findData(item.item_type))
        self.skill_picker.set_chosen(item.skill_keys)

    def fields(self) -> LogEntryFields:
        return LogEntryFields(
            logged_on=from_qdate(self.date_edit.date()),
            minutes=self.minutes_spin.value(),
            learning_type=LearningType(self.type_combo.currentData()),
            skill_keys=self.skill_picker.chosen(),
            plan_item_id=self.plan_combo.currentData(),
            learned=self.learned_edit.toPlainText().strip(),
            apply=self.apply_edit.toPlainText().strip(),
        )

    def save(self) -> None:
        self._on_save(self.fields())
