"""One rule per figure: an area's current level, and an area's market demand.

The skills page, the market page, the advisor, the overview, the charts and
the printed plan all read these two figures through this module, so they
cannot disagree:

- An area's level is the mean of the latest assessments of its *active*
  skills (archived skills are left out), with the mean of their targets
  (:func:`planner.domain.skills.area_levels` is the arithmetic).
- A posting asks for an area when the area is tagged on it *or* a skill of
  that area is (as ``docs/postings-csv.md`` promises); an area's demand in a
  year is the share of that year's postings asking for it
  (:func:`planner.domain.market.tally`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain import market
from planner.domain.skills import AreaLevel, skill_states
from planner.domain.skills import Assessment as DomainAssessment
from planner.domain.skills import area_levels as level_rule
from planner.store.models import Area, JobPosting, Skill, posting_areas, posting_skills
from planner.store.skills import latest_assessments


def area_levels(session: Session, on: dt.date | None = None) -> dict[str, AreaLevel]:
    """Per area (catalogue order, every area): mean current level as of ``on``, mean target.

    Only active skills count. Targets have no history: the target is today's.
    """
    area_skills: dict[str, list[str]] = {
        key: [] for key in session.scalars(select(Area.key).order_by(Area.position))
    }
    skills = session.execute(
        select(Skill.key, Skill.target_level, Area.key)
        .join(Area)
        .where(Skill.archived.is_(False))
        .order_by(Area.position, Skill.position)
    ).all()
    for key, _target, area in skills:
        area_skills.setdefault(area, []).append(key)
    latest = latest_assessments(on)
    assessments = [
        DomainAssessment(key, day, level, ident)
        for key, level, day, ident in session.execute(
            select(Skill.key, latest.c.level, latest.c.assessed_on, latest.c.id)
            .join(latest, latest.c.skill_id == Skill.id)
            .where(Skill.archived.is_(False))
        )
    ]
    targets = {key: target for key, target, _area in skills if target is not None}
    states = skill_states(assessments, targets, [key for key, _t, _a in skills])
    return level_rule(states, area_skills)


def market_postings(session: Session, years: Iterable[int] | None = None) -> list[market.Posting]:
    """The postings of ``years`` (all years if None) with the areas and skills they ask for."""
    wanted = None if years is None else sorted(set(years))
    postings = select(JobPosting.id, JobPosting.seen_on)
    if wanted is not None:
        postings = postings.where(
            JobPosting.seen_on.between(dt.date(wanted[0], 1, 1), dt.date(wanted[-1], 12, 31))
        )
    days = {
        ident: day
        for ident, day in session.execute(postings)
        if wanted is None or day.year in wanted
    }
    area_links = select(posting_areas.c.posting_id, Area.key).join(
        Area, Area.id == posting_areas.c.area_id
    )
    skill_links = (
        select(posting_skills.c.posting_id, Skill.key, Area.key)
        .join(Skill, Skill.id == posting_skills.c.skill_id)
        .join(Area, Area.id == Skill.area_id)
    )
    if wanted is not None:  # only the link rows of the postings read
        chosen = postings.with_only_columns(JobPosting.id)
        area_links = area_links.where(posting_areas.c.posting_id.in_(chosen))
        skill_links = skill_links.where(posting_skills.c.posting_id.in_(chosen))
    areas: dict[int, set[str]] = defaultdict(set)
    skills: dict[int, set[str]] = defaultdict(set)
    for ident, key in session.execute(area_links):
        areas[ident].add(key)
    for ident, key, area in session.execute(skill_links):
        skills[ident].add(key)
        areas[ident].add(area)  # a skill asked for counts for its area
    return [
        market.Posting(day, frozenset(areas[ident]), frozenset(skills[ident]))
        for ident, day in days.items()
    ]


def year_tally(session: Session, year: int) -> market.YearTally:
    """The share of ``year``'s postings asking for each area and skill."""
    return market.tally(market_postings(session, (year,)), year)


def market_tallies(session: Session) -> tuple[market.YearTally, ...]:
    """The tally of every year with postings, oldest first."""
    postings = market_postings(session)
    years = sorted({p.seen_on.year for p in postings})
    return tuple(market.tally(postings, year) for year in years)
