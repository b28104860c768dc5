"""The review before a LinkedIn import writes anything.

It lists what will be added (plan items and the current role, each with a
tick box), the skills matched to the catalogue with an invitation to a first
self-assessment, the names that match nothing (offered as your own skills,
not ticked), what is already in the planner and what was skipped and why.
Everything is shown as plain text: it comes from the export.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.catalogue import default_catalogue
from planner.exchange.linkedin.plan import ImportPlan
from planner.i18n import _
from planner.store.bulk_import import NewCustomSkill
from planner.text.labels import area_name
from planner.text.linkedin import (
    assess_invitation,
    item_cells,
    item_headers,
    matched_text,
    role_text,
    skipped_text,
    summary,
)
from planner.ui.kit.widgets import plain_label

DEFAULT_CUSTOM_AREA = "strategy"
Checked, Unchecked = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class LinkedInReviewDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkedin-review")
        self.setWindowTitle(_("Import from LinkedIn"))
        self.plan = plan
        self.summary = plain_label(summary(plan))
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("linkedin-review-tree")
        self.tree.setHeaderLabels(list(item_headers()))
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.item_rows: list[QTreeWidgetItem] = []
        self.custom_rows: list[QTreeWidgetItem] = []
        self.role_row: QTreeWidgetItem | None = None
        self._fill()

        form = self._build_options()

        buttons = QDialogButtonBox()
        if plan.adds_something:
            self.import_button = buttons.addButton(
                _("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.summary.setText(
                summary(plan) + "\n" + _("Nothing new to import: all of it is in your planner.")
            )
            self.import_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.invitation)
        layout.addWidget(self.assess_box)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(900, 600)
        self.tree.setFocus()

    def _build_options(self) -> QFormLayout:
        """The invitation to assess, and where your own skills go."""
        plan = self.plan
        self.invitation = plain_label(assess_invitation())
        self.invitation.setWordWrap(True)
        self.invitation.setVisible(bool(plan.matched))
        self.area_combo = QComboBox()
        self.area_combo.setObjectName("custom-area")
        for key in default_catalogue().area_keys:
            self.area_combo.addItem(area_name(key), key)
        self.area_combo.setCurrentIndex(self.area_combo.findData(DEFAULT_CUSTOM_AREA))
        self.area_label = QLabel(_("&Area for your own skills:"))
        self.area_label.setBuddy(self.area_combo)
        self.assess_box = QCheckBox(_("&Rate the matched skills after the import"))
        self.assess_box.setObjectName("assess-after")
        self.assess_box.setChecked(bool(plan.matched))
        self.assess_box.setVisible(bool(plan.matched))
        form = QFormLayout()
        form.addRow(self.area_label, self.area_combo)
        self.area_label.setVisible(bool(plan.custom))
        self.area_combo.setVisible(bool(plan.custom))
        return form

    # -- the tree --------------------------------------------------------

    def _section(self, title: str, count: int) -> QTreeWidgetItem:
        section = QTreeWidgetItem(self.tree, [f"{title} ({count})"])
        section.setFirstColumnSpanned(True)
        font = section.font(0)
        font.setBold(True)
        section.setFont(0, font)
        section.setExpanded(True)
        section.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return section

    @staticmethod
    def _line(parent: QTreeWidgetItem, text: str, checked: bool | None = None) -> QTreeWidgetItem:
        row = QTreeWidgetItem(parent, [text])
        row.setFirstColumnSpanned(True)
        if checked is not None:
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Checked if checked else Unchecked)
        return row

    def _fill(self) -> None:
        plan = self.plan
        if plan.new_items or plan.role is not None:
            count = len(plan.new_items) + (plan.role is not None)
            section = self._section(_("To add"), count)
            for item in plan.new_items:
                row = QTreeWidgetItem(section, list(item_cells(item)))
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(0, Checked)
                self.item_rows.append(row)
            if plan.role is not None:
                self.role_row = self._line(
                    section, role_text(plan.role, plan.role_before), checked=True
                )
        if plan.matched:
            section = self._section(_("Skills matched to the catalogue"), len(plan.matched))
            for skill in plan.matched:
                self._line(section, matched_text(skill))
        if plan.custom:
            section = self._section(
                _("Not in the catalogue: tick to add as your own skills"), len(plan.custom)
            )
            self.custom_rows = [self._line(section, name, checked=False) for name in plan.custom]
        present = [" · ".join(c for c in item_cells(item)[:2] if c) for item in plan.present_items]
        present += list(plan.present_custom)
        present += [role_text(plan.present_role)] if plan.present_role else []
        if present:
            section = self._section(_("Already in your planner"), len(present))
            for text in present:
                self._line(section, text)
        if plan.skipped:
            section = self._section(_("Skipped"), len(plan.skipped))
            for skipped in plan.skipped:
                self._line(section, skipped_text(skipped))
        for column in range(self.tree.columnCount()):
            if column != 1:
                self.tree.resizeColumnToContents(column)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    # -- what was chosen -------------------------------------------------

    def chosen_plan(self) -> ImportPlan:
        """The plan with only the ticked items and role."""
        items = tuple(
            item
            for item, row in zip(self.plan.new_items, self.item_rows, strict=True)
            if row.checkState(0) == Checked
        )
        role = self.plan.role if self.role_row and self.role_row.checkState(0) == Checked else None
        return replace(self.plan, new_items=items, role=role)

    def chosen_custom_skills(self) -> list[NewCustomSkill]:
        area = self.area_combo.currentData()
        return [
            NewCustomSkill(area, name)
            for name, row in zip(self.plan.custom, self.custom_rows, strict=True)
            if row.checkState(0) == Checked
        ]

    def assess_after(self) -> bool:
        return bool(self.plan.matched) and self.assess_box.isChecked()
