"""The advisor: which areas fit a person, which road to take, and why.

It follows the Norwegian article. Each channel suits some natural strengths
(technical, creative, analytical, people and persuasion). Build a base
understanding of every channel plus one, maybe two, areas of depth (a
T-shape). Know your strengths first and only then let the job market inform
the choice, because the market changes faster than your personality: so
strengths decide the ranking and market demand only breaks near-ties.

Everything that tunes the advice is in :mod:`planner.domain.advisor_rules`:
one profile per area and a few named constants. This module only applies them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from planner.domain.advisor_rules import (
    ANALYTICAL,
    BASE_LEVEL,
    COMMUNICATION_FOCUS,
    CREATIVE,
    DEEP_GAP,
    DEMAND_WEIGHT,
    FLAT_COUNT,
    GENERALIST_FOCUS,
    MAX_SEMI_FOCUS,
    MAX_STRENGTH,
    MIN_STRENGTH,
    PEOPLE,
    PROFILES,
    STRATEGY,
    AreaProfile,
)
from planner.domain.enums import Road, StrengthKind
from planner.domain.reasons import ParamValue, Reason, area, road, strength
from planner.domain.skills import AreaLevel
from planner.i18n.markers import N_

__all__ = [
    "BASE_LEVEL",
    "DEMAND_WEIGHT",
    "MAX_STRENGTH",
    "MIN_STRENGTH",
    "PRINCIPLES",
    "PROFILES",
    "Advice",
    "AreaProfile",
    "BreadthGap",
    "ChoiceInput",
    "RankedArea",
    "StrengthsInput",
    "advise",
    "area_fit",
    "breadth_gaps",
    "differences",
    "rank_areas",
    "suggest_road",
    "validate_focus",
]


# --- Sentences --------------------------------------------------------------

PRINCIPLES: tuple[Reason, ...] = (
    Reason(N_("Build a base understanding of every channel, plus one, maybe two, areas of depth.")),
    Reason(
        N_(
            "Know your own strengths first, then let the job market inform the choice:"
            " the market changes faster than your personality."
        )
    ),
)

_STRONGEST = N_("Your strongest side is “{strength}”: {score} of 5.")
_FIT = N_("{area} fits your strengths {fit} of 5.")
_KEY_STRENGTH = N_("{area} asks most for the strength “{strength}”: yours is {score} of 5.")
_HELPING_STRENGTH = N_("{area} is helped by the strength “{strength}”: yours is {score} of 5.")
_DEMAND = N_("Market demand for {area} is {percent} per cent of that for the most-asked-for area.")
_DEMAND_TOP = N_("{area} is the area the job market asks for most.")
_DEMAND_LIFT = N_(
    "{area} ranks above {other} because the job market asks for it more;"
    " your strengths fit both almost equally ({fit} and {other_fit} of 5)."
)
_DEEP = N_(
    "{area} fits your strengths clearly better than any other area (next: {next})."
    " Build depth there, on a base in every channel."
)
_SEMI = N_(
    "Your best areas fit your strengths about equally well. Build depth in two or three"
    " of them, on a base in every channel."
)
_GENERALIST = N_(
    "{area} fits you best, carried by your strengths “{first}” ({first_score} of 5) and"
    " “{second}” ({second_score} of 5). Leadership and strategic, commercial thinking can be"
    " your specialism, on a broad base in every channel."
)
_COMMUNICATION = N_(
    "{area} fits you best, and your strength “{first}” ({first_score} of 5) is above"
    " “{second}” ({second_score} of 5): communication and brand, as brand managers do,"
    " may suit you, with digital marketing as a broad base."
)
_FLAT = N_(
    "Your strengths fit most areas about equally well, so no channel stands out. A broad"
    " base with leadership and strategic thinking as your specialism may suit you; let the"
    " job market suggest where to add depth."
)
_NOT_ASSESSED = N_("{area} has no assessed level yet: the T-shape needs a base in every channel.")
_BELOW_BASE = N_("{area} is at level {current}, below the base of {base} that every channel needs.")
_TARGET_BELOW_BASE = N_("Your target for {area}, {target}, does not reach the base either.")
_DIFFERS = N_(
    "Your choice differs from the suggestion. This is advice, not a rule: your choice stands."
)
_DIFFERS_ROAD = N_("You chose the road “{chosen}”; the advisor suggests “{suggested}”.")
_DIFFERS_CHOSEN = N_("You chose {area}, which ranks {rank} of {total} for your strengths.")
_DIFFERS_SUGGESTED = N_(
    "The advisor suggests {area} (rank {rank} of {total}), which you did not choose."
)
_UNKNOWN_AREA = N_("“{key}” is not a known area.")
_DUPLICATE_AREA = N_("{area} is chosen more than once.")
_DEEP_COUNT = N_("A deep specialist focuses on exactly one area.")
_SEMI_COUNT = N_("A semi-specialist focuses on two or three areas.")
_GENERALIST_ONLY = N_(
    "A generalist leader specialises in strategy and leadership; the channels are the broad"
    " base, so no channel is a focus area."
)
_COMMUNICATION_ONLY = N_(
    "On the communication and brand road digital marketing is the broad base:"
    " only strategy and social media can be focus areas."
)

_EPSILON = 1e-9  # fits are means of small integers; compare them without float noise

# --- Inputs and outputs -----------------------------------------------------


@dataclass(frozen=True)
class StrengthsInput:
    technical: int
    creative: int
    analytical: int
    people: int

    def __post_init__(self) -> None:
        for kind in StrengthKind:
            value = self.of(kind)
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{kind.value} must be a whole number, not {value!r}")
            if not MIN_STRENGTH <= value <= MAX_STRENGTH:
                raise ValueError(f"{kind.value} {value} is outside {MIN_STRENGTH}-{MAX_STRENGTH}")

    def of(self, kind: StrengthKind) -> int:
        value: int = getattr(self, kind.value)
        return value


@dataclass(frozen=True)
class ChoiceInput:
    """The road and focus areas the user has chosen (their current choice)."""

    road: Road
    focus: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "focus", tuple(self.focus))


@dataclass(frozen=True)
class RankedArea:
    rank: int  # 1 is the best fit
    area_key: str
    fit: float  # weighted mean of the strengths the area asks for, 1-5
    demand: float | None  # the market's demand weight 0..1, None without a tally
    score: float  # fit + DEMAND_WEIGHT * demand: what the ranking sorts by
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class BreadthGap:
    area_key: str
    current: float | None
    target: float | None
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Advice:
    ranking: tuple[RankedArea, ...]
    road: Road
    focus: tuple[str, ...]
    road_reasons: tuple[Reason, ...]
    strengths: tuple[Reason, ...]  # the user's strongest sides, named
    breadth_gaps: tuple[BreadthGap, ...]  # empty when no levels were given
    differs: tuple[Reason, ...]  # empty without a choice or when it matches
    choice_problems: tuple[Reason, ...]  # validate_focus() of the choice
    principles: tuple[Reason, ...] = PRINCIPLES

    def area(self, key: str) -> RankedArea:
        return next(ranked for ranked in self.ranking if ranked.area_key == key)


# --- Ranking ----------------------------------------------------------------


def area_fit(strengths: StrengthsInput, area_key: str) -> float:
    """The mean of the person's strengths, weighted by what the area asks for (1-5)."""
    weights = PROFILES[area_key].weights
    total = sum(weight * strengths.of(kind) for kind, weight in weights.items())
    return total / sum(weights.values())


