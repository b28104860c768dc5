"""What every page has: the shared context, a title and retranslation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from planner.ui.context import AppContext
from planner.ui.messages import show_store_error
from planner.ui.undo import StoreCommand


class Page(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
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

    def _on_data_changed(self, topic: str) -> None:
        if topic in self.topics() or topic == "*":
            self.refresh()
