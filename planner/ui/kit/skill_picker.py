"""A list of skills grouped under their areas, ticked by mouse or Space, filtered by typing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from planner.domain.catalogue import default_catalogue
from planner.text.labels import area_name
from planner.ui.kit.widgets import plain_label

__all__ = ["SkillChoice", "SkillPicker"]

SkillChoice = tuple[str, ...]  # (key, shown name) or (key, shown name, area key)


class SkillPicker(QListView):
    """Several skills under their area's name, ticked with the mouse or Space.

    Typing filters the list (the filter shows in its corner); Backspace takes a
    letter back, Esc clears the filter before it closes the dialog.
    """

    def __init__(
        self,
        skills: Sequence[SkillChoice],
        chosen: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.items = QStandardItemModel(self)
        self._filter = ""
        area_of = {choice[0]: choice[2] for choice in skills if len(choice) > 2}
        order = {area.key: n for n, area in enumerate(default_catalogue().areas)}
        ordered = sorted(skills, key=lambda c: order.get(area_of.get(c[0], ""), len(order)))
        last_area: str | None = None
        for choice in ordered:
            key, name = choice[0], choice[1]
            area = area_of.get(key, "")
            if area and area != last_area:
                header = QStandardItem(area_name(area))
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self.items.appendRow(header)
            last_area = area
            item = QStandardItem(("   " if area else "") + name)
            item.setData(key)
            item.setCheckable(True)
            item.setEditable(False)
            self.items.appendRow(item)
        self.setModel(self.items)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.set_chosen(chosen)
        self.setMinimumHeight(110)
        self.filter_label = plain_label("", self.viewport())
        self.filter_label.setStyleSheet(
            "background: palette(highlight); color: palette(highlighted-text); padding: 1px 4px;"
        )
        self.filter_label.hide()
        self._first_visible()

    def _skill_rows(self) -> list[int]:
        return [r for r in range(self.items.rowCount()) if self.items.item(r).data() is not None]

    def set_chosen(self, keys: Sequence[str]) -> None:
        wanted = set(keys)
        for row in self._skill_rows():
            item = self.items.item(row)
            state = item.data() in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)

    def chosen(self) -> tuple[str, ...]:
        return tuple(
            self.items.item(row).data()
            for row in self._skill_rows()
            if self.items.item(row).checkState() == Qt.CheckState.Checked
        )

    # -- type to filter --------------------------------------------------

    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text: str) -> None:
        self._filter = text
        needle = text.strip().casefold()
        shown_areas: set[int] = set()
        header = -1
        for row in range(self.items.rowCount()):
            item = self.items.item(row)
            if item.data() is None:
                header = row
                continue
            match = not needle or needle in item.text().casefold()
            self.setRowHidden(row, not match)
            if match and header >= 0:
                shown_areas.add(header)
        for row in range(self.items.rowCount()):
            if self.items.item(row).data() is None:
                self.setRowHidden(row, row not in shown_areas)
        self.filter_label.setText("⌕ " + text)
        self.filter_label.adjustSize()
        self.filter_label.setVisible(bool(text))
        self._place_label()
        self._first_visible()

    def _first_visible(self) -> None:
        current = self.currentIndex()
        skill_row = current.isValid() and current.data(Qt.ItemDataRole.UserRole + 1) is not None
        if skill_row and not self.isRowHidden(current.row()):
            return
        for row in self._skill_rows():
            if not self.isRowHidden(row):
                self.setCurrentIndex(self.items.index(row, 0))
                return

    def _place_label(self) -> None:
        viewport = self.viewport()
        label = self.filter_label
        label.move(viewport.width() - label.width() - 2, viewport.height() - label.height() - 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_label()

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Arrow keys skip the area headings."""
        index = super().moveCursor(action, modifiers)
        seen = 0
        while index.isValid() and index.data(Qt.ItemDataRole.UserRole + 1) is None and seen < 50:
            current = self.currentIndex()
            self.setCurrentIndex(index)
            following = super().moveCursor(action, modifiers)
            self.setCurrentIndex(current)
            if following == index:
                return current
            index, seen = following, seen + 1
        return index

    def keyboardSearch(self, search: str) -> None:
        """Typing filters instead of jumping to the first name that starts so."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if event.key() == Qt.Key.Key_Backspace and self._filter:
            self.set_filter(self._filter[:-1])
            return
        if event.key() == Qt.Key.Key_Escape and self._filter:
            self.set_filter("")
            return
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if plain and text and text.isprintable() and not text.isspace():
            self.set_filter(self._filter + text)
            return
        super().keyPressEvent(event)
