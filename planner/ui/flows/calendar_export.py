"""File > Export calendar: the plan's dates as an iCalendar file, in the window's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow

from planner.i18n import _, ngettext
from planner.store.errors import StoreError
from planner.ui.context import AppContext
from planner.ui.kit.messages import show_store_error

STATUS_MS = 8000


def choose_calendar_file(window: QMainWindow, context: AppContext) -> None:
    suggested = Path.home() / "career-planner.ics"
    path, _filter = QFileDialog.getSaveFileName(
        window, _("Export the plan to a calendar"), str(suggested), _("Calendar files (*.ics)")
    )
    if path:
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".ics")
        export_calendar(window, context, target)


def export_calendar(window: QMainWindow, context: AppContext, target: Path) -> int | None:
    """Write every year's events; the number written, or None after showing the error."""
    from planner.exchange.calendar import write_ics
    from planner.store.calendar import calendar_feed

    try:
        count = write_ics(calendar_feed(context.database), target)
    except StoreError as error:
        show_store_error(window, error)
        return None
    message = ngettext(
        "Wrote {count} event to {path}.", "Wrote {count} events to {path}.", count
    ).format(count=count, path=target)
    window.statusBar().showMessage(message, STATUS_MS)
    return count
