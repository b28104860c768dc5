"""Qt pieces around a chart: the full-size dialog and the save button.

Importing this module does not import matplotlib: a
:class:`~planner.ui.kit.chart_canvas.ChartView` loads it when first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from planner.charts.result import Builder
from planner.i18n import _
from planner.ui.kit.chart_canvas import ChartView


class SaveChartButton(QPushButton):
    """``Save chart ▾``: the chart view's own PNG/SVG menu, reachable by keyboard."""

    def __init__(self, view: ChartView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self.setMenu(view.context_menu())
        self.menu().aboutToShow.connect(self._fresh_menu)
        self.retranslate()

    def _fresh_menu(self) -> None:
        # Enabled only when there is a figure, in the language of the moment.
        fresh = self._view.context_menu()
        menu = self.menu()
        menu.clear()
        for action in fresh.actions():
            action.setParent(menu)
            menu.addAction(action)

    def retranslate(self) -> None:
        self.setText(_("&Save chart"))
        self._fresh_menu()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ChartDialog(QDialog):
    """One chart, full size, with save and close."""

    def __init__(self, title: str, builder: Builder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title  # English msgid
        self.view = ChartView(builder, self)
        self.view.setMinimumSize(640, 420)
        self.save_button = SaveChartButton(self.view, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 620)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(_(self._title))
        self.view.setAccessibleName(_(self._title))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
