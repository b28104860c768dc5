"""The one date field of the app: typed in the locale's order with a four-digit year.

``DateField(optional=True)`` may be left empty: it then shows a text such as
"Not set" (its minimum date stands for "no date"). Typing a digit into an empty
field starts from today's date with the first part selected, so "12.02.2026" can
be typed straight in; Delete or Backspace over the whole text empties it again.
The calendar opens on the date shown, or on today's month when the field is empty.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QWidget

NO_DATE = dt.date(2000, 1, 1)
"""The minimum of an optional field: it means "no date"."""


def four_digit_year(pattern: str) -> str:
    """The locale's short date pattern with the year always written in full."""
    return re.sub(r"(?<!y)y{1,3}(?!y)", "yyyy", pattern)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DateField(QDateEdit):
    def __init__(
        self,
        value: dt.date | None = None,
        *,
        optional: bool = False,
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.localize()
        if optional:
            self.setMinimumDate(to_qdate(NO_DATE))
            self.setSpecialValueText(empty_text)
            self.setDate(to_qdate(value or NO_DATE))
        else:
            self.setDate(to_qdate(value or dt.date.today()))

    def localize(self) -> None:
        """Take the active locale's order of day, month and year (after a language switch)."""
        locale = QLocale()
        self.setLocale(locale)
        self.setDisplayFormat(four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat)))

    # -- value -----------------------------------------------------------

    def is_empty(self) -> bool:
        return self.optional and self.date() == self.minimumDate()

    def value(self) -> dt.date | None:
        return None if self.is_empty() else from_qdate(self.date())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(to_qdate(value) if value else self.minimumDate())

    # -- typing and the calendar -------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        advanced, self._advanced = getattr(self, "_advanced", False), False
        if advanced and text and not text.isdigit() and not text.isspace() and text.isprintable():
            return  # "2/" : the field moved on after "2" already; the "/" is not a second step
        if self.is_empty() and text.isdigit():
            self._start_from_today()
        elif (
            self.optional
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.setDate(self.minimumDate())
            return
        section = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSectionIndex() > section

    def _start_from_today(self) -> None:
        self.setDate(to_qdate(dt.date.today()))
        self.setCurrentSectionIndex(0)
        section = self.sectionText(self.sectionAt(0))
        self.lineEdit().setSelection(0, len(section))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)  # a click on the arrow opens the calendar
        calendar = self.calendarWidget()
        if self.is_empty() and calendar.isVisible():
            today = dt.date.today()
            calendar.setCurrentPage(today.year, today.month)
