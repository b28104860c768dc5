"""Record the texts Qt's own widgets and dialogs show, into ``translations/qt.pot``.

Qt ships no nb or sw catalog for its own widgets, so the planner translates
them with a gettext catalog of its own (``planner/i18n/qt_translator.py``).
Which strings Qt asks for cannot be read from any Python source: they are
compiled into the Qt libraries. This tool installs a translator that answers
nothing and writes down every question, then opens, offscreen, every built-in
dialog, menu and widget the planner can show, including the message boxes Qt
opens on its own (delete a file, overwrite a file, file not found).

    QT_QPA_PLATFORM=offscreen python tools/i18n/record_qt_strings.py

The template is sorted and carries a fixed creation date, so recording again
with the same Qt version reproduces it byte for byte.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEventLoop,
    QItemSelectionModel,
    QObject,
    QPoint,
    Qt,
    QTimer,
    QTranslator,
    SignalInstance,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence, QTextCursor, QUndoStack
from PySide6.QtPrintSupport import (
    QPageSetupDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QInputDialog,
    QLineEdit,
    QListView,
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

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run from a checkout without installing the planner
    sys.path.insert(0, str(ROOT))

from planner.i18n.qt_translator import compensate_none_references  # noqa: E402

DEFAULT_OUTPUT = ROOT / "translations" / "qt.pot"

QT_PLACEHOLDER = re.compile(r"%(?:[1-9]|L[1-9])")

# A fixed date keeps the template reproducible; the Qt version in the header
# says what it was recorded against.
CREATION_DATE = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)

# Asked but never shown: the layout direction Qt reads on start-up, the
# window titles of forms Qt embeds in its print dialogs, and the key bindings
# QFileDialog parses (a translated binding would only break the shortcut).
NOISE: frozenset[tuple[str, str]] = frozenset(
    {
        ("QGuiApplication", "QT_LAYOUT_DIRECTION"),
        ("QPageSetupWidget", "Form"),
        ("QPrintPropertiesWidget", "Form"),
        ("QPrintSettingsOutput", "Form"),
        ("QPrintWidget", "Form"),
        ("QFileDialog", "Alt+Left"),
        ("QFileDialog", "Alt+Right"),
        ("QFileDialog", "Alt+Up"),
    }
)

# Button texts the GNOME platform theme uses instead of QPlatformTheme's on a
# GNOME desktop (qtbase, qgnometheme.cpp). The offscreen platform cannot load
# that theme, so they are listed here rather than recorded.
PLATFORM_THEME_STRINGS: tuple[tuple[str, str], ...] = (
    ("QGnomeTheme", "&OK"),
    ("QGnomeTheme", "&Save"),
    ("QGnomeTheme", "&Cancel"),
    ("QGnomeTheme", "&Close"),
    ("QGnomeTheme", "Close without Saving"),
)


@dataclass(frozen=True, order=True)
class Asked:
    """One question Qt asked a translator."""

    context: str
    source: str
    disambiguation: str
    plural: bool

    @property
    def msgctxt(self) -> str:
        """The gettext context: Qt's context, plus ``|disambiguation`` if any."""
        if self.disambiguation:
            return f"{self.context}|{self.disambiguation}"
        return self.context


class RecordingTranslator(QTranslator):
    """Answers nothing, so Qt shows its source texts, and remembers every question."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[Asked] = set()

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        compensate_none_references(context, source_text, disambiguation)
        if source_text and (context, source_text) not in NOISE:
            self.asked.add(Asked(context, source_text, disambiguation or "", n >= 0))
        return None

    def isEmpty(self) -> bool:
        # An empty translator is installed without a LanguageChange event.
        return False


def _settle(app: QApplication) -> None:
    """Let Qt lay out and paint, which is when lazy texts such as headers are asked."""
    for _ in range(3):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


@contextmanager
def _dismissing_modals(app: QApplication) -> Iterator[None]:
    """Close every modal dialog and popup menu that opens while the block runs.

    Qt opens some message boxes and menus with ``exec()``; they block until
    closed, so a timer closes them as soon as they are up.
    """
    before = set(app.topLevelWidgets())

    def close_new() -> None:
        for widget in (app.activePopupWidget(), app.activeModalWidget()):
            if widget is None or widget in before or not widget.isVisible():
                continue
            _settle_widget(widget)
            if isinstance(widget, QMessageBox):
                _answer_no(widget)
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


def _answer_no(box: QMessageBox) -> None:
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


def _settle_widget(widget: QWidget) -> None:
    """Ask a widget for every text it shows, tooltips included."""
    widget.grab()
    for child in widget.findChildren(QWidget):
        child.toolTip()


def _show(app: QApplication, widget: QWidget) -> None:
    widget.show()
    _settle(app)
    _settle_widget(widget)


def _wait_for(app: QApplication, signal: SignalInstance, timeout_ms: int = 3000) -> None:
    """Run the event loop until ``signal`` fires or the timeout passes."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    _settle(app)


