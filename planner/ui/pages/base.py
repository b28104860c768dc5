"""What every page has: the shared context, a title, retranslation, and refresh-when-seen.

A page declares in :attr:`Page.depends_on` the kinds of data it shows. When an
edit announces :class:`~planner.ui.changes.Changes` touching them, the page
that is shown applies them at once; a page hidden in the window only keeps
them (merged) and applies them when it is next shown. One mechanism, for
every page.
"""

from __future__ import annotations

import weakref
from typing import ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from planner.store.errors import StoreError
from planner.ui.changes import Change, Changes
from planner.ui.context import AppContext
from planner.ui.kit.messages import confirm, show_store_error
from planner.ui.operations import Ask


class Page(QWidget):
    #: The kinds of data this page shows; changes of other kinds pass it by.
    depends_on: ClassVar[Change] = Change.NONE

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._pending: Changes | None = None
        self.refreshes = 0  # how many times the page reloaded (tests, bench)
        context.events.changed.connect(self._on_data_changed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-read every text in the active language."""

    def refresh(self) -> None:
        """Reload everything the page shows from the store."""

    def apply_changes(self, changes: Changes) -> None:
        """Show ``changes``; pages with big tables update the touched rows in place."""
        self.refresh()

    def review_dialogs(self) -> list[tuple[str, QWidget]]:
        """Every dialog this page opens, built (not shown) with sample content.

        The screenshots and the translation tests open each of them, so a
        dialog missing here is a dialog nobody checks.
        """
        return []

    def ask(self) -> Ask:
        """How operations started from this page confirm and report errors.

        It holds the page weakly: an undo step keeps it, and must not keep the
        page (and through it the undo stack) alive in a cycle.
        """
        page = weakref.ref(self)

        def ask_page(question: str) -> bool:
            shown = page()
            return shown is not None and confirm(shown, question)

        def tell_page(error: StoreError) -> None:
            shown = page()
            if shown is not None:
                show_store_error(shown, error)

        return Ask(ask_page, tell_page)

    # -- refresh when seen -------------------------------------------------

    @property
    def is_stale(self) -> bool:
        return self._pending is not None

    def _hidden_in_window(self) -> bool:
        """True for a page behind another one in a shown window (or in a hidden tab)."""
        return not self.isVisible() and self.window().isVisible()

    def _on_data_changed(self, changes: Changes) -> None:
        if not changes.touches(self.depends_on):
            return
        self._pending = changes if self._pending is None else self._pending | changes
        if not self._hidden_in_window():
            self._apply_pending()

    def _apply_pending(self) -> None:
        changes, self._pending = self._pending, None
        if changes is not None:
            self.refreshes += 1
            self.apply_changes(changes)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._apply_pending()
