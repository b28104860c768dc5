"""The main window's menu bar, built from a table of actions.

Each plain action is one row of :data:`MENUS`: the window attribute that keeps it,
its text (a msgid with its mnemonic, translated in :func:`retranslate_menus`),
what it does, and its shortcut. The parts with a life of their own (the LinkedIn
submenu, the data-safety actions, undo and redo, the page list and the language
menu) are added where their row says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from planner.i18n import LANGUAGE_NAMES, LANGUAGES, _
from planner.i18n.markers import N_
from planner.ui.pages import PAGES

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow


@dataclass(frozen=True)
class Entry:
    """One action of a menu, kept on the window as ``name``."""

    name: str
    text: str  # a msgid, marked with N_
    run: Callable[[MainWindow], object]
    keys: QKeySequence.StandardKey | str | None = None
    fallback: str = ""  # the shortcut where the platform has no standard one
    application_wide: bool = False


SEPARATOR = "-"
LINKEDIN, DATA, UNDO, PAGE_LIST, LANGUAGE = "linkedin", "data", "undo", "pages", "language"
Row = Entry | str

MENUS: dict[str, tuple[str, tuple[Row, ...]]] = {
    "file_menu": (
        N_("&File"),
        (
            Entry(
                "new_log_entry_action",
                N_("&New log entry…"),
                lambda w: w.page("log").new_entry(),  # type: ignore[attr-defined]
                "Ctrl+N",
            ),
            SEPARATOR,
            # The yearly plan on paper: always the year chosen on the Year plan page.
            Entry("preview_action", N_("Print pre&view…"), lambda w: w.year_plan().print_preview()),
            Entry(
                "print_action",
                N_("&Print…"),
                lambda w: w.year_plan().print_plan(),
                QKeySequence.StandardKey.Print,
                "Ctrl+P",
            ),
            Entry("pdf_action", N_("Save plan as P&DF…"), lambda w: w.year_plan().save_pdf()),
            SEPARATOR,
            Entry(
                "import_postings_action",
                N_("Import &job postings…"),
                lambda w: w.show_page("market").import_postings(),  # type: ignore[attr-defined]
            ),
            LINKEDIN,
            Entry("read_ads_action", N_("Read job &ads…"), lambda w: w.read_ads(folder=False)),
            Entry(
                "read_ads_folder_action",
                N_("Read job ads from a f&older…"),
                lambda w: w.read_ads(folder=True),
            ),
            Entry(
                "export_log_action",
                N_("Export learning &log as CSV…"),
                lambda w: w.page("log").export_csv(),  # type: ignore[attr-defined]
            ),
            Entry(
                "export_calendar_action",
                N_("Expor&t calendar (.ics)…"),
                lambda w: w.export_calendar(),
            ),
            SEPARATOR,
            DATA,
            Entry(
                "quit_action",
                N_("&Quit"),
                lambda w: w.close(),
                QKeySequence.StandardKey.Quit,
                "Ctrl+Q",
                application_wide=True,
            ),
        ),
    ),
    "edit_menu": (
        N_("&Edit"),
        (UNDO, SEPARATOR, Entry("profile_action", N_("&Profile…"), lambda w: w.edit_profile())),
    ),
    "view_menu": (N_("&View"), (PAGE_LIST, SEPARATOR, LANGUAGE)),
    "help_menu": (
        N_("&Help"),
        (
            Entry("guide_action", N_("First-run &guide…"), lambda w: w.open_first_run_guide()),
            Entry(
                "shortcuts_action",
                N_("&Keyboard shortcuts…"),
                lambda w: w.shortcuts_dialog().exec(),
                QKeySequence.StandardKey.HelpContents,
            ),
            Entry("about_action", N_("&About Career Planner"), lambda w: w.show_about()),
        ),
    ),
}


def build_menus(window: MainWindow) -> None:
    """Fill the window's menu bar from :data:`MENUS`; texts come with :func:`retranslate_menus`."""
    bar = window.menuBar()
    for menu_name, (_title, rows) in MENUS.items():
        menu = bar.addMenu("")
        setattr(window, menu_name, menu)
        for row in rows:
            if isinstance(row, Entry):
                menu.addAction(_action(window, row))
            elif row == SEPARATOR:
                menu.addSeparator()
            else:
                _PARTS[row](window, menu)
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    # The data-safety actions sit just above Quit, which the table adds after them.
    window.data_actions.add_to(window.file_menu, before=window.quit_action)


