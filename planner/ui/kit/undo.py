"""Undoable edits. The first action runs before the command is pushed, so its
errors reach the dialog that made it (and the user can retry); later undo and
redo steps report errors in a message box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from planner.store.errors import StoreError


class StoreCommand(QUndoCommand):
    """An edit already applied, with the calls that undo and redo it."""

    def __init__(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        notify: Callable[[], None],
        on_error: Callable[[StoreError], None],
    ) -> None:
        super().__init__(text)
        self._undo, self._redo = undo, redo
        self._notify, self._on_error = notify, on_error
        self._skip_first_redo = True  # push() calls redo(); the edit is already done

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except StoreError as error:
            self.setObsolete(True)
            self._on_error(error)
        self._notify()
