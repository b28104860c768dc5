"""The person's own rows: strengths profiles, specialisation choices, assessments, targets."""

from __future__ import annotations

import datetime as dt

from planner.demo.story import Row, Story, sentence, stamp
from planner.domain.advisor import validate_focus


def strengths(story: Story) -> list[Row]:
    """One strengths profile at the start, and more as the career moves on."""
    before, after = story.arc.strengths
    points = [0.0, 0.45, 0.9][: 1 + (story.years >= 3) + (story.years >= 6)]
    span = (story.today - story.start).days
    notes = story.texts.strengths_notes
    rows: list[Row] = []
    for index, fraction in enumerate(points):
        day = story.start + dt.timedelta(days=int(span * fraction) + story.rng.randint(3, 20))
        day = min(day, story.today)
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
                "note": notes[index % len(notes)],
                "created_at": stamp(day, 8),
            }
        )
    return rows


def choices(story: Story) -> tuple[list[Row], list[Row]]:
    """A specialisation choice at the start of every stage of the arc, with its focus areas."""
    rows: list[Row] = []
    focus_rows: list[Row] = []
    for index, start in enumerate(story.stage_starts):
        stage = story.arc.stages[index]
        problems = validate_focus(stage.road, stage.focus)
        if problems:  # a mistake in ARCS, not in the user's data
            raise AssertionError(f"invalid demo focus {stage}: {problems}")
        choice_id = index + 1
        rows.append(
            {
                "id": choice_id,
                "chosen_on": start,
                "road": stage.road,
                "rationale": sentence(
                    story.rng.choice(story.texts.rationale[stage.road.value]),
                    areas=story.areas_text(stage.focus),
                ),
                "review_on": start + dt.timedelta(days=365),
                "created_at": stamp(start, 9),
            }
        )
        focus_rows.extend(
            {"choice_id": choice_id, "area_id": story.area_ids[key]} for key in stage.focus
        )
    return rows, focus_rows


def assessments(story: Story) -> list[Row]:
    """Every skill assessed a dozen times or more a year, around its true level."""
    rows: list[Row] = []
    notes = story.texts.assessment_notes
    for year in story.year_range:
        fraction = story.year_fraction(year)
        for skill_id, key, _area in story.skills:
            drawn = story.rng.randint(*story.sizes.assessments_per_skill_year)
            count = max(1, round(drawn * fraction))
            for day in sorted(story.random_day(year) for _ in range(count)):
                level = round(story.level_on(key, day) + story.rng.gauss(0, 0.3))
                rows.append(
                    {
                        "id": len(rows) + 1,
                        "skill_id": skill_id,
                        "assessed_on": day,
                        "level": min(5, max(0, level)),
                        "note": story.rng.choice(notes) if story.rng.random() < 0.2 else "",
                        "evidence_url": "",
                        "created_at": stamp(day, 18, len(rows)),
                    }
                )
    return rows


def targets(story: Story) -> list[Row]:
    """Target levels by the latest choice: depth in its focus, a base elsewhere.

    Some targets sit a level above today's, so the inventory shows gaps.
    """
    focus = story.stage_at(story.today).focus
    rows: list[Row] = []
    for skill_id, key, area in story.skills:
        current = round(story.level_on(key, story.today))
        target: int | None
        if area in focus:
            target = 5 if current >= 4 or story.rng.random() < 0.5 else 4
        elif story.rng.random() < 0.1:
            target = None
        else:
            target = max(3, current)
        if target is not None and target <= current and story.rng.random() < 0.35:
            target = min(5, current + 1)
        rows.append({"id": skill_id, "target_level": target})
    return rows
