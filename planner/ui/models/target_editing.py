"""Targets set in the skills table itself: a level list in the Target level cell.

Select a skill and press F2 (or click its selected target cell): a list of
levels opens in the cell; choosing one saves it (one Edit > Undo step).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from planner.domain.scale import LEVELS
from planner.i18n import _
from planner.text.labels import level_label
from planner.ui.models.table import RECORD_ROLE, RecordFilterProxy

TARGET_COLUMN = 3
AnyIndex = QModelIndex | QPersistentModelIndex


class TargetEditingProxy(RecordFilterProxy):
    """The skills table's proxy, with an editable Target level column."""

    def __init__(self, set_target: Callable[[Any, int | None], None], parent: Any = None) -> None:
        super().__init__(parent)
        self._set_target = set_target

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == TARGET_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != TARGET_COLUMN:
            return False
        record = index.siblingAtColumn(0).data(RECORD_ROLE)
        if record is None or record.target_level == value:
            return False
        # Saved once the editor has closed: saving reloads the table.
        QTimer.singleShot(0, lambda: self._set_target(record, value))
        return True


class TargetDelegate(QStyledItemDelegate):
    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(_("No target"), None)
        for entry in LEVELS:
            combo.addItem(level_label(entry.value), entry.value)
        combo.activated.connect(lambda _row: self._done(combo))
        return combo

    def _done(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        record = index.siblingAtColumn(0).data(RECORD_ROLE)
        if not isinstance(editor, QComboBox):
            return
        level = None if record is None else record.target_level
        editor.setCurrentIndex(0 if level is None else level + 1)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
