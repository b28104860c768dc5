"""The job market: the postings read, and the yearly analysis of what they ask for.

Keyboard: Ctrl+Shift+N opens the entry form for a series of postings (Enter saves
and opens the next, Esc stops); Enter on a posting edits it, Delete deletes it
(after confirmation, undoable); Ctrl+F goes to the search field.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.domain.catalogue import default_catalogue
from planner.domain.enums import Seniority
from planner.exchange.postings_csv import PostingsImportError, RowProblem
from planner.i18n import _, current_language, ngettext
from planner.store.errors import StoreError
from planner.store.market import MarketAnalysis, MarketStore, PostingData, PostingRecord
from planner.text.labels import area_name, skill_name
from planner.ui.changes import LEVELS, Change, Changes
from planner.ui.context import AppContext
from planner.ui.dialogs.posting_dialog import PostingDialog
from planner.ui.flows.job_ads_import import JobAdsImport, sample_review
from planner.ui.flows.postings_import import PostingsImport, progress_dialog
from planner.ui.kit.file_dialogs import Pick, file_dialog
from planner.ui.kit.messages import Icon, confirm_box, message_box, show_store_error
from planner.ui.kit.widgets import (
    current_record,
    on_delete_key,
    plain_label,
    record_table,
    select_record,
)
from planner.ui.models.market import PostingsModel
from planner.ui.models.table import RecordFilterProxy
from planner.ui.operations import postings as postings_ops
from planner.ui.pages.base import Page
from planner.ui.pages.market_analysis import AnalysisBox
from planner.ui.pages.parts import button_row, stack

LAST_SOURCE = "market.last_source"
LAST_DATE = "market.last_date"
IMPORT_DIR = "market.import_folder"
BACKGROUND_ROWS = 500
"""More postings than this fill in the background (the page paints first)."""


class MarketPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store = MarketStore(context.database)
        self.importing: PostingsImport | None = None
        self.loading = False

        self.model = PostingsModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.ads = JobAdsImport(self, self.store)  # saved pages, pasted ads, drops
        self.analysis_box = AnalysisBox(self._show_analysis)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_postings())
        splitter.addWidget(self.analysis_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self._add_shortcuts()

        self.retranslate()
        self.refresh()

    # -- building ----------------------------------------------------------

    def _build_postings(self) -> QWidget:
        """The search, the table of postings, the actions and the import status."""
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search_text)
        self.count_label = plain_label()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)
        self.table = record_table()
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        # Titles take the room; skills and areas show what fits (elided).
        self.table.fit_main_column(1, cap=160, caps={6: 200})
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.status = plain_label()
        self.status.setWordWrap(True)
        top = QWidget()
        stack(top, filters, self.table, self._build_actions(), self.status, margins=False)
        return top

    def _build_actions(self) -> QHBoxLayout:
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_postings)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_postings)
        leading = (self.add_button, self.edit_button, self.delete_button)
        return button_row(leading, (self.ads.button, self.import_button))

    def _add_shortcuts(self) -> None:
        add_key = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        add_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_key.activated.connect(self.add_postings)
        find_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find_key.activated.connect(self.search.setFocus)
        on_delete_key(self.table, self.delete_selected)

    # -- page ------------------------------------------------------------

    depends_on = Change.POSTINGS | LEVELS  # postings, demand against one's levels

    def retranslate(self) -> None:
        self.search.setPlaceholderText(_("Search job postings"))
        self.add_button.setText(_("&New postings…"))
        self.add_button.setToolTip(_("Enter postings one after another (Ctrl+Shift+N)"))
        self.edit_button.setText(_("Ed&it…"))
        self.delete_button.setText(_("&Delete"))
        self.import_button.setText(_("I&mport CSV…"))
        self.ads.retranslate()
        self.analysis_box.retranslate()
        self.model.retranslate()
        self._update_count()

    def refresh(self) -> None:
        """Reload: in the background when there are many postings, so the page paints at once."""
        selected = self.selected_posting()
        names = {s.key: s.custom_name for s in self.context.skills.skills()}
        for model in (self.model, self.analysis_box.area_model, self.analysis_box.skill_model):
            model.custom_names = names
        self._fill_years()
        year = self.selected_year()
        if self.store.count() <= BACKGROUND_ROWS:
            self._show_fill(self._read(year), selected)
            return
        self.loading = True
        self.count_label.setText(_("Loading the job postings…"))
        self.context.tasks.run(
            lambda: self._read(year),
            lambda fill: self._show_fill(fill, selected),
            key=self._key,
            owner=self,
        )

    def _read(self, year: int) -> tuple[list[PostingRecord], MarketAnalysis | StoreError]:
        """The postings in the table's order and the year's analysis: any thread, no widgets."""
        postings = self.model.sorted_records(self.store.postings())
        try:
            return postings, self.store.analysis(year)
        except StoreError as error:
            return postings, error

    def _show_fill(
        self, fill: tuple[list[PostingRecord], MarketAnalysis | StoreError], selected: object
    ) -> None:
        self.loading = False
        postings, analysis = fill
        self.model.set_sorted(postings)
        if isinstance(selected, PostingRecord):
            self.select_posting(selected.id)
        self._update_count()
        self._update_buttons()
        self._show_analysis(analysis)

    @property
    def _key(self) -> str:
        return f"market-page-{id(self)}"

    def apply_changes(self, changes: Changes) -> None:
        """Postings that changed are updated in place; the analysis is read again."""
        ids = changes.posting_ids
        if not changes.only(Change.POSTINGS) or ids is None or self.context.tasks.busy(self._key):
            self.refresh()
            return
        self.model.update_rows(ids, self.store.postings(ids=ids), _posting_id)
        self._fill_years()
        self._update_count()
        self._update_buttons()
        self._show_analysis()

    def review_dialogs(self) -> list[tuple[str, QWidget]]:
        def ignore(*_args: object) -> None:
            return None

        sample = PostingData(
            seen_on=dt.date.today(),
            title="Performance marketer",
            employer="Example AS",
            source="finn.no",
            url="https://example.org/job/1",
            location="Oslo",
            seniority=Seniority.MID,
            area_keys=("digital_media",),
            skill_keys=("search_ads", "web_analytics"),
        )
        errors = PostingsImportError(
            [
                RowProblem(
                    3, "“{value}” is not a date in the form YYYY-MM-DD.", {"value": "2026-13-01"}
                ),
                RowProblem(7, "There is no skill with the key {key}.", {"key": "seo_magic"}),
            ]
        )
        progress = progress_dialog(self)
        progress.setMaximum(200)
        progress.setValue(80)
        return [
            ("posting-new", self._dialog(ignore)),
            ("posting-edit", self._dialog(ignore, sample)),
            (
                "delete-posting",
                confirm_box(
                    self, postings_ops.delete_question(PostingRecord(**vars(sample), id=1))
                ),
            ),
            ("import-file", self._file_dialog(QDir.rootPath())),  # no user path shown
            ("import-progress", progress),
            ("import-errors", message_box(self, Icon.Warning, errors.message(_))),
            ("ad-review", sample_review(self.ads, current_language())),
        ]

    # -- selection -------------------------------------------------------

    def selected_posting(self) -> PostingRecord | None:
        return current_record(self.table)

    def select_posting(self, posting_id: int) -> None:
        select_record(self.table, lambda record: record.id == posting_id)

    def _update_buttons(self, *_args: object) -> None:
        has = self.selected_posting() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(
            ngettext("{count} job posting", "{count} job postings", count).format(count=count)
        )

    # -- the analysis ----------------------------------------------------

    def _fill_years(self) -> None:
        self.analysis_box.fill_years(self.store.years())

    def selected_year(self) -> int:
        return self.analysis_box.selected_year()

    def _show_analysis(self, analysis: MarketAnalysis | StoreError | None = None) -> None:
        if analysis is None:
            try:
                analysis = self.store.analysis(self.selected_year())
            except StoreError as error:
                analysis = error
        self.analysis_box.show_analysis(analysis)

    # -- actions ---------------------------------------------------------

    def _options(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        areas = [(a.key, area_name(a.key)) for a in default_catalogue().areas]
        known = {key for key, _name in areas}
        skills = []
        for record in self.context.skills.skills(include_archived=False):
            skills.append((record.key, skill_name(record)))
            if record.area_key not in known:
                areas.append((record.area_key, area_name(record.area_key)))
                known.add(record.area_key)
        return areas, skills

    def _dialog(self, on_save: object, posting: PostingData | None = None) -> PostingDialog:
        areas, skills = self._options()
        last_date = self.context.settings.get(LAST_DATE)
        try:
            day = dt.date.fromisoformat(last_date) if isinstance(last_date, str) else None
        except ValueError:
            day = None
        if day is not None and day > dt.date.today():
            day = None
        return PostingDialog(
            on_save,  # type: ignore[arg-type]
            area_options=areas,
            skill_options=skills,
            sources=self.store.sources(),
            posting=posting,
            last_date=day,
            last_source=str(self.context.settings.get(LAST_SOURCE, "")),
            series=posting is None,
            parent=self,
        )

    def add_postings(self) -> None:
        def save(data: PostingData) -> None:
            record = postings_ops.add_posting(self.context, self.ask(), data)
            self.context.settings.update(
                {LAST_SOURCE: record.source, LAST_DATE: record.seen_on.isoformat()}
            )
            self.select_posting(record.id)

        self._dialog(save).exec()

    def edit_selected(self) -> None:
        posting = self.selected_posting()
        if posting is None:
            return

        def save(data: PostingData) -> None:
            postings_ops.edit_posting(self.context, self.ask(), posting.id, data)

        self._dialog(save, posting).exec()

    def delete_selected(self) -> None:
        posting = self.selected_posting()
        if posting is not None:
            postings_ops.delete_posting(self.context, self.ask(), posting)

    # -- import ----------------------------------------------------------

    def _file_dialog(self, directory: str | None = None) -> QFileDialog:
        remembered = self.context.settings.get(IMPORT_DIR)
        if directory is None:
            directory = remembered if isinstance(remembered, str) else str(Path.home())
        filters = [_("CSV files (*.csv)"), _("All files (*)")]
        return file_dialog(self, _("Import job postings"), Pick.FILE, directory, filters=filters)

    def import_postings(self) -> None:
        """Ask for a CSV file (File > Import job postings…) and import it."""
        if self.importing is not None and self.importing.running:
            return
        dialog = self._file_dialog()
        if dialog.exec() and dialog.selectedFiles():
            path = Path(dialog.selectedFiles()[0])
            self.context.settings.set(IMPORT_DIR, str(path.parent))
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Import ``path`` in the background: all rows or none, with progress."""
        skills = self.context.skills.skills()
        self.status.setText("")
        self.importing = PostingsImport(
            self.context.database,
            path,
            {s.area_key for s in skills},
            {s.key for s in skills},
            on_error=lambda error: show_store_error(self, error),
            parent=self,
        )
        self.importing.finished.connect(lambda ids: self._imported(path, ids))
        self.importing.start()

    def _imported(self, path: Path, ids: list[int] | None) -> None:
        if ids is None:
            self.status.setText(_("Nothing was imported from {file}.").format(file=path.name))
            return
        postings_ops.imported(self.context, self.ask(), ids)
        self.status.setText(
            ngettext(
                "Imported {count} job posting from {file}.",
                "Imported {count} job postings from {file}.",
                len(ids),
            ).format(count=len(ids), file=path.name)
        )


def _posting_id(record: PostingRecord) -> int:
    return record.id
