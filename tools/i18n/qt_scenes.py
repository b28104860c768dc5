"""The scenes Qt's own texts appear in: message boxes, button boxes, a wizard, input and
progress dialogs, the context menus of text fields, spin boxes and scroll bars, undo
actions and key names. Each ``record_*`` shows its widgets offscreen while the
recording translator of ``record_qt_strings.py`` listens; the helpers here let Qt
lay out and paint (when lazy texts are asked) and close the boxes Qt opens itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEventLoop,
    QObject,
    QPoint,
    Qt,
    QTimer,
    SignalInstance,
)
from PySide6.QtGui import QContextMenuEvent, QKeySequence, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QScrollBar,
    QSpinBox,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)


def settle(app: QApplication) -> None:
    """Let Qt lay out and paint, which is when lazy texts such as headers are asked."""
    for _ in range(3):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


@contextmanager
def dismissing_modals(app: QApplication) -> Iterator[None]:
    """Close every modal dialog and popup menu that opens while the block runs.

    Qt opens some message boxes and menus with ``exec()``; they block until
    closed, so a timer closes them as soon as they are up.
    """
    before = set(app.topLevelWidgets())

    def close_new() -> None:
        for widget in (app.activePopupWidget(), app.activeModalWidget()):
            if widget is None or widget in before or not widget.isVisible():
                continue
            settle_widget(widget)
            if isinstance(widget, QMessageBox):
                answer_no(widget)
            elif isinstance(widget, QDialog):
                widget.done(QDialog.DialogCode.Rejected)
            else:
                widget.close()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(close_new)
    timer.start()
    try:
        yield
    finally:
        timer.stop()


def answer_no(box: QMessageBox) -> None:
    """Click the answer that changes nothing, as a user backing out would."""
    for kind in (
        QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Ok,
    ):
        button = box.button(kind)
        if button is not None:
            button.click()
            return
    box.done(QDialog.DialogCode.Rejected)


def settle_widget(widget: QWidget) -> None:
    """Ask a widget for every text it shows, tooltips included."""
    widget.grab()
    for child in widget.findChildren(QWidget):
        child.toolTip()


def show(app: QApplication, widget: QWidget) -> None:
    widget.show()
    settle(app)
    settle_widget(widget)


def wait_for(app: QApplication, signal: SignalInstance, timeout_ms: int = 3000) -> None:
    """Run the event loop until ``signal`` fires or the timeout passes."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    settle(app)


def record_message_boxes(app: QApplication) -> None:
    every_button = QMessageBox.StandardButton(0)
    for button in QMessageBox.StandardButton:
        if button not in {QMessageBox.StandardButton.NoButton, QMessageBox.StandardButton.FlagMask}:
            every_button |= button
    box = QMessageBox(QMessageBox.Icon.Question, "Career Planner", "Text", every_button)
    box.setDetailedText("Details")
    show(app, box)
    for button in box.findChildren(QAbstractButton):
        if button.text() and button not in box.buttons():
            button.click()  # "Show Details..." toggles to "Hide Details..."
            settle(app)
    box.done(0)


def record_button_boxes(app: QApplication) -> None:
    every_button = QDialogButtonBox.StandardButton(0)
    for button in QDialogButtonBox.StandardButton:
        if button != QDialogButtonBox.StandardButton.NoButton:
            every_button |= button
    box = QDialogButtonBox(every_button)
    show(app, box)
    box.close()


def record_wizard(app: QApplication) -> None:
    wizard = QWizard()
    wizard.setOption(QWizard.WizardOption.HaveHelpButton, True)
    first, last = QWizardPage(), QWizardPage()
    first.setCommitPage(True)
    wizard.addPage(first)
    wizard.addPage(last)
    for style in (
        QWizard.WizardStyle.ClassicStyle,
        QWizard.WizardStyle.ModernStyle,
        QWizard.WizardStyle.MacStyle,
    ):
        wizard.setWizardStyle(style)
        wizard.restart()
        show(app, wizard)
        wizard.next()
        settle(app)
    wizard.done(0)


def record_input_and_progress(app: QApplication) -> None:
    for mode in (
        QInputDialog.InputMode.TextInput,
        QInputDialog.InputMode.IntInput,
        QInputDialog.InputMode.DoubleInput,
    ):
        dialog = QInputDialog()
        dialog.setInputMode(mode)
        show(app, dialog)
        dialog.done(0)
    progress = QProgressDialog()
    progress.setMinimumDuration(0)
    progress.setValue(0)
    show(app, progress)
    progress.reset()
    progress.close()


def record_text_menus(app: QApplication) -> None:
    """The standard context menus, with the link entry QTextEdit adds over a link."""
    line = QLineEdit("text")
    show(app, line)
    line.createStandardContextMenu()
    plain = QPlainTextEdit("text")
    show(app, plain)
    plain.createStandardContextMenu()
    rich = QTextEdit()
    rich.setHtml('<a href="https://example.org">a link to follow</a>')
    show(app, rich)
    rich.createStandardContextMenu()
    # Over a link that the mouse may follow, the menu offers to copy its address.
    rich.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    inside_link = QTextCursor(rich.document())
    inside_link.setPosition(3)
    rich.createStandardContextMenu(rich.cursorRect(inside_link).center())
    plain.setReadOnly(True)
    plain.createStandardContextMenu()


def record_spin_boxes(app: QApplication) -> None:
    """Spin boxes build their menu inside ``contextMenuEvent`` and run it at once."""
    date = QDateEdit(QDate(2025, 1, 1))
    date.setCalendarPopup(True)
    spin = QSpinBox()
    for widget in (spin, date):
        show(app, widget)
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(2, 2), widget.mapToGlobal(QPoint(2, 2))
        )
        with dismissing_modals(app):
            QCoreApplication.sendEvent(widget, event)
    calendar = QCalendarWidget()
    show(app, calendar)
    calendar.close()


def record_scroll_bars(app: QApplication) -> None:
    """Every table and text box has scroll bars; their menu runs inside ``contextMenuEvent``."""
    for orientation in (Qt.Orientation.Vertical, Qt.Orientation.Horizontal):
        bar = QScrollBar(orientation)
        bar.resize(120, 120)
        show(app, bar)
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(5, 5), bar.mapToGlobal(QPoint(5, 5))
        )
        with dismissing_modals(app):
            QCoreApplication.sendEvent(bar, event)
        bar.close()


def record_undo_actions(app: QApplication) -> None:
    stack = QUndoStack()
    holder = QObject()
    stack.createUndoAction(holder)
    stack.createRedoAction(holder)
    settle(app)


def record_key_names(app: QApplication) -> None:
    """Shortcut names as menus show them (``NativeText`` is translated, portable text is not)."""
    for key in QKeySequence.StandardKey:
        for sequence in QKeySequence.keyBindings(key):
            sequence.toString(QKeySequence.SequenceFormat.NativeText)
    extra = (
        "Ctrl+Shift+Alt+Meta+F1",
        "Del",
        "Backspace",
        "Esc",
        "Return",
        "Enter",
        "Home",
        "End",
        "PgUp",
        "PgDown",
        "Ins",
        "Space",
        "Tab",
        "Up",
        "Down",
        "Left",
        "Right",
        "Print",
        "Ctrl++",
        "Ctrl+-",
        "Ctrl+0",
    )
    for text in extra:
        QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)
    settle(app)
