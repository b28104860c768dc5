"""A table header whose titles wrap onto a second line instead of being cut off.

Norwegian and Swahili column titles are often twice as long as the English ones
("Saa zilizorekodiwa" for "Hours logged"). A column sized to its contents is then
as wide as its title, and one capped narrower cuts the title off. This header
wraps a title at its spaces, grows to two lines when a title needs them, and tells
the table how narrow a column may get before even two lines are not enough.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QWidget

MAX_LINES = 2
SAFETY = 4


class WrappingHeader(QHeaderView):
    """A horizontal header that wraps long titles onto up to two lines."""

    wraps_text = True  # read by the clipping test

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.setDefaultAlignment(Qt.AlignmentFlag(int(left) | Qt.TextFlag.TextWordWrap.value))
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrapped, not cut off
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def title(self, column: int) -> str:
        model = self.model()
        if model is None:
            return ""
        return str(model.headerData(column, Qt.Orientation.Horizontal) or "")

    def _padding(self, column: int) -> int:
        """Qt's margins, and room for the sort arrow in the column it is drawn in."""
        style = self.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self)
        sorted_here = self.isSortIndicatorShown() and self.sortIndicatorSection() == column
        # SAFETY: the style's frame and grid line, which the metrics leave out.
        return 2 * margin + SAFETY + (arrow + margin if sorted_here else 0)

    def lines_at(self, column: int, width: int) -> list[str] | None:
        """The title broken at spaces to fit ``width``; None when a word alone is too wide."""
        text, metrics, room = self.title(column), self.fontMetrics(), width - self._padding(column)
        lines: list[str] = []
        for word in text.split():
            joined = f"{lines[-1]} {word}" if lines else word
            if lines and metrics.horizontalAdvance(joined) <= room:
                lines[-1] = joined
            elif metrics.horizontalAdvance(word) <= room:
                lines.append(word)
            else:
                return None
        return lines

    def one_line_width(self, column: int) -> int:
        width = self.fontMetrics().horizontalAdvance(self.title(column)) + self._padding(column)
        return max(width, self.minimumSectionSize())

    def least_width(self, column: int) -> int:
        """The narrowest the column may be with its title on at most two lines."""
        words = self.title(column).split()
        metrics, best = self.fontMetrics(), self.one_line_width(column)
        for cut in range(1, len(words)):
            first, second = " ".join(words[:cut]), " ".join(words[cut:])
            widest = max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second))
            best = min(best, widest + self._padding(column))
        return max(best, self.minimumSectionSize())

    def fit_height(self) -> None:
        """As tall as the most lines a title needs at its column's present width."""
        model = self.model()
        count = model.columnCount() if model is not None else 0
        most = 1
        for column in range(count):
            if self.isSectionHidden(column) or self.sectionSize(column) <= 0:
                continue
            lines = self.lines_at(column, self.sectionSize(column))
            most = max(most, min(len(lines) if lines else MAX_LINES, MAX_LINES))
        spacing = self.fontMetrics().lineSpacing()
        one_line = super().sizeHint().height()
        height = one_line + (most - 1) * spacing
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)
            parent = self.parentWidget()
            if parent is not None and hasattr(parent, "updateGeometries"):
                parent.updateGeometries()
