"""Job postings read over the years, drifting towards social media and analytics."""

from __future__ import annotations

from planner.demo.shapes import AREA_SHARES, SKILL_SHARES
from planner.demo.story import Row, Story, between, stamp
from planner.domain.enums import Seniority


def postings(story: Story) -> tuple[list[Row], list[Row], list[Row]]:
    """Some two hundred postings a year, each with its areas and the skills it asks for."""
    rows: list[Row] = []
    area_rows: list[Row] = []
    skill_rows: list[Row] = []
    area_keys = [key for key in AREA_SHARES if key in story.area_ids]
    skills_by_area: dict[str, list[str]] = {}
    for _id, key, area in story.skills:
        skills_by_area.setdefault(area, []).append(key)
    for year in story.year_range:
        drift = (year - story.first_year) / max(1, story.years - 1)
        shares = [between(AREA_SHARES[key], drift) for key in area_keys]
        drawn = story.rng.randint(*story.sizes.postings_per_year)
        for _ in range(round(drawn * story.year_fraction(year))):
            posting_id = len(rows) + 1
            chosen = _areas(story, area_keys, shares)
            asked = _asked_skills(story, chosen, skills_by_area, drift)
            rows.append(_posting_row(story, posting_id, year, chosen[0]))
            area_rows.extend(
                {"posting_id": posting_id, "area_id": story.area_ids[key]} for key in chosen
            )
            skill_rows.extend(
                {"posting_id": posting_id, "skill_id": story.skill_ids[key]} for key in asked
            )
    return rows, area_rows, skill_rows


def _areas(story: Story, area_keys: list[str], shares: list[float]) -> list[str]:
    """The posting's main area first, and up to two more."""
    chosen = [story.rng.choices(area_keys, shares)[0]]
    extra = story.rng.choices((0, 1, 2), (55, 35, 10))[0]
    while len(chosen) < 1 + extra:
        candidate = story.rng.choices(area_keys, shares)[0]
        if candidate not in chosen:
            chosen.append(candidate)
    return chosen


def _asked_skills(
    story: Story, chosen: list[str], skills_by_area: dict[str, list[str]], drift: float
) -> list[str]:
    """The skills asked for: likelier in the main area, and as the market of that year asks."""
    primary = chosen[0]
    asked: list[str] = []
    for area in chosen:
        weight = 1.6 if area == primary else 0.8
        for key in skills_by_area.get(area, []):
            if story.rng.random() < between(SKILL_SHARES.get(key, (0.3, 0.3)), drift) * weight:
                asked.append(key)
    if not asked and skills_by_area.get(primary):
        asked.append(story.rng.choice(skills_by_area[primary]))
    return asked


def _posting_row(story: Story, posting_id: int, year: int, primary: str) -> Row:
    rng, texts = story.rng, story.texts
    seniority = rng.choices(list(Seniority), (25, 40, 25, 10))[0] if rng.random() < 0.95 else None
    title = rng.choice(texts.posting_titles[primary])
    if seniority is not None:
        title = texts.seniority_titles[seniority.value].format(title=title)
    day = story.random_day(year)
    return {
        "id": posting_id,
        "seen_on": day,
        "title": title,
        "employer": rng.choice(texts.employers),
        "source": rng.choice(texts.sources),
        "url": f"https://jobs.example.org/{year}/{posting_id}" if rng.random() < 0.4 else "",
        "location": rng.choice(texts.locations),
        "seniority": seniority,
        "notes": rng.choice(texts.posting_notes) if rng.random() < 0.15 else "",
        "created_at": stamp(day, 21, posting_id % 50),
    }
