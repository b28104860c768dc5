"""Drive modal dialogs from tests: act on the next one that opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

POLL_MS = 10
GIVE_UP_AFTER_POLLS = 1000  # 10 s: a test that waits longer has lost its dialog


class DialogDriver:
    """Runs ``action`` on the next modal dialog of ``kind`` once it is shown.

    If the action fails, the dialog is closed so the event loop cannot hang,
    and the error is raised again by :meth:`check` (called by the test).
    """

    def __init__(self, action: Callable[[QDialog], None], kind: type = QDialog) -> None:
        self.action, self.kind = action, kind
        self.seen: list[QDialog] = []
        self.error: BaseException | None = None
        self._polls = 0
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, self.kind) and widget.isVisible() and widget not in self.seen:
            if QApplication.activeWindow() is not widget and self._polls < 50:
                # Keys go to the active window: let the dialog become it first.
                widget.activateWindow()
                self._polls += 1
                QTimer.singleShot(POLL_MS, self._poll)
                return
            self.seen.append(widget)
            try:
                self.action(widget)
            except BaseException as error:
                self.error = error
                if widget.isVisible():
                    widget.reject()
            return
        self._polls += 1
        if self._polls < GIVE_UP_AFTER_POLLS:
            QTimer.singleShot(POLL_MS, self._poll)

    def check(self) -> None:
        if self.error is not None:
            raise self.error
        assert self.seen, "the expected dialog never opened"

    def __bool__(self) -> bool:
        return bool(self.seen)


def on_next_dialog(action: Callable[[QDialog], None], kind: type = QDialog) -> DialogDriver:
    return DialogDriver(action, kind)


def find_button(parent: QWidget, text_fragment: str) -> QAbstractButton:
    for button in parent.findChildren(QAbstractButton):
        if text_fragment in button.text().replace("&", ""):
            return button
    raise LookupError(text_fragment)
