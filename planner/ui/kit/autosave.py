"""A multi-line text field that saves as one types.

The text is saved through a callback a moment after the last key (and at once on
``flush``: before another record is loaded and when the window closes).
A reload never overwrites text that is not saved yet.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit

#: Milliseconds of quiet after the last key before the text is saved.
SAVE_DELAY_MS = 800


class AutosaveText(QObject):
    """Ties ``edit`` to a stored text of one record (``key``, its id or year), saved with ``save``.

    ``save(key, text)`` stores the text and returns True, or shows the error and
    returns False (the text stays in the field, unsaved).
    """

    def __init__(
        self, edit: QPlainTextEdit, save: Callable[[int, str], bool], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.edit = edit
        self._save = save
        self._key: int | None = None
        self._saved = ""
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        edit.textChanged.connect(self._typed)

    def is_dirty(self) -> bool:
        return self._key is not None and self.edit.toPlainText() != self._saved

    def load(self, key: int, stored: str) -> None:
        """Show the stored text of ``key``, keeping unsaved typing for the same key."""
        if key != self._key:
            self.flush()
        elif self.is_dirty():
            self._saved = stored  # the typing wins; it is saved over this shortly
            return
        self._key, self._saved = key, stored
        if self.edit.toPlainText() != stored:
            self._loading = True
            try:
                self.edit.setPlainText(stored)
            finally:
                self._loading = False

    def flush(self) -> None:
        """Save now if the text differs from what is stored."""
        self._timer.stop()
        if not self.is_dirty():
            return
        key, text, before = self._key, self.edit.toPlainText(), self._saved
        self._saved = text  # saving may reload the page: this text is the stored one now
        if not self._save(key, text) and self._key == key:
            self._saved = before

    def _typed(self) -> None:
        if not self._loading and self._key is not None:
            self._timer.start()
