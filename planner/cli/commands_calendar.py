"""``career-planner calendar [--year Y] --ics FILE``: the plan's dates as iCalendar."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.common import EXIT_OK, CommandContext, CommandError, year_value
from planner.i18n import LANGUAGES, _, ngettext
from planner.i18n.formatting import format_number


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "calendar",
        help=_(
            "write the plan's dates, goals, certification expiry and yearly reminders "
            "as an iCalendar file"
        ),
    )
    parser.add_argument(
        "--year", type=year_value, metavar=_("YEAR"), help=_("only this year (default: every year)")
    )
    parser.add_argument("--ics", required=True, metavar=_("FILE"), help=_("the .ics file to write"))
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=_("the language of the events"),
    )
    parser.set_defaults(handler=run_calendar)


def run_calendar(args: argparse.Namespace, context: CommandContext) -> int:
    from planner.exchange.calendar import write_ics
    from planner.store.calendar import calendar_feed
    from planner.store.yearplan import check_year

    if args.year is not None:
        check_year(args.year)
    target = Path(args.ics)
    if target.is_dir():
        raise CommandError(
            _("{path} is a folder; give a file name for the calendar.").format(path=target)
        )
    if not target.parent.exists():
        raise CommandError(
            _("The folder {path} does not exist.").format(path=target.parent or Path())
        )
    count = write_ics(calendar_feed(context.database, args.year), target)
    print(
        ngettext("Wrote {count} event to {path}.", "Wrote {count} events to {path}.", count).format(
            count=format_number(count), path=target
        )
    )
    return EXIT_OK