def record_message_boxes(app: QApplication) -> None:
    every_button = QMessageBox.StandardButton(0)
    for button in QMessageBox.StandardButton:
        if button not in {QMessageBox.StandardButton.NoButton, QMessageBox.StandardButton.FlagMask}:
            every_button |= button
    box = QMessageBox(QMessageBox.Icon.Question, "Career Planner", "Text", every_button)
    box.setDetailedText("Details")
    _show(app, box)
    for button in box.findChildren(QAbstractButton):
        if button.text() and button not in box.buttons():
            button.click()  # "Show Details..." toggles to "Hide Details..."
            _settle(app)
    box.done(0)


def record_button_boxes(app: QApplication) -> None:
    every_button = QDialogButtonBox.StandardButton(0)
    for button in QDialogButtonBox.StandardButton:
        if button != QDialogButtonBox.StandardButton.NoButton:
            every_button |= button
    box = QDialogButtonBox(every_button)
    _show(app, box)
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
        _show(app, wizard)
        wizard.next()
        _settle(app)
    wizard.done(0)


def record_input_and_progress(app: QApplication) -> None:
    for mode in (
        QInputDialog.InputMode.TextInput,
        QInputDialog.InputMode.IntInput,
        QInputDialog.InputMode.DoubleInput,
    ):
        dialog = QInputDialog()
        dialog.setInputMode(mode)
        _show(app, dialog)
        dialog.done(0)
    progress = QProgressDialog()
    progress.setMinimumDuration(0)
    progress.setValue(0)
    _show(app, progress)
    progress.reset()
    progress.close()


def record_text_menus(app: QApplication) -> None:
    """The standard context menus, with the link entry QTextEdit adds over a link."""
    line = QLineEdit("text")
    _show(app, line)
    line.createStandardContextMenu()
    plain = QPlainTextEdit("text")
    _show(app, plain)
    plain.createStandardContextMenu()
    rich = QTextEdit()
    rich.setHtml('<a href="https://example.org">a link to follow</a>')
    _show(app, rich)
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
        _show(app, widget)
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(2, 2), widget.mapToGlobal(QPoint(2, 2))
        )
        with _dismissing_modals(app):
            QCoreApplication.sendEvent(widget, event)
    calendar = QCalendarWidget()
    _show(app, calendar)
    calendar.close()


def record_scroll_bars(app: QApplication) -> None:
    """Every table and text box has scroll bars; their menu runs inside ``contextMenuEvent``."""
    for orientation in (Qt.Orientation.Vertical, Qt.Orientation.Horizontal):
        bar = QScrollBar(orientation)
        bar.resize(120, 120)
        _show(app, bar)
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(5, 5), bar.mapToGlobal(QPoint(5, 5))
        )
        with _dismissing_modals(app):
            QCoreApplication.sendEvent(bar, event)
        bar.close()


def record_undo_actions(app: QApplication) -> None:
    stack = QUndoStack()
    holder = QObject()
    stack.createUndoAction(holder)
    stack.createRedoAction(holder)
    _settle(app)


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
    _settle(app)


def _file_dialog(directory: Path, mode: QFileDialog.FileMode) -> QFileDialog:
    dialog = QFileDialog(None, "", str(directory))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(mode)
    return dialog


