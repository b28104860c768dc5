"""Read-only figures for the overview and the charts: aggregates, not rows.

Everything here is summed or counted by SQLite (``GROUP BY``) so that ten
years of data (tens of thousands of log entries) come back as a few hundred
rows at most; what is a rule of the domain (stale skills, area means, the
yearly market tally, learning groups) is left to ``planner.domain``.
Returned records are frozen dataclasses; nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from planner.domain.certification import WARN_DAYS, CertificationDue, needs_attention
from planner.domain.enums import LEARNING_GROUPS, LearningGroup, LearningType, PlanStatus, Road
from planner.domain.market import YearTally, needs_reminder
from planner.domain.skills import AreaLevel, skill_states, stale_skills
from planner.domain.skills import Assessment as DomainAssessment
from planner.store import figures
from planner.store.database import Database
from planner.store.models import (
    Area,
    Assessment,
    JobPosting,
    LogEntry,
    PlanItem,
    Skill,
    SpecialisationChoice,
    YearPlan,
    choice_focus_areas,
)
from planner.store.skills import latest_assessments

OPEN_STATUSES = (PlanStatus.IDEA, PlanStatus.PLANNED, PlanStatus.IN_PROGRESS)
"""Plan items that can still be late: not done and not dropped."""

Month = tuple[int, int]  # (year, month)


@dataclass(frozen=True)
class LevelPoint:
    day: dt.date
    level: float


@dataclass(frozen=True)
class StaleSkill:
    key: str
    custom_name: str | None
    last_assessed: dt.date


@dataclass(frozen=True)
class OverdueItem:
    id: int
    title: str
    planned_end: dt.date


@dataclass(frozen=True)
class Due:
    """What needs doing now; each field maps to one place in the app."""

    stale_skills: tuple[StaleSkill, ...]
    unassessed_skills: int
    market_reminder: bool  # no job postings read this year
    overdue_items: tuple[OverdueItem, ...]
    review_year: int | None  # the year to review (in the next year's plan), in December
    certifications: tuple[CertificationDue, ...] = ()  # expiring or expired

    @property
    def empty(self) -> bool:
        return not (
            self.stale_skills
            or self.market_reminder
            or self.overdue_items
            or self.review_year
            or self.certifications
        )


@dataclass(frozen=True)
class KeyFigures:
    minutes_this_month: int
    minutes_this_year: int
    items_in_progress: int
    road: Road | None
    focus_areas: tuple[str, ...]


@dataclass(frozen=True)
class PlanYear:
    year: int
    status_counts: dict[PlanStatus, int] = field(hash=False)
    estimated_minutes: int = 0
    logged_minutes: int = 0


@dataclass(frozen=True)
class SkillOption:
    """A skill to choose in a selector: key, custom name (None: translate the key), area."""

    key: str
    custom_name: str | None
    area_key: str


class StatsStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- skills ----------------------------------------------------------

    def skill_options(self) -> tuple[SkillOption, ...]:
        with self._db.reading() as session:
            rows = session.execute(
                select(Skill.key, Skill.name, Skill.is_custom, Area.key)
                .join(Area)
                .where(Skill.archived.is_(False))
                .order_by(Area.position, Skill.position)
            )
            return tuple(
                SkillOption(key, name if custom else None, area) for key, name, custom, area in rows
            )

    def area_keys(self) -> tuple[str, ...]:
        with self._db.reading() as session:
            return tuple(session.scalars(select(Area.key).order_by(Area.position)))

    def has_assessments(self, on: dt.date | None = None) -> bool:
        with self._db.reading() as session:
            query = select(Assessment.id).limit(1)
            if on is not None:
                query = query.where(Assessment.assessed_on <= on)
            return session.scalar(query) is not None

    def area_levels(self, on: dt.date | None = None) -> dict[str, AreaLevel]:
        """Per area (catalogue order): the mean current level as of ``on`` and the mean target."""
        with self._db.reading() as session:
            return figures.area_levels(session, on)

    def skill_history(self, skill_key: str) -> tuple[LevelPoint, ...]:
        """Every assessment of one skill, oldest first."""
        with self._db.reading() as session:
            rows = session.execute(
                select(Assessment.assessed_on, Assessment.level)
                .join(Skill)
                .where(Skill.key == skill_key)
                .order_by(Assessment.assessed_on, Assessment.id)
            )
            return tuple(LevelPoint(day, level) for day, level in rows)

    def area_history(self, area_key: str) -> tuple[LevelPoint, ...]:
        """The area's mean level after each day one of its skills was assessed.

        The mean is over the skills assessed so far (their latest level on
        that day), the same rule as :func:`planner.domain.skills.area_levels`.
        """
        with self._db.reading() as session:
            rows = session.execute(
                select(Assessment.skill_id, Assessment.assessed_on, Assessment.level)
                .join(Skill)
                .join(Area)
                .where(Area.key == area_key, Skill.archived.is_(False))
                .order_by(Assessment.assessed_on, Assessment.id)
            )
            current: dict[int, int] = {}
            points: dict[dt.date, float] = {}
            for skill_id, day, level in rows:
                current[skill_id] = level
                points[day] = round(sum(current.values()) / len(current), 2)
        return tuple(LevelPoint(day, level) for day, level in points.items())

    # -- learning log ----------------------------------------------------

    def minutes_by_month(self, first: Month, last: Month) -> dict[Month, dict[LearningGroup, int]]:
        """Minutes per month and learning group from ``first`` to ``last`` (inclusive).

        Every month in the range is present, with 0 for a group nothing was logged in.
        """
        start = dt.date(first[0], first[1], 1)
        end = _month_end(last)
        month = func.substr(LogEntry.logged_on, 1, 7)
        with self._db.reading() as session:
            rows = session.execute(
                select(month, LogEntry.learning_type, func.sum(LogEntry.minutes))
                .where(LogEntry.logged_on.between(start, end))
                .group_by(month, LogEntry.learning_type)
            )
            result = {m: dict.fromkeys(LearningGroup, 0) for m in _months(first, last)}
            for text, kind, minutes in rows:
                key = (int(text[:4]), int(text[5:7]))
                result[key][LEARNING_GROUPS[kind]] += int(minutes)
        return result

    def minutes_by_day(self, year: int) -> dict[dt.date, int]:
        with self._db.reading() as session:
            rows = session.execute(
                select(LogEntry.logged_on, func.sum(LogEntry.minutes))
                .where(LogEntry.logged_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
                .group_by(LogEntry.logged_on)
            )
            return {day: int(minutes) for day, minutes in rows}

    def minutes_between(self, start: dt.date, end: dt.date) -> int:
        with self._db.reading() as session:
            return _minutes_between(session, start, end)

    # -- learning plan ---------------------------------------------------

    def plan_year(self, year: int) -> PlanYear:
        """Items of ``year``'s plan by status; hours estimated for them and logged against them."""
        with self._db.reading() as session:
            counts = dict.fromkeys(PlanStatus, 0)
            estimated = 0
            for status, count, minutes in session.execute(
                select(PlanItem.status, func.count(), func.sum(PlanItem.estimated_minutes))
                .where(PlanItem.plan_year == year)
                .group_by(PlanItem.status)
            ):
                counts[status] = int(count)
                if status is not PlanStatus.DROPPED:
                    estimated += int(minutes or 0)
            logged = session.scalar(
                select(func.coalesce(func.sum(LogEntry.minutes), 0))
                .join(PlanItem, LogEntry.plan_item_id == PlanItem.id)
                .where(PlanItem.plan_year == year)
            )
        return PlanYear(year, counts, estimated, int(logged or 0))

    def plan_years(self) -> tuple[int, ...]:
        with self._db.reading() as session:
            return tuple(
                session.scalars(select(PlanItem.plan_year).distinct().order_by(PlanItem.plan_year))
            )

    # -- job market ------------------------------------------------------

    def market_tallies(self) -> tuple[YearTally, ...]:
        """The yearly tally of area shares for every year with postings, oldest first."""
        with self._db.reading() as session:
            return figures.market_tallies(session)

    def log_years(self) -> tuple[int, ...]:
        """Years with anything dated in them (log, assessments, postings, plan)."""
        with self._db.reading() as session:
            found: set[int] = set()
            for column in (LogEntry.logged_on, Assessment.assessed_on, JobPosting.seen_on):
                year = func.substr(column, 1, 4)
                found.update(int(y) for y in session.scalars(select(year).distinct()) if y)
            found.update(session.scalars(select(PlanItem.plan_year).distinct()))
        return tuple(sorted(found))

    # -- the overview ----------------------------------------------------

    def due(self, today: dt.date) -> Due:
        with self._db.reading() as session:
            skills = list(
                session.execute(
                    select(Skill.id, Skill.key, Skill.name, Skill.is_custom).where(
                        Skill.archived.is_(False)
                    )
                )
            )
            latest = _latest(session, None)
            this_year = list(
                session.scalars(
                    select(JobPosting.seen_on)
                    .where(JobPosting.seen_on.between(dt.date(today.year, 1, 1), today))
                    .limit(1)
                )
            )
            overdue = tuple(
                OverdueItem(ident, title, end)
                for ident, title, end in session.execute(
                    select(PlanItem.id, PlanItem.title, PlanItem.planned_end)
                    .where(PlanItem.planned_end < today, PlanItem.status.in_(OPEN_STATUSES))
                    .order_by(PlanItem.planned_end, PlanItem.id)
                )
            )
            review_year = None
            if today.month == 12:
                # The review of a year opens the next year's plan (docs/yearplan.md).
                review = session.scalar(
                    select(YearPlan.review).where(YearPlan.year == today.year + 1)
                )
                if not (review or "").strip():
                    review_year = today.year
            certifications = _certifications_due(session, today)
        names = {key: name if custom else None for _id, key, name, custom in skills}
        assessments = [
            DomainAssessment(key, day, level, ident)
            for key, (level, day, ident) in latest.items()
            if key in names
        ]
        states = skill_states(assessments, {}, names)
        stale = tuple(
            StaleSkill(key, names[key], states[key].last_assessed)  # type: ignore[arg-type]
            for key in stale_skills(states, today)
        )
        unassessed = sum(1 for state in states.values() if state.current is None)
        reminder = needs_reminder(this_year, today)
        return Due(stale, unassessed, reminder, overdue, review_year, certifications)

    def key_figures(self, today: dt.date) -> KeyFigures:
        with self._db.reading() as session:
            month = _minutes_between(session, today.replace(day=1), _month_end(_ym(today)))
            year = _minutes_between(session, dt.date(today.year, 1, 1), dt.date(today.year, 12, 31))
            in_progress = session.scalar(
                select(func.count()).where(PlanItem.status == PlanStatus.IN_PROGRESS)
            )
            choice = session.execute(
                select(SpecialisationChoice.id, SpecialisationChoice.road)
                .where(SpecialisationChoice.chosen_on <= today)
                .order_by(SpecialisationChoice.chosen_on.desc(), SpecialisationChoice.id.desc())
                .limit(1)
            ).first()
            focus: tuple[str, ...] = ()
            road = None
            if choice is not None:
                road = choice[1]
                focus = tuple(
                    session.scalars(
                        select(Area.key)
                        .join(choice_focus_areas, choice_focus_areas.c.area_id == Area.id)
                        .where(choice_focus_areas.c.choice_id == choice[0])
                        .order_by(Area.position)
                    )
                )
        return KeyFigures(month, year, int(in_progress or 0), road, focus)