def _strength_reasons(strengths: StrengthsInput, area_key: str) -> list[Reason]:
    weights = PROFILES[area_key].weights
    top = max(weights.values())
    reasons = []
    for kind, weight in sorted(weights.items(), key=lambda item: -item[1]):
        template = _KEY_STRENGTH if weight == top else _HELPING_STRENGTH
        params: dict[str, ParamValue] = {
            "area": area(area_key),
            "strength": strength(kind),
            "score": strengths.of(kind),
        }
        reasons.append(Reason(template, params))
    return reasons


def _check_demand(demand: Mapping[str, float] | None) -> None:
    for key, value in (demand or {}).items():
        if not 0 <= value <= 1:
            raise ValueError(f"demand {value!r} for {key} is outside 0-1")


def rank_areas(
    strengths: StrengthsInput, demand: Mapping[str, float] | None = None
) -> tuple[RankedArea, ...]:
    """The six areas, best fit first, each with the reasons for its place.

    Demand keys that are not profiled areas are ignored; a profiled area
    missing from ``demand`` has demand 0 (the market did not ask for it).
    """
    _check_demand(demand)
    rows = []
    for order, key in enumerate(PROFILES):
        fit = area_fit(strengths, key)
        weight = None if demand is None else demand.get(key, 0.0)
        score = fit + DEMAND_WEIGHT * (weight or 0.0)
        rows.append((key, fit, weight, score, order))
    # Round away float noise so exact ties fall back to fit, then catalogue order.
    rows.sort(key=lambda row: (-round(row[3], 9), -round(row[1], 9), row[4]))
    ranking = []
    for rank, (key, fit, weight, score, _) in enumerate(rows, start=1):
        reasons = [
            Reason(_FIT, {"area": area(key), "fit": round(fit, 1)}),
            Reason(PROFILES[key].note),
            *_strength_reasons(strengths, key),
        ]
        if weight == 1:
            reasons.append(Reason(_DEMAND_TOP, {"area": area(key)}))
        elif weight is not None:
            reasons.append(Reason(_DEMAND, {"area": area(key), "percent": round(weight * 100)}))
        for other_key, other_fit, *_ in rows[rank:]:
            if other_fit > fit + _EPSILON:  # ranked below yet fitting better: demand did it
                params: dict[str, ParamValue] = {
                    "area": area(key),
                    "other": area(other_key),
                    "fit": round(fit, 1),
                    "other_fit": round(other_fit, 1),
                }
                reasons.append(Reason(_DEMAND_LIFT, params))
        ranking.append(RankedArea(rank, key, fit, weight, score, tuple(reasons)))
    return tuple(ranking)


