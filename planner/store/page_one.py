"""What page one of the printed plan says, for one year: data in, records out.

Page one is the plan at a glance: who, where they are heading, where they
stand, the goals with the learning that serves each of them (and each focus
area), the year's certifications, what the year's job postings asked for and
when the plan is reviewed. Everything comes from the plan's year only. The
figures are the store's own: the skill snapshot is the year document's radar,
the market is :meth:`MarketStore.analysis` of the year.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select

from planner.domain.enums import LearningGroup, LearningType, PlanStatus
from planner.store.database import Database
from planner.store.market import MarketStore
from planner.store.models import Area, PlanItem, Profile, Skill, plan_item_skills
from planner.store.yearplan import GoalRecord, PlanItemRecord
from planner.store.yearplan_summary import YearDocument

TOP_AREAS = 3
TOP_SKILLS = 5


@dataclass(frozen=True)
class Totals:
    """Time and money of a set of plan items (dropped ones are never counted)."""

    count: int
    estimated_minutes: int
    logged_minutes: int
    cost_by_currency: Mapping[str, int] = field(hash=False)  # ISO code -> minor units
    count_by_group: Mapping[LearningGroup, int] = field(hash=False)


@dataclass(frozen=True)
class Serving:
    """The plan items that serve one goal (``goal``) or one focus area (``area_key``)."""

    goal: GoalRecord | None
    area_key: str | None
    items: tuple[PlanItemRecord, ...]
    totals: Totals


@dataclass(frozen=True)
class Certification:
    title: str
    provider: str
    status: PlanStatus
    planned_end: dt.date | None
    completed_on: dt.date | None
    valid_until: dt.date | None


@dataclass(frozen=True)
class Demand:
    key: str
    custom_name: str | None  # a custom skill's typed name; None: translate the key
    share: float


@dataclass(frozen=True)
class MarketTop:
    postings: int
    areas: tuple[Demand, ...]
    skills: tuple[Demand, ...]


@dataclass(frozen=True)
class PageOne:
    year: int
    printed_on: dt.date
    as_of: dt.date  # the year document's "now": certifications' validity is judged on it
    employer: str
    goals: tuple[Serving, ...]  # every goal of the year, in the user's order
    areas: tuple[Serving, ...]  # focus areas with items not already under a goal
    bare_areas: tuple[str, ...]  # focus areas with no item at all
    totals: Totals
    certifications: tuple[Certification, ...]
    market: MarketTop
    road_review_on: dt.date | None
    year_review_on: dt.date


def totals(items: Iterable[PlanItemRecord]) -> Totals:
    counted = [i for i in items if i.status != PlanStatus.DROPPED]
    cost: dict[str, int] = defaultdict(int)
    groups: dict[LearningGroup, int] = dict.fromkeys(LearningGroup, 0)
    for item in counted:
        if item.cost_minor and item.currency:
            cost[item.currency] += item.cost_minor
        groups[item.item_type.group] += 1
    return Totals(
        count=len(counted),
        estimated_minutes=sum(i.estimated_minutes or 0 for i in counted),
        logged_minutes=sum(i.logged_minutes for i in counted),
        cost_by_currency=dict(sorted(cost.items())),
        count_by_group=groups,
    )


def page_one(database: Database, doc: YearDocument, today: dt.date | None = None) -> PageOne:
    """Page one of ``doc``'s year (the year document holds goals, items, focus, snapshot)."""
    year = doc.year
    with database.reading() as session:
        profile = session.get(Profile, 1)
        links = session.execute(
            select(plan_item_skills.c.plan_item_id, Skill.key, Area.key)
            .join(Skill, Skill.id == plan_item_skills.c.skill_id)
            .join(Area, Area.id == Skill.area_id)
            .join(PlanItem, PlanItem.id == plan_item_skills.c.plan_item_id)
            .where(PlanItem.plan_year == year)
        ).all()
    skills_of: dict[int, set[str]] = defaultdict(set)
    areas_of: dict[int, set[str]] = defaultdict(set)
    for item_id, skill_key, area_key in links:
        skills_of[item_id].add(skill_key)
        areas_of[item_id].add(area_key)
    live = [i for i in doc.items if i.status != PlanStatus.DROPPED]
    goals = tuple(
        _serving(goal, None, [i for i in live if goal.skill_key in skills_of[i.id]])
        for goal in doc.goals
    )
    under_goals = {item.id for serving in goals for item in serving.items}
    focus = doc.focus.area_keys if doc.focus else ()
    areas, bare = [], []
    for key in focus:
        items = [i for i in live if key in areas_of[i.id]]
        rest = [i for i in items if i.id not in under_goals]
        if rest:
            areas.append(_serving(None, key, rest))
        elif not items:
            bare.append(key)
    return PageOne(
        year=year,
        printed_on=today or dt.date.today(),
        as_of=doc.as_of,
        employer=getattr(profile, "employer", "") or "",
        goals=goals,
        areas=tuple(areas),
        bare_areas=tuple(bare),
        totals=totals(doc.items),
        certifications=_certifications(database, doc),
        market=_market(database, year),
        road_review_on=doc.focus.review_on if doc.focus else None,
        year_review_on=dt.date(year, 12, 31),
    )


def _serving(goal: GoalRecord | None, area: str | None, items: list[PlanItemRecord]) -> Serving:
    return Serving(goal, area, tuple(items), totals(items))


def _certifications(database: Database, doc: YearDocument) -> tuple[Certification, ...]:
    """The year's certification items, then those of earlier years still valid in it
    (``doc.certifications``: the year document's rule), each with its last valid day."""
    own = [
        i.id
        for i in doc.items
        if i.item_type == LearningType.CERTIFICATION and i.status != PlanStatus.DROPPED
    ]
    held = [c.id for c in doc.certifications if c.id not in own]
    with database.reading() as session:
        rows = {
            row.id: row
            for row in session.scalars(select(PlanItem).where(PlanItem.id.in_(own + held)))
            if row.id in own or row.plan_year <= doc.year
        }
        return tuple(
            Certification(
                title=row.title,
                provider=row.provider,
                status=PlanStatus(row.status),
                planned_end=row.planned_end,
                completed_on=row.completed_on,
                valid_until=row.valid_until,
            )
            for row in (rows[i] for i in own + held if i in rows)
        )


def _market(database: Database, year: int) -> MarketTop:
    analysis = MarketStore(database).analysis(year)

    def top(rows: Iterable, count: int) -> tuple[Demand, ...]:
        ranked = sorted((r for r in rows if r.share > 0), key=lambda r: (-r.share, r.key))
        return tuple(Demand(r.key, r.custom_name, r.share) for r in ranked[:count])

    return MarketTop(
        analysis.postings, top(analysis.areas, TOP_AREAS), top(analysis.skills, TOP_SKILLS)
    )
