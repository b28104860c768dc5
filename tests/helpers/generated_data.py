"""Ten years of plausible data, written fast with bulk inserts, for timing and screenshots.

About 20,000 log entries, 3,000 assessments, 2,000 job postings and a few
hundred plan items: the size a dedicated user reaches in a decade.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import insert, select

from planner.domain.enums import LearningType, PlanStatus, Road, Seniority
from planner.store.database import Database
from planner.store.models import (
    Area,
    Assessment,
    JobPosting,
    LogEntry,
    PlanItem,
    Skill,
    SpecialisationChoice,
    choice_focus_areas,
    log_entry_skills,
    posting_areas,
    posting_skills,
)


def generate(
    database: Database,
    today: dt.date,
    *,
    years: int = 10,
    log_entries: int = 20_000,
    assessments: int = 3_000,
    postings: int = 2_000,
    seed: int = 6,
) -> None:
    rng = random.Random(seed)
    start = dt.date(today.year - years + 1, 1, 1)
    span = (today - start).days

    def day(recent_days: int | None = None) -> dt.date:
        if recent_days is not None:
            return today - dt.timedelta(days=rng.randrange(recent_days))
        return start + dt.timedelta(days=rng.randrange(span + 1))

    with database.transaction() as session:
        skills = list(session.execute(select(Skill.id, Skill.area_id)))
        areas = list(session.scalars(select(Area.id).order_by(Area.position)))
        skill_ids = [skill_id for skill_id, _area in skills]
        for skill_id in skill_ids:
            session.execute(
                Skill.__table__.update()
                .where(Skill.id == skill_id)
                .values(target_level=rng.randint(2, 5))
            )

        # Assessments: levels climb slowly; two skills were last assessed long ago.
        rows = []
        stale = set(skill_ids[:2])
        for index in range(assessments):
            skill_id = skill_ids[index % len(skill_ids)]
            on = day()
            if skill_id in stale:
                on = min(on, today - dt.timedelta(days=300))
            progress = (on - start).days / max(span, 1)
            level = max(0, min(5, round(progress * 4 + rng.uniform(-0.7, 1.0))))
            rows.append({"skill_id": skill_id, "assessed_on": on, "level": level, "note": ""})
        session.execute(insert(Assessment), rows)

        plan_rows = []
        statuses = list(PlanStatus)
        for year in range(start.year, today.year + 1):
            for number in range(30):
                begin = dt.date(year, rng.randint(1, 12), 1)
                end = begin + dt.timedelta(days=rng.randint(20, 120))
                status = (
                    PlanStatus.DONE
                    if year < today.year and rng.random() < 0.75
                    else rng.choice(statuses)
                )
                plan_rows.append(
                    {
                        "title": f"Plan item {year}-{number + 1}",
                        "item_type": rng.choice(list(LearningType)),
                        "status": status,
                        "planned_start": begin,
                        "planned_end": end,
                        "estimated_minutes": rng.randint(2, 40) * 60,
                        "plan_year": year,
                        "priority": 2,
                    }
                )
        session.execute(insert(PlanItem), plan_rows)
        plan_ids = list(session.scalars(select(PlanItem.id)))

        kinds = list(LearningType)
        weights = [3, 2, 2, 4, 2, 1, 4, 1, 3]
        log_rows = []
        for _index in range(log_entries):
            on = day(400) if rng.random() < 0.08 else day()
            log_rows.append(
                {
                    "logged_on": on,
                    "minutes": rng.choice([15, 20, 30, 45, 60, 90, 120]),
                    "learning_type": rng.choices(kinds, weights)[0],
                    "plan_item_id": rng.choice(plan_ids) if rng.random() < 0.4 else None,
                    "learned": "",
                    "apply": "",
                }
            )
        session.execute(insert(LogEntry), log_rows)
        log_ids = list(session.scalars(select(LogEntry.id)))
        session.execute(
            insert(log_entry_skills),
            [{"log_entry_id": ident, "skill_id": rng.choice(skill_ids)} for ident in log_ids],
        )

        posting_rows = [
            {
                "seen_on": day(),
                "title": f"Marketing role {number}",
                "seniority": rng.choice(list(Seniority)),
            }
            for number in range(postings)
        ]
        # Make sure the newest year has postings, like a user who read the market.
        posting_rows[0]["seen_on"] = today
        session.execute(insert(JobPosting), posting_rows)
        posting_ids = list(session.scalars(select(JobPosting.id)))
        area_links, skill_links = [], []
        area_weights = [5, 4, 3, 6, 4, 2]
        for ident in posting_ids:
            chosen = set(rng.choices(areas, area_weights, k=rng.randint(1, 3)))
            area_links += [{"posting_id": ident, "area_id": area} for area in chosen]
            skill_links += [
                {"posting_id": ident, "skill_id": skill}
                for skill in set(rng.sample(skill_ids, rng.randint(1, 3)))
            ]
        session.execute(insert(posting_areas), area_links)
        session.execute(insert(posting_skills), skill_links)

        choice = session.execute(
            insert(SpecialisationChoice).returning(SpecialisationChoice.id),
            [{"chosen_on": today - dt.timedelta(days=90), "road": Road.SEMI_SPECIALIST}],
        ).scalar_one()
        session.execute(
            insert(choice_focus_areas),
            [{"choice_id": choice, "area_id": area} for area in (areas[3], areas[4])],
        )
