"""Learning plan and log: totals, the peer/formal balance and which gaps a plan covers.

The Swahili article: formal education lags a fast-moving field, so
practitioners keep learning from peers and mentors *and* personal (formal)
education in balance, and ask which skills they need to build right now and
where they can build them. The grouping of learning types into those two
sides lives in :data:`planner.domain.enums.LEARNING_GROUPS`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from planner.domain.enums import LEARNING_GROUPS, LearningGroup, LearningType, PlanStatus
from planner.domain.reasons import Reason
from planner.domain.skills import SkillState
from planner.i18n.markers import N_

MIN_MINUTES = 1
MAX_MINUTES = 24 * 60  # one entry is one day's learning at most

BALANCE_MIN_SHARE = 0.25
"""Below this part of peer + formal minutes, a side counts as neglected."""

CLOSED_STATUSES = frozenset({PlanStatus.DONE, PlanStatus.DROPPED})
"""Plan items with these statuses no longer build anything."""

_MINUTES_PROBLEM = N_("Minutes must be a whole number from 1 to 1440 (one day).")
_BALANCE_NONE = N_(
    "No peer learning or formal education logged this year. Mix both: learn from colleagues"
    " and mentors, and take a course or certification you trust."
)
_BALANCE_ADD_PEER = N_(
    "Only {percent} per cent of your peer and formal learning came from peers and mentors. Formal"
    " education lags the field: add colleagues, mentors, communities or lists of people worth"
    " following."
)
_BALANCE_ADD_FORMAL = N_(
    "Only {percent} per cent of your peer and formal learning was formal education."
    " A trusted course, a certification or a degree gives a solid foundation: add one."
)
_BALANCE_OK = N_(
    "Peer learning and formal education are in balance:"
    " {percent} per cent of the two came from peers."
)


@dataclass(frozen=True)
class LogEntry:
    day: dt.date
    minutes: int
    type: LearningType
    plan_item_id: int | None = None
    skill_keys: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        object.__setattr__(self, "skill_keys", frozenset(self.skill_keys))

    @property
    def group(self) -> LearningGroup:
        return LEARNING_GROUPS[self.type]


@dataclass(frozen=True)
class PlanItem:
    id: int
    title: str
    skill_keys: frozenset[str]
    status: PlanStatus
    estimated_hours: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "skill_keys", frozenset(self.skill_keys))

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES


@dataclass(frozen=True)
class Balance:
    year: int
    peer_minutes: int
    formal_minutes: int
    self_directed_minutes: int
    peer_share: float | None  # peer / (peer + formal); None when both are zero
    advice: Reason


@dataclass(frozen=True)
class GapCoverage:
    skill_key: str
    current: int | None
    target: int
    items: tuple[PlanItem, ...]  # open plan items that build the skill

    @property
    def gap(self) -> int:
        return self.target - (self.current or 0)


@dataclass(frozen=True)
class Coverage:
    covered: tuple[GapCoverage, ...]
    uncovered: tuple[GapCoverage, ...]  # gaps no open plan item builds


@dataclass(frozen=True)
class ItemProgress:
    item_id: int
    logged_minutes: int
    estimated_hours: float | None

    @property
    def logged_hours(self) -> float:
        return self.logged_minutes / 60

    @property
    def done_share(self) -> float | None:
        """Logged over estimated hours; may pass 1.0. None without an estimate."""
        if not self.estimated_hours:
            return None
        return self.logged_hours / self.estimated_hours


@dataclass(frozen=True)
class PeriodTotals:
    week_minutes: int
    month_minutes: int
    year_minutes: int


def validate_minutes(minutes: object) -> list[Reason]:
    """Problems with a log entry's minutes: a whole number, 1 to 1440."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        return [Reason(_MINUTES_PROBLEM)]
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        return [Reason(_MINUTES_PROBLEM)]
    return []


def minutes_by_group(
    entries: Iterable[LogEntry], start: dt.date, end: dt.date
) -> dict[LearningGroup, int]:
    """Minutes per learning group from ``start`` to ``end``, both included; every group present."""
    totals = dict.fromkeys(LearningGroup, 0)
    for entry in entries:
        if start <= entry.day <= end:
            totals[entry.group] += entry.minutes
    return totals


def peer_formal_balance(entries: Iterable[LogEntry], year: int) -> Balance:
    """Peer against formal learning in ``year``, with one sentence of advice.

    Self-directed learning (books, projects) is neither side, so it is
    counted but left out of the share.
    """
    totals = minutes_by_group(entries, dt.date(year, 1, 1), dt.date(year, 12, 31))
    peer, formal = totals[LearningGroup.PEER], totals[LearningGroup.FORMAL]
    both = peer + formal
    share = peer / both if both else None
    if share is None:
        advice = Reason(_BALANCE_NONE)
    elif share < BALANCE_MIN_SHARE:
        advice = Reason(_BALANCE_ADD_PEER, {"percent": round(share * 100)})
    elif 1 - share < BALANCE_MIN_SHARE:
        advice = Reason(_BALANCE_ADD_FORMAL, {"percent": round((1 - share) * 100)})
    else:
        advice = Reason(_BALANCE_OK, {"percent": round(share * 100)})
    return Balance(year, peer, formal, totals[LearningGroup.SELF_DIRECTED], share, advice)


def gap_coverage(skills: Iterable[SkillState], items: Iterable[PlanItem]) -> Coverage:
    """For every skill whose target is above its current level, the open items building it.

    A skill with a target but no assessment counts from level 0: there is
    still something to build, and an unplanned target should show up.
    """
    open_items = [item for item in items if item.is_open]
    covered: list[GapCoverage] = []
    uncovered: list[GapCoverage] = []
    for state in skills:
        if state.target is None or state.target <= (state.current or 0):
            continue
        building = tuple(item for item in open_items if state.key in item.skill_keys)
        row = GapCoverage(state.key, state.current, state.target, building)
        (covered if building else uncovered).append(row)
    return Coverage(tuple(covered), tuple(uncovered))


def hours_per_item(
    items: Iterable[PlanItem], entries: Iterable[LogEntry]
) -> tuple[ItemProgress, ...]:
    """Minutes logged against each plan item, beside its estimate, in the items' order."""
    logged: dict[int, int] = {}
    for entry in entries:
        if entry.plan_item_id is not None:
            logged[entry.plan_item_id] = logged.get(entry.plan_item_id, 0) + entry.minutes
    return tuple(
        ItemProgress(item.id, logged.get(item.id, 0), item.estimated_hours) for item in items
    )


def period_totals(entries: Iterable[LogEntry], today: dt.date) -> PeriodTotals:
    """Minutes in the ISO week (Monday to Sunday), calendar month and year holding ``today``.

    Whole periods count, so an entry dated later this week is included.
    """
    week_start = today - dt.timedelta(days=today.weekday())
    week_end = week_start + dt.timedelta(days=6)
    week = month = year = 0
    for entry in entries:
        if week_start <= entry.day <= week_end:  # a week may straddle New Year
            week += entry.minutes
        if entry.day.year == today.year:
            year += entry.minutes
            if entry.day.month == today.month:
                month += entry.minutes
    return PeriodTotals(week, month, year)
