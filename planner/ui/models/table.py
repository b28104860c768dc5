"""A table model over a list of records, and a proxy that sorts real values.

Each table declares its columns once (title, how to show a record, how to sort
it); rows are replaced inside ``beginResetModel``/``endResetModel``. The proxy
sorts by ``SORT_ROLE`` so dates and numbers sort as values, not as text, and
filters by free text plus an optional predicate.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import cmp_to_key
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from planner.i18n import _

T = TypeVar("T")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str  # English msgid, translated when shown
    display: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[T], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[T] = []
        self._search_texts: list[str] | None = None
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    # -- data ------------------------------------------------------------

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = self._ordered(records)
        self._search_texts = None
        self.endResetModel()

    def sorted_records(self, records: Sequence[T]) -> list[T]:
        """``records`` in the table's current order: pure Python, any thread."""
        return self._ordered(records)

    def set_sorted(self, records: list[T]) -> None:
        """Show rows already in order (from :meth:`sorted_records`): no sorting here."""
        self.beginResetModel()
        self._records = records
        self._search_texts = None
        self.endResetModel()

    # -- sorting: in Python, by each column's value, one key per row -------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves (the proxy hands sorting here: no per-pair Qt calls)."""
        if not 0 <= column < len(self._columns):
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._records = self._ordered(self._records)
        self._search_texts = None
        self.layoutChanged.emit()

    def _ordered(self, records: Sequence[T]) -> list[T]:
        if self._sorted_by is None:
            return list(records)
        descending = self._sorted_by[1] == Qt.SortOrder.DescendingOrder
        return sorted(records, key=self._sort_key(), reverse=descending)

    def _sort_key(self) -> Callable[[T], Any]:
        """A key with the proxy's old rules: no value first, values by ``<``, else as text."""
        assert self._sorted_by is not None
        spec = self._columns[self._sorted_by[0]]
        value_of: Callable[[T], Any] = spec.sort or spec.display
        return cmp_to_key(lambda a, b: _compare(value_of(a), value_of(b)))

    def _before(self, a: T, b: T) -> bool:
        """True when ``a`` sorts before ``b`` in the current order."""
        if self._sorted_by is None:
            return False
        key = self._sort_key()
        if self._sorted_by[1] == Qt.SortOrder.DescendingOrder:
            return key(a) > key(b)
        return key(a) < key(b)

    def records(self) -> list[T]:
        return list(self._records)

    def record(self, row: int) -> T:
        return self._records[row]

    def search_text(self, row: int) -> str:
        """Every column's text of ``row``, case-folded, for the search filter.

        Built in Python for all rows at once and kept until the rows or the
        language change: filtering 20,000 log entries then costs one string
        test per row instead of a Qt index and a data() call per cell.
        """
        if self._search_texts is None:
            self._search_texts = [
                "\n".join(str(column.display(record)) for column in self._columns).casefold()
                for record in self._records
            ]
        return self._search_texts[row]

    def update_rows(
        self, ids: Iterable[Hashable], fresh: Sequence[T], key: Callable[[T], Hashable]
    ) -> None:
        """Bring the rows whose ``key`` is in ``ids`` up to date, in place.

        A record in ``fresh`` replaces its row (``dataChanged``) or is inserted
        (``beginInsertRows``); a key in ``ids`` with no fresh record has its row
        removed (``beginRemoveRows``). Other rows, and the selection on them, stay.
        """
        wanted = set(ids)

        def where() -> dict[Hashable, int]:  # one pass, keeping only the rows asked about
            return {k: row for row, r in enumerate(self._records) if (k := key(r)) in wanted}

        rows = where()
        new = {key(record): record for record in fresh}
        gone = sorted((rows[k] for k in wanted if k in rows and k not in new), reverse=True)
        for row in gone:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._take(row)
            self.endRemoveRows()
        moved = bool(gone)
        for k, record in new.items():
            if moved:
                rows, moved = where(), False
            row = rows.get(k)
            if row is not None and self._fits(row, record):
                self._put(row, record)
                last = self.index(row, len(self._columns) - 1)
                self.dataChanged.emit(self.index(row, 0), last)
                continue
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                self._take(row)
                self.endRemoveRows()
            at = self._position(record)
            self.beginInsertRows(QModelIndex(), at, at)
            self._add(at, record)
            self.endInsertRows()
            moved = True
        self._search_texts = None

    # Hooks of update_rows: a model that keeps more per row (search texts) extends them.

    def _take(self, row: int) -> None:
        del self._records[row]

    def _put(self, row: int, record: T) -> None:
        self._records[row] = record

    def _add(self, row: int, record: T) -> None:
        self._records.insert(row, record)

    def _fits(self, row: int, record: T) -> bool:
        """True when ``record`` may replace ``row`` without breaking the model's order."""
        records = self._records
        return (row == 0 or not self._before(record, records[row - 1])) and (
            row == len(records) - 1 or not self._before(records[row + 1], record)
        )

    def _position(self, record: T) -> int:
        """Where a new record goes in the current order."""
        if self._sorted_by is None:
            return len(self._records)
        key = self._sort_key()
        mine = key(record)
        descending = self._sorted_by[1] == Qt.SortOrder.DescendingOrder
        for row, other in enumerate(self._records):
            theirs = key(other)
            if (mine > theirs) if descending else (mine < theirs):
                return row
        return len(self._records)

    def retranslate(self) -> None:
        """Texts depend on the language: redraw every cell and header."""
        self._search_texts = None
        if self._records:
            last = self.index(len(self._records) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    # -- QAbstractTableModel ---------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == SORT_ROLE:
            return column.sort(record) if column.sort else column.display(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(self._columns[section].title)
        return None


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts by real values; keeps rows matching the search text and the predicate."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self._needle = ""
        self._predicate: Callable[[Any], bool] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A :class:`RecordTableModel` sorts itself (fast); other sources sort here."""
        model = self.sourceModel()
        if not isinstance(model, RecordTableModel):
            super().sort(column, order)
            return
        self._sort_column, self._sort_order = column, order
        model.sort(column, order)

    def sortColumn(self) -> int:
        if isinstance(self.sourceModel(), RecordTableModel):
            return self._sort_column
        return super().sortColumn()

    def sortOrder(self) -> Qt.SortOrder:
        if isinstance(self.sourceModel(), RecordTableModel):
            return self._sort_order
        return super().sortOrder()

    def set_search_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if isinstance(model, RecordTableModel):  # the fast path: plain Python, no Qt calls
            if self._predicate is not None and not self._predicate(model.record(source_row)):
                return False
            return not self._needle or self._needle in model.search_text(source_row)
        if self._predicate is not None:
            record = model.data(model.index(source_row, 0, source_parent), RECORD_ROLE)
            if not self._predicate(record):
                return False
        if not self._needle:
            return True
        for column in range(model.columnCount(source_parent)):
            text = model.data(model.index(source_row, column, source_parent))
            if text and self._needle in str(text).casefold():
                return True
        return False

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        # None (no value) sorts before any value, and never compares with one.
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def record_at(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(RECORD_ROLE)


def _compare(a: Any, b: Any) -> int:
    """-1, 0 or 1: no value (None) first, then by ``<``, values that do not compare as text."""
    if a is None or b is None:
        return (a is not None) - (b is not None)
    try:
        return (a > b) - (a < b)
    except TypeError:
        text_a, text_b = str(a), str(b)
        return (text_a > text_b) - (text_a < text_b)
