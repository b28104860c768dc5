"""The main window: navigation between pages, the menus, and remembered state."""

from __future__ import annotations

import base64
import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from planner.i18n import LANGUAGE_NAMES, LANGUAGES, _, current_language
from planner.ui.changes import EVERYTHING
from planner.ui.context import AppContext
from planner.ui.dialogs.about_dialog import AboutDialog
from planner.ui.kit.messages import show_store_error
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
        self.nav.setMaximumWidth(220)
        self.nav.setMinimumWidth(150)
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

        self._build_menus()
        self._add_market_reminder()
        self.retranslate()
        self._restore_state()

    # -- menus -----------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")

        # File: new entry; the printed plan; per-page files; all data; quit.
        self.new_log_entry_action = QAction(self)
        self.new_log_entry_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_log_entry_action.triggered.connect(lambda: self.page("log").new_entry())
        # The yearly plan on paper: always the year chosen on the Year plan page.
        self.preview_action = QAction(self)
        self.preview_action.triggered.connect(lambda: self._year_plan().print_preview())
        self.print_action = QAction(self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        if self.print_action.shortcut().isEmpty():
            self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.triggered.connect(lambda: self._year_plan().print_plan())
        self.pdf_action = QAction(self)
        self.pdf_action.triggered.connect(lambda: self._year_plan().save_pdf())
        self.import_postings_action = QAction(self)
        self.import_postings_action.triggered.connect(
            lambda: self.show_page("market").import_postings()  # type: ignore[attr-defined]
        )
        self._build_linkedin_menu()
        self.read_ads_action = QAction(self)
        self.read_ads_action.triggered.connect(lambda: self._read_ads(folder=False))
        self.read_ads_folder_action = QAction(self)
        self.read_ads_folder_action.triggered.connect(lambda: self._read_ads(folder=True))
        self.export_log_action = QAction(self)
        self.export_log_action.triggered.connect(lambda: self.page("log").export_csv())
        self.export_calendar_action = QAction(self)
        self.export_calendar_action.triggered.connect(self.export_calendar)
        self.file_menu.addAction(self.new_log_entry_action)
        self.file_menu.addSeparator()
        for action in (self.preview_action, self.print_action, self.pdf_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_postings_action)
        self.file_menu.addMenu(self.linkedin_menu)
        self.file_menu.addAction(self.read_ads_action)
        self.file_menu.addAction(self.read_ads_folder_action)
        self.file_menu.addAction(self.export_log_action)
        self.file_menu.addAction(self.export_calendar_action)
        self.file_menu.addSeparator()

        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        from planner.ui.flows.data_safety import DataActions

        self.data_actions = DataActions(self, self.context)
        self.data_actions.add_to(self.file_menu, before=self.quit_action)

        from planner.ui.kit.undo_actions import UndoActions

        self.undo_actions = UndoActions(self.context.undo_stack, self)
        self.undo_action = self.undo_actions.undo_action
        self.redo_action = self.undo_actions.redo_action
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.profile_action = QAction(self)
        self.profile_action.triggered.connect(self.edit_profile)
        self.edit_menu.addAction(self.profile_action)

        self.page_actions: list[QAction] = []
        for number, spec in enumerate(PAGES, start=1):
            action = QAction(self)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, key=spec.key: self.go_to_page(key))
            self.view_menu.addAction(action)
            self.page_actions.append(action)
        self.view_menu.addSeparator()
        self.language_menu = QMenu(self)
        self.view_menu.addMenu(self.language_menu)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self)  # endonyms: never translated
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _c=False, lang=code: self.choose_language(lang))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.guide_action = QAction(self)
        self.guide_action.triggered.connect(self.open_first_run_guide)
        self.help_menu.addAction(self.guide_action)
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(lambda: self.shortcuts_dialog().exec())
        self.help_menu.addAction(self.shortcuts_action)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _build_linkedin_menu(self) -> None:
        from planner.ui.flows.linkedin_import import LinkedInImport

        self.linkedin = LinkedInImport(self.context, self)
        self.linkedin.imported.connect(self._linkedin_imported)
        self.linkedin_menu = QMenu(self)
        self.linkedin_zip_action = self.linkedin_menu.addAction("")
        self.linkedin_zip_action.triggered.connect(lambda: self.linkedin.choose(folder=False))
        self.linkedin_folder_action = self.linkedin_menu.addAction("")
        self.linkedin_folder_action.triggered.connect(lambda: self.linkedin.choose(folder=True))

    def _linkedin_imported(self, _receipt: object, first_skill: str) -> None:
        """After an import, open the Skills page on the first matched skill to assess it."""
        if not first_skill or QApplication.activeModalWidget() is not None:
            return  # from the first-run guide: its own levels page asks next
        page = self.show_page("skills")
        page.select_skill(first_skill)  # type: ignore[attr-defined]
        page.table.setFocus()  # type: ignore[attr-defined]

    def retranslate(self) -> None:
        self.setWindowTitle(_("Career Planner"))
        self.file_menu.setTitle(_("&File"))
        self.edit_menu.setTitle(_("&Edit"))
        self.view_menu.setTitle(_("&View"))
        self.help_menu.setTitle(_("&Help"))
        self.import_postings_action.setText(_("Import &job postings…"))
        self.linkedin_menu.setTitle(_("Import from Lin&kedIn"))
        self.linkedin_zip_action.setText(_("From the export's &ZIP file…"))
        self.linkedin_folder_action.setText(_("From the &unpacked folder…"))
        self.read_ads_action.setText(_("Read job &ads…"))
        self.read_ads_folder_action.setText(_("Read job ads from a f&older…"))
        self.new_log_entry_action.setText(_("&New log entry…"))
        self.export_log_action.setText(_("Export learning &log as CSV…"))
        self.export_calendar_action.setText(_("Expor&t calendar (.ics)…"))
        self.preview_action.setText(_("Print pre&view…"))
        self.print_action.setText(_("&Print…"))
        self.pdf_action.setText(_("Save plan as P&DF…"))
        self.quit_action.setText(_("&Quit"))
        self.data_actions.retranslate()
        self.undo_actions.retranslate()
        self.language_menu.setTitle(_("&Language"))
        self.guide_action.setText(_("First-run &guide…"))
        self.profile_action.setText(_("&Profile…"))
        self.shortcuts_action.setText(_("&Keyboard shortcuts…"))
        self.about_action.setText(_("&About Career Planner"))
        for row, spec in enumerate(PAGES):
            self.nav.item(row).setText(_(spec.title))
            self.page_actions[row].setText(_(spec.title))
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

    def _read_ads(self, folder: bool) -> None:
        page: Any = self.show_page("market")
        page.ads.choose_files(folder=folder)

    def _year_plan(self) -> Any:
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
