"""Everything one year's development plan document shows, read in one go.

Data in, records out: the printed plan, the year plan page and the CLI use
the same figures. The review of last year is computed from the data (hours
by learning group and by area, level changes over the year, items completed,
the job market read that year) beside the review the person wrote.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain import market
from planner.domain.enums import GoalStatus, LearningGroup, LearningType, PlanStatus, Road
from planner.domain.learning import LogEntry as DomainLogEntry
from planner.domain.learning import minutes_by_group
from planner.domain.skills import AreaLevel, skill_states
from planner.domain.skills import Assessment as DomainAssessment
from planner.store import figures
from planner.store.database import Database
from planner.store.models import (
    Area,
    Assessment,
    LogEntry,
    PlanItem,
    Profile,
    Skill,
    SpecialisationChoice,
    choice_focus_areas,
    log_entry_skills,
)
from planner.store.yearplan import GoalRecord, PlanItemRecord, YearPlanStore

TOP_MARKET_AREAS = 3


@dataclass(frozen=True)
class Focus:
    chosen_on: dt.date
    road: Road
    area_keys: tuple[str, ...]
    rationale: str
    review_on: dt.date | None = None


@dataclass(frozen=True)
class LevelChange:
    skill_key: str
    custom_name: str | None
    area_key: str
    start: int | None  # None: not assessed before the year
    end: int

    @property
    def key(self) -> str:  # for planner.text.labels.skill_name
        return self.skill_key


@dataclass(frozen=True)
class ReviewSummary:
    """The year before the plan's year, in figures."""

    year: int
    written: str  # what the person wrote looking back (plain text)
    minutes_by_group: Mapping[LearningGroup, int] = field(hash=False)
    minutes_by_area: Mapping[str, int] = field(hash=False)  # area key -> minutes, largest first
    total_minutes: int
    level_changes: tuple[LevelChange, ...]
    items_done: int
    items_total: int
    goals_done: int
    goals_total: int
    postings: int
    top_areas: tuple[tuple[str, float], ...]  # (area key, share of postings), largest first


@dataclass(frozen=True)
class RadarArea:
    area_key: str
    start: float | None
    now: float | None
    target: float | None


@dataclass(frozen=True)
class CertificationValidity:
    """A certification and the last day it is valid (the printed plan lists them)."""

    id: int
    title: str
    valid_until: dt.date


@dataclass(frozen=True)
class YearDocument:
    year: int
    as_of: dt.date  # "now" of the radar: the year's last day, or today in a running year
    person_name: str
    person_role: str
    focus: Focus | None
    notes: str
    goals: tuple[GoalRecord, ...]
    items: tuple[PlanItemRecord, ...]
    item_minutes: int
    cost_by_currency: Mapping[str, int] = field(hash=False)  # ISO code -> minor units
    radar: tuple[RadarArea, ...] = ()
    hours_this_year: Mapping[LearningGroup, int] = field(default_factory=dict, hash=False)
    review: ReviewSummary | None = None
    # Certifications valid on the year's first day or later, by the last valid day.
    certifications: tuple[CertificationValidity, ...] = ()


