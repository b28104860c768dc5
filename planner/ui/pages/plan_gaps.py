"""The learning plan's gap box: every skill with a gap and the open items that build it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from planner.domain.learning import Coverage
from planner.i18n import _, ngettext
from planner.ui.kit.widgets import fit_columns, plain_label, record_table
from planner.ui.models.learning import GapRow, gap_model
from planner.ui.models.table import RecordFilterProxy


def gap_summary(total: int, uncovered: int) -> str:
    """How many skills have a gap, and how many of them no plan item builds."""
    if not total:
        return _("No skill has a gap: set target levels on the Skills page to plan for them.")
    has_gap = ngettext("{count} skill has a gap.", "{count} skills have a gap.", total)
    no_item = ngettext("{count} has no plan item yet.", "{count} have no plan item yet.", uncovered)
    return has_gap.format(count=total) + " " + no_item.format(count=uncovered)


class GapBox(QGroupBox):
    def __init__(self) -> None:
        super().__init__()
        self.model = gap_model(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table()
        self.table.setModel(self.proxy)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, stretch=4)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def retranslate(self) -> None:
        self.setTitle(_("Which skills do I need to build now, and where can I build them?"))

    def show_coverage(self, coverage: Coverage, names: dict[str, str]) -> None:
        rows = [
            GapRow(names[g.skill_key], g.current, g.target, tuple(i.title for i in g.items))
            for g in (*coverage.uncovered, *coverage.covered)
        ]
        self.model.set_records(rows)
        self.summary.setText(gap_summary(len(rows), len(coverage.uncovered)))
