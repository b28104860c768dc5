"""What every page has: the shared context, a title and retranslation."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from planner.ui.context import AppContext
from planner.ui.messages import show_store_error
from planner.ui.undo import StoreCommand


class Page(QWidget):
    #: Refresh only while shown, one refresh for a burst of changes; a hidden
    #: page refreshes when it is next shown. For pages whose refresh is costly.
    defer_refresh: ClassVar[bool] = False

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self._refresh_queued = False
        context.events.changed.connect(self._on_data_changed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-read every text in the active language."""

    def refresh(self) -> None:
        """Reload what the page shows from the store."""

    def review_dialogs(self) -> list[tuple[str, QWidget]]:
        """Every dialog this page opens, built (not shown) with sample content.

        The screenshots and the translation tests open each of them, so a
        dialog missing here is a dialog nobody checks.
        """
        return []

    def topics(self) -> frozenset[str]:
        """The data topics whose changes this page shows."""
        return frozenset()

    def notify(self, topic: str) -> None:
        """Tell every page that data of ``topic`` changed."""
        self.context.events.changed.emit(topic)

    def push_undoable(
        self, text: str, topic: str, undo: Callable[[], object], redo: Callable[[], object]
    ) -> None:
        """Record an edit that is already saved, so Edit > Undo can take it back."""
        command = StoreCommand(
            text, undo, redo, lambda: self.notify(topic), lambda e: show_store_error(self, e)
        )
        self.context.undo_stack.push(command)
        self.notify(topic)

    def shows_topic(self, topic: str) -> bool:
        return topic in self.topics() or topic == "*"

    def _on_data_changed(self, topic: str) -> None:
        if not self.shows_topic(topic):
            return
        if not self.defer_refresh:
            self.refresh()
            return
        self._stale = True
        if self.isVisible() and not self._refresh_queued:
            self._refresh_queued = True
            QTimer.singleShot(0, self._refresh_queued_now)

    def _refresh_queued_now(self) -> None:
        self._refresh_queued = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.defer_refresh and self._stale:
            self.refresh()