def year_document(database: Database, year: int, today: dt.date | None = None) -> YearDocument:
    today = today or dt.date.today()
    store = YearPlanStore(database)
    plan = store.plan(year)
    goals = tuple(store.goals(year))
    items = tuple(store.plan_items(year))
    as_of = min(dt.date(year, 12, 31), max(today, dt.date(year, 1, 1)))
    with database.reading() as session:
        profile = session.get(Profile, 1)
        focus = _focus(session, dt.date(year, 12, 31))
        area_skills, _targets, custom_names = _skills(session)
        assessments = _assessments(session, dt.date(year, 12, 31))
        entries = _log_entries(session, year - 1, year)
        area_minutes = _minutes_by_area(session, year - 1)
        postings = figures.market_postings(session, (year - 1,))
        radar = _radar(session, area_skills, dt.date(year - 1, 12, 31), as_of)
        certifications = _certifications(session, dt.date(year, 1, 1))
    review = _review_summary(
        store,
        year - 1,
        plan.review if plan else "",
        by_group=minutes_by_group(entries, dt.date(year - 1, 1, 1), dt.date(year - 1, 12, 31)),
        by_area=area_minutes,
        changes=_level_changes(assessments, area_skills, custom_names, year - 1),
        tally=market.tally(postings, year - 1),
    )
    return YearDocument(
        year=year,
        as_of=as_of,
        person_name=profile.name if profile else "",
        person_role=profile.role if profile else "",
        focus=focus,
        notes=plan.notes if plan else "",
        goals=goals,
        items=items,
        item_minutes=sum(i.logged_minutes for i in items),
        cost_by_currency=_cost_by_currency(items),
        radar=radar,
        hours_this_year=minutes_by_group(entries, dt.date(year, 1, 1), dt.date(year, 12, 31)),
        review=review,
        certifications=certifications,
    )


def _cost_by_currency(items: Iterable[PlanItemRecord]) -> dict[str, int]:
    cost: dict[str, int] = defaultdict(int)
    for item in items:
        if item.cost_minor and item.currency:
            cost[item.currency] += item.cost_minor
    return dict(sorted(cost.items()))


def _level_changes(
    assessments: list[DomainAssessment],
    area_skills: Mapping[str, Iterable[str]],
    custom_names: Mapping[str, str | None],
    year: int,
) -> tuple[LevelChange, ...]:
    """The skills whose level changed during ``year``, the biggest rise first."""

    def levels_on(day: dt.date) -> dict[str, int]:
        states = skill_states([a for a in assessments if a.day <= day], {})
        return {key: s.current for key, s in states.items() if s.current is not None}

    start_levels = levels_on(dt.date(year - 1, 12, 31))
    end_levels = levels_on(dt.date(year, 12, 31))
    skill_area = {key: area for area, keys in area_skills.items() for key in keys}
    changes = tuple(
        LevelChange(key, custom_names.get(key), skill_area.get(key, ""), start_levels.get(key), end)
        for key, end in end_levels.items()
        if start_levels.get(key) != end and not (key not in start_levels and end == 0)
    )
    return tuple(sorted(changes, key=lambda c: (-(c.end - (c.start or 0)), c.skill_key)))


def _review_summary(
    store: YearPlanStore,
    year: int,
    written: str,
    *,
    by_group: dict[LearningGroup, int],
    by_area: dict[str, int],
    changes: tuple[LevelChange, ...],
    tally: market.YearTally,
) -> ReviewSummary:
    """The look back at ``year``: hours, level changes, what got done and the market."""
    goals = store.goals(year)
    items = store.plan_items(year)
    top = tuple(
        (key, share)
        for key, share in sorted(tally.area_shares.items(), key=lambda kv: (-kv[1], kv[0]))
        if share > 0
    )[:TOP_MARKET_AREAS]
    return ReviewSummary(
        year=year,
        written=written,
        minutes_by_group=by_group,
        minutes_by_area=dict(sorted(by_area.items(), key=lambda kv: (-kv[1], kv[0]))),
        total_minutes=sum(by_group.values()),
        level_changes=changes,
        items_done=sum(1 for i in items if i.status == PlanStatus.DONE),
        items_total=sum(1 for i in items if i.status != PlanStatus.DROPPED),
        goals_done=sum(1 for g in goals if g.status == GoalStatus.DONE),
        goals_total=sum(1 for g in goals if g.status != GoalStatus.DROPPED),
        postings=tally.postings,
        top_areas=top,
    )


def _certifications(session: Session, since: dt.date) -> tuple[CertificationValidity, ...]:
    rows = session.execute(
        select(PlanItem.id, PlanItem.title, PlanItem.valid_until)
        .where(
            PlanItem.item_type == LearningType.CERTIFICATION,
            PlanItem.status != PlanStatus.DROPPED,
            PlanItem.valid_until >= since,
        )
        .order_by(PlanItem.valid_until, PlanItem.id)
    )
    return tuple(CertificationValidity(*row) for row in rows)


