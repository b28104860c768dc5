"""Demo data: a digital marketer's career over N years, written into an empty store.

The story is simulated month by month so the tables agree with each other:
skill levels rise fastest in the areas the person has chosen to specialise
in; plan items, log entries and goals follow that focus; job postings drift
towards social media and analytics over the years; yearly reviews quote the
year's own figures. The same seed, number of years and ``today`` give the
same data, row for row (``created_at`` included).

Everything is written in one transaction with SQLAlchemy's bulk inserts, so
ten years (about 30,000 rows plus their links) take a second or two, and a
failure leaves the database as it was. The store APIs of each area are not
used: they validate and commit one record at a time, which would make this
a hundred times slower.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from planner.demo.texts import DemoTexts, texts_for
from planner.domain.advisor import validate_focus
from planner.domain.enums import GoalStatus, LearningType, PlanStatus, Road, Seniority
from planner.i18n.markers import N_
from planner.store.database import Database
from planner.store.errors import StoreError
from planner.store.models import (
    Area,
    Assessment,
    Goal,
    JobPosting,
    LogEntry,
    PlanItem,
    Profile,
    Skill,
    SpecialisationChoice,
    StrengthsProfile,
    YearPlan,
    choice_focus_areas,
    log_entry_skills,
    plan_item_skills,
    posting_areas,
    posting_skills,
)

MIN_YEARS = 1
MAX_YEARS = 40
DEFAULT_SEED = 1

# Rough sizes per full year; ten years give the benchmark's figures.
ASSESSMENTS_PER_SKILL_YEAR = (14, 19)  # 19 skills -> about 300 a year
PLAN_ITEMS_PER_YEAR = (54, 66)
LOG_ENTRIES_PER_DAY = 5.9
POSTINGS_PER_YEAR = (185, 215)
GOALS_PER_YEAR = (3, 5)

# Tables whose rows mean "someone has used this folder".
USER_TABLES = (
    Assessment,
    LogEntry,
    PlanItem,
    JobPosting,
    StrengthsProfile,
    SpecialisationChoice,
    YearPlan,
    Goal,
)


class DataFolderNotEmptyError(StoreError):
    template = N_(
        "The data folder {path} already holds data. Demo data is only added to an "
        "empty data folder; nothing was changed. Choose another folder with --data-dir."
    )


@dataclass(frozen=True)
class DemoSummary:
    first_year: int
    last_year: int
    counts: dict[str, int]

    @property
    def years(self) -> int:
        return self.last_year - self.first_year + 1


# --- The career's story -----------------------------------------------------


@dataclass(frozen=True)
class Stage:
    road: Road
    focus: tuple[str, ...]


@dataclass(frozen=True)
class Arc:
    """A career: its roads in order, and the person's strengths (before, after)."""

    stages: tuple[Stage, ...]
    strengths: tuple[tuple[int, int, int, int], tuple[int, int, int, int]]  # tech, cre, ana, ppl


ARCS: tuple[Arc, ...] = (
    Arc(
        (
            Stage(Road.SEMI_SPECIALIST, ("social_media", "digital_media")),
            Stage(Road.SEMI_SPECIALIST, ("social_media", "digital_media", "analytics")),
            Stage(Road.GENERALIST_LEADER, ("strategy",)),
        ),
        ((2, 4, 3, 3), (3, 4, 4, 4)),
    ),
    Arc(
        (
            Stage(Road.DEEP_SPECIALIST, ("seo",)),
            Stage(Road.SEMI_SPECIALIST, ("seo", "analytics")),
            Stage(Road.DEEP_SPECIALIST, ("analytics",)),
        ),
        ((4, 2, 4, 2), (4, 2, 5, 3)),
    ),
    Arc(
        (
            Stage(Road.SEMI_SPECIALIST, ("crm_email", "analytics")),
            Stage(Road.DEEP_SPECIALIST, ("crm_email",)),
            Stage(Road.COMMUNICATION_BRAND, ("strategy", "social_media")),
        ),
        ((4, 4, 3, 2), (4, 4, 3, 3)),
    ),
)

# Shares of job postings per area in the first and the last year.
AREA_SHARES = {
    "seo": (0.22, 0.14),
    "digital_media": (0.22, 0.19),
    "crm_email": (0.14, 0.15),
    "social_media": (0.19, 0.25),
    "analytics": (0.12, 0.18),
    "strategy": (0.11, 0.09),
}

