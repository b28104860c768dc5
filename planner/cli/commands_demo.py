"""``career-planner demo``: fill an empty data folder with a lived-in career."""

from __future__ import annotations

import argparse
import sys

from planner.cli.common import EXIT_OK, CommandContext, whole_number
from planner.i18n import _, ngettext

# Kept here as well as in planner.demo.generator so that building the parser does
# not import SQLAlchemy: ``career-planner --help`` stays fast.
MIN_YEARS = 1
MAX_YEARS = 40
DEFAULT_YEARS = 10
DEFAULT_SEED = 1
SLOW_YEARS = 15  # above this, say that it takes a moment


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help=_("fill an empty data folder with realistic demo data"),
        description=_(
            "Fill an empty data folder with a digital marketer's career: assessments, "
            "strengths, specialisation choices, a learning plan and log, job postings and "
            "yearly plans, written in the language chosen with --lang. A folder that "
            "already holds data is refused and left unchanged."
        ),
    )
    parser.add_argument(
        "--years",
        type=years_type,
        default=DEFAULT_YEARS,
        metavar=_("N"),
        help=_(
            "how many years of career, ending this year ({low}–{high}; default {default})"
        ).format(low=MIN_YEARS, high=MAX_YEARS, default=DEFAULT_YEARS),
    )
    parser.add_argument(
        "--seed",
        type=whole_number,
        default=DEFAULT_SEED,
        metavar=_("SEED"),
        help=_("the same seed gives the same data (default {default})").format(
            default=DEFAULT_SEED
        ),
    )
    parser.set_defaults(handler=run_demo, writes=True)


def years_type(value: str) -> int:
    try:
        years = int(value)
    except ValueError:
        years = 0
    if not MIN_YEARS <= years <= MAX_YEARS:
        raise argparse.ArgumentTypeError(
            _("{value} is not a number of years from {low} to {high}").format(
                value=value, low=MIN_YEARS, high=MAX_YEARS
            )
        )
    return years


def run_demo(args: argparse.Namespace, context: CommandContext) -> int:
    from planner.demo.generator import fill_demo
    from planner.i18n.formatting import format_number

    if args.years > SLOW_YEARS:
        print(_("Writing the demo data; this takes a few seconds…"), file=sys.stderr)
    summary = fill_demo(
        context.database, years=args.years, seed=args.seed, language=context.language
    )
    if args.lang:
        _remember_language(context, args.lang)
    counts = {key: format_number(value) for key, value in summary.counts.items()}
    print(
        ngettext(
            "Added {years} year of demo data ({first}–{last}) to {path}:",
            "Added {years} years of demo data ({first}–{last}) to {path}:",
            summary.years,
        ).format(
            years=summary.years,
            first=summary.first_year,
            last=summary.last_year,
            path=context.data_dir,
        )
    )
    print(
        _(
            "{assessments} assessments, {plan_items} plan items, {log_entries} log entries, "
            "{job_postings} job postings, {year_plans} yearly plans with {goals} goals."
        ).format(
            assessments=counts["assessments"],
            plan_items=counts["plan_items"],
            log_entries=counts["log_entries"],
            job_postings=counts["job_postings"],
            year_plans=counts["year_plans"],
            goals=counts["goals"],
        )
    )
    return EXIT_OK


def _remember_language(context: CommandContext, language: str) -> None:
    """Open the window in the demo's language, unless one is already chosen."""
    from planner.settings import Settings

    settings = Settings(context.data_dir)
    if settings.get("language") is None:
        settings.set("language", language)
