"""Generated years of data for the year plan tests, written with bulk inserts."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import insert, select

from planner.domain.enums import GoalStatus, LearningType, PlanStatus, Road
from planner.store.database import Database
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
    YearPlan,
    choice_focus_areas,
    log_entry_skills,
    posting_areas,
)


def generate_years(
    database: Database,
    first_year: int,
    last_year: int,
    *,
    name: str = "Åse Ødegård",
    goals_per_year: int = 6,
    entries_per_year: int = 150,
    postings_per_year: int = 40,
    seed: int = 7,
) -> None:
    """Assessments, log entries, plan items, postings, choices and plans for each year."""
    rng = random.Random(seed)
    with database.transaction() as session:
        session.get(Profile, 1).name = name  # type: ignore[union-attr]
        areas = dict(session.execute(select(Area.key, Area.id)).all())
        skills = list(session.execute(select(Skill.id, Skill.key)).all())
        skill_ids = [ident for ident, _key in skills]
        for ident in skill_ids[::2]:
            session.get(Skill, ident).target_level = 4  # type: ignore[union-attr]
        assessments, entries, entry_skills, items, postings, posting_links = [], [], [], [], [], []
        entry_id = posting_id = 0
        for year in range(first_year, last_year + 1):
            level_base = min(year - first_year, 4)
            for ident in skill_ids:
                assessments.append(
                    {
                        "skill_id": ident,
                        "assessed_on": dt.date(year, rng.randint(1, 12), rng.randint(1, 28)),
                        "level": min(5, level_base + rng.randint(0, 1)),
                        "note": "",
                        "evidence_url": "",
                    }
                )
            for _ in range(entries_per_year):
                entry_id += 1
                entries.append(
                    {
                        "id": entry_id,
                        "logged_on": dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364)),
                        "minutes": rng.randint(15, 240),
                        "learning_type": rng.choice(list(LearningType)).value,
                        "learned": "",
                        "apply": "",
                    }
                )
                entry_skills.append({"log_entry_id": entry_id, "skill_id": rng.choice(skill_ids)})
            for number in range(8):
                items.append(
                    {
                        "title": f"Kurs {number} – {year}",
                        "item_type": rng.choice(list(LearningType)).value,
                        "provider": "Kursleverandør AS",
                        "url": "",
                        "status": rng.choice(list(PlanStatus)).value,
                        "planned_end": dt.date(year, rng.randint(1, 12), 15),
                        "estimated_minutes": 600,
                        "cost_minor": rng.randint(0, 9) * 50000,
                        "currency": "NOK",
                        "priority": rng.randint(1, 3),
                        "notes": "",
                        "plan_year": year,
                    }
                )
            for _ in range(postings_per_year):
                posting_id += 1
                postings.append(
                    {
                        "id": posting_id,
                        "seen_on": dt.date(year, rng.randint(1, 12), rng.randint(1, 28)),
                        "title": "Digital markedsfører",
                        "employer": "",
                        "source": "",
                        "url": "",
                        "location": "",
                        "notes": "",
                    }
                )
                for key in rng.sample(sorted(areas), 2):
                    posting_links.append({"posting_id": posting_id, "area_id": areas[key]})
        session.execute(insert(Assessment), assessments)
        session.execute(insert(LogEntry), entries)
        session.execute(insert(log_entry_skills), entry_skills)
        session.execute(insert(PlanItem), items)
        session.execute(insert(JobPosting), postings)
        session.execute(insert(posting_areas), posting_links)
        for year in range(first_year, last_year + 1):
            choice = SpecialisationChoice(
                chosen_on=dt.date(year, 2, 1),
                road=Road.SEMI_SPECIALIST,
                rationale=f"Analyse og SEO passer styrkene mine ({year}).",
            )
            session.add(choice)
            session.flush()
            session.execute(
                insert(choice_focus_areas),
                [
                    {"choice_id": choice.id, "area_id": areas["seo"]},
                    {"choice_id": choice.id, "area_id": areas["analytics"]},
                ],
            )
            plan = YearPlan(year=year, notes="", review=f"Tilbakeblikk på {year - 1}: bra år.")
            session.add(plan)
            session.flush()
            session.execute(
                insert(Goal),
                [
                    {
                        "year_plan_id": plan.id,
                        "title": f"Mål {number + 1} for {year}",
                        "measure": "Sertifikat bestått",
                        "due_on": dt.date(year, 12, 1),
                        "skill_id": skill_ids[number % len(skill_ids)],
                        "status": rng.choice(list(GoalStatus)).value,
                        "position": number,
                    }
                    for number in range(goals_per_year)
                ],
            )