# How often postings in an area ask for a skill, first year and last year.
SKILL_SHARES = {
    "technical_seo": (0.45, 0.40),
    "content_on_page": (0.35, 0.40),
    "link_building": (0.30, 0.12),
    "search_ads": (0.45, 0.40),
    "social_ads": (0.30, 0.45),
    "display_programmatic": (0.35, 0.15),
    "data_segmentation": (0.40, 0.40),
    "email_campaigns": (0.50, 0.30),
    "marketing_automation": (0.20, 0.45),
    "content_creation": (0.45, 0.40),
    "community_engagement": (0.35, 0.30),
    "social_listening": (0.12, 0.35),
    "crisis_communication": (0.08, 0.25),
    "web_analytics": (0.50, 0.40),
    "reporting": (0.40, 0.30),
    "experimentation": (0.12, 0.40),
    "brand_strategy": (0.40, 0.40),
    "leadership": (0.40, 0.40),
    "commercial_thinking": (0.30, 0.40),
}

# Per learning type: (weight in the plan, minutes per log entry (low, high),
# planned duration in days (low, high), estimated hours (low, high), cost in
# major units (low, high) or None when free).
TYPE_PROFILES: dict[
    LearningType,
    tuple[int, tuple[int, int], tuple[int, int], tuple[int, int], tuple[int, int] | None],
] = {
    LearningType.MENTOR: (8, (15, 45), (60, 180), (6, 15), None),
    LearningType.TWITTER_LIST: (6, (5, 15), (7, 30), (2, 6), None),
    LearningType.COMMUNITY: (8, (15, 45), (90, 300), (8, 24), None),
    LearningType.COURSE: (18, (15, 45), (14, 60), (8, 40), (50, 600)),
    LearningType.CERTIFICATION: (9, (20, 60), (30, 90), (15, 60), (0, 300)),
    LearningType.DEGREE: (1, (30, 120), (120, 300), (120, 300), (1500, 4000)),
    LearningType.BOOK_PODCAST: (20, (10, 30), (7, 30), (4, 12), (0, 40)),
    LearningType.CONFERENCE: (9, (120, 420), (1, 2), (8, 16), (150, 900)),
    LearningType.JOB_PROJECT: (12, (15, 60), (30, 120), (20, 80), None),
}

# Everyday learning between plan items: type weights for unlinked log entries.
EVERYDAY_TYPES: dict[LearningType, int] = {
    LearningType.JOB_PROJECT: 30,
    LearningType.BOOK_PODCAST: 22,
    LearningType.TWITTER_LIST: 20,
    LearningType.MENTOR: 10,
    LearningType.COMMUNITY: 9,
    LearningType.COURSE: 9,
}

# Money: a rough conversion from "major units in GBP" to each currency.
CURRENCY_FACTOR = {"GBP": 1, "NOK": 13, "KES": 160, "EUR": 1, "USD": 1}


def fill_demo(
    database: Database,
    *,
    years: int,
    seed: int = DEFAULT_SEED,
    language: str = "en",
    today: dt.date | None = None,
) -> DemoSummary:
    """Write ``years`` years of demo data ending in ``today``'s year.

    Raises :class:`DataFolderNotEmptyError` (and writes nothing) when the
    store already holds any of the user's own data.
    """
    if not MIN_YEARS <= years <= MAX_YEARS:
        raise ValueError(f"years must be from {MIN_YEARS} to {MAX_YEARS}")
    today = today or dt.date.today()
    with database.transaction() as session:
        if _holds_user_data(session):
            raise DataFolderNotEmptyError(path=database.path.parent)
        areas = {key: area_id for area_id, key in session.execute(select(Area.id, Area.key))}
        skills = [
            (skill_id, key, area_key)
            for skill_id, key, area_key in session.execute(
                select(Skill.id, Skill.key, Area.key)
                .join(Area)
                .where(Skill.is_custom.is_(False), Skill.archived.is_(False))
                .order_by(Area.position, Skill.position)
            )
        ]
        generator = _Generator(
            random.Random(seed), texts_for(language), today, years, areas, skills
        )
        tables = generator.build()
        for target, rows in tables:
            if rows:
                # render_nulls: None is sent as NULL rather than left out, so rows
                # with and without a value go into one executemany, not one each.
                statement = insert(target).execution_options(render_nulls=True)
                session.execute(statement, rows)
        session.execute(update(Skill), generator.targets())
        texts = generator.texts
        session.execute(
            update(Profile)
            .where(Profile.id == 1)
            .values(name=texts.person, role=texts.role, onboarded=True)
        )
    counts = {_table_name(target): len(rows) for target, rows in tables}
    return DemoSummary(generator.first_year, today.year, counts)


