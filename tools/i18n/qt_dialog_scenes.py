"""The scenes of Qt's file and print dialogs: browse, type a name, delete a file,
overwrite one, ask for one that is missing (the message boxes Qt opens on its own),
and the print, page set-up and print preview dialogs.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QPoint,
    Qt,
)
from PySide6.QtGui import QAction
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
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QLineEdit,
    QListView,
)

from tools.i18n.qt_scenes import dismissing_modals, settle, settle_widget, show, wait_for


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
        wait_for(app, model.directoryLoaded)
    return model


def _type_and_accept(app: QApplication, dialog: QFileDialog, name: str) -> None:
    """Type a file name and press Open/Save, dismissing whatever Qt objects to."""
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    if edit is None:
        raise LookupError("QFileDialog has no file name field")
    edit.setText(name)
    with dismissing_modals(app):
        dialog.accept()
        settle(app)


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
    with dismissing_modals(app):
        action.trigger()
        settle(app)


def record_file_dialogs(app: QApplication) -> None:
    """Every mode, both views, the menus, and the warnings Qt shows on its own."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "plan.txt").write_text("plan", encoding="utf-8")
        (folder / "sub").mkdir()

        opener = _file_dialog(folder, QFileDialog.FileMode.ExistingFile)
        opener.setNameFilters(["Text (*.txt)", "All Files (*)"])
        show(app, opener)
        opener.setViewMode(QFileDialog.ViewMode.Detail)
        model = _loaded_model(app, opener)
        settle_widget(opener)
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
                with dismissing_modals(app):
                    view.customContextMenuRequested.emit(QPoint(1, 1))
                    settle(app)
        sidebar = opener.findChild(QListView, "sidebar")
        if sidebar is not None and sidebar.model() is not None and sidebar.model().rowCount():
            spot = sidebar.visualRect(sidebar.model().index(0, 0)).center()
            with dismissing_modals(app):
                sidebar.customContextMenuRequested.emit(spot)  # "Remove" a place
                settle(app)
        opener.setViewMode(QFileDialog.ViewMode.List)
        settle(app)
        _type_and_accept(app, opener, "missing.txt")  # file not found
        new_folder = opener.findChild(QAction, "qt_new_folder_action")
        if new_folder is not None:
            new_folder.trigger()
            settle(app)
        _delete_from_view(app, opener, folder / "plan.txt")  # are you sure?
        opener.done(0)

        saver = _file_dialog(folder, QFileDialog.FileMode.AnyFile)
        saver.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        show(app, saver)
        _loaded_model(app, saver)
        _type_and_accept(app, saver, "plan.txt")  # already exists: replace it?
        saver.done(0)

        for mode in (QFileDialog.FileMode.Directory, QFileDialog.FileMode.ExistingFiles):
            dialog = _file_dialog(folder, mode)
            show(app, dialog)
            _loaded_model(app, dialog)
            _type_and_accept(app, dialog, "missing")  # directory or file not found
            dialog.done(0)


def _press_print(app: QApplication, dialog: QPrintDialog) -> None:
    """Click Print: Qt checks the entries only on the button, not in ``accept()``."""
    buttons = dialog.findChild(QDialogButtonBox)
    if buttons is None:
        raise LookupError("QPrintDialog has no button box")
    with dismissing_modals(app):
        for button in buttons.buttons():
            if buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                button.click()
        settle(app)
    if not dialog.isVisible():
        show(app, dialog)


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
    show(app, dialog)
    for button in dialog.findChildren(QAbstractButton):
        if "Options" in button.text() or button.objectName() in {"properties", "fileBrowser"}:
            with dismissing_modals(app):
                button.click()
                settle(app)
            if "Options" in button.text():
                button.click()  # collapse again, asking for the other label
                settle(app)
    with tempfile.TemporaryDirectory() as tmp:
        _print_dialog_checks(app, dialog, Path(tmp))
    dialog.done(0)

    # Without a printer installed Qt warns that this dialog needs one, but it
    # still asks for its title; its form was recorded under Properties above.
    page_printer = QPrinter()
    setup = QPageSetupDialog(page_printer)
    show(app, setup)
    setup.done(0)

    preview = QPrintPreviewDialog(printer)
    preview.paintRequested.connect(lambda target: None)
    show(app, preview)
    for action in preview.findChildren(QAction):
        action.toolTip()
    preview.done(0)
