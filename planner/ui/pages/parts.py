"""Small builders the pages share: a filter combo that keeps its choice, a row of buttons."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget


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
