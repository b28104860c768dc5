"""Edit > Undo and Redo whose texts follow the language, also after a switch at run time.

``QUndoStack.createUndoAction`` fixes its "Undo %1" prefix in the language
active when the action is made, so a switch left "Undo Flytt mål …". These
actions take their texts from our catalog each time they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from planner.i18n import _


class UndoActions(QObject):
    def __init__(self, stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self.stack = stack
        self.undo_action = QAction(parent)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = QAction(parent)
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        self.undo_action.triggered.connect(lambda _checked=False: stack.undo())
        self.redo_action.triggered.connect(lambda _checked=False: stack.redo())
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        # The texts come with the signals: the stack may be half destroyed when it sends them.
        self._undo_text, self._redo_text = stack.undoText(), stack.redoText()
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        self.retranslate()

    @Slot(str)
    def _undo_text_changed(self, text: str) -> None:
        self._undo_text = text
        self.retranslate()

    @Slot(str)
    def _redo_text_changed(self, text: str) -> None:
        self._redo_text = text
        self.retranslate()

    def retranslate(self) -> None:
        undo, redo = self._undo_text, self._redo_text
        self.undo_action.setText(_("&Undo {action}").format(action=undo) if undo else _("&Undo"))
        self.redo_action.setText(_("&Redo {action}").format(action=redo) if redo else _("&Redo"))
