"""Demo data: a digital marketer's career over N years, written into an empty store.

The story is simulated month by month so the tables agree with each other:
skill levels rise fastest in the areas the person has chosen to specialise
in; plan items, log entries and goals follow that focus; job postings drift
towards social media and analytics over the years; yearly reviews quote the
year's own figures. The same seed, number of years, sizes and ``today`` give
the same data, row for row (``created_at`` included).

This is the one generator of years of data: ``career-planner demo``, the
tests' ten years and the bench all use it.

Everything is written in one transaction with SQLAlchemy's bulk inserts, so
ten years (about 30,000 rows plus their links) take a second or two, and a
failure leaves the database as it was. The store APIs of each area are not
used: they validate and commit one record at a time, which would make this
a hundred times slower.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from planner.demo import learning, market, person
from planner.demo.shapes import DemoSizes
from planner.demo.story import Row, Story
from planner.demo.texts import texts_for
from planner.demo.years import year_plans
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

__all__ = ["DataFolderNotEmptyError", "DemoSizes", "DemoSummary", "fill_demo"]

MIN_YEARS = 1
MAX_YEARS = 40
DEFAULT_SEED = 1

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


def fill_demo(
    database: Database,
    *,
    years: int,
    seed: int = DEFAULT_SEED,
    language: str = "en",
    today: dt.date | None = None,
    sizes: DemoSizes | None = None,
) -> DemoSummary:
    """Write ``years`` years of demo data ending in ``today``'s year.

    ``sizes`` changes how much of each there is in a year (the tests' shapes);
    the default is the demo's. Raises :class:`DataFolderNotEmptyError` (and
    writes nothing) when the store already holds any of the user's own data.
    """
    if not MIN_YEARS <= years <= MAX_YEARS:
        raise ValueError(f"years must be from {MIN_YEARS} to {MAX_YEARS}")
    today = today or dt.date.today()
    with database.transaction() as session:
        if _holds_user_data(session):
            raise DataFolderNotEmptyError(path=database.path.parent)
        areas, skills = _catalogue(session)
        texts = texts_for(language)
        story = Story(random.Random(seed), texts, today, years, areas, skills, sizes or DemoSizes())
        tables = _build(story)
        for target, rows in tables:
            if rows:
                # render_nulls: None is sent as NULL rather than left out, so rows
                # with and without a value go into one executemany, not one each.
                statement = insert(target).execution_options(render_nulls=True)
                session.execute(statement, rows)
        session.execute(update(Skill), person.targets(story))
        session.execute(
            update(Profile)
            .where(Profile.id == 1)
            .values(name=texts.person, role=texts.role, onboarded=True)
        )
    counts = {_table_name(target): len(rows) for target, rows in tables}
    return DemoSummary(story.first_year, today.year, counts)


def _catalogue(session: Session) -> tuple[dict[str, int], list[tuple[int, str, str]]]:
    """Area ids by key, and the catalogue's own skills (id, key, area key) in their order."""
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
    return areas, skills


def _table_name(target: Any) -> str:
    return getattr(target, "__tablename__", None) or target.name


def _holds_user_data(session: Session) -> bool:
    for model in USER_TABLES:
        if session.execute(select(model.id).limit(1)).first() is not None:
            return True
    has_custom = select(Skill.id).where(Skill.is_custom.is_(True) | Skill.target_level.is_not(None))
    return session.execute(has_custom.limit(1)).first() is not None


def _build(story: Story) -> list[tuple[Any, list[Row]]]:
    """Every table's rows, drawn in a fixed order from the story's one random source."""
    strengths = person.strengths(story)
    choices, focus_rows = person.choices(story)
    assessments = person.assessments(story)
    plans, plan_rows, plan_skill_rows = learning.plan_items(story)
    log_rows, log_skill_rows = learning.log_entries(story, plans)
    posting_rows, posting_area_rows, posting_skill_rows = market.postings(story)
    year_rows, goal_rows = year_plans(story, plans, log_rows, posting_rows)
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
