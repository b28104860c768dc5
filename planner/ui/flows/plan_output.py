"""Print preview, print and PDF of the yearly plan from the window, without freezing it.

Reading the data and drawing the charts (and, for a PDF, writing the pages)
run on a worker thread while a progress dialog shows each step; Qt's print
preview and print dialogs then paint with the same :func:`paint_plan`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from planner.i18n import _, ngettext
from planner.store.database import Database
from planner.ui.flows.plan_sections import SectionChoice, SectionChooser
from planner.ui.kit.file_dialogs import Pick, file_dialog

if TYPE_CHECKING:
    from types import ModuleType

    from planner.report.render import PrintedPlan


def _render() -> ModuleType:
    """The report's renderer, loaded on the first print or PDF (the page opens without it)."""
    from planner.report import render

    return render


class PlanJob(QObject):
    """Work on a Python thread; results come back to the GUI thread as queued signals."""

    step = Signal(str)
    pages = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[PlanJob], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        self.thread = threading.Thread(target=self._run, name="plan-output", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            try:
                result = self._work(self)
            except Exception as error:  # reported to the user, never lost on the thread
                from planner.store.errors import StoreError

                text = error.message(_) if isinstance(error, StoreError) else str(error)
                self.failed.emit(text or error.__class__.__name__)
                return
            self.finished.emit(result)
        except RuntimeError:
            # The window closed while the work ran: nobody is left to tell.
            return


def prepare(database: Database, year: int, sections: tuple[str, ...], job: PlanJob) -> PrintedPlan:
    """The plan with every chart drawn: the preview may add the charts section later."""
    return _render().prepare_plan(database, year, sections, progress=job.step.emit, all_charts=True)


def progress_dialog(parent: QWidget | None, title: str) -> QProgressDialog:
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(_("Reading the year's data…"))
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setRange(0, 0)
    dialog.setMinimumDuration(0)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def pdf_file_dialog(parent: QWidget | None, year: int) -> QFileDialog:
    name = _("development-plan-{year}.pdf").format(year=year)
    filters = [_("PDF document (*.pdf)")]
    return file_dialog(
        parent, _("Save plan as PDF"), Pick.SAVE, Path.home() / name, filters=filters, suffix="pdf"
    )


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_render().default_page_layout())
    return printer


def preview_dialog(
    parent: QWidget | None, prepared: PrintedPlan, choice: SectionChoice
) -> QPrintPreviewDialog:
    """Qt's preview with the section check boxes above the pages; a tick repaints them."""
    printer = new_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(_("Print preview"))
    dialog.paintRequested.connect(
        lambda device: _render().paint_plan(device, prepared.with_sections(choice.sections()))
    )
    chooser = SectionChooser(choice, dialog)
    chooser.setContentsMargins(6, 4, 6, 0)
    layout = dialog.layout()
    if layout is not None:
        layout.insertWidget(0, chooser)  # above the pages, under the tool bar
    widget = dialog.findChild(QPrintPreviewWidget)
    if widget is not None:
        choice.changed.connect(widget.updatePreview)
    dialog.chooser = chooser  # type: ignore[attr-defined]
    dialog._printer = printer  # type: ignore[attr-defined]  # keep it alive with the dialog
    return dialog


def print_dialog(parent: QWidget | None, printer: QPrinter) -> QPrintDialog:
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_("Print"))
    return dialog


class PlanOutput(QObject):
    """Runs one output at a time for a widget: preview, print or PDF."""

    done = Signal(str)  # a translated line for the status, after success

    def __init__(self, parent: QWidget, database: Database, choice: SectionChoice) -> None:
        super().__init__(parent)
        self._widget = parent
        self._database = database
        self.choice = choice
        self.job: PlanJob | None = None
        self.progress: QProgressDialog | None = None

    def busy(self) -> bool:
        return self.job is not None

    def _start(
        self, title: str, work: Callable[[PlanJob], Any], then: Callable[[Any], None]
    ) -> PlanJob | None:
        if self.job is not None:
            return None
        progress = progress_dialog(self._widget, title)
        job = PlanJob(work, self)
        job.step.connect(progress.setLabelText)

        def show_pages(done: int, total: int) -> None:
            progress.setRange(0, total)
            progress.setValue(done)
            progress.setLabelText(
                _("Writing page {page} of {pages}…").format(page=done, pages=total)
            )

        job.pages.connect(show_pages)

        def finish(result: object) -> None:
            self._end()
            then(result)

        def fail(text: str) -> None:
            self._end()
            from planner.ui.kit.messages import show_error

            show_error(self._widget, _("The plan could not be made: {error}").format(error=text))

        job.finished.connect(finish)
        job.failed.connect(fail)
        self.job, self.progress = job, progress
        progress.show()
        job.start()
        return job

    def _end(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
        if self.job is not None:
            self.job.deleteLater()
        self.job, self.progress = None, None

    # -- the three outputs ---------------------------------------------

    def save_pdf(self, year: int, path: Path) -> PlanJob | None:
        database = self._database

        sections = self.choice.sections()

        def work(job: PlanJob) -> int:
            plan = _render().prepare_plan(database, year, sections, progress=job.step.emit)
            job.step.emit(_("Writing the pages…"))
            return _render().write_pdf(path, plan, job.pages.emit)

        def then(pages: object) -> None:
            count = int(pages)  # type: ignore[call-overload]
            self.done.emit(
                ngettext(
                    "Saved the plan to {path} ({pages} page).",
                    "Saved the plan to {path} ({pages} pages).",
                    count,
                ).format(path=path, pages=count)
            )

        return self._start(_("Saving the plan as PDF"), work, then)

    def preview(self, year: int, show: Callable[[QPrintPreviewDialog], None]) -> PlanJob | None:
        database = self._database

        sections = self.choice.sections()

        def then(prepared: object) -> None:
            show(preview_dialog(self._widget, prepared, self.choice))  # type: ignore[arg-type]

        return self._start(
            _("Preparing the print preview"),
            lambda job: prepare(database, year, sections, job),
            then,
        )

    def print(self, year: int, ask: Callable[[QPrintDialog], bool]) -> PlanJob | None:
        database = self._database

        def then(result: object) -> None:
            prepared: PrintedPlan = result  # type: ignore[assignment]
            printer = new_printer()
            if ask(print_dialog(self._widget, printer)):
                pages = _render().paint_plan(
                    printer, prepared.with_sections(self.choice.sections())
                )
                self.done.emit(
                    ngettext(
                        "Sent {pages} page to the printer.",
                        "Sent {pages} pages to the printer.",
                        pages,
                    ).format(pages=pages)
                )

        sections = self.choice.sections()
        return self._start(
            _("Preparing to print"), lambda job: prepare(database, year, sections, job), then
        )


def run_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted
