"""Help > Keyboard shortcuts: every key the window answers to, in one list."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.i18n import _
from planner.i18n.markers import N_

# (keys, where, what it does): English msgids, translated when shown.
SHORTCUTS: tuple[tuple[str, str, str], ...] = (
    ("Ctrl+1 … Ctrl+9", N_("everywhere"), N_("go to a page")),
    ("Ctrl+N", N_("everywhere"), N_("new learning log entry")),
    ("Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y", N_("everywhere"), N_("undo, redo")),
    ("Ctrl+P", N_("everywhere"), N_("print the year plan")),
    ("Ctrl+Shift+B", N_("everywhere"), N_("back up now")),
    ("Ctrl+Shift+E, Ctrl+Shift+I", N_("everywhere"), N_("export, import")),
    ("Ctrl+,", N_("everywhere"), N_("preferences")),
    ("Ctrl+Q", N_("everywhere"), N_("quit")),
    ("↑ ↓, Enter", N_("navigation"), N_("choose a page, move into it")),
    ("Alt+letter", N_("everywhere"), N_("the button or field with that letter underlined")),
    ("Ctrl+F", N_("job market"), N_("go to the search field")),
    ("F1", N_("everywhere"), N_("this list")),
    ("Enter, Delete", N_("tables"), N_("edit, delete (after a question; undoable)")),
    ("Enter", N_("skills table"), N_("assess the selected skill")),
    ("↑ ↓, Alt+0 … Alt+5", N_("assess dialog"), N_("choose the level")),
    ("Ctrl+Shift+N", N_("job market, year plan"), N_("new postings, new goal")),
    ("Enter / Esc", N_("posting form"), N_("save and open the next form / stop")),
    ("Space, Ctrl+Enter", N_("plan and log forms"), N_("tick a skill; save")),
    ("Alt+↑, Alt+↓", N_("year plan goals"), N_("move the goal up, down")),
    ("Enter, Alt+N / Alt+B, Esc", N_("first-run guide"), N_("next, back, close")),
)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Keyboard shortcuts"))
        self.resize(760, 560)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([_("Keys"), _("Where"), _("Does")])
        for keys, where, what in SHORTCUTS:
            row = [QStandardItem(keys), QStandardItem(_(where)), QStandardItem(_(what))]
            for item in row:
                item.setEditable(False)
            self.model.appendRow(row)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
