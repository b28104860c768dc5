"""Reading job ads into the market page: files, a folder, a paste or a drop, then a review.

The ads are read and their skills suggested in the background (the Swahili
lemmas take a second or two to load the first time); the review dialog then
shows them one by one, and the accepted ones are saved in one transaction,
undone as one step. Entry points: the page's "Read job ads" button and its
menu, File > Read job ads…, Ctrl+V on the page (text or copied files) and
dropping files or text on the page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QPushButton, QWidget

from planner.exchange.job_ads import (
    AD_SUFFIXES,
    AdDraft,
    collect_files,
    make_draft,
    mark_duplicates,
    read_ad_file,
    read_text,
)
from planner.exchange.lexicon.custom import custom_phrases
from planner.i18n import _, ngettext
from planner.store.errors import StoreError
from planner.store.market import MarketStore, PostingData, PostingRecord
from planner.text.labels import skill_name
from planner.ui.changes import postings_changed
from planner.ui.context import AppContext
from planner.ui.dialogs.ad_review_dialog import AdReviewDialog, SkillOption
from planner.ui.kit.messages import show_store_error
from planner.ui.kit.worker import BackgroundTask
from planner.ui.operations import Ask, record

ADS_DIR = "market.ads_folder"
MAX_PASTE = 1_000_000  # characters


class MarketPageLike(Protocol):
    context: AppContext
    status: QLabel

    def ask(self) -> Ask: ...


def _texts_and_paths(mime: QMimeData) -> tuple[list[str], list[Path]]:
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if paths:
        return [], paths
    text = mime.text() if mime.hasText() else ""
    return ([text[:MAX_PASTE]] if text.strip() else []), []


class JobAdsImport(QObject):
    """The page's job-ad reading: entry points, background reading, review, saving."""

    def __init__(self, page: QWidget, store: MarketStore) -> None:
        super().__init__(page)
        self.page = page
        self.store = store
        self.review: AdReviewDialog | None = None
        self.task: BackgroundTask | None = None
        self.button = QPushButton()
        self.menu = QMenu(page)
        self.files_action = QAction(self)
        self.files_action.triggered.connect(self.choose_files)
        self.folder_action = QAction(self)
        self.folder_action.triggered.connect(self.choose_folder)
        self.paste_action = QAction(self)
        self.paste_action.triggered.connect(self.paste)
        for action in (self.files_action, self.folder_action, self.paste_action):
            self.menu.addAction(action)
        self.button.setMenu(self.menu)
        paste_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), page)
        paste_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste_key.activated.connect(self.paste)
        page.setAcceptDrops(True)
        page.installEventFilter(self)

    @property
    def _page(self) -> MarketPageLike:
        return self.page  # type: ignore[return-value]

    def retranslate(self) -> None:
        self.button.setText(_("Read job &ads"))
        self.button.setToolTip(
            _("Read saved job-ad pages (.html), .txt files or pasted text; drop them here too")
        )
        self.files_action.setText(_("From &files…"))
        self.folder_action.setText(_("From a f&older…"))
        self.paste_action.setText(_("&Paste an ad (Ctrl+V)"))

    # -- entry points ----------------------------------------------------

    def _dialog(self, folder: bool) -> QFileDialog:
        remembered = self._page.context.settings.get(ADS_DIR)
        start = remembered if isinstance(remembered, str) else str(Path.home())
        dialog = QFileDialog(self.page, _("Read job ads"), start)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setViewMode(QFileDialog.ViewMode.List)
        if folder:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
            patterns = " ".join(f"*{s}" for s in sorted(AD_SUFFIXES))
            dialog.setNameFilters([_("Job ads ({patterns})").format(patterns=patterns)])
        return dialog

    def choose_files(self, folder: bool = False) -> None:
        dialog = self._dialog(folder)
        if dialog.exec() and dialog.selectedFiles():
            paths = [Path(p) for p in dialog.selectedFiles()]
            self._page.context.settings.set(ADS_DIR, str(paths[0] if folder else paths[0].parent))
            self.read(paths=paths)

    def choose_folder(self) -> None:
        self.choose_files(folder=True)

    def paste(self) -> None:
        texts, paths = _texts_and_paths(QGuiApplication.clipboard().mimeData())
        if not texts and not paths:
            self._page.status.setText(_("The clipboard holds no text to read as a job ad."))
            return
        self.read(texts=texts, paths=paths)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.DragEnter:
            drag: QDragEnterEvent = event  # type: ignore[assignment]
            texts, paths = _texts_and_paths(drag.mimeData())
            if texts or paths:
                drag.acceptProposedAction()
                return True
        if watched is self.page and event.type() == QEvent.Type.Drop:
            drop: QDropEvent = event  # type: ignore[assignment]
            texts, paths = _texts_and_paths(drop.mimeData())
            drop.acceptProposedAction()
            self.read(texts=texts, paths=paths)
            return True
        return super().eventFilter(watched, event)

    # -- reading ---------------------------------------------------------

    def _skill_options(self) -> list[SkillOption]:
        return [
            SkillOption(s.key, skill_name(s), s.area_key)
            for s in self._page.context.skills.skills(include_archived=False)
        ]

    def drafts_for(self, texts: Sequence[str], paths: Sequence[Path]) -> list[AdDraft]:
        """Read and suggest (in the worker thread): the drafts, duplicates flagged."""
        context = self._page.context
        skills = context.skills.skills()
        usable = {s.key: s.area_key for s in skills if not s.archived}
        extra = custom_phrases([(s.key, s.custom_name) for s in skills], context.data_dir)
        today = dt.date.today()
        ads = [read_ad_file(p) for p in collect_files(paths)] + [read_text(t) for t in texts]
        drafts = [make_draft(ad, usable, today=today, extra=extra) for ad in ads]
        return mark_duplicates(drafts, self.store.postings())

    def read(self, texts: Sequence[str] = (), paths: Sequence[Path] = ()) -> None:
        if self.task is not None or (self.review is not None and self.review.isVisible()):
            return
        self._page.status.setText("")
        self.task = BackgroundTask(
            self.page,
            _("Reading the job ads…"),
            lambda: self.drafts_for(list(texts), list(paths)),
            self.open_review,
            lambda error: show_store_error(self.page, error),
            tasks=self.page.context.tasks,
            title=_("Read job ads"),
        )
        self.task.finished.connect(self._task_done)
        self.task.start()

    def _task_done(self) -> None:
        self.task = None

    # -- review and saving ----------------------------------------------

    def review_dialog(self, drafts: Sequence[AdDraft]) -> AdReviewDialog:
        return AdReviewDialog(drafts, self._skill_options(), self.page)

    def open_review(self, drafts: list[AdDraft]) -> None:
        if not drafts:
            self._page.status.setText(_("No job ads were found there."))
            return
        self.review = self.review_dialog(drafts)
        self.review.accepted.connect(self._reviewed)
        self.review.open()

    def _reviewed(self) -> None:
        if self.review is None:
            return
        try:
            self.save(self.review.accepted_postings())
        except StoreError as error:
            show_store_error(self.page, error)

    def save(self, postings: list[PostingData]) -> list[int]:
        """The accepted postings in one transaction, undone as one step."""
        store = self.store
        ids = store.import_postings(postings)
        kept: list[PostingRecord] = []

        def undo() -> None:
            kept[:] = store.delete_many(ids)

        def redo() -> None:
            store.restore_many(kept)

        text = ngettext("Read {count} job ad", "Read {count} job ads", len(ids)).format(
            count=len(ids)
        )
        record(
            self._page.context,
            self._page.ask(),
            text,
            postings_changed(frozenset(ids)),
            undo=undo,
            redo=redo,
        )
        self._page.status.setText(
            ngettext(
                "Saved {count} job posting from the ads.",
                "Saved {count} job postings from the ads.",
                len(ids),
            ).format(count=len(ids))
        )
        return ids


