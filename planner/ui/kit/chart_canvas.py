"""Show a chart in Qt: lazy matplotlib, a friendly hint for empty data, save as PNG/SVG.

A :class:`ChartView` is given a *builder*: a callable that takes a
:class:`ChartTheme` and returns a :class:`ChartResult` (a Figure, or a hint
when there is nothing to draw yet, plus a text alternative for screen
readers). The view builds the chart when it is first shown and again when the
data or the language changes (``redraw()``). matplotlib is imported in a
background thread the first time, so the window keeps painting meanwhile.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QMenu, QStackedLayout, QWidget

from planner.charts.result import Builder, ChartResult
from planner.charts.theme import ChartTheme
from planner.i18n import _
from planner.threads import collector_paused


class _Loader:
    """Imports matplotlib once, off the GUI thread."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._load, name="matplotlib-loader", daemon=True
            )
            self._thread.start()

    def _load(self) -> None:
        try:
            with collector_paused():  # a collection here could destroy Qt objects off their thread
                import matplotlib

                matplotlib.use("Agg", force=False)
                import matplotlib.figure
                from matplotlib.backends import backend_agg  # noqa: F401
        finally:
            self.done.set()

    def wait(self, timeout: float) -> bool:
        """Wait for an import already started; True when none is running."""
        return self._thread is None or self.done.wait(timeout)


_LOADER = _Loader()


def wait_for_matplotlib(timeout: float = 30.0) -> bool:
    """Block until a background import of matplotlib has ended (the benchmark's idle)."""
    return _LOADER.wait(timeout)


def current_theme() -> ChartTheme:
    palette = QGuiApplication.palette()
    return ChartTheme(dark=palette.color(QPalette.ColorRole.Window).lightness() < 128)


class ChartView(QWidget):
    def __init__(self, builder: Builder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._builder = builder
        self._result: ChartResult | None = None
        self._canvas: Any = None
        self._pending = False
        self._stale = False  # data or language changed while hidden: rebuild when shown
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setText(_("Loading chart…"))
        self._layout = QStackedLayout(self)
        self._layout.addWidget(self.message)
        self.setMinimumSize(240, 180)

    # -- building --------------------------------------------------------

    def redraw(self) -> None:
        """Rebuild from fresh data (after a change or a language switch)."""
        if self.isVisible() or self._result is not None:
            self._schedule()

    def result(self) -> ChartResult | None:
        return self._result

    def render_now(self) -> ChartResult:
        """Build synchronously (tests, export): loads matplotlib if needed."""
        _LOADER.start()
        _LOADER.done.wait()
        self._build()
        assert self._result is not None
        return self._result

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._result is None or self._stale:
            self._schedule()

    def changeEvent(self, event: QEvent) -> None:
        redraw_on = (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange)
        if event.type() == QEvent.Type.LanguageChange:
            # Until the redraw, show nothing in the old language.
            self.setToolTip("")
            self.setAccessibleDescription("")
            if self._layout.currentWidget() is self.message:
                self.message.setText(_("Loading chart…"))
        if event.type() in redraw_on and self._result is not None:
            self._schedule()
        super().changeEvent(event)

    def _schedule(self) -> None:
        if self._pending:
            return
        self._pending = True
        _LOADER.start()
        QTimer.singleShot(0, self._when_loaded)

    def _when_loaded(self) -> None:
        if not _LOADER.done.is_set():
            QTimer.singleShot(20, self._when_loaded)
            return
        self._pending = False
        if not self.isVisible():
            # Hidden meanwhile (another page was chosen): drawing now would hold up
            # the page on screen; the chart is drawn when it is next shown.
            self._stale = True
            return
        self._build()

    def _build(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self._stale = False
        result = self._builder(current_theme())
        self._result = result
        self.setAccessibleDescription(result.alt_text)
        self.setToolTip(result.alt_text)
        if result.figure is None:
            self.message.setText(result.hint)
            self._layout.setCurrentWidget(self.message)
            return
        old, self._canvas = self._canvas, FigureCanvasQTAgg(result.figure)
        if old is not None:
            # A child of this view (the layout made it one): Qt deletes it, later,
            # and no attribute points at it any more (README, "Who deletes what").
            self._layout.removeWidget(old)
            old.deleteLater()
        self._canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._canvas.setAccessibleName(self.accessibleName())
        self._canvas.setAccessibleDescription(result.alt_text)
        self._layout.addWidget(self._canvas)
        self._layout.setCurrentWidget(self._canvas)

    # -- saving ----------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.exec(event.globalPos())

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        has_figure = self._result is not None and self._result.figure is not None
        for text, suffix in ((_("Save as PNG…"), "png"), (_("Save as SVG…"), "svg")):
            action = QAction(text, menu)
            action.setEnabled(has_figure)
            action.triggered.connect(lambda _c=False, s=suffix: self.ask_and_save(s))
            menu.addAction(action)
        return menu

    def ask_and_save(self, suffix: str) -> None:
        from planner.ui.kit.file_dialogs import Pick, ask_path

        kind = _("{kind} image (*.{suffix})").format(kind=suffix.upper(), suffix=suffix)
        path = ask_path(self, _("Save chart"), Pick.SAVE, "", filters=[kind], suffix=suffix)
        if path:
            self.save(path)

    def save(self, path: Path) -> None:
        if self._result is None or self._result.figure is None:
            return
        self._result.figure.savefig(path, format=path.suffix.lstrip(".").lower() or "png")