# --- Road and focus ---------------------------------------------------------


def _pair(
    first: StrengthKind, second: StrengthKind, strengths: StrengthsInput
) -> dict[str, ParamValue]:
    return {
        "first": strength(first),
        "first_score": strengths.of(first),
        "second": strength(second),
        "second_score": strengths.of(second),
    }


def suggest_road(
    ranking: tuple[RankedArea, ...], strengths: StrengthsInput
) -> tuple[Road, tuple[str, ...], tuple[Reason, ...]]:
    """The road, its focus areas and why, from a ranking (rules in order):

    1. Strategy ranks first: its specialism is a road of its own. More
       analytical than creative -> generalist leader; otherwise communication
       and brand (with social media as a second focus when it ranks second).
    2. One area's fit leads all others by DEEP_GAP -> deep specialist in it.
    3. FLAT_COUNT or more areas within DEEP_GAP of the best -> nothing stands
       out: generalist leader (strategy as focus when it is among them).
    4. Otherwise -> semi-specialist in the two or three close areas.
    """
    top = ranking[0]
    if top.area_key == STRATEGY:
        if strengths.analytical >= strengths.creative:
            params = {"area": area(STRATEGY), **_pair(PEOPLE, ANALYTICAL, strengths)}
            return Road.GENERALIST_LEADER, (STRATEGY,), (Reason(_GENERALIST, params),)
        focus: tuple[str, ...] = (STRATEGY,)
        if ranking[1].area_key == "social_media":
            focus = (STRATEGY, "social_media")
        params = {"area": area(STRATEGY), **_pair(CREATIVE, ANALYTICAL, strengths)}
        return Road.COMMUNICATION_BRAND, focus, (Reason(_COMMUNICATION, params),)
    best = max(ranked.fit for ranked in ranking)
    close = [ranked for ranked in ranking if best - ranked.fit < DEEP_GAP - _EPSILON]
    if len(close) == 1:  # it is ranking[0] too: DEEP_GAP > DEMAND_WEIGHT
        params = {"area": area(close[0].area_key), "next": area(ranking[1].area_key)}
        return Road.DEEP_SPECIALIST, (close[0].area_key,), (Reason(_DEEP, params),)
    if len(close) >= FLAT_COUNT:
        focus = (STRATEGY,) if any(ranked.area_key == STRATEGY for ranked in close) else ()
        return Road.GENERALIST_LEADER, focus, (Reason(_FLAT),)
    focus = tuple(ranked.area_key for ranked in close[:MAX_SEMI_FOCUS])
    return Road.SEMI_SPECIALIST, focus, (Reason(_SEMI),)


