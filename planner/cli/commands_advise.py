"""``career-planner advise``: the ranked areas, the suggested road and why, as text."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import TYPE_CHECKING

from planner.cli.common import EXIT_OK, CommandContext
from planner.i18n import _

if TYPE_CHECKING:
    from planner.domain.advisor import Advice
    from planner.domain.reasons import Reason
    from planner.store.profile import AdvisorInputs, ChoiceRecord, StrengthsRecord


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "advise",
        help=_("rank the areas by how well they fit your strengths, and suggest a road"),
    )
    parser.set_defaults(handler=run_advise)


def run_advise(args: argparse.Namespace, context: CommandContext) -> int:
    from planner.store.profile import ProfileStore

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
    _print_strengths(inputs.strengths, inputs, advice)
    print()
    _print_ranking(advice)
    print()
    _print_road(advice)
    if inputs.choice is not None:
        print()
        _print_choice(inputs.choice, advice)
    print()
    print(_("What practitioners advise"))
    _print_reasons(advice.principles)
    return EXIT_OK


def _print_reasons(reasons: Iterable[Reason], indent: str = "  ") -> None:
    from planner.text.advice import reason_text

    for reason in reasons:
        print(indent + reason_text(reason))


def _print_strengths(strengths: StrengthsRecord, inputs: AdvisorInputs, advice: Advice) -> None:
    from planner.i18n.formatting import format_date, format_number

    print(_("Strengths from {date}").format(date=format_date(strengths.assessed_on)))
    _print_reasons(advice.strengths)
    if inputs.demand_year is not None:
        print(
            _("Market demand from {count} job postings read in {year}.").format(
                count=format_number(inputs.postings), year=inputs.demand_year
            )
        )
    else:
        print(_("No job postings read yet: the ranking follows your strengths alone."))


def _print_ranking(advice: Advice) -> None:
    from planner.i18n.formatting import format_number
    from planner.text.labels import area_name

    print(_("Areas, best fit first"))
    for ranked in advice.ranking:
        print(
            _("{rank}. {area} (fit {fit} of 5)").format(
                rank=ranked.rank, area=area_name(ranked.area_key), fit=format_number(ranked.fit, 1)
            )
        )
        _print_reasons(ranked.reasons, "     ")


def _print_road(advice: Advice) -> None:
    from planner.text.advice import suggestion_text

    print(suggestion_text(advice))
    _print_reasons(advice.road_reasons)
    if advice.breadth_gaps:
        print()
        print(_("Breadth gaps"))
        for gap in advice.breadth_gaps:
            _print_reasons(gap.reasons)


def _print_choice(choice: ChoiceRecord, advice: Advice) -> None:
    from planner.i18n.formatting import format_date
    from planner.text.advice import focus_text

    print(
        _("Your choice from {date}: {road}. Focus: {focus}.").format(
            date=format_date(choice.chosen_on),
            road=_(choice.road.label),
            focus=focus_text(choice.focus),
        )
    )
    _print_reasons((*advice.choice_problems, *advice.differs))
    if not advice.differs:
        print("  " + _("Your choice matches the suggestion."))