def _latest(session: Session, on: dt.date | None) -> dict[str, tuple[int, dt.date, int]]:
    """Each skill's latest assessment on or before ``on``: key -> (level, day, id)."""
    latest = latest_assessments(on)
    rows = session.execute(
        select(Skill.key, latest.c.level, latest.c.assessed_on, latest.c.id).join(
            latest, latest.c.skill_id == Skill.id
        )
    )
    return {key: (level, day, ident) for key, level, day, ident in rows}


def _minutes_between(session: Session, start: dt.date, end: dt.date) -> int:
    total = session.scalar(
        select(func.coalesce(func.sum(LogEntry.minutes), 0)).where(
            LogEntry.logged_on.between(start, end)
        )
    )
    return int(total or 0)


def _ym(day: dt.date) -> Month:
    return (day.year, day.month)


def _month_end(month: Month) -> dt.date:
    year, number = month
    following = dt.date(year + number // 12, number % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _months(first: Month, last: Month) -> list[Month]:
    start, end = first[0] * 12 + first[1] - 1, last[0] * 12 + last[1] - 1
    return [(index // 12, index % 12 + 1) for index in range(start, end + 1)]


def months_back(today: dt.date, count: int) -> tuple[Month, Month]:
    """The first and last of the ``count`` months ending with ``today``'s month."""
    index = today.year * 12 + today.month - count
    return (index // 12, index % 12 + 1), _ym(today)


def _certifications_due(session: Session, today: dt.date) -> tuple[CertificationDue, ...]:
    """Certifications expiring or expired within :data:`WARN_DAYS`, not yet renewed."""
    renewal = aliased(PlanItem)
    rows = session.execute(
        select(PlanItem.id, PlanItem.title, PlanItem.valid_until, renewal.title, renewal.status)
        .outerjoin(renewal, renewal.id == PlanItem.renewal_id)
        .where(
            PlanItem.item_type == LearningType.CERTIFICATION,
            PlanItem.status != PlanStatus.DROPPED,
            PlanItem.valid_until.between(
                today - dt.timedelta(days=WARN_DAYS), today + dt.timedelta(days=WARN_DAYS)
            ),
        )
        .order_by(PlanItem.valid_until, PlanItem.id)
    )
    due = []
    for ident, title, until, renewal_title, renewal_status in rows:
        state = needs_attention(until, renewal_status, today)
        if state is not None:
            due.append(CertificationDue(ident, title, until, state, renewal_title or ""))
    return tuple(due)