def retranslate_menus(window: MainWindow) -> None:
    for menu_name, (title, rows) in MENUS.items():
        getattr(window, menu_name).setTitle(_(title))
        for row in rows:
            if isinstance(row, Entry):
                getattr(window, row.name).setText(_(row.text))
    window.linkedin_menu.setTitle(_("Import from Lin&kedIn"))
    window.linkedin_zip_action.setText(_("From the export's &ZIP file…"))
    window.linkedin_folder_action.setText(_("From the &unpacked folder…"))
    window.data_actions.retranslate()
    window.undo_actions.retranslate()
    window.language_menu.setTitle(_("&Language"))
    for row, spec in enumerate(PAGES):
        window.page_actions[row].setText(_(spec.title))


def _action(window: MainWindow, entry: Entry) -> QAction:
    action = QAction(window)
    if entry.keys is not None:
        action.setShortcut(QKeySequence(entry.keys))
        if action.shortcut().isEmpty() and entry.fallback:
            action.setShortcut(QKeySequence(entry.fallback))
    if entry.application_wide:
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(lambda _checked=False: entry.run(window))
    setattr(window, entry.name, action)
    return action


def _add_linkedin(window: MainWindow, menu: QMenu) -> None:
    from planner.ui.flows.linkedin_import import LinkedInImport

    window.linkedin = LinkedInImport(window.context, window)
    window.linkedin.imported.connect(window.linkedin_imported)
    window.linkedin_menu = QMenu(window)
    window.linkedin_zip_action = window.linkedin_menu.addAction("")
    window.linkedin_zip_action.triggered.connect(lambda: window.linkedin.choose(folder=False))
    window.linkedin_folder_action = window.linkedin_menu.addAction("")
    window.linkedin_folder_action.triggered.connect(lambda: window.linkedin.choose(folder=True))
    menu.addMenu(window.linkedin_menu)


def _add_data_actions(window: MainWindow, _menu: QMenu) -> None:
    from planner.ui.flows.data_safety import DataActions

    window.data_actions = DataActions(window, window.context)


def _add_undo(window: MainWindow, menu: QMenu) -> None:
    from planner.ui.kit.undo_actions import UndoActions

    window.undo_actions = UndoActions(window.context.undo_stack, window)
    window.undo_action = window.undo_actions.undo_action
    window.redo_action = window.undo_actions.redo_action
    menu.addAction(window.undo_action)
    menu.addAction(window.redo_action)


def _add_page_list(window: MainWindow, menu: QMenu) -> None:
    """One action per page, Ctrl+1 … Ctrl+9 for the first nine."""
    window.page_actions = []
    for number, spec in enumerate(PAGES, start=1):
        action = QAction(window)
        if number <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _c=False, key=spec.key: window.go_to_page(key))
        menu.addAction(action)
        window.page_actions.append(action)


def _add_languages(window: MainWindow, menu: QMenu) -> None:
    window.language_menu = QMenu(window)
    menu.addMenu(window.language_menu)
    window.language_group = QActionGroup(window)
    window.language_actions = {}
    for code in LANGUAGES:
        action = QAction(LANGUAGE_NAMES[code], window)  # endonyms: never translated
        action.setCheckable(True)
        action.setData(code)
        action.triggered.connect(lambda _c=False, lang=code: window.choose_language(lang))
        window.language_group.addAction(action)
        window.language_menu.addAction(action)
        window.language_actions[code] = action


_PARTS: dict[str, Callable[[MainWindow, QMenu], None]] = {
    LINKEDIN: _add_linkedin,
    DATA: _add_data_actions,
    UNDO: _add_undo,
    PAGE_LIST: _add_page_list,
    LANGUAGE: _add_languages,
}
