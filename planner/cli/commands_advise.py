"""``career-planner advise``: the ranked areas, the suggested road and why, as text."""

from __future__ import annotations

import argparse

from planner.cli.common import EXIT_OK, CommandContext
from planner.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "advise",
        help=_("rank the areas by how well they fit your strengths, and suggest a road"),
    )
    parser.set_defaults(handler=run_advise)


def run_advise(args: argparse.Namespace, context: CommandContext) -> int:
    from planner.i18n.formatting import format_date, format_number
    from planner.store.profile import ProfileStore
    from planner.text.advice import focus_text, reason_text, suggestion_text
    from planner.text.labels import area_name

    inputs = ProfileStore(context.database).advisor_inputs()
    advice = inputs.advice()
    if advice is None or inputs.strengths is None:
        print(
            _(
                "No strengths are recorded yet. Rate your strengths on the page"
                " “Strengths and specialisation” in the window (or in the first-run guide),"
                " then ask again."
            )
        )
        return EXIT_OK

    strengths = inputs.strengths
    print(_("Strengths from {date}").format(date=format_date(strengths.assessed_on)))
    for reason in advice.strengths:
        print("  " + reason_text(reason))
    if inputs.demand_year is not None:
        print(
            _("Market demand from {count} job postings read in {year}.").format(
                count=format_number(inputs.postings), year=inputs.demand_year
            )
        )
    else:
        print(_("No job postings read yet: the ranking follows your strengths alone."))
    print()
    print(_("Areas, best fit first"))
    for ranked in advice.ranking:
        print(
            _("{rank}. {area} (fit {fit} of 5)").format(
                rank=ranked.rank, area=area_name(ranked.area_key), fit=format_number(ranked.fit, 1)
            )
        )
        for reason in ranked.reasons:
            print("     " + reason_text(reason))
    print()
    print(suggestion_text(advice))
    for reason in advice.road_reasons:
        print("  " + reason_text(reason))
    if advice.breadth_gaps:
        print()
        print(_("Breadth gaps"))
        for gap in advice.breadth_gaps:
            for reason in gap.reasons:
                print("  " + reason_text(reason))
    if inputs.choice is not None:
        print()
        print(
            _("Your choice from {date}: {road}. Focus: {focus}.").format(
                date=format_date(inputs.choice.chosen_on),
                road=_(inputs.choice.road.label),
                focus=focus_text(inputs.choice.focus),
            )
        )
        for reason in (*advice.choice_problems, *advice.differs):
            print("  " + reason_text(reason))
        if not advice.differs:
            print("  " + _("Your choice matches the suggestion."))
    print()
    print(_("What practitioners advise"))
    for reason in advice.principles:
        print("  " + reason_text(reason))
    return EXIT_OK
