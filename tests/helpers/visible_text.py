"""Collect every text a person can read in a widget tree, to check translations."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

# Words that are the same in English, Norwegian and Swahili.
SAME_IN_EVERY_LANGUAGE = {
    "SEO",
    "CRM",
    "PPC",
    "OK",
    "English",
    "Norsk bokmål",
    "Kiswahili",
    "https://",
    "Twitter/X",
    "%",
    "Digital media",  # the glossary's Norwegian term for the area is "digital media"
}


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _model_headers(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    from PySide6.QtCore import QModelIndex

    columns = model.columnCount(QModelIndex())
    return [
        str(model.headerData(column, Qt.Orientation.Horizontal) or "") for column in range(columns)
    ]


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) pairs for the texts of ``root`` and its visible children."""
    found: list[tuple[str, str]] = []

    def add(where: QWidget, text: str | None) -> None:
        if text and _clean(text):
            found.append((f"{type(where).__name__}:{where.objectName()}", _clean(text)))

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        if widget.isWindow():
            add(widget, widget.windowTitle())
        add(widget, widget.toolTip())
        if isinstance(widget, QLabel):
            add(widget, widget.text())
        if isinstance(widget, QAbstractButton):
            add(widget, widget.text())
        if isinstance(widget, QGroupBox):
            add(widget, widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            add(widget, widget.placeholderText())
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, widget.itemText(index))
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget, widget.tabText(index))
        if isinstance(widget, QTableView | QTreeView):
            for header in _model_headers(widget.model()):
                add(widget, header)
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                add(widget, widget.item(row).text())
        if isinstance(widget, QMenu):
            add(widget, widget.title())
            for action in widget.actions():
                add(widget, action.text())
        if isinstance(widget, QMainWindow):
            for action in widget.menuBar().actions():
                add(widget, action.text())
    return found


def english_leftovers(
    root: QWidget, english_texts: set[str], user_texts: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """Visible texts of ``root`` that are still what the English window showed.

    ``english_texts`` is what :func:`visible_texts` found with English active;
    texts with no letters (numbers), words that are the same in every language
    and what the user typed (``user_texts``) do not count.
    """
    return [
        (where, text)
        for where, text in visible_texts(root)
        if text in english_texts
        and any(char.isalpha() for char in text)
        and text not in SAME_IN_EVERY_LANGUAGE
        and text not in user_texts
        and not _is_existing_path(text)
    ]


def _is_existing_path(text: str) -> bool:
    """A folder or file name shown by a file dialog: the same in every language."""
    from pathlib import Path

    return text.startswith("/") and Path(text).exists()
