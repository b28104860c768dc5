"""``career-planner log``: add to the learning log and print it.

Errors (unknown skill keys or types, bad dates, minutes outside 1-1440) are
translated, exit with status 1 and write nothing: everything is checked
before the one transaction that adds the entry.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from planner.cli.common import (
    EXIT_OK,
    CommandContext,
    CommandError,
    print_row,
    table_cell,
    text_value,
    year_value,
)
from planner.domain.dates import parse_iso_date
from planner.domain.echo import echo
from planner.domain.enums import LearningType
from planner.i18n import _
from planner.i18n.formatting import format_date, format_number

DEFAULT_TYPE = LearningType.JOB_PROJECT


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("log", help=_("add to the learning log or print it"))
    commands = parser.add_subparsers(dest="log_command", metavar=_("COMMAND"), title=_("commands"))
    parser.set_defaults(handler=lambda _args, _context: _missing(parser))

    add = commands.add_parser("add", help=_("add a learning log entry"))
    add.add_argument(
        "--minutes",
        required=True,
        type=text_value,
        metavar="N",
        help=_("minutes spent, from 1 to 1440"),
    )
    add.add_argument(
        "--date",
        type=text_value,
        metavar=_("DATE"),
        help=_("the day, as YYYY-MM-DD (default: today)"),
    )
    add.add_argument(
        "--type",
        type=text_value,
        metavar=_("TYPE"),
        default=DEFAULT_TYPE.value,
        help=_("the kind of learning: {types} (default: {default})").format(
            types=", ".join(t.value for t in LearningType), default=DEFAULT_TYPE.value
        ),
    )
    add.add_argument(
        "--skill",
        type=text_value,
        action="append",
        default=[],
        metavar=_("KEY"),
        help=_("a skill it builds (repeat for several; see `career-planner skills --format json`)"),
    )
    add.add_argument(
        "--note", default="", type=text_value, metavar=_("TEXT"), help=_("what you learned")
    )
    add.set_defaults(handler=run_add, writes=True)

    listing = commands.add_parser("list", help=_("print the learning log"))
    listing.add_argument("--year", type=year_value, metavar=_("YEAR"), help=_("only this year"))
    listing.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help=_("output format")
    )
    listing.set_defaults(handler=run_list)


def _missing(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _minutes(text: str) -> int:
    from planner.domain.learning import validate_minutes

    try:
        value = int(text.strip())
    except ValueError:
        value = None
    problems = validate_minutes(value)
    if problems:
        raise CommandError(_(problems[0].template))
    return value  # type: ignore[return-value]


def _date(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        value = parse_iso_date(text.strip())
    except ValueError:
        raise CommandError(
            _("{value} is not a date in the form YYYY-MM-DD").format(value=echo(text))
        ) from None
    if value > dt.date.today():
        raise CommandError(_("The date cannot be in the future."))
    return value


def _type(text: str) -> LearningType:
    try:
        return LearningType(text.strip().lower())
    except ValueError:
        raise CommandError(
            _("Unknown learning type {type}. Use one of: {types}.").format(
                type=echo(text), types=", ".join(t.value for t in LearningType)
            )
        ) from None


def run_add(args: argparse.Namespace, context: CommandContext) -> int:
    from planner.store.learning import LearningStore, LogEntryFields
    from planner.store.skills import SkillStore

    fields = LogEntryFields(
        logged_on=_date(args.date),
        minutes=_minutes(args.minutes),
        learning_type=_type(args.type),
        skill_keys=tuple(args.skill),
        learned=args.note,
    )
    known = {record.key for record in SkillStore(context.database).skills()}
    unknown = [key for key in fields.skill_keys if key not in known]
    if unknown:
        raise CommandError(
            _("There is no skill with the key {key}.").format(key=echo(", ".join(unknown)))
        )
    record = LearningStore(context.database).add_entry(fields)
    print(
        _("Logged {minutes} minutes on {date}.").format(
            minutes=format_number(record.minutes), date=format_date(record.logged_on)
        )
    )
    return EXIT_OK


def run_list(args: argparse.Namespace, context: CommandContext) -> int:
    from planner.exchange.csv_safe import csv_text
    from planner.exchange.learning_log_csv import log_header, log_rows
    from planner.store.learning import LearningStore, LogFilter
    from planner.store.skills import SkillStore
    from planner.text.labels import skill_name

    where = LogFilter.year(args.year) if args.year is not None else LogFilter()
    entries = LearningStore(context.database).entries(where)
    names = {r.key: skill_name(r) for r in SkillStore(context.database).skills()}
    if args.format == "json":
        rows = [
            {
                "id": e.id,
                "date": e.logged_on.isoformat(),
                "minutes": e.minutes,
                "type": e.learning_type.value,
                "group": e.group.value,
                "skills": list(e.skill_keys),
                "plan_item_id": e.plan_item_id,
                "plan_item": e.plan_item_title,
                "learned": e.learned,
                "apply": e.apply,
            }
            for e in entries
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if args.format == "csv":
        sys.stdout.write(csv_text(log_header(), log_rows(entries, names)))
        return EXIT_OK
    headers = [_("Date"), _("Minutes"), _("Type"), _("Skills"), _("What I learned")]
    table = [
        [
            format_date(e.logged_on, "short"),
            format_number(e.minutes),
            _(e.learning_type.label),
            table_cell(", ".join(names.get(k, k) for k in e.skill_keys), 80),
            table_cell(e.learned),
        ]
        for e in entries
    ]
    widths = [max(len(row[i]) for row in [headers, *table]) for i in range(len(headers))]
    for row in [headers, *table]:
        print_row(row, widths)
    if not table:
        print(_("The learning log is empty."))
    return EXIT_OK