def _loaded_model(app: QApplication, dialog: QFileDialog) -> QFileSystemModel:
    """The dialog's file model, once it has read the directory (it reads in a thread)."""
    model = dialog.findChild(QFileSystemModel)
    if model is None:
        raise LookupError("QFileDialog has no QFileSystemModel")
    root = model.index(dialog.directory().absolutePath())
    if model.rowCount(root) == 0:
        _wait_for(app, model.directoryLoaded)
    return model


def _type_and_accept(app: QApplication, dialog: QFileDialog, name: str) -> None:
    """Type a file name and press Open/Save, dismissing whatever Qt objects to."""
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    if edit is None:
        raise LookupError("QFileDialog has no file name field")
    edit.setText(name)
    with _dismissing_modals(app):
        dialog.accept()
        _settle(app)


def _delete_from_view(app: QApplication, dialog: QFileDialog, path: Path) -> None:
    """Select ``path`` in the list and run the dialog's own Delete action (it asks first)."""
    model = _loaded_model(app, dialog)
    view = dialog.findChild(QListView, "listView")
    action = dialog.findChild(QAction, "qt_delete_action")
    if view is None or action is None:
        raise LookupError("QFileDialog has no list view or Delete action")
    view.selectionModel().select(
        model.index(str(path)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    action.setEnabled(True)  # the dialog enables it only while its context menu is up
    with _dismissing_modals(app):
        action.trigger()
        _settle(app)


def record_file_dialogs(app: QApplication) -> None:
    """Every mode, both views, the menus, and the warnings Qt shows on its own."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "plan.txt").write_text("plan", encoding="utf-8")
        (folder / "sub").mkdir()

        opener = _file_dialog(folder, QFileDialog.FileMode.ExistingFile)
        opener.setNameFilters(["Text (*.txt)", "All Files (*)"])
        _show(app, opener)
        opener.setViewMode(QFileDialog.ViewMode.Detail)
        model = _loaded_model(app, opener)
        _settle_widget(opener)
        for column in range(model.columnCount()):
            model.headerData(column, Qt.Orientation.Horizontal)
        root = model.index(str(folder))
        for row in range(model.rowCount(root)):
            for column in range(model.columnCount()):
                model.data(model.index(row, column, root))
        model.myComputer()
        for name in ("listView", "treeView"):
            view = opener.findChild(QAbstractItemView, name)
            if view is not None:
                with _dismissing_modals(app):
                    view.customContextMenuRequested.emit(QPoint(1, 1))
                    _settle(app)
        sidebar = opener.findChild(QListView, "sidebar")
        if sidebar is not None and sidebar.model() is not None and sidebar.model().rowCount():
            spot = sidebar.visualRect(sidebar.model().index(0, 0)).center()
            with _dismissing_modals(app):
                sidebar.customContextMenuRequested.emit(spot)  # "Remove" a place
                _settle(app)
        opener.setViewMode(QFileDialog.ViewMode.List)
        _settle(app)
        _type_and_accept(app, opener, "missing.txt")  # file not found
        new_folder = opener.findChild(QAction, "qt_new_folder_action")
        if new_folder is not None:
            new_folder.trigger()
            _settle(app)
        _delete_from_view(app, opener, folder / "plan.txt")  # are you sure?
        opener.done(0)

        saver = _file_dialog(folder, QFileDialog.FileMode.AnyFile)
        saver.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        _show(app, saver)
        _loaded_model(app, saver)
        _type_and_accept(app, saver, "plan.txt")  # already exists: replace it?
        saver.done(0)

        for mode in (QFileDialog.FileMode.Directory, QFileDialog.FileMode.ExistingFiles):
            dialog = _file_dialog(folder, mode)
            _show(app, dialog)
            _loaded_model(app, dialog)
            _type_and_accept(app, dialog, "missing")  # directory or file not found
            dialog.done(0)


def _press_print(app: QApplication, dialog: QPrintDialog) -> None:
    """Click Print: Qt checks the entries only on the button, not in ``accept()``."""
    buttons = dialog.findChild(QDialogButtonBox)
    if buttons is None:
        raise LookupError("QPrintDialog has no button box")
    with _dismissing_modals(app):
        for button in buttons.buttons():
            if buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                button.click()
        _settle(app)
    if not dialog.isVisible():
        _show(app, dialog)


def _print_dialog_checks(app: QApplication, dialog: QPrintDialog, folder: Path) -> None:
    """Press Print with the entries Qt refuses, so it shows its warnings."""
    file_name = dialog.findChild(QLineEdit, "filename")
    if file_name is None:
        raise LookupError("QPrintDialog has no output file field")
    (folder / "plan.pdf").write_bytes(b"")
    for target in (folder, folder / "plan.pdf", folder / "missing" / "plan.pdf"):
        file_name.setText(str(target))
        _press_print(app, dialog)
    file_name.setText(str(folder / "new.pdf"))
    pages = dialog.findChild(QAbstractButton, "pagesRadioButton")
    pages_text = dialog.findChild(QLineEdit, "pagesLineEdit")
    if pages is not None and pages_text is not None:
        pages.setChecked(True)
        pages_text.setText("3-1,,x")
        _press_print(app, dialog)


def record_print_dialogs(app: QApplication) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog = QPrintDialog(printer)
    dialog.setMinMax(1, 9)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, True)
    _show(app, dialog)
    for button in dialog.findChildren(QAbstractButton):
        if "Options" in button.text() or button.objectName() in {"properties", "fileBrowser"}:
            with _dismissing_modals(app):
                button.click()
                _settle(app)
            if "Options" in button.text():
                button.click()  # collapse again, asking for the other label
                _settle(app)
    with tempfile.TemporaryDirectory() as tmp:
        _print_dialog_checks(app, dialog, Path(tmp))
    dialog.done(0)

    # Without a printer installed Qt warns that this dialog needs one, but it
    # still asks for its title; its form was recorded under Properties above.
    page_printer = QPrinter()
    setup = QPageSetupDialog(page_printer)
    _show(app, setup)
    setup.done(0)

    preview = QPrintPreviewDialog(printer)
    preview.paintRequested.connect(lambda target: None)
    _show(app, preview)
    for action in preview.findChildren(QAction):
        action.toolTip()
    preview.done(0)


SCENES: tuple[Callable[[QApplication], None], ...] = (
    record_message_boxes,
    record_button_boxes,
    record_wizard,
    record_input_and_progress,
    record_text_menus,
    record_spin_boxes,
    record_scroll_bars,
    record_undo_actions,
    record_key_names,
    record_file_dialogs,
    record_print_dialogs,
)


def record(app: QApplication) -> set[Asked]:
    """Every string Qt asks for while the scenes run, plus the platform theme texts."""
    recorder = RecordingTranslator()
    app.installTranslator(recorder)
    try:
        for scene in SCENES:
            scene(app)
            _settle(app)
    finally:
        app.removeTranslator(recorder)
    asked = set(recorder.asked)
    asked.update(Asked(context, source, "", False) for context, source in PLATFORM_THEME_STRINGS)
    return asked


def build_catalog(asked: set[Asked]) -> Catalog:
    catalog = Catalog(
        project="Career Planner (Qt built-in texts)",
        version=f"PySide6 {pyside_version}",
        copyright_holder="Career Planner developers",
        creation_date=CREATION_DATE,
        revision_date=CREATION_DATE,
        fuzzy=False,
    )
    # A string asked both with and without a count is a plural.
    plurals = {(a.msgctxt, a.source) for a in asked if a.plural}
    for item in sorted(asked):
        key = (item.msgctxt, item.source)
        if catalog.get(item.source, context=item.msgctxt) is not None:
            continue
        message_id: str | tuple[str, str] = (
            (item.source, item.source) if key in plurals else item.source
        )
        message = catalog.add(message_id, context=item.msgctxt)
        # Babel guesses python-format from any "%"; Qt's placeholders are %1 and
        # %n, which msgfmt --check verifies under qt-format and qt-plural-format.
        message.flags.discard("python-format")
        if key in plurals:
            message.flags.add("qt-plural-format")
        elif QT_PLACEHOLDER.search(item.source):
            message.flags.add("qt-format")
    return catalog


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    asked = record(app)
    catalog = build_catalog(asked)
    with args.output.open("wb") as handle:
        write_po(handle, catalog, sort_output=True, omit_header=False, width=100)
    print(f"{len(catalog)} strings written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
