"""Start the window: check the display, lock the data folder, open the data, show."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from planner import __version__
from planner.domain.os_errors import OsDetail
from planner.i18n import _, current_language
from planner.settings import Settings, chosen_backup_folder
from planner.store.errors import StoreError
from planner.ui.context import AppContext
from planner.ui.main_window import MainWindow
from planner.ui.shell.language import apply_language

SMOKE_TIMEOUT_MS = 20_000
log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName("career-planner")
    app.setApplicationDisplayName("Career Planner")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("career-planner")
    app.setDesktopFileName("career-planner")
    from planner.ui.shell.app_icon import application_icon

    app.setWindowIcon(application_icon())
    return app


def build_window(app: QApplication, data_dir: Path, language: str) -> MainWindow:
    """Open the data in ``data_dir`` and build the main window on it.

    Raises :class:`StoreError` when the data cannot be opened.
    """
    from planner.store.database import open_database
    from planner.ui.shell.collector import collect_on_main_thread

    collect_on_main_thread(app)  # cycles holding Qt objects die on the window's thread
    apply_language(app, language)
    settings = Settings(data_dir) if data_dir.exists() else None
    database = open_database(data_dir, backup_folder=chosen_backup_folder(data_dir))
    daily_backup(data_dir)
    context = AppContext(
        data_dir=data_dir,
        database=database,
        settings=settings or Settings(data_dir),
        undo_stack=QUndoStack(),
    )
    return MainWindow(context, change_language=lambda lang: apply_language(app, lang))


def daily_backup(data_dir: Path) -> None:
    """The start-up backup, when the newest is more than a day old.

    A failure is logged, not shown: it must not keep the user from their data.
    """
    from planner.store.database import database_path
    from planner.store.safety import backup_if_due

    try:
        backup_if_due(database_path(data_dir), chosen_backup_folder(data_dir))
    except StoreError as error:
        log.warning("The start-up backup failed: %s", error)


def open_window(
    app: QApplication, data_dir: Path, language: str, interactive: bool = True
) -> MainWindow:
    """:func:`build_window`, and for a damaged database the offer to restore a backup."""
    from planner.store.errors import DatabaseCorruptError, NotADatabaseError

    try:
        return build_window(app, data_dir, language)
    except (DatabaseCorruptError, NotADatabaseError) as error:
        apply_language(app, language)
        if not interactive:
            raise
        from planner.ui.shell.recovery import offer_recovery

        if not offer_recovery(None, data_dir, error):
            raise RecoveryDeclinedError(error) from error
    return build_window(app, data_dir, language)


class RecoveryDeclinedError(StoreError):
    """The user saw the problem and chose not to restore; nothing more to say."""

    def __init__(self, cause: StoreError) -> None:
        self.template = cause.template  # type: ignore[misc]
        super().__init__(**cause.params)


class _FirstPaint(QObject):
    """Quits the application once the watched window has painted."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.app.quit)
        return False


def run_gui(data_dir: Path, language: str | None, smoke: bool = False) -> int:
    from planner.ui.shell.platform_check import check_display

    problem = check_display()
    if problem:
        print(f"career-planner: {problem}", file=sys.stderr)
        return 1
    app = make_application()
    language = language or current_language()

    from planner.store.sqlite_files import make_private_dir
    from planner.ui.shell.single_instance import InstanceGuard, ask_first_instance_to_raise

    try:
        make_private_dir(data_dir)
    except OSError as error:
        return _fail(
            smoke,
            _("The data folder {path} cannot be created: {error}").format(
                path=data_dir, error=OsDetail(error).translated(_)
            ),
        )
    guard = InstanceGuard(data_dir)
    if not guard.acquire():
        raised = ask_first_instance_to_raise(data_dir)
        message = _("Career Planner is already open on the data folder {path}.").format(
            path=data_dir
        )
        # When the first window came to the front, the user sees where to go.
        return _fail(smoke or raised, message)

    try:
        window = open_window(app, data_dir, language, interactive=not smoke)
    except RecoveryDeclinedError as error:
        guard.release()
        return _fail(True, error.message(_))  # the user has seen the message already
    except StoreError as error:
        guard.release()
        return _fail(smoke, error.message(_))
    guard.raise_requested.connect(window.bring_to_front)
    window.show()

    if smoke:
        watcher = _FirstPaint(app)
        window.installEventFilter(watcher)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, app.quit)
        app.exec()
        window.close()
        window.context.database.close()
        guard.release()
        if not watcher.painted:
            print("career-planner: " + _("The window did not appear."), file=sys.stderr)
            return 1
        return 0

    window.open_first_run_guide_if_new()
    status = app.exec()
    window.context.database.close()
    guard.release()
    return status


def _fail(quiet: bool, message: str) -> int:
    print(f"career-planner: {message}", file=sys.stderr)
    if not quiet:
        from planner.ui.kit.messages import show_error

        show_error(_parent(), message)
    return 1


def _parent() -> QWidget | None:
    return None
