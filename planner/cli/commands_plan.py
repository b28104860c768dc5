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

from planner.cli.common import EXIT_OK, CommandContext, file_value, year_value
from planner.i18n import LANGUAGES, _, ngettext
from planner.report.sections import SECTION_NAMES, SETTINGS_KEY, normalise, remembered, section_help


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "plan", help=_("write the yearly development plan as PDF, in --lang")
    )
    parser.add_argument(
        "--year",
        type=year_value,
        default=dt.date.today().year,
        metavar=_("YEAR"),
        help=_("the plan's year (default: this year)"),
    )
    parser.add_argument(
        "--pdf", required=True, type=file_value, metavar=_("FILE"), help=_("the PDF file to write")
    )
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
    from planner.store.files import check_output_target

    target = args.pdf.absolute()
    check_output_target(target)  # a folder, link or device: said before any drawing
    if args.sections is None:
        from planner.settings import Settings

        sections = remembered(Settings(context.data_dir).get(SETTINGS_KEY))
    else:
        sections = normalise(args.sections)
    _app = ensure_gui_application()
    from planner.report.render import make_pdf

    pages = make_pdf(context.database, args.year, target, sections)  # whole or absent
    message = ngettext(
        "Wrote the {year} plan to {path} ({pages} page).",
        "Wrote the {year} plan to {path} ({pages} pages).",
        pages,
    )
    print(message.format(year=args.year, path=target, pages=pages))
    return EXIT_OK
