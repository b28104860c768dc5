"""Small builders the pages share: a filter combo that keeps its choice, a row of buttons."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def fill_combo(combo: QComboBox, everything: str, choices: list[tuple[str, object]]) -> None:
    """``everything`` (no filter) and ``choices``, keeping the current choice, without signals."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, value in choices:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def button_row(leading: Iterable[QWidget], trailing: Iterable[QWidget] = ()) -> QHBoxLayout:
    """``leading`` at the start, ``trailing`` (a Delete button, say) pushed to the end."""
    row = QHBoxLayout()
    for widget in leading:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in trailing:
        row.addWidget(widget)
    return row


def stack(parent: QWidget, *items: QWidget | QLayout, margins: bool = True) -> QVBoxLayout:
    """``items`` (widgets and layouts) one below the other in ``parent``."""
    layout = QVBoxLayout(parent)
    if not margins:
        layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        if isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return layout


def push_button(clicked: Callable[[], object]) -> QPushButton:
    """A button (its text comes with ``retranslate``) that runs ``clicked``."""
    button = QPushButton()
    button.clicked.connect(clicked)
    return button


def buddy_label(field: QWidget) -> QLabel:
    """A label whose mnemonic (its text comes with ``retranslate``) focuses ``field``."""
    label = QLabel()
    label.setBuddy(field)
    return label
