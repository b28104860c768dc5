"""Small widget helpers used across pages and dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from planner.ui.models.table import RECORD_ROLE


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text literally: user-typed markup stays characters."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def error_label(parent: QWidget | None = None) -> QLabel:
    label = plain_label("", parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(bright-text); background: #b3261e; padding: 4px;")
    label.setVisible(False)
    return label


def show_error_in(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def date_edit(value: dt.date | None = None, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    localize_date_edit(edit)
    edit.setDate(to_qdate(value or dt.date.today()))
    return edit


def localize_date_edit(edit: QDateEdit) -> None:
    """Date widgets keep the locale they were made with; refresh it after a switch."""
    locale = QLocale()
    edit.setLocale(locale)
    edit.setDisplayFormat(locale.dateFormat(QLocale.FormatType.ShortFormat))


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


FIT_SAMPLE_ROWS = 100
"""How many rows a table measures to size its columns."""


def record_table(parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def fit_columns(view: QTableView, stretch: int) -> None:
    """Columns as wide as their contents (in any language); ``stretch`` takes the rest."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    # Measure a sample of rows, not all of them: a column of 2,000 postings is as
    # wide as its first hundred, and every row update would otherwise re-measure all.
    header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def on_delete_key(view: QWidget, action: Callable[[], object]) -> QShortcut:
    """Run ``action`` when Delete is pressed while ``view`` has the focus."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(action)
    return shortcut


def current_record(view: QTableView) -> Any:
    """The record on the view's current row (through any proxy), or None."""
    index = view.selectionModel().currentIndex()
    if not index.isValid():
        return None
    return index.siblingAtColumn(0).data(RECORD_ROLE)


def select_record(view: QTableView, matches: Callable[[Any], bool]) -> bool:
    """Make the first row whose record ``matches`` current, and show it."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if matches(index.data(RECORD_ROLE)):
            view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            view.scrollTo(index)
            return True
    return False
