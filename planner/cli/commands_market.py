"""``career-planner postings import|list`` and ``career-planner market``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from planner.cli.common import (
    EXIT_OK,
    CommandContext,
    file_value,
    print_row,
    table_cell,
    year_value,
)
from planner.domain.echo import printable
from planner.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    postings = subparsers.add_parser("postings", help=_("import and list job postings"))
    actions = postings.add_subparsers(dest="postings_command", metavar=_("ACTION"), required=True)

    importing = actions.add_parser(
        "import",
        help=_(
            "import job postings: CSV files (see docs/postings-csv.md), saved job-ad pages"
            " (.html) and pasted ads (.txt), or folders of them; all or nothing"
        ),
    )
    importing.add_argument(
        "file",
        metavar=_("FILE"),
        type=file_value,
        nargs="+",
        help=_("the files or folders to read"),
    )
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=_("print the postings that would be imported and write nothing"),
    )
    importing.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help=_("output format (json: the fields of postings list --format json)"),
    )
    importing.set_defaults(handler=run_import, writes=True)

    listing = actions.add_parser("list", help=_("print the job postings"))
    listing.add_argument(
        "--year", type=year_value, metavar=_("YEAR"), help=_("only postings seen in this year")
    )
    listing.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help=_("output format (the CSV imports back unchanged)"),
    )
    listing.set_defaults(handler=run_list)

    analysis = subparsers.add_parser(
        "market", help=_("the yearly job-market analysis: demand per area and skill")
    )
    analysis.add_argument(
        "--year",
        type=year_value,
        metavar=_("YEAR"),
        help=_("the year to analyse (default: this year)"),
    )
    analysis.set_defaults(handler=run_market)


def run_import(args: argparse.Namespace, context: CommandContext) -> int:
    from planner.cli.postings_import import run_import as run

    return run(args, context)


def run_list(args: argparse.Namespace, context: CommandContext) -> int:
    from planner.exchange.postings_csv import write_postings
    from planner.i18n.formatting import format_date
    from planner.store.market import MarketStore
    from planner.text.labels import area_name, enum_label, skill_name_for_key

    postings = MarketStore(context.database).postings(args.year)  # None: every year
    if args.format == "csv":
        sys.stdout.write(write_postings(postings))
        return EXIT_OK
    if args.format == "json":
        rows = [
            {
                "id": p.id,
                "date": p.seen_on.isoformat(),
                "title": p.title,
                "employer": p.employer,
                "source": p.source,
                "link": p.url,
                "location": p.location,
                "seniority": p.seniority.value if p.seniority else None,
                "areas": list(p.area_keys),
                "skills": list(p.skill_keys),
                "notes": p.notes,
            }
            for p in postings
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not postings:
        print(_("No job postings."))
        return EXIT_OK
    headers = (_("Date"), _("Title"), _("Employer"), _("Seniority"), _("Areas"), _("Skills"))
    names = _custom_names(context)
    table = [
        (
            format_date(p.seen_on, "short"),
            table_cell(p.title),
            table_cell(p.employer, 40),
            enum_label(p.seniority) if p.seniority else "",
            ", ".join(area_name(k) for k in p.area_keys),
            table_cell(", ".join(names.get(k) or skill_name_for_key(k) for k in p.skill_keys), 80),
        )
        for p in postings
    ]
    print_table(headers, table)
    return EXIT_OK


def run_market(args: argparse.Namespace, context: CommandContext) -> int:
    from planner.store.market import MarketStore
    from planner.text.market import analysis_lines

    year = dt.date.today().year if args.year is None else args.year
    analysis = MarketStore(context.database).analysis(year)
    for line in analysis_lines(analysis, _custom_names(context)):
        print(printable(line))
    return EXIT_OK


def _custom_names(context: CommandContext) -> dict[str, str | None]:
    from planner.store.skills import SkillStore

    return {s.key: s.custom_name for s in SkillStore(context.database).skills()}


def print_table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]
    for row in [headers, *rows]:
        print_row([str(cell) for cell in row], widths)
