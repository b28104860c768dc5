"""Message boxes through one helper, so every one is translated and testable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.i18n import _
from planner.store.errors import StoreError

Icon = QMessageBox.Icon
Button = QMessageBox.StandardButton


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    text: str,
    title: str | None = None,
    buttons: QMessageBox.StandardButton = Button.Ok,
) -> QMessageBox:
    """A box that shows ``text`` literally (it may hold what the user typed)."""
    box = QMessageBox(icon, title or _("Career Planner"), text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    message_box(parent, Icon.Warning, text, title).exec()


def show_store_error(parent: QWidget | None, error: StoreError) -> None:
    show_error(parent, error.message(_))


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    message_box(parent, Icon.Information, text, title).exec()


def confirm_box(parent: QWidget | None, text: str, title: str | None = None) -> QMessageBox:
    box = message_box(parent, Icon.Question, text, title, Button.Yes | Button.No)
    box.setDefaultButton(Button.No)
    return box


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    return confirm_box(parent, text, title).exec() == Button.Yes
