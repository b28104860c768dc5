"""Drive modal dialogs from tests: act on the next one that opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def on_next_dialog(action: Callable[[QDialog], None], kind: type = QDialog) -> list[QDialog]:
    """Run ``action`` on the next modal dialog of ``kind`` once it is shown.

    Returns a list that holds the dialog afterwards, so the test can check it
    was seen. The timer re-arms itself until the dialog is there.
    """
    seen: list[QDialog] = []

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible() and widget not in seen:
            seen.append(widget)
            action(widget)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def find_button(parent: QWidget, text_fragment: str) -> QWidget:
    from PySide6.QtWidgets import QAbstractButton

    for button in parent.findChildren(QAbstractButton):
        if text_fragment in button.text().replace("&", ""):
            return button
    raise LookupError(text_fragment)
