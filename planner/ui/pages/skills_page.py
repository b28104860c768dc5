"""The skills inventory: levels, targets, gaps and each skill's history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.domain.catalogue import default_catalogue
from planner.i18n import _
from planner.i18n.formatting import format_date
from planner.store.errors import StoreError
from planner.store.skills import AssessmentRecord, SkillRecord
from planner.text.labels import area_name, skill_name
from planner.ui.changes import LEVELS
from planner.ui.context import AppContext
from planner.ui.dialogs.assess_dialog import AssessDialog
from planner.ui.dialogs.skill_dialogs import CustomSkillDialog, TargetDialog
from planner.ui.kit.messages import confirm_box, show_store_error
from planner.ui.kit.widgets import (
    current_record,
    fit_columns,
    on_delete_key,
    plain_label,
    record_table,
    select_record,
)
from planner.ui.models.skills import history_model, skills_model
from planner.ui.models.table import RecordFilterProxy
from planner.ui.models.target_editing import TARGET_COLUMN, TargetDelegate, TargetEditingProxy
from planner.ui.operations import skills as skill_ops
from planner.ui.pages.base import Page


class SkillsPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = skills_model(self)
        self.proxy = TargetEditingProxy(self.set_target_of, self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search_text)
        self.area_filter = QComboBox()
        self.area_filter.currentIndexChanged.connect(self._apply_filter)
        self.show_archived = QCheckBox()
        self.show_archived.toggled.connect(self._apply_filter)

        self.table = record_table()
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, stretch=1)
        # Targets are set in the table: F2 or a click on the selected target cell.
        self.table.setItemDelegateForColumn(TARGET_COLUMN, TargetDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.selectionModel().currentRowChanged.connect(self._show_history)
        self.table.activated.connect(lambda _index: self.assess_selected())

        self.assess_button = QPushButton()
        self.assess_button.clicked.connect(self.assess_selected)
        self.target_button = QPushButton()
        self.target_button.clicked.connect(self.set_target_selected)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_skill)
        self.rename_button = QPushButton()
        self.rename_button.clicked.connect(self.rename_selected)
        self.archive_button = QPushButton()
        self.archive_button.clicked.connect(self.toggle_archive_selected)

        self.history = history_model(self)
        self.history_proxy = RecordFilterProxy(self)
        self.history_proxy.setSourceModel(self.history)
        self.history_table = record_table()
        self.history_table.setModel(self.history_proxy)
        self.history_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        fit_columns(self.history_table, stretch=2)
        self.history_table.activated.connect(lambda _index: self.edit_assessment())
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_assessment)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_assessment)
        self.history_box = QGroupBox()
        self.history_hint = plain_label()

        on_delete_key(self.history_table, self.delete_assessment)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.area_filter, 1)
        filters.addWidget(self.show_archived)

        actions = QHBoxLayout()
        for button in (self.assess_button, self.target_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.add_button, self.rename_button, self.archive_button):
            actions.addWidget(button)

        history_actions = QHBoxLayout()
        history_actions.addWidget(self.history_hint, 1)
        history_actions.addWidget(self.edit_button)
        history_actions.addWidget(self.delete_button)
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history_table)
        history_layout.addLayout(history_actions)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table)
        top_layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.retranslate()
        self._apply_filter()
        self.refresh()
        if self.proxy.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    # -- page ------------------------------------------------------------

    depends_on = LEVELS

    def retranslate(self) -> None:
        self.search.setPlaceholderText(_("Search skills"))
        current_area = self.area_filter.currentData()
        self.area_filter.blockSignals(True)
        self.area_filter.clear()
        self.area_filter.addItem(_("All areas"), None)
        for area in default_catalogue().areas:
            self.area_filter.addItem(area_name(area.key), area.key)
        index = self.area_filter.findData(current_area)
        self.area_filter.setCurrentIndex(max(index, 0))
        self.area_filter.blockSignals(False)
        self.show_archived.setText(_("Show archived"))
        self.assess_button.setText(_("&Assess…"))
        self.assess_button.setToolTip(_("Record your level today (Enter)"))
        self.target_button.setText(_("Set &target…"))
        self.add_button.setText(_("Add s&kill…"))
        self.rename_button.setText(_("&Rename…"))
        self.edit_button.setText(_("Ed&it…"))
        self.delete_button.setText(_("&Delete"))
        self.model.retranslate()
        self.history.retranslate()
        self._show_history()

    def refresh(self) -> None:
        selected = self.selected_skill()
        self.model.set_records(self.context.skills.skills())
        if selected is not None:
            self.select_skill(selected.key)
        self._show_history()

    def review_dialogs(self) -> list[tuple[str, QWidget]]:
        def ignore(*_args: object) -> None:
            return None

        skill = self.selected_skill() or self.model.record(0)
        title = skill_name(skill)
        return [
            ("assess", AssessDialog(title, ignore, level=3, parent=self)),
            ("assess-edit", AssessDialog(title, ignore, level=2, editing=True, parent=self)),
            ("target", TargetDialog(title, 4, ignore, parent=self)),
            ("add-skill", CustomSkillDialog(ignore, area_key=skill.area_key, parent=self)),
            (
                "delete-assessment",
                confirm_box(
                    self,
                    _("Delete the assessment of {skill} from {date}? You can undo this.").format(
                        skill=title, date=format_date(dt.date.today())
                    ),
                ),
            ),
        ]

    # -- selection -------------------------------------------------------

    def selected_skill(self) -> SkillRecord | None:
        return current_record(self.table)

    def select_skill(self, key: str) -> None:
        select_record(self.table, lambda record: record.key == key)

    def selected_assessment(self) -> AssessmentRecord | None:
        return current_record(self.history_table)

    def _apply_filter(self) -> None:
        area = self.area_filter.currentData()
        archived = self.show_archived.isChecked()
        self.proxy.set_predicate(
            lambda r: (area is None or r.area_key == area) and (archived or not r.archived)
        )

    def _show_history(self, *_args: object) -> None:
        skill = self.selected_skill()
        if skill is None:
            self.history.set_records([])
            self.history_box.setTitle(_("History"))
            self.history_hint.setText(_("Select a skill to see its history."))
        else:
            records = self.context.skills.assessments(skill.key)
            self.history.set_records(records)
            self.history_box.setTitle(_("History of {skill}").format(skill=skill_name(skill)))
            self.history_hint.setText(
                "" if records else _("Not assessed yet. Press Enter on the skill to assess it.")
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        skill = self.selected_skill()
        has_skill = skill is not None
        self.assess_button.setEnabled(has_skill)
        self.target_button.setEnabled(has_skill)
        custom = has_skill and skill.is_custom  # type: ignore[union-attr]
        self.rename_button.setEnabled(bool(custom))
        self.archive_button.setEnabled(bool(custom))
        archived = bool(skill and skill.archived)
        self.archive_button.setText(_("&Bring back") if archived else _("Ar&chive"))
        has_history = self.history.rowCount() > 0
        self.edit_button.setEnabled(has_history)
        self.delete_button.setEnabled(has_history)

    # -- actions ---------------------------------------------------------

    def assess_selected(self) -> None:
        skill = self.selected_skill()
        if skill is None:
            return
        title = skill_name(skill)

        def save(level: int, on: dt.date, note: str, link: str) -> None:
            skill_ops.assess(
                self.context, self.ask(), skill.key, title, level=level, on=on, note=note, link=link
            )

        AssessDialog(title, save, level=skill.current_level, parent=self).exec()

    def edit_assessment(self) -> None:
        skill, record = self.selected_skill(), self.selected_assessment()
        if skill is None or record is None:
            return
        title = skill_name(skill)

        def save(level: int, on: dt.date, note: str, link: str) -> None:
            skill_ops.edit_assessment(
                self.context, self.ask(), record, title, level=level, on=on, note=note, link=link
            )

        AssessDialog(
            title,
            save,
            level=record.level,
            on=record.assessed_on,
            note=record.note,
            evidence_url=record.evidence_url,
            editing=True,
            parent=self,
        ).exec()

    def delete_assessment(self) -> None:
        skill, record = self.selected_skill(), self.selected_assessment()
        if skill is not None and record is not None:
            skill_ops.delete_assessment(self.context, self.ask(), record, skill_name(skill))

    def set_target_selected(self) -> None:
        skill = self.selected_skill()
        if skill is None:
            return
        TargetDialog(
            skill_name(skill),
            skill.target_level,
            lambda level: self._save_target(skill, level),
            parent=self,
        ).exec()

    def _save_target(self, skill: SkillRecord, level: int | None) -> None:
        skill_ops.set_target(self.context, self.ask(), skill.key, skill_name(skill), level)

    def set_target_of(self, skill: SkillRecord, level: int | None) -> None:
        """A target chosen in the table's Target level cell."""
        try:
            self._save_target(skill, level)
        except StoreError as error:
            show_store_error(self, error)
            return
        self.select_skill(skill.key)

    def add_skill(self) -> None:
        skill = self.selected_skill()
        added: list[SkillRecord] = []

        def save(area_key: str, name: str) -> None:
            added.append(skill_ops.add_skill(self.context, self.ask(), area_key, name))

        CustomSkillDialog(save, area_key=skill.area_key if skill else None, parent=self).exec()
        if added:
            self.select_skill(added[0].key)

    def rename_selected(self) -> None:
        skill = self.selected_skill()
        if skill is None or not skill.is_custom:
            return

        def save(_area: str, name: str) -> None:
            skill_ops.rename_skill(self.context, self.ask(), skill.key, name)

        CustomSkillDialog(
            save, area_key=skill.area_key, name=skill.custom_name or "", renaming=True, parent=self
        ).exec()

    def toggle_archive_selected(self) -> None:
        skill = self.selected_skill()
        if skill is None or not skill.is_custom:
            return
        skill_ops.toggle_archived(self.context, self.ask(), skill)
