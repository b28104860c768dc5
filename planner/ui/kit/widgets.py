"""Small widget helpers used across pages and dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QWidget,
)

from planner.ui.kit.date_field import DateField, four_digit_year, from_qdate, to_qdate
from planner.ui.kit.table_header import WrappingHeader
from planner.ui.models.table import RECORD_ROLE, SORT_ROLE

__all__ = ["DateField", "from_qdate", "to_qdate"]


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text literally: user-typed markup stays characters."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def error_label(parent: QWidget | None = None) -> QLabel:
    label = plain_label("", parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(bright-text); background: #b3261e; padding: 4px;")
    label.setVisible(False)
    return label


def show_error_in(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def date_edit(value: dt.date | None = None, parent: QWidget | None = None) -> DateField:
    """A required date (the shared :class:`DateField`), today when no value is given."""
    return DateField(value, parent=parent)


def localize_date_edit(edit: QDateEdit) -> None:
    """Date widgets keep the locale they were made with; refresh it after a switch."""
    if isinstance(edit, DateField):
        edit.localize()
        return
    locale = QLocale()
    edit.setLocale(locale)
    edit.setDisplayFormat(four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat)))


FIT_SAMPLE_ROWS = 100
"""How many rows a table measures to size its columns."""


SHORT_COLUMN = 100
"""Columns give way down to this width (a date, an amount) before any goes narrower."""


def _give_way(widths: dict[int, int], least: dict[int, int], keep: int, over: int) -> int:
    """Narrow ``widths`` by up to ``over`` in proportion to what each has above ``keep``
    (and above its title's least width); how much they gave."""
    spare = {c: max(w - max(least[c], keep), 0) for c, w in widths.items()}
    pool = sum(spare.values())
    if pool == 0:
        return 0
    given = 0
    for column in widths:
        take = min(spare[column], round(over * spare[column] / pool) + 1)
        widths[column] -= take
        given += take
    return given


VALUE_TYPES = (dt.date, int, float, Decimal)


def holds_values(model: QAbstractItemModel, column: int) -> bool:
    """Whether ``column`` shows dates, amounts or numbers (its sort values say so): such
    a column is given its whole width; only text columns elide (their tooltip has it all)."""
    for row in range(min(model.rowCount(), 20)):
        value = model.index(row, column).data(SORT_ROLE)
        if value is not None and value != "":
            parts = value if isinstance(value, tuple) else (value,)  # (currency, amount)
            return any(isinstance(p, VALUE_TYPES) and not isinstance(p, bool) for p in parts)
    return False


class RecordTable(QTableView):
    """A table of records; with :meth:`fit_main_column`, its columns always fit its width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(WrappingHeader(self))  # long titles wrap, never cut off
        self._main: int | None = None
        self._caps: dict[int, int] = {}
        self._cap = 0
        self._share = 0.4
        self._fit_when_shown = False
        self._natural: dict[int, int] = {}  # each column's measured width, capped
        self._least: dict[int, int] = {}  # the title on two lines at most, or a value whole
        self._titles: dict[int, int] = {}  # each column's title on two lines at most
        self._measured = False  # False: the contents changed since they were measured
        # Columns are sized from the rows in view and a sample around them, not the
        # whole table: a row added to 20,000 must not re-measure all of them.
        self.horizontalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)

    def fit_main_column(
        self,
        main: int,
        cap: int = 170,
        caps: dict[int, int] | None = None,
        share: float = 0.4,
    ) -> None:
        """``main`` (the text people read) takes the room; the other columns are as wide
        as their contents up to ``cap`` (or ``caps[column]``), elided beyond; no
        sideways scrolling."""
        self._main, self._cap, self._caps = main, cap, dict(caps or {})
        self._share = share  # the least part of the width ``main`` gets
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.fit_columns_now()

    def fit_columns_now(self) -> None:
        """Measure the columns' contents, then share the width out."""
        model, main = self.model(), self._main
        if main is None or model is None or main >= model.columnCount():
            return
        if not self.isVisible() and model.rowCount() > FIT_SAMPLE_ROWS:
            self._fit_when_shown = True  # hidden, Qt would measure every row: wait
            return
        self._fit_when_shown = False
        header: WrappingHeader = self.horizontalHeader()  # type: ignore[assignment]
        widths: dict[int, int] = {}
        least: dict[int, int] = {}
        titles: dict[int, int] = {}
        for column in range(model.columnCount()):
            if column == main or self.isColumnHidden(column):
                continue
            titles[column] = least[column] = header.least_width(column)
            natural = max(header.one_line_width(column), self.sizeHintForColumn(column))
            if holds_values(model, column):  # a date, an amount, a number: not elided
                least[column] = max(least[column], natural)
            widths[column] = max(min(natural, self._caps.get(column, self._cap)), least[column])
        self._natural, self._least, self._measured = widths, least, True
        self._titles = titles
        self._share_width()

    def _share_width(self) -> None:
        """Give the measured columns their width and ``main`` the rest (no measuring)."""
        widths, main = dict(self._natural), self._main
        if main is None:
            return
        header: WrappingHeader = self.horizontalHeader()  # type: ignore[assignment]
        total = self.viewport().width()
        floor = max(header.least_width(main), int(total * self._share))
        over = floor - (total - sum(widths.values()))
        # Narrow: the others give way in proportion, elided; the wide ones first, so a
        # short date or amount stays whole while a wide column can still give.
        for keep in (SHORT_COLUMN, 40):
            if over > 0 and widths:
                over -= _give_way(widths, self._least, keep, over)
        # Only when even the main column's title would not fit do values give way.
        short = header.least_width(main) - (total - sum(widths.values()))
        if short > 0 and widths:
            _give_way(widths, self._titles, 40, short)
        room = total - sum(widths.values())
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        self.setColumnWidth(main, max(room, 40))
        header.fit_height()

    def _forget_widths(self, *_args: object) -> None:
        self._measured = False

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self._measured = False
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged):
                signal.connect(self.fit_columns_now)
            model.rowsInserted.connect(self._fit_inserted)
            # A removed row cannot make a column too narrow: nothing to measure.
            model.headerDataChanged.connect(self._forget_widths)
            model.dataChanged.connect(self._fit_changed)

    def _fit_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: object
    ) -> None:
        """Rows edited in place are measured alone; a change of every row is measured later."""
        first, last = top_left.row(), bottom_right.row()
        if not self._measured or last - first >= FIT_SAMPLE_ROWS:
            self._forget_widths()
            return
        self._widen_for(first, last)

    def _fit_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        """Widen a column for an added row wider than it; the other rows are not measured again."""
        model = self.model()
        if (
            self._main is None
            or not self._measured
            or last - first >= FIT_SAMPLE_ROWS
            or model.rowCount() == last - first + 1
        ):
            self.fit_columns_now()  # many rows, or nothing measured yet: measure afresh
            return
        self._widen_for(first, last)

    def _widen_for(self, first: int, last: int) -> None:
        model = self.model()
        grid = 1 if self.showGrid() else 0
        wider = False
        for column in list(self._natural):
            cap = self._caps.get(column, self._cap)
            for row in range(first, last + 1):
                hint = self.sizeHintForIndex(model.index(row, column)).width() + grid
                if hint > self._natural[column] < cap:
                    self._natural[column] = min(hint, cap)
                    wider = True
        if wider:
            self._share_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A new width shares the measured columns out again; their contents are
        # measured again only when they changed since (a resize re-measured 55
        # columns while the Year plan page was first laid out).
        if self._measured and not self._fit_when_shown:
            self._share_width()
        else:
            self.fit_columns_now()

    def viewportEvent(self, event: QEvent) -> bool:
        # The viewport narrows without the table resizing when the vertical scroll bar
        # appears (rows added): share the width out again, or the last column is cut.
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize and self._measured and not self._fit_when_shown:
            self._share_width()
        return handled

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measured = False
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_when_shown:
            self.fit_columns_now()


def record_table(parent: QWidget | None = None) -> RecordTable:
    view = RecordTable(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def fit_columns(view: QTableView, stretch: int) -> None:
    """Columns as wide as their contents (in any language); ``stretch`` takes the rest."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    # Measure a sample of rows, not all of them: a column of 2,000 postings is as
    # wide as its first hundred, and every row update would otherwise re-measure all.
    header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def on_delete_key(view: QWidget, action: Callable[[], object]) -> QShortcut:
    """Run ``action`` when Delete is pressed while ``view`` has the focus."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(action)
    return shortcut


def current_record(view: QTableView) -> Any:
    """The record on the view's current row (through any proxy), or None."""
    index = view.selectionModel().currentIndex()
    if not index.isValid():
        return None
    return index.siblingAtColumn(0).data(RECORD_ROLE)


def select_record(view: QTableView, matches: Callable[[Any], bool]) -> bool:
    """Make the first row whose record ``matches`` current, and show it."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if matches(index.data(RECORD_ROLE)):
            view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            view.scrollTo(index)
            return True
    return False


class VerticalScroll(QScrollArea):
    """Scrolls up and down only: never narrower than its contents' least width, so
    no sideways scroll bar hides text at the right edge."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        width = inner.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())