# Sample ads for the review dialog's screenshot and translation checks: an ad
# in the window's language, as a person would paste it.
SAMPLE_ADS = {
    "en": "Performance Marketer\nNorthwind Retail · London\nPosted: 2026-03-02\n\n"
    "You will run Google Ads and paid social campaigns, report on ROAS every month and "
    "design A/B tests for our landing pages. No SEO experience needed.",
    "nb": "Digital markedsfører\nArbeidsgiver: Trollheim Sykkel AS\nPublisert 3. mars 2026\n\n"
    "Du skal drifte kampanjer i Google Ads, sende nyhetsbrev til kundeklubben og følge med "
    "i Google Analytics. Ingen krav til erfaring med SEO.",
    "sw": "Afisa wa Masoko ya Kidijitali\nMwajiri: Safari Mobile Ltd\nIliwekwa: 11 Machi 2026\n\n"
    "Utasimamia matangazo ya mitandao ya kijamii, kuunda maudhui na kuandaa ripoti za kila "
    "mwezi. Si lazima uwe na uzoefu wa SEO.",
}


def sample_review(importer: JobAdsImport, language: str) -> AdReviewDialog:
    """The review dialog on two sample ads in ``language`` (one flagged as a duplicate)."""
    text = SAMPLE_ADS.get(language, SAMPLE_ADS["en"])
    dialog = importer.review_dialog(importer.drafts_for([text, text], []))
    dialog.show_ad(1)  # the second one, flagged as already in the batch
    return dialog