def _table_name(target: Any) -> str:
    return getattr(target, "__tablename__", None) or target.name


def _holds_user_data(session: Session) -> bool:
    for model in USER_TABLES:
        if session.execute(select(model.id).limit(1)).first() is not None:
            return True
    has_custom = select(Skill.id).where(Skill.is_custom.is_(True) | Skill.target_level.is_not(None))
    return session.execute(has_custom.limit(1)).first() is not None


# --- The generator ----------------------------------------------------------


@dataclass
class _Plan:
    id: int
    item_type: LearningType
    status: PlanStatus
    start: dt.date | None
    end: dt.date | None
    skill_keys: tuple[str, ...]
    year: int


@dataclass
class _Generator:
    rng: random.Random
    texts: DemoTexts
    today: dt.date
    years: int
    area_ids: dict[str, int]
    skills: list[tuple[int, str, str]]  # (id, key, area key)
    first_year: int = field(init=False)
    start: dt.date = field(init=False)
    stage_starts: list[dt.date] = field(init=False)
    arc: Arc = field(init=False)
    levels: dict[str, list[float]] = field(init=False)  # skill key -> level per month index

    def __post_init__(self) -> None:
        self.first_year = self.today.year - self.years + 1
        self.start = dt.date(self.first_year, 1, 1)
        self.skill_ids = {key: skill_id for skill_id, key, _area in self.skills}
        self.skill_keys = [key for _id, key, _area in self.skills]
        self._cumulative: dict[Stage, list[float]] = {}
        self.skill_area = {key: area for _id, key, area in self.skills}
        self.arc = self.rng.choice(ARCS)
        self.stage_starts = self._stage_starts()
        self.levels = self._simulate_levels()

    # -- the story's timeline -------------------------------------------

    def _stage_starts(self) -> list[dt.date]:
        stages = len(self.arc.stages)
        if self.years < 3:
            count = min(stages, self.years)
        elif self.years < 6:
            count = min(stages, 2)
        else:
            count = stages
        starts = [self.start + dt.timedelta(days=self.rng.randint(10, 40))]
        span = (self.today - self.start).days
        for index in range(1, count):
            fraction = index / count + self.rng.uniform(-0.05, 0.05)
            starts.append(self.start + dt.timedelta(days=int(span * fraction)))
        return starts

    def stage_at(self, day: dt.date) -> Stage:
        index = 0
        for position, start in enumerate(self.stage_starts):
            if day >= start:
                index = position
        return self.arc.stages[index]

    def _month_index(self, day: dt.date) -> int:
        return (day.year - self.first_year) * 12 + day.month - 1

    def _months(self) -> int:
        return self._month_index(self.today) + 1

    def _simulate_levels(self) -> dict[str, list[float]]:
        """A continuous 'true' level per skill and month; assessments sample it."""
        first_focus = set(self.arc.stages[0].focus)
        levels: dict[str, list[float]] = {}
        for _skill_id, key, area in self.skills:
            level = (
                self.rng.uniform(1.2, 2.2) if area in first_focus else self.rng.uniform(0.2, 1.4)
            )
            affinity = self.rng.uniform(0.6, 1.3)
            series = []
            for month in range(self._months()):
                day = dt.date(self.first_year + month // 12, month % 12 + 1, 15)
                focus = area in self.stage_at(day).focus
                growth = 0.016 + (0.045 * affinity if focus else 0.0)
                if not focus and level > 3.0:
                    growth *= 0.15  # the T's crossbar: a base, not depth
                level = min(5.0, level + growth)
                series.append(level)
            levels[key] = series
        return levels

    def level_on(self, key: str, day: dt.date) -> float:
        series = self.levels[key]
        return series[min(max(self._month_index(day), 0), len(series) - 1)]

    def pick_skills(self, day: dt.date, count: int) -> tuple[str, ...]:
        """``count`` different skills, five times likelier from the focus areas at ``day``."""
        stage = self.stage_at(day)
        cumulative = self._cumulative.get(stage)
        if cumulative is None:
            weights = (5.0 if area in stage.focus else 1.0 for _id, _key, area in self.skills)
            cumulative = self._cumulative[stage] = list(accumulate(weights))
        chosen: list[str] = []
        while len(chosen) < count:
            key = self.rng.choices(self.skill_keys, cum_weights=cumulative)[0]
            if key not in chosen:
                chosen.append(key)
        return tuple(chosen)

    def year_days(self, year: int) -> tuple[dt.date, dt.date]:
        last = min(dt.date(year, 12, 31), self.today)
        return dt.date(year, 1, 1), last

    def random_day(self, year: int, until: dt.date | None = None) -> dt.date:
        first, last = self.year_days(year)
        if until is not None:
            last = min(last, until)
        return first + dt.timedelta(days=self.rng.randint(0, (last - first).days))

    def year_fraction(self, year: int) -> float:
        first, last = self.year_days(year)
        return ((last - first).days + 1) / (366 if _leap(year) else 365)

    def topic(self, key: str) -> str:
        return self.texts.skill_topics.get(key, key)

    def areas_text(self, keys: Sequence[str]) -> str:
        names = [self.texts.area_names.get(key, key) for key in keys]
        if len(names) == 1:
            return names[0]
        return f"{', '.join(names[:-1])} {self.texts.and_word} {names[-1]}"

    # -- building the rows ----------------------------------------------

    def build(self) -> list[tuple[Any, list[dict[str, Any]]]]:
        strengths = self._strengths()
        choices, focus_rows = self._choices()
        assessments = self._assessments()
        plans, plan_rows, plan_skill_rows = self._plan_items()
        log_rows, log_skill_rows = self._log_entries(plans)
        posting_rows, posting_area_rows, posting_skill_rows = self._postings()
        year_rows, goal_rows = self._year_plans(plans, log_rows, posting_rows)
        return [
            (StrengthsProfile, strengths),
            (SpecialisationChoice, choices),
            (choice_focus_areas, focus_rows),
            (Assessment, assessments),
            (PlanItem, plan_rows),
            (plan_item_skills, plan_skill_rows),
            (LogEntry, log_rows),
            (log_entry_skills, log_skill_rows),
            (JobPosting, posting_rows),
            (posting_areas, posting_area_rows),
            (posting_skills, posting_skill_rows),
            (YearPlan, year_rows),
            (Goal, goal_rows),
        ]

    def targets(self) -> list[dict[str, Any]]:
        """Target levels by the latest choice: depth in its focus, a base elsewhere.

        Some targets sit a level above today's, so the inventory shows gaps.
        """
        focus = self.stage_at(self.today).focus
        rows = []
        for skill_id, key, area in self.skills:
            current = round(self.level_on(key, self.today))
            target: int | None
            if area in focus:
                target = 5 if current >= 4 or self.rng.random() < 0.5 else 4
            elif self.rng.random() < 0.1:
                target = None
            else:
                target = max(3, current)
            if target is not None and target <= current and self.rng.random() < 0.35:
                target = min(5, current + 1)
            rows.append({"id": skill_id, "target_level": target})
        return rows

    def _strengths(self) -> list[dict[str, Any]]:
        before, after = self.arc.strengths
        points = [0.0, 0.45, 0.9][: 1 + (self.years >= 3) + (self.years >= 6)]
        span = (self.today - self.start).days
        rows = []
        for index, fraction in enumerate(points):
            day = self.start + dt.timedelta(days=int(span * fraction) + self.rng.randint(3, 20))
            day = min(day, self.today)
            mix = fraction / 0.9 if len(points) > 1 else 0.0
            values = [round(a + (b - a) * mix) for a, b in zip(before, after, strict=True)]
            rows.append(
                {
                    "id": index + 1,
                    "assessed_on": day,
                    "technical": values[0],
                    "creative": values[1],
                    "analytical": values[2],
                    "people": values[3],
                    "note": self.texts.strengths_notes[index % len(self.texts.strengths_notes)],
                    "created_at": _stamp(day, 8),
                }
            )
        return rows

    def _choices(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        rows, focus_rows = [], []
        for index, start in enumerate(self.stage_starts):
            stage = self.arc.stages[index]
            problems = validate_focus(stage.road, stage.focus)
            if problems:  # a mistake in ARCS, not in the user's data
                raise AssertionError(f"invalid demo focus {stage}: {problems}")
            choice_id = index + 1
            rows.append(
                {
                    "id": choice_id,
                    "chosen_on": start,
                    "road": stage.road,
                    "rationale": _sentence(
                        self.rng.choice(self.texts.rationale[stage.road.value]),
                        areas=self.areas_text(stage.focus),
                    ),
                    "review_on": start + dt.timedelta(days=365),
                    "created_at": _stamp(start, 9),
                }
            )
            focus_rows.extend(
                {"choice_id": choice_id, "area_id": self.area_ids[key]} for key in stage.focus
            )
        return rows, focus_rows

    def _assessments(self) -> list[dict[str, Any]]:
        rows = []
        notes = self.texts.assessment_notes
        for year in range(self.first_year, self.today.year + 1):
            fraction = self.year_fraction(year)
            for skill_id, key, _area in self.skills:
                count = max(1, round(self.rng.randint(*ASSESSMENTS_PER_SKILL_YEAR) * fraction))
                for day in sorted(self.random_day(year) for _ in range(count)):
                    level = round(self.level_on(key, day) + self.rng.gauss(0, 0.3))
                    rows.append(
                        {
                            "id": len(rows) + 1,
                            "skill_id": skill_id,
                            "assessed_on": day,
                            "level": min(5, max(0, level)),
                            "note": self.rng.choice(notes) if self.rng.random() < 0.2 else "",
                            "evidence_url": "",
                            "created_at": _stamp(day, 18, len(rows)),
                        }
                    )
        return rows

    def _plan_status(self, start: dt.date | None, end: dt.date | None, year: int) -> PlanStatus:
        roll = self.rng.random()
        if start is None or end is None:
            return PlanStatus.IDEA
        if end < self.today:
            if year < self.today.year:
                return (
                    PlanStatus.DONE
                    if roll < 0.74
                    else PlanStatus.DROPPED
                    if roll < 0.92
                    else PlanStatus.IDEA
                )
            return (
                PlanStatus.DONE
                if roll < 0.7
                else PlanStatus.DROPPED
                if roll < 0.82
                else PlanStatus.IN_PROGRESS
            )
        if start > self.today:
            return PlanStatus.PLANNED if roll < 0.7 else PlanStatus.IDEA
        return PlanStatus.IN_PROGRESS if roll < 0.75 else PlanStatus.PLANNED

    def _plan_items(
        self,
    ) -> tuple[list[_Plan], list[dict[str, Any]], list[dict[str, Any]]]:
        plans: list[_Plan] = []
        rows: list[dict[str, Any]] = []
        skill_rows: list[dict[str, Any]] = []
        types = list(TYPE_PROFILES)
        weights = [TYPE_PROFILES[t][0] for t in types]
        currency = self.texts.currency
        factor = CURRENCY_FACTOR.get(currency, 1)
        for year in range(self.first_year, self.today.year + 1):
            count = self.rng.randint(*PLAN_ITEMS_PER_YEAR)
            for number in range(count):
                # Every type in the first year, so a short demo still shows them all.
                if year == self.first_year and number < len(types):
                    item_type = types[number]
                else:
                    item_type = self.rng.choices(types, weights)[0]
                _w, _minutes, duration, hours, cost = TYPE_PROFILES[item_type]
                start: dt.date | None = dt.date(year, 1, 1) + dt.timedelta(
                    days=self.rng.randint(0, 330)
                )
                end: dt.date | None = start + dt.timedelta(days=self.rng.randint(*duration) - 1)
                if self.rng.random() < 0.06:
                    start = end = None  # an idea without dates yet
                status = self._plan_status(start, end, year)
                if status is PlanStatus.IDEA and self.rng.random() < 0.5:
                    start = end = None
                keys = self.pick_skills(
                    start or dt.date(year, 6, 1), self.rng.choice((1, 1, 2, 2, 3))
                )
                completed = None
                if status is PlanStatus.DONE and end is not None:
                    completed = min(self.today, end + dt.timedelta(days=self.rng.randint(-3, 10)))
                    completed = max(completed, start or completed)
                provider, url = self.rng.choice(self.texts.providers[item_type.value])
                cost_minor = None
                if cost is not None:
                    cost_minor = self.rng.randint(*cost) * factor * 100
                plan_id = len(rows) + 1
                created = _stamp(
                    min(start or dt.date(year, 1, 2), self.today)
                    - dt.timedelta(days=self.rng.randint(1, 30)),
                    20,
                    plan_id,
                )
                rows.append(
                    {
                        "id": plan_id,
                        "title": self.rng.choice(self.texts.plan_titles[item_type.value]).format(
                            topic=self.topic(keys[0])
                        ),
                        "item_type": item_type,
                        "provider": provider,
                        "url": url if self.rng.random() < 0.7 else "",
                        "status": status,
                        "planned_start": start,
                        "planned_end": end,
                        "estimated_minutes": self.rng.randint(*hours) * 60
                        if self.rng.random() < 0.85
                        else None,
                        "cost_minor": cost_minor,
                        "currency": currency if cost_minor is not None else "",
                        "priority": self.rng.choices((1, 2, 3), (3, 5, 2))[0],
                        "notes": self.rng.choice(self.texts.plan_notes)
                        if self.rng.random() < 0.4
                        else "",
                        "plan_year": year,
                        "completed_on": completed,
                        "created_at": created,
                        "valid_until": _valid_until(item_type, completed),
                        "renewal_id": None,
                    }
                )
                skill_rows.extend(
                    {"plan_item_id": plan_id, "skill_id": self.skill_ids[key]} for key in keys
                )
                plans.append(_Plan(plan_id, item_type, status, start, end, keys, year))
        return plans, rows, skill_rows

    def _log_entries(self, plans: list[_Plan]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """A few short entries most days: everyday learning, and work on plan items."""
        rows: list[dict[str, Any]] = []
        skill_rows: list[dict[str, Any]] = []
        active = sorted(
            (
                p
                for p in plans
                if p.start is not None
                and p.end is not None
                and p.status in (PlanStatus.DONE, PlanStatus.IN_PROGRESS, PlanStatus.DROPPED)
            ),
            key=lambda p: p.start or dt.date.min,
        )
        everyday = list(EVERYDAY_TYPES)
        everyday_weights = list(EVERYDAY_TYPES.values())
        learned = self.texts.learned
        insights = self.texts.insights
        applies = self.texts.apply
        open_plans: list[_Plan] = []
        next_plan = 0
        day = self.start
        total_days = (self.today - self.start).days + 1
        while day <= self.today:
            while next_plan < len(active) and (active[next_plan].start or day) <= day:
                open_plans.append(active[next_plan])
                next_plan += 1
            open_plans = [p for p in open_plans if (p.end or day) >= day]
            rate = (
                LOG_ENTRIES_PER_DAY
                * _day_factor(day)
                * (0.85 + 0.3 * (day - self.start).days / total_days)
            )
            count = int(rate) + (1 if self.rng.random() < rate - int(rate) else 0)
            for _ in range(count):
                plan = None
                if open_plans and self.rng.random() < 0.3:
                    plan = self.rng.choice(open_plans)
                if plan is not None:
                    learning_type = plan.item_type
                    keys = plan.skill_keys[: self.rng.choice((1, 2))]
                else:
                    learning_type = self.rng.choices(everyday, everyday_weights)[0]
                    keys = self.pick_skills(day, self.rng.choice((1, 1, 1, 2)))
                low, high = TYPE_PROFILES[learning_type][1]
                minutes = self.rng.randint(low, high) // 5 * 5 or 5
                entry_id = len(rows) + 1
                text = self.rng.choice(learned[learning_type.value]).format(
                    topic=self.topic(keys[0])
                )
                insight = self.rng.choice(insights)
                rows.append(
                    {
                        "id": entry_id,
                        "logged_on": day,
                        "minutes": minutes,
                        "learning_type": learning_type,
                        "plan_item_id": plan.id if plan is not None else None,
                        "learned": f"{text} {insight}".strip(),
                        "apply": self.rng.choice(applies),
                        "created_at": _stamp(day, 17, entry_id % 360),
                    }
                )
                skill_rows.extend(
                    {"log_entry_id": entry_id, "skill_id": self.skill_ids[key]} for key in keys
                )
            day += dt.timedelta(days=1)
        return rows, skill_rows

    def _postings(
        self,
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        rows: list[dict[str, Any]] = []
        area_rows: list[dict[str, Any]] = []
        skill_rows: list[dict[str, Any]] = []
        area_keys = [key for key in AREA_SHARES if key in self.area_ids]
        skills_by_area: dict[str, list[str]] = {}
        for _id, key, area in self.skills:
            skills_by_area.setdefault(area, []).append(key)
        seniorities = list(Seniority)
        texts = self.texts
        for year in range(self.first_year, self.today.year + 1):
            drift = (year - self.first_year) / max(1, self.years - 1)
            shares = [_between(AREA_SHARES[key], drift) for key in area_keys]
            count = round(self.rng.randint(*POSTINGS_PER_YEAR) * self.year_fraction(year))
            for _ in range(count):
                posting_id = len(rows) + 1
                primary = self.rng.choices(area_keys, shares)[0]
                chosen = [primary]
                extra = self.rng.choices((0, 1, 2), (55, 35, 10))[0]
                while len(chosen) < 1 + extra:
                    candidate = self.rng.choices(area_keys, shares)[0]
                    if candidate not in chosen:
                        chosen.append(candidate)
                asked: list[str] = []
                for area in chosen:
                    for key in skills_by_area.get(area, []):
                        if self.rng.random() < _between(
                            SKILL_SHARES.get(key, (0.3, 0.3)), drift
                        ) * (1.6 if area == primary else 0.8):
                            asked.append(key)
                if not asked and skills_by_area.get(primary):
                    asked.append(self.rng.choice(skills_by_area[primary]))
                seniority = (
                    self.rng.choices(seniorities, (25, 40, 25, 10))[0]
                    if self.rng.random() < 0.95
                    else None
                )
                title = self.rng.choice(texts.posting_titles[primary])
                if seniority is not None:
                    title = texts.seniority_titles[seniority.value].format(title=title)
                day = self.random_day(year)
                rows.append(
                    {
                        "id": posting_id,
                        "seen_on": day,
                        "title": title,
                        "employer": self.rng.choice(texts.employers),
                        "source": self.rng.choice(texts.sources),
                        "url": f"https://jobs.example.org/{year}/{posting_id}"
                        if self.rng.random() < 0.4
                        else "",
                        "location": self.rng.choice(texts.locations),
                        "seniority": seniority,
                        "notes": self.rng.choice(texts.posting_notes)
                        if self.rng.random() < 0.15
                        else "",
                        "created_at": _stamp(day, 21, posting_id % 50),
                    }
                )
                area_rows.extend(
                    {"posting_id": posting_id, "area_id": self.area_ids[key]} for key in chosen
                )
                skill_rows.extend(
                    {"posting_id": posting_id, "skill_id": self.skill_ids[key]} for key in asked
                )
        return rows, area_rows, skill_rows

    def _year_plans(
        self,
        plans: list[_Plan],
        log_rows: list[dict[str, Any]],
        posting_rows: list[dict[str, Any]],
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        texts = self.texts
        minutes_by_year: dict[int, int] = {}
        entries_by_year: dict[int, int] = {}
        for row in log_rows:
            year = row["logged_on"].year
            minutes_by_year[year] = minutes_by_year.get(year, 0) + row["minutes"]
            entries_by_year[year] = entries_by_year.get(year, 0) + 1
        postings_by_year: dict[int, int] = {}
        for row in posting_rows:
            postings_by_year[row["seen_on"].year] = postings_by_year.get(row["seen_on"].year, 0) + 1
        rows: list[dict[str, Any]] = []
        goal_rows: list[dict[str, Any]] = []
        for year in range(self.first_year, self.today.year + 1):
            plan_id = len(rows) + 1
            past = year < self.today.year
            mid_year = min(dt.date(year, 6, 1), self.today)
            stage = self.stage_at(mid_year)
            goals = self._goals(
                year=year,
                stage=stage,
                year_plan_id=plan_id,
                first_id=len(goal_rows),
                minutes_by_year=minutes_by_year,
                postings_by_year=postings_by_year,
            )
            goal_rows.extend(goals)
            review = ""
            if past:
                review = self._review(year, plans, goals, minutes_by_year, entries_by_year)
            rows.append(
                {
                    "id": plan_id,
                    "year": year,
                    "notes": self.rng.choice(texts.year_notes).format(
                        areas=self.areas_text(stage.focus)
                    ),
                    "review": review,
                    "created_at": _stamp(
                        dt.date(year, 1, 1) + dt.timedelta(days=self.rng.randint(1, 20)), 19
                    ),
                }
            )
        return rows, goal_rows

    def _goals(
        self,
        *,
        year: int,
        stage: Stage,
        year_plan_id: int,
        first_id: int,
        minutes_by_year: dict[int, int],
        postings_by_year: dict[int, int],
    ) -> list[dict[str, Any]]:
        texts = self.texts
        goals: list[dict[str, Any]] = []
        past = year < self.today.year
        count = self.rng.randint(*GOALS_PER_YEAR)
        focus_skills = [key for _id, key, area in self.skills if area in stage.focus]
        self.rng.shuffle(focus_skills)
        kinds = ["level", "level", "hours", "market", "peer", "share"][:count]
        if count > 4:
            kinds[-1] = "share"
        for position, kind in enumerate(kinds):
            due = dt.date(year, 12, 31)
            if kind in ("level", "share"):
                due = dt.date(year, self.rng.choice((3, 6, 9, 12)), 28)
            skill_id = None
            reached: bool
            if kind == "level" and focus_skills:
                key = focus_skills[position % len(focus_skills)]
                start_level = round(self.level_on(key, dt.date(year, 1, 1)))
                level = min(5, start_level + 1)
                title, measure = texts.goal_level
                title = title.format(level=level, topic=self.topic(key))
                measure = measure.format(level=level)
                skill_id = self.skill_ids[key]
                reached = round(self.level_on(key, min(due, self.today))) >= level
            elif kind == "hours":
                hours = 50 * round(minutes_by_year.get(year - 1, 30_000) / 60 / 50 + 0.5)
                title, measure = (s.format(hours=hours) for s in texts.goal_hours)
                reached = minutes_by_year.get(year, 0) / 60 >= hours
            elif kind == "market":
                target = 10 * round(postings_by_year.get(year - 1, 150) * 0.09)
                title, measure = (s.format(count=target) for s in texts.goal_market)
                reached = postings_by_year.get(year, 0) >= target
            elif kind == "peer":
                title, measure = (s.format(count=12) for s in texts.goal_peer)
                reached = self.rng.random() < 0.7
            else:
                key = focus_skills[0] if focus_skills else self.skills[0][1]
                title, measure = (s.format(topic=self.topic(key)) for s in texts.goal_share)
                skill_id = self.skill_ids[key]
                reached = self.rng.random() < 0.6
            if past or due < self.today:
                status = (
                    GoalStatus.DONE
                    if reached
                    else (GoalStatus.DROPPED if self.rng.random() < 0.6 else GoalStatus.IN_PROGRESS)
                )
            else:
                status = GoalStatus.IN_PROGRESS if self.rng.random() < 0.6 else GoalStatus.OPEN
            goals.append(
                {
                    "id": first_id + len(goals) + 1,
                    "year_plan_id": year_plan_id,
                    "title": title,
                    "measure": measure,
                    "due_on": due,
                    "skill_id": skill_id,
                    "status": status,
                    "position": position,
                }
            )
        return goals

    def _review(
        self,
        year: int,
        plans: list[_Plan],
        goals: list[dict[str, Any]],
        minutes_by_year: dict[int, int],
        entries_by_year: dict[int, int],
    ) -> str:
        texts = self.texts
        in_year = [p for p in plans if p.year == year]
        done = sum(p.status is PlanStatus.DONE for p in in_year)
        dropped = sum(p.status is PlanStatus.DROPPED for p in in_year)
        goals_done = sum(g["status"] is GoalStatus.DONE for g in goals)
        growth = {
            key: self.level_on(key, dt.date(year, 12, 31)) - self.level_on(key, dt.date(year, 1, 1))
            for key in self.levels
        }
        best = max(growth, key=lambda key: (growth[key], key))
        next_stage = self.stage_at(dt.date(year + 1, 6, 1))
        next_skills = [key for _id, key, area in self.skills if area in next_stage.focus]
        next_key = self.rng.choice(next_skills or [best])
        parts = [
            self.rng.choice(texts.review_opening).format(
                year=year,
                hours=round(minutes_by_year.get(year, 0) / 60),
                entries=entries_by_year.get(year, 0),
            ),
            self.rng.choice(texts.review_plan).format(
                done=done, total=len(in_year), dropped=dropped
            ),
            self.rng.choice(texts.review_goals).format(done=goals_done, total=len(goals)),
            self.rng.choice(texts.review_best).format(topic=self.topic(best)),
            self.rng.choice(texts.review_next).format(topic=self.topic(next_key)),
        ]
        return " ".join(parts)


def _valid_until(item_type: LearningType, completed: dt.date | None) -> dt.date | None:
    """A certification earned holds for two years (as Google's and Meta's do, roughly)."""
    if item_type is not LearningType.CERTIFICATION or completed is None:
        return None
    return completed.replace(year=completed.year + 2, day=min(completed.day, 28))


def _sentence(template: str, **values: object) -> str:
    """``template`` filled in, with a capital first letter when a value opens it."""
    text = template.format(**values)
    return text[:1].upper() + text[1:]


def _between(pair: tuple[float, float], fraction: float) -> float:
    first, last = pair
    return first + (last - first) * fraction


def _day_factor(day: dt.date) -> float:
    """Fewer entries at weekends, in July and over Christmas."""
    factor = 1.18 if day.weekday() < 5 else 0.55
    if day.month == 7:
        factor *= 0.5
    if day.month == 12 and day.day >= 20:
        factor *= 0.4
    return factor


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _stamp(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0)) + dt.timedelta(minutes=minute % 600)
