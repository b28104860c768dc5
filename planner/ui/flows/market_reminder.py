"""The yearly reminder to read the job market, shown once and never nagging.

It appears in the main window's status bar when no posting has been read in
the current year, except on the overview, whose list of what is due says it
already (so it is never said twice). "Dismiss" remembers the year in the settings
(``market.reminder_dismissed``), so it stays away until next year; adding a
posting of this year makes it disappear on its own.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from planner.domain.market import REMINDER
from planner.i18n import _
from planner.store.errors import StoreError
from planner.store.market import MarketStore
from planner.ui.changes import Change, Changes
from planner.ui.context import AppContext
from planner.ui.kit.widgets import plain_label

SETTING = "market.reminder_dismissed"


def reminder_due(context: AppContext, today: dt.date | None = None) -> bool:
    today = today or dt.date.today()
    if context.settings.get(SETTING) == today.year:
        return False
    try:
        return MarketStore(context.database).needs_reminder(today)
    except StoreError:
        return False


class MarketReminder(QFrame):
    open_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._quiet = False
        self.setObjectName("marketReminder")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = plain_label()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_requested)
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(self.dismiss)
        # Tab stays in the page (the status bar comes after pages in Qt's chain, as
        # pages are built later); the job market is Ctrl+6 from the keyboard.
        for button in (self.open_button, self.dismiss_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.dismiss_button)
        context.events.changed.connect(self._on_changed)
        self.retranslate()

    def update_visibility(self) -> None:
        """Show the reminder when it is due (call once it sits in the window)."""
        self.setVisible(not self._quiet and reminder_due(self.context))

    def set_quiet(self, quiet: bool) -> None:
        """Stay hidden while the page shown says the same (the overview's due list)."""
        self._quiet = quiet
        self.update_visibility()

    def retranslate(self) -> None:
        self.text.setText(_(REMINDER.template))
        self.open_button.setText(_("Open the job market"))
        self.dismiss_button.setText(_("Dismiss"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def dismiss(self) -> None:
        self.context.settings.set(SETTING, dt.date.today().year)
        self.hide()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Change.POSTINGS) and self.isVisible() and not reminder_due(self.context):
            self.hide()
