"""The one form dialog: fields in a form, an inline error line, and Save/Cancel.

Every dialog that edits something is built on :class:`FormDialog`: a subclass
fills ``self.form`` (labels with ``&`` give the Alt+letter mnemonic and the
buddy), may add widgets above or below the form, and implements :meth:`save`.
Enter saves (the accept button is the default), Esc cancels, and with
``quick_save`` Ctrl+Enter saves from anywhere, even inside a multi-line field.
Saving may be refused: a :class:`StoreError` or a :class:`FormError` raised by
:meth:`save` shows its translated sentence in the error line, keeps the dialog
open and leaves the fields as they are.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.i18n import _
from planner.store.errors import StoreError
from planner.ui.kit.widgets import error_label, show_error_in

QUICK_SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class FormError(Exception):
    """Raised by :meth:`FormDialog.save` with a translated sentence: nothing was saved."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FormDialog(QDialog):
    """A form with an inline error line and Save/Cancel; saving may be refused.

    ``accept_text`` replaces the Save button by a button of that (translated,
    mnemonic) text; ``reject_text`` likewise replaces Cancel.
    """

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        min_width: int = 420,
        accept_text: str | None = None,
        reject_text: str | None = None,
        quick_save: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(min_width)
        self.form = QFormLayout()
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.save_button = _add_button(
            self.buttons, accept_text, QDialogButtonBox.StandardButton.Save
        )
        self.cancel_button = _add_button(
            self.buttons, reject_text, QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        if quick_save:
            for sequence in QUICK_SAVE_KEYS:
                QShortcut(QKeySequence(sequence), self).activated.connect(self._save)
        self._rows = QVBoxLayout(self)
        self._rows.addLayout(self.form)
        self._rows.addWidget(self.error)
        self._rows.addWidget(self.buttons)

    def add_above_form(self, item: QWidget | QLayout, stretch: int = 0) -> None:
        """Put a heading, a note or a group above the form (in the order added)."""
        self._insert(self._rows.indexOf(self.form), item, stretch)

    def add_below_form(self, item: QWidget | QLayout, stretch: int = 0) -> None:
        """Put a hint or a status line between the form and the error line."""
        self._insert(self._rows.indexOf(self.error), item, stretch)

    def _insert(self, index: int, item: QWidget | QLayout, stretch: int) -> None:
        if isinstance(item, QLayout):
            self._rows.insertLayout(index, item, stretch)
        else:
            self._rows.insertWidget(index, item, stretch)

    def show_error(self, text: str) -> None:
        """Show (or, with an empty text, hide) the inline error line."""
        show_error_in(self.error, text)

    def save(self) -> None:
        """Store what the form holds; raise StoreError or FormError to keep the dialog open."""
        raise NotImplementedError

    def saved(self) -> None:
        """What happens after a save went through: by default the dialog closes."""
        self.accept()

    def _save(self) -> None:
        try:
            self.save()
        except StoreError as error:
            self.show_error(error.message(_))
            return
        except FormError as refusal:
            self.show_error(refusal.message)
            return
        self.saved()


def _add_button(
    box: QDialogButtonBox, text: str | None, standard: QDialogButtonBox.StandardButton
) -> QPushButton:
    if text is None:
        return box.addButton(standard)
    role = (
        QDialogButtonBox.ButtonRole.AcceptRole
        if standard == QDialogButtonBox.StandardButton.Save
        else QDialogButtonBox.ButtonRole.RejectRole
    )
    button = QPushButton(text)
    box.addButton(button, role)
    return button
