"""``career-planner plan --year Y --pdf FILE [--sections ...]``: the yearly plan as PDF.

Page one (the plan at a glance) always; then the detailed sections named
(``plan``, ``charts``, ``review``, ``notes``), or, without ``--sections``,
the ones last chosen in the window, so both print the same document.

Runs without a window: when there is no display, Qt's "offscreen" platform
is chosen before the application object exists, so it works over ssh and in
scripts with ``QT_QPA_PLATFORM`` unset.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path

from planner.cli.common import EXIT_OK, CommandContext, CommandError
from planner.i18n import LANGUAGES, _, ngettext
from planner.report.sections import SECTION_NAMES, SETTINGS_KEY, normalise, remembered, section_help


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "plan", help=_("write the yearly development plan as PDF, in --lang")
    )
    parser.add_argument(
        "--year",
        type=int,
        default=dt.date.today().year,
        metavar=_("YEAR"),
        help=_("the plan's year (default: this year)"),
    )
    parser.add_argument("--pdf", required=True, metavar=_("FILE"), help=_("the PDF file to write"))
    parser.add_argument(
        "--sections",
        nargs="*",
        choices=SECTION_NAMES,
        metavar=_("SECTION"),
        help=_(
            "the detailed sections after page one, any of: {sections}; without names, page one"
            " only; without the option, the sections last chosen in the window (all at first)"
        ).format(sections="; ".join(f"{name} ({section_help(name)})" for name in SECTION_NAMES)),
    )
    # Also accepted after the command; the language is chosen before parsing.
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=_("the language of the plan")
    )
    parser.set_defaults(handler=run_plan)


def ensure_gui_application() -> object:
    """A QGuiApplication for painting; offscreen when there is no display."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["career-planner"])
    return app


def run_plan(args: argparse.Namespace, context: CommandContext) -> int:
    from planner.store.yearplan import check_year

    check_year(args.year)
    target = Path(args.pdf)
    if target.is_dir():
        raise CommandError(
            _("{path} is a folder; give a file name for the PDF.").format(path=target)
        )
    if not target.parent.exists():
        raise CommandError(
            _("The folder {path} does not exist.").format(path=target.parent or Path())
        )
    if args.sections is None:
        from planner.settings import Settings

        sections = remembered(Settings(context.data_dir).get(SETTINGS_KEY))
    else:
        sections = normalise(args.sections)
    _app = ensure_gui_application()
    from planner.report.render import make_pdf

    try:
        pages = make_pdf(context.database, args.year, target, sections)
    except OSError as error:
        raise CommandError(
            _("The PDF {path} could not be written: {error}").format(path=target, error=error)
        ) from error
    message = ngettext(
        "Wrote the {year} plan to {path} ({pages} page).",
        "Wrote the {year} plan to {path} ({pages} pages).",
        pages,
    )
    print(message.format(year=args.year, path=target, pages=pages))
    return EXIT_OK
