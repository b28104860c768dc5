"""Pieces the direction tabs share: wrapped text, headings and a history table with Delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from planner.ui.kit.date_field import DateField
from planner.ui.kit.widgets import (
    RecordTable,
    date_edit,
    fit_columns,
    on_delete_key,
    plain_label,
    record_table,
    to_qdate,
)


def wrapped(text: str = "") -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def heading() -> QLabel:
    label = plain_label()
    label.setStyleSheet("font-weight: bold;")
    label.setWordWrap(True)
    return label


def past_date() -> DateField:
    """A date field for when something was done: today or earlier."""
    field = date_edit()
    field.setMaximumDate(to_qdate(dt.date.today()))
    return field


def history_table(proxy: QSortFilterProxyModel, stretch: int) -> RecordTable:
    """A table of dated records, newest first."""
    table = record_table()
    table.setModel(proxy)
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    fit_columns(table, stretch=stretch)
    return table


def history_box(table: RecordTable, delete: Callable[[], object]) -> tuple[QGroupBox, QPushButton]:
    """``table`` in a group with a Delete button (and the Delete key) that runs ``delete``."""
    button = QPushButton()
    button.clicked.connect(delete)
    on_delete_key(table, delete)
    box = QGroupBox()
    layout = QVBoxLayout(box)
    layout.addWidget(table)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    layout.addLayout(row)
    return box, button
