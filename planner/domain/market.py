"""The yearly reading of the job market, as the Norwegian article describes it.

Its author analyses the available job postings systematically at least once a
year to see what the market asks for. Here a year's postings become shares
(the part of postings asking for an area or a skill), a change from the year
before, a demand weight for the advisor and a comparison with one's own levels.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from planner.domain.catalogue import AREA_KEYS
from planner.domain.reasons import Label, LabelKind, Reason
from planner.domain.skills import AreaLevel
from planner.i18n.markers import N_

IN_DEMAND_SHARE = 0.3
"""At least this part of postings asking for something makes it "in demand"."""

WEAK_BELOW = 3
"""A current level below Intermediate (3) means not yet able to do routine work alone."""

REMINDER = Reason(N_("No job postings read this year yet: read the market at least once a year."))

_NOT_ASSESSED = N_(
    "The market asks for {name} in {percent} per cent of postings,"
    " and you have not assessed it yet."
)
_WEAK_TARGET_CLOSES = N_(
    "The market asks for {name} in {percent} per cent of postings and you are weak in it"
    " ({current}); your target of {target} would close that."
)
_WEAK_NO_TARGET = N_(
    "The market asks for {name} in {percent} per cent of postings and you are weak in it"
    " ({current}), with no target of {level} or more."
)


@dataclass(frozen=True)
class Posting:
    seen_on: dt.date
    areas: frozenset[str] = field(default_factory=frozenset)
    skills: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        # Accept any iterable of keys; store an immutable set.
        object.__setattr__(self, "areas", frozenset(self.areas))
        object.__setattr__(self, "skills", frozenset(self.skills))


@dataclass(frozen=True)
class YearTally:
    """Shares are ``postings asking for it / postings``, in 0..1.

    ``area_shares`` always holds the default areas (0.0 when not asked for) in
    catalogue order, then other area keys seen; ``skill_shares`` holds the
    skills seen, most asked for first.
    """

    year: int
    postings: int
    area_shares: Mapping[str, float] = field(hash=False)
    skill_shares: Mapping[str, float] = field(hash=False)


@dataclass(frozen=True)
class ShareChange:
    key: str
    share: float
    previous_share: float | None
    points: float | None  # percentage points, one decimal; None when a year has no postings


@dataclass(frozen=True)
class YearComparison:
    year: int
    postings: int
    previous_postings: int
    areas: tuple[ShareChange, ...]
    skills: tuple[ShareChange, ...]


@dataclass(frozen=True)
class DemandRow:
    key: str
    share: float
    current: float | None
    target: float | None
    weak_in_demand: bool
    reason: Reason | None  # set when weak_in_demand


def _shares(counts: Counter[str], total: int) -> dict[str, float]:
    return {key: count / total for key, count in counts.items()} if total else {}


def tally(postings: Iterable[Posting], year: int) -> YearTally:
    """The market in ``year``: how many postings, and the share asking for each thing."""
    in_year = [p for p in postings if p.seen_on.year == year]
    total = len(in_year)
    areas = _shares(Counter(key for p in in_year for key in p.areas), total)
    skills = _shares(Counter(key for p in in_year for key in p.skills), total)
    area_shares = {key: areas.get(key, 0.0) for key in AREA_KEYS}
    area_shares.update(sorted((k, v) for k, v in areas.items() if k not in area_shares))
    skill_shares = dict(sorted(skills.items(), key=lambda item: (-item[1], item[0])))
    return YearTally(year, total, area_shares, skill_shares)


def _changes(
    now: Mapping[str, float], before: Mapping[str, float], comparable: bool
) -> tuple[ShareChange, ...]:
    keys = dict.fromkeys([*now, *before])
    rows = []
    for key in keys:
        share = now.get(key, 0.0)
        previous = before.get(key, 0.0) if comparable else None
        points = round((share - previous) * 100, 1) if previous is not None else None
        rows.append(ShareChange(key, share, previous, points))
    return tuple(rows)


def compare_years(postings: Iterable[Posting], year: int) -> YearComparison:
    """``year`` against the year before, in percentage points.

    A change needs postings in both years: with none in one of them a share of
    zero means "not read", not "not asked for", so the change is None.
    """
    postings = list(postings)
    now, before = tally(postings, year), tally(postings, year - 1)
    comparable = now.postings > 0 and before.postings > 0
    return YearComparison(
        year=year,
        postings=now.postings,
        previous_postings=before.postings,
        areas=_changes(now.area_shares, before.area_shares, comparable),
        skills=_changes(now.skill_shares, before.skill_shares, comparable),
    )


def demand_weights(year_tally: YearTally) -> dict[str, float]:
    """Per area, its share divided by the largest share: the top area is 1.0.

    Normalised rather than the raw share because the raw share depends on how
    broadly postings were tagged and how many were read, while the advisor
    needs the order and the relative gaps between areas; normalising also lets
    the advisor's demand weight mean the same every year. No postings: all 0.
    """
    top = max(year_tally.area_shares.values(), default=0.0)
    if top == 0:
        return dict.fromkeys(year_tally.area_shares, 0.0)
    return {key: share / top for key, share in year_tally.area_shares.items()}


def _flag(key: str, share: float, level: AreaLevel, kind: LabelKind) -> Reason | None:
    if share < IN_DEMAND_SHARE:
        return None
    params: dict[str, str | int | float | Label] = {
        "name": Label(kind, key),
        "percent": round(share * 100),
    }
    if level.current is None:
        return Reason(_NOT_ASSESSED, params)
    if level.current >= WEAK_BELOW:
        return None
    params["current"] = level.current
    if level.target is not None and level.target >= WEAK_BELOW:
        return Reason(_WEAK_TARGET_CLOSES, {**params, "target": level.target})
    return Reason(_WEAK_NO_TARGET, {**params, "level": WEAK_BELOW})


def demand_vs_level(
    shares: Mapping[str, float],
    levels: Mapping[str, AreaLevel],
    kind: LabelKind = LabelKind.AREA,
) -> tuple[DemandRow, ...]:
    """Market share beside one's own level, most asked for first.

    Works for areas (``tally.area_shares`` with area levels) and for skills
    (``tally.skill_shares`` with skill levels, ``kind=LabelKind.SKILL``).
    The flag "the market asks for this and I am weak in it" is raised when
    the share is at least :data:`IN_DEMAND_SHARE` and the current level is
    below :data:`WEAK_BELOW` or not assessed at all.
    """
    rows = []
    for key in dict.fromkeys([*shares, *levels]):
        share = shares.get(key, 0.0)
        level = levels.get(key, AreaLevel())
        reason = _flag(key, share, level, kind)
        rows.append(DemandRow(key, share, level.current, level.target, reason is not None, reason))
    return tuple(sorted(rows, key=lambda row: -row.share))


def needs_reminder(posting_dates: Iterable[dt.date], today: dt.date) -> bool:
    """True when no posting was read in ``today``'s year (the article: at least yearly)."""
    return not any(day.year == today.year for day in posting_dates)