def _focus(session: Session, until: dt.date) -> Focus | None:
    choice = session.scalar(
        select(SpecialisationChoice)
        .where(SpecialisationChoice.chosen_on <= until)
        .order_by(SpecialisationChoice.chosen_on.desc(), SpecialisationChoice.id.desc())
        .limit(1)
    )
    if choice is None:
        return None
    area_keys = tuple(
        session.scalars(
            select(Area.key)
            .join(choice_focus_areas, choice_focus_areas.c.area_id == Area.id)
            .where(choice_focus_areas.c.choice_id == choice.id)
            .order_by(Area.position)
        )
    )
    return Focus(choice.chosen_on, Road(choice.road), area_keys, choice.rationale, choice.review_on)


def _skills(
    session: Session,
) -> tuple[dict[str, list[str]], dict[str, int], dict[str, str]]:
    area_skills: dict[str, list[str]] = {}
    for (key,) in session.execute(select(Area.key).order_by(Area.position)):
        area_skills[key] = []
    targets: dict[str, int] = {}
    custom: dict[str, str] = {}
    rows = session.execute(
        select(Skill.key, Area.key, Skill.target_level, Skill.name, Skill.is_custom)
        .join(Area)
        .where(Skill.archived.is_(False))
        .order_by(Area.position, Skill.position)
    )
    for key, area_key, target, name, is_custom in rows:
        area_skills.setdefault(area_key, []).append(key)
        if target is not None:
            targets[key] = target
        if is_custom and name:
            custom[key] = name
    return area_skills, targets, custom


def _assessments(session: Session, until: dt.date) -> list[DomainAssessment]:
    rows = session.execute(
        select(Skill.key, Assessment.assessed_on, Assessment.level, Assessment.id)
        .join(Skill)
        .where(Assessment.assessed_on <= until)
    )
    return [DomainAssessment(key, day, level, ident) for key, day, level, ident in rows]


def _log_entries(session: Session, first_year: int, last_year: int) -> list[DomainLogEntry]:
    rows = session.execute(
        select(LogEntry.logged_on, LogEntry.minutes, LogEntry.learning_type).where(
            LogEntry.logged_on.between(dt.date(first_year, 1, 1), dt.date(last_year, 12, 31))
        )
    )
    return [DomainLogEntry(day, minutes, LearningType(kind)) for day, minutes, kind in rows]


def _minutes_by_area(session: Session, year: int) -> dict[str, int]:
    """Minutes of ``year``'s log per area; an entry touching several areas is split evenly."""
    rows = session.execute(
        select(LogEntry.id, LogEntry.minutes, Area.key)
        .join(log_entry_skills, log_entry_skills.c.log_entry_id == LogEntry.id)
        .join(Skill, Skill.id == log_entry_skills.c.skill_id)
        .join(Area, Area.id == Skill.area_id)
        .where(LogEntry.logged_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        .distinct()
    )
    per_entry: dict[int, tuple[int, set[str]]] = {}
    for entry_id, minutes, area_key in rows:
        per_entry.setdefault(entry_id, (minutes, set()))[1].add(area_key)
    totals: dict[str, float] = defaultdict(float)
    for minutes, areas in per_entry.values():
        for area_key in areas:
            totals[area_key] += minutes / len(areas)
    return {key: round(value) for key, value in totals.items()}


def _radar(
    session: Session, area_skills: Mapping[str, list[str]], start: dt.date, now: dt.date
) -> tuple[RadarArea, ...]:
    """Each area's level at the start of the year and now (the one rule: store.figures)."""
    at_start = figures.area_levels(session, start)
    at_now = figures.area_levels(session, now)
    return tuple(
        RadarArea(
            key,
            at_start.get(key, AreaLevel()).current,
            at_now.get(key, AreaLevel()).current,
            at_now.get(key, AreaLevel()).target,
        )
        for key in area_skills
    )
