"""What every page has: the shared context, a title and retranslation."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from planner.ui.context import AppContext


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

    def _on_data_changed(self, topic: str) -> None:
        if topic in self.topics() or topic == "*":
            self.refresh()
