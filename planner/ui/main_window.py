"""The main window: navigation between pages, the menus, and remembered state."""

from __future__ import annotations

import base64
import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from planner.i18n import _, current_language
from planner.ui.changes import EVERYTHING
from planner.ui.context import AppContext
from planner.ui.dialogs.about_dialog import AboutDialog
from planner.ui.kit.messages import show_store_error
from planner.ui.menu_bar import build_menus, retranslate_menus
from planner.ui.pages import PAGES, PageSpec
from planner.ui.pages.base import Page
from planner.ui.shell.app_icon import application_icon


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    def __init__(
        self, context: AppContext, change_language: Callable[[str], None] | None = None
    ) -> None:
        super().__init__()
        self.context = context
        self._change_language = change_language
        self._pages: dict[str, Page] = {}
        self.setObjectName("MainWindow")
        self.setWindowIcon(application_icon())

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for spec in PAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self._show_row)
        # A click (or Enter) on a page name moves into the page, so its shortcuts
        # (Ctrl+F, Ctrl+Shift+N...) work at once; arrow keys stay in the list.
        self.nav.clicked.connect(lambda _index: self.focus_page())
        self.nav.activated.connect(lambda _index: self.focus_page())

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        build_menus(self)
        self._add_market_reminder()
        self.retranslate()
        self._restore_state()

    # -- menus -----------------------------------------------------------

    def linkedin_imported(self, _receipt: object, first_skill: str) -> None:
        """After an import, open the Skills page on the first matched skill to assess it."""
        if not first_skill or QApplication.activeModalWidget() is not None:
            return  # from the first-run guide: its own levels page asks next
        page = self.show_page("skills")
        page.select_skill(first_skill)  # type: ignore[attr-defined]
        page.table.setFocus()  # type: ignore[attr-defined]

    def retranslate(self) -> None:
        self.setWindowTitle(_("Career Planner"))
        retranslate_menus(self)
        for row, spec in enumerate(PAGES):
            self.nav.item(row).setText(_(spec.title))
        # As wide as the longest page name in this language, no wider: the pages get the rest.
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 12)
        self.language_actions[current_language()].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _add_market_reminder(self) -> None:
        from planner.ui.flows.market_reminder import MarketReminder

        self.market_reminder = MarketReminder(self.context, self)
        self.market_reminder.open_requested.connect(lambda: self.show_page("market"))
        self.statusBar().addWidget(self.market_reminder, 1)
        self.market_reminder.update_visibility()

    # -- pages -----------------------------------------------------------

    def page(self, key: str) -> Page:
        """The page with ``key``, built on first use."""
        if key not in self._pages:
            spec = _spec(key)
            module_name, class_name = spec.target.split(":")
            page_class = getattr(importlib.import_module(module_name), class_name)
            page = page_class(self.context)
            page.setObjectName(f"page-{key}")
            self._pages[key] = page
            self.stack.addWidget(page)
        return self._pages[key]

    def go_to_page(self, key: str) -> Page:
        """Show the page and put the keyboard focus into it (Ctrl+1…9, a click)."""
        page = self.show_page(key)
        self.focus_page()
        return page

    def page_tab_chain(self) -> list[QWidget]:
        """The current page's widgets that take Tab, in Tab order."""
        page = self.stack.currentWidget()
        found: list[QWidget] = []
        if page is None:
            return found
        widget = page.nextInFocusChain()
        while widget is not None and page.isAncestorOf(widget):
            if (
                widget.isVisibleTo(page)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None
            ):
                found.append(widget)
            widget = widget.nextInFocusChain()
        return found

    def focus_page(self) -> None:
        """Focus the first field of the current page that takes the Tab key."""
        page = self.stack.currentWidget()
        if page is None or page.isAncestorOf(QApplication.focusWidget()):
            return
        for widget in self.page_tab_chain():
            if widget.isEnabled():
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def show_page(self, key: str) -> Page:
        row = next(i for i, spec in enumerate(PAGES) if spec.key == key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # calls _show_row
        return self.page(key)

    def current_page_key(self) -> str:
        return PAGES[max(self.nav.currentRow(), 0)].key

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(PAGES[row].key)
        self.stack.setCurrentWidget(page)
        self.context.settings.set("window.page", PAGES[row].key)
        self.market_reminder.set_quiet(PAGES[row].key == "overview")

    def read_ads(self, folder: bool) -> None:
        page: Any = self.show_page("market")
        page.ads.choose_files(folder=folder)

    def year_plan(self) -> Any:
        return self.page("yearplan")

    # -- language, about -------------------------------------------------

    def choose_language(self, language: str) -> None:
        if language == current_language() or self._change_language is None:
            return
        self._change_language(language)
        self.context.settings.set("language", language)
        self.language_changed.emit(language)

    def export_calendar(self) -> None:
        from planner.ui.flows.calendar_export import choose_calendar_file

        choose_calendar_file(self, self.context)

    def about_dialog(self) -> AboutDialog:
        return AboutDialog(self.context.data_dir, self)

    def show_about(self) -> None:
        self.about_dialog().exec()

    def profile_dialog(self) -> QDialog:
        from planner.store.profile import ProfileStore
        from planner.ui.changes import Change, Changes
        from planner.ui.dialogs.profile_dialog import ProfileDialog
        from planner.ui.operations import Ask, record

        store = ProfileStore(self.context.database)
        ask = Ask(lambda _question: True, lambda error: show_store_error(self, error))

        def save(name: str, role: str) -> None:
            before = store.set_profile(name, role)
            after = store.profile()
            record(
                self.context,
                ask,
                _("Edit the profile"),
                Changes(Change.SETTINGS),  # the name and role the printed plan shows
                undo=lambda: store.set_profile(before.name, before.role),
                redo=lambda: store.set_profile(after.name, after.role),
            )

        return ProfileDialog(store.profile(), save, self)

    def shortcuts_dialog(self) -> QDialog:
        from planner.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        return ShortcutsDialog(self)

    def edit_profile(self) -> None:
        self.profile_dialog().exec()

    def review_dialogs(self) -> list[tuple[str, QWidget]]:
        from planner.exchange.linkedin.sample import sample_plan
        from planner.ui.dialogs.linkedin_dialog import LinkedInReviewDialog

        return [
            ("about", self.about_dialog()),
            ("profile", self.profile_dialog()),
            ("shortcuts", self.shortcuts_dialog()),
            *self.data_actions.review_dialogs(),
            ("linkedin-review", LinkedInReviewDialog(sample_plan(), self)),
        ]

    # -- first-run guide -------------------------------------------------

    def open_first_run_guide(self) -> QWidget:
        """Open the guide without blocking; when it is finished, show the advice."""
        from planner.ui.dialogs.first_run_wizard import FirstRunWizard

        wizard = FirstRunWizard(
            self.context,
            self,
            change_language=self.choose_language,
            import_linkedin=lambda parent: self.linkedin.choose(parent=parent),
        )
        self.linkedin.imported.connect(wizard.imported)
        wizard.completed.connect(self._guide_completed)
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()
        return wizard

    def open_first_run_guide_if_new(self) -> QWidget | None:
        """On the first start (the profile is not onboarded yet), open the guide."""
        from planner.store.errors import StoreError
        from planner.store.profile import ProfileStore

        try:
            if ProfileStore(self.context.database).profile().onboarded:
                return None
        except StoreError:
            return None  # the window shows the data problem where it matters
        return self.open_first_run_guide()

    def _guide_completed(self) -> None:
        self.context.events.announce(EVERYTHING)
        page = self.show_page("direction")
        show_advice = getattr(page, "show_advice", None)
        if callable(show_advice):
            show_advice()

    # -- state -----------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.context.settings.get("window.geometry")
        restored = False
        if isinstance(geometry, str):
            try:
                restored = self.restoreGeometry(QByteArray(base64.b64decode(geometry)))
            except ValueError:
                restored = False
        if not restored:
            self.resize(1100, 720)
        # A returning user comes back to the page they left; the first time, the overview.
        last = self.context.settings.get("window.page")
        keys = [spec.key for spec in PAGES]
        self.show_page(last if isinstance(last, str) and last in keys else keys[0])

    def save_state(self) -> None:
        geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        self.context.settings.update(
            {"window.geometry": geometry, "window.page": self.current_page_key()}
        )

    def flush_edits(self) -> None:
        """Save text typed into pages that save as one types."""
        for page in list(self._pages.values()):
            flush = getattr(page, "flush_edits", None)
            if callable(flush):
                flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_edits()
        self.save_state()
        super().closeEvent(event)

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)


def _spec(key: str) -> PageSpec:
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)
