"""Yearly plans: notes on the year's focus, SMART goals, reviews quoting the year's figures."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from planner.demo.learning import PlanFacts
from planner.demo.shapes import Stage
from planner.demo.story import Row, Story, stamp
from planner.domain.enums import GoalStatus, PlanStatus

# The kinds of goal a year gets, in order; a year with more goals sets more levels.
_GOAL_KINDS = ("level", "level", "hours", "market", "peer", "share")


@dataclass(frozen=True)
class YearFigures:
    """What the log and the postings add up to, per year: goals and reviews quote them."""

    minutes: Counter[int]
    entries: Counter[int]
    postings: Counter[int]

    @classmethod
    def of(cls, log_rows: list[Row], posting_rows: list[Row]) -> YearFigures:
        minutes: Counter[int] = Counter()
        entries: Counter[int] = Counter()
        for row in log_rows:
            year = row["logged_on"].year
            minutes[year] += row["minutes"]
            entries[year] += 1
        postings = Counter(row["seen_on"].year for row in posting_rows)
        return cls(minutes, entries, postings)


def year_plans(
    story: Story, plans: list[PlanFacts], log_rows: list[Row], posting_rows: list[Row]
) -> tuple[list[Row], list[Row]]:
    """A yearly plan for every year, with its goals; past years have their review."""
    figures = YearFigures.of(log_rows, posting_rows)
    rows: list[Row] = []
    goal_rows: list[Row] = []
    for year in story.year_range:
        plan_id = len(rows) + 1
        stage = story.stage_at(min(dt.date(year, 6, 1), story.today))
        goals = _goals(story, year, stage, figures)
        for position, goal in enumerate(goals):
            goal.update(id=len(goal_rows) + position + 1, year_plan_id=plan_id)
        goal_rows.extend(goals)
        review = ""
        if year < story.today.year:
            review = _review(story, year, plans, goals, figures)
        notes = story.rng.choice(story.texts.year_notes).format(areas=story.areas_text(stage.focus))
        created_on = dt.date(year, 1, 1) + dt.timedelta(days=story.rng.randint(1, 20))
        rows.append(
            {
                "id": plan_id,
                "year": year,
                "notes": notes,
                "review": review,
                "created_at": stamp(created_on, 19),
            }
        )
    return rows, goal_rows


def _goals(story: Story, year: int, stage: Stage, figures: YearFigures) -> list[Row]:
    """The year's goals (without ids), and how far they got by year end or today."""
    count = story.rng.randint(*story.sizes.goals_per_year)
    focus_skills = story.focus_skills(stage)
    story.rng.shuffle(focus_skills)
    kinds = [*_GOAL_KINDS[:count], *["level"] * (count - len(_GOAL_KINDS))]
    if 4 < count <= len(_GOAL_KINDS):
        kinds[-1] = "share"
    goals: list[Row] = []
    for position, kind in enumerate(kinds):
        due = dt.date(year, 12, 31)
        if kind in ("level", "share"):
            due = dt.date(year, story.rng.choice((3, 6, 9, 12)), 28)
        title, measure, skill_key, reached = _goal_content(
            story, kind, year=year, due=due, turn=(focus_skills, position), figures=figures
        )
        goals.append(
            {
                "title": title,
                "measure": measure,
                "due_on": due,
                "skill_id": story.skill_ids[skill_key] if skill_key else None,
                "status": _goal_status(
                    story, reached, year < story.today.year or due < story.today
                ),
                "position": position,
            }
        )
    return goals


def _goal_content(
    story: Story,
    kind: str,
    *,
    year: int,
    due: dt.date,
    turn: tuple[list[str], int],
    figures: YearFigures,
) -> tuple[str, str, str | None, bool]:
    """(title, measure, the skill it is about, reached?) of a goal of ``kind``.

    ``turn`` is (the year's focus skills, this goal's position): the level goals take
    the skills in turn, a share goal the first (a level goal with none becomes a share goal).
    """
    texts = story.texts
    skills, position = turn
    if kind == "level" and skills:
        key = skills[position % len(skills)]
        level = min(5, round(story.level_on(key, dt.date(year, 1, 1))) + 1)
        title, measure = texts.goal_level
        reached = round(story.level_on(key, min(due, story.today))) >= level
        return (
            title.format(level=level, topic=story.topic(key)),
            measure.format(level=level),
            key,
            reached,
        )
    if kind == "hours":
        hours = 50 * round(figures.minutes.get(year - 1, 30_000) / 60 / 50 + 0.5)
        title, measure = (s.format(hours=hours) for s in texts.goal_hours)
        return title, measure, None, figures.minutes.get(year, 0) / 60 >= hours
    if kind == "market":
        target = 10 * round(figures.postings.get(year - 1, 150) * 0.09)
        title, measure = (s.format(count=target) for s in texts.goal_market)
        return title, measure, None, figures.postings.get(year, 0) >= target
    if kind == "peer":
        title, measure = (s.format(count=12) for s in texts.goal_peer)
        return title, measure, None, story.rng.random() < 0.7
    key = skills[0] if skills else story.skills[0][1]
    title, measure = (s.format(topic=story.topic(key)) for s in texts.goal_share)
    return title, measure, key, story.rng.random() < 0.6


def _goal_status(story: Story, reached: bool, over: bool) -> GoalStatus:
    """Reached or dropped once its time is over; under way or still open before."""
    if over:
        if reached:
            return GoalStatus.DONE
        return GoalStatus.DROPPED if story.rng.random() < 0.6 else GoalStatus.IN_PROGRESS
    return GoalStatus.IN_PROGRESS if story.rng.random() < 0.6 else GoalStatus.OPEN


def _review(
    story: Story, year: int, plans: list[PlanFacts], goals: list[Row], figures: YearFigures
) -> str:
    """The year in five sentences: hours, the plan, the goals, the best growth, what is next."""
    rng, texts = story.rng, story.texts
    in_year = [p for p in plans if p.year == year]
    done = sum(p.status is PlanStatus.DONE for p in in_year)
    dropped = sum(p.status is PlanStatus.DROPPED for p in in_year)
    goals_done = sum(g["status"] is GoalStatus.DONE for g in goals)
    growth = {
        key: story.level_on(key, dt.date(year, 12, 31)) - story.level_on(key, dt.date(year, 1, 1))
        for key in story.levels
    }
    best = max(growth, key=lambda key: (growth[key], key))
    next_key = rng.choice(story.focus_skills(story.stage_at(dt.date(year + 1, 6, 1))) or [best])
    hours = round(figures.minutes.get(year, 0) / 60)
    parts = [
        rng.choice(texts.review_opening).format(
            year=year, hours=hours, entries=figures.entries.get(year, 0)
        ),
        rng.choice(texts.review_plan).format(done=done, total=len(in_year), dropped=dropped),
        rng.choice(texts.review_goals).format(done=goals_done, total=len(goals)),
        rng.choice(texts.review_best).format(topic=story.topic(best)),
        rng.choice(texts.review_next).format(topic=story.topic(next_key)),
    ]
    return " ".join(parts)