def validate_focus(chosen_road: Road, focus_area_keys: Iterable[str]) -> list[Reason]:
    """Problems with a road's focus areas; empty when it is consistent.

    - deep specialist: exactly one area;
    - semi-specialist: two or three areas;
    - generalist leader: none, or strategy (its specialism is leadership and
      strategic thinking; every channel is part of the broad base);
    - communication and brand: none, strategy, social media or both (digital
      marketing is the base; brand strategy and communication are the depth).
    """
    keys = list(focus_area_keys)
    problems = [Reason(_UNKNOWN_AREA, {"key": key}) for key in keys if key not in PROFILES]
    seen: set[str] = set()
    for key in keys:
        if key in seen and key in PROFILES:
            problems.append(Reason(_DUPLICATE_AREA, {"area": area(key)}))
        seen.add(key)
    count = len(seen)
    if chosen_road is Road.DEEP_SPECIALIST and count != 1:
        problems.append(Reason(_DEEP_COUNT))
    elif chosen_road is Road.SEMI_SPECIALIST and not 2 <= count <= MAX_SEMI_FOCUS:
        problems.append(Reason(_SEMI_COUNT))
    elif chosen_road is Road.GENERALIST_LEADER and not seen <= GENERALIST_FOCUS:
        problems.append(Reason(_GENERALIST_ONLY))
    elif chosen_road is Road.COMMUNICATION_BRAND and not seen <= COMMUNICATION_FOCUS:
        problems.append(Reason(_COMMUNICATION_ONLY))
    return problems


# --- Breadth and the user's choice -----------------------------------------


def breadth_gaps(levels: Mapping[str, AreaLevel]) -> tuple[BreadthGap, ...]:
    """Areas without the base every channel needs: below BASE_LEVEL or not assessed."""
    gaps = []
    for key in PROFILES:
        level = levels.get(key, AreaLevel())
        if level.current is None:
            reasons = [Reason(_NOT_ASSESSED, {"area": area(key)})]
        elif level.current < BASE_LEVEL:
            params: dict[str, ParamValue] = {
                "area": area(key),
                "current": level.current,
                "base": BASE_LEVEL,
            }
            reasons = [Reason(_BELOW_BASE, params)]
        else:
            continue
        if level.target is not None and level.target < BASE_LEVEL:
            reasons.append(Reason(_TARGET_BELOW_BASE, {"area": area(key), "target": level.target}))
        gaps.append(BreadthGap(key, level.current, level.target, tuple(reasons)))
    return tuple(gaps)


def differences(
    choice: ChoiceInput,
    suggested_road: Road,
    suggested_focus: tuple[str, ...],
    ranking: tuple[RankedArea, ...],
) -> tuple[Reason, ...]:
    """A plain note on how the choice differs from the suggestion; never a blocker."""
    if choice.road is suggested_road and set(choice.focus) == set(suggested_focus):
        return ()
    ranks = {ranked.area_key: ranked.rank for ranked in ranking}
    total = len(ranking)
    notes = [Reason(_DIFFERS)]
    if choice.road is not suggested_road:
        chosen, suggested = road(choice.road), road(suggested_road)
        notes.append(Reason(_DIFFERS_ROAD, {"chosen": chosen, "suggested": suggested}))
    params: dict[str, ParamValue]
    for key in dict.fromkeys(choice.focus):
        if key in ranks and key not in suggested_focus:
            params = {"area": area(key), "rank": ranks[key], "total": total}
            notes.append(Reason(_DIFFERS_CHOSEN, params))
    for key in suggested_focus:
        if key not in choice.focus:
            params = {"area": area(key), "rank": ranks[key], "total": total}
            notes.append(Reason(_DIFFERS_SUGGESTED, params))
    return tuple(notes)


def _strongest(strengths: StrengthsInput) -> tuple[Reason, ...]:
    top = max(strengths.of(kind) for kind in StrengthKind)
    return tuple(
        Reason(_STRONGEST, {"strength": strength(kind), "score": top})
        for kind in StrengthKind
        if strengths.of(kind) == top
    )


def advise(
    strengths: StrengthsInput,
    levels: Mapping[str, AreaLevel] | None = None,
    demand: Mapping[str, float] | None = None,
    choice: ChoiceInput | None = None,
) -> Advice:
    """Rank the areas, suggest a road and focus, name breadth gaps, compare with the choice."""
    ranking = rank_areas(strengths, demand)
    suggested_road, focus, road_reasons = suggest_road(ranking, strengths)
    return Advice(
        ranking=ranking,
        road=suggested_road,
        focus=focus,
        road_reasons=road_reasons,
        strengths=_strongest(strengths),
        breadth_gaps=breadth_gaps(levels) if levels is not None else (),
        differs=differences(choice, suggested_road, focus, ranking) if choice else (),
        choice_problems=tuple(validate_focus(choice.road, choice.focus)) if choice else (),
    )
