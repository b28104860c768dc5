"""The learning plan and the learning log: plan items by year, and a few entries most days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.demo.shapes import CURRENCY_FACTOR, EVERYDAY_TYPES, TYPE_PROFILES
from planner.demo.story import Row, Story, stamp
from planner.domain.enums import LearningType, PlanStatus

# Plan items the log links to: worked on, finished or dropped along the way.
_LOGGED_STATUSES = (PlanStatus.DONE, PlanStatus.IN_PROGRESS, PlanStatus.DROPPED)


@dataclass
class PlanFacts:
    """What the log and the yearly reviews need to know of a plan item."""

    id: int
    item_type: LearningType
    status: PlanStatus
    start: dt.date | None
    end: dt.date | None
    skill_keys: tuple[str, ...]
    year: int


def plan_items(story: Story) -> tuple[list[PlanFacts], list[Row], list[Row]]:
    """Some sixty plan items a year; every type in the first year, so a short demo shows all."""
    plans: list[PlanFacts] = []
    rows: list[Row] = []
    skill_rows: list[Row] = []
    types = list(TYPE_PROFILES)
    weights = [TYPE_PROFILES[t].weight for t in types]
    for year in story.year_range:
        count = story.rng.randint(*story.sizes.plan_items_per_year)
        for number in range(count):
            if year == story.first_year and number < len(types):
                item_type = types[number]
            else:
                item_type = story.rng.choices(types, weights)[0]
            start, end, status = _dates_and_status(story, item_type, year)
            keys = story.pick_skills(
                start or dt.date(year, 6, 1), story.rng.choice((1, 1, 2, 2, 3))
            )
            plan = PlanFacts(len(rows) + 1, item_type, status, start, end, keys, year)
            rows.append(_plan_row(story, plan))
            skill_rows.extend(
                {"plan_item_id": plan.id, "skill_id": story.skill_ids[key]} for key in keys
            )
            plans.append(plan)
    return plans, rows, skill_rows


def _dates_and_status(
    story: Story, item_type: LearningType, year: int
) -> tuple[dt.date | None, dt.date | None, PlanStatus]:
    duration = TYPE_PROFILES[item_type].days
    first = dt.date(year, 1, 1) + dt.timedelta(days=story.rng.randint(0, 330))
    start: dt.date | None = first
    end: dt.date | None = first + dt.timedelta(days=story.rng.randint(*duration) - 1)
    if story.rng.random() < 0.06:
        start = end = None  # an idea without dates yet
    status = _plan_status(story, start, end, year)
    if status is PlanStatus.IDEA and story.rng.random() < 0.5:
        start = end = None
    return start, end, status


def _plan_status(story: Story, start: dt.date | None, end: dt.date | None, year: int) -> PlanStatus:
    roll = story.rng.random()
    if start is None or end is None:
        return PlanStatus.IDEA
    if end < story.today:
        if year < story.today.year:
            if roll < 0.74:
                return PlanStatus.DONE
            return PlanStatus.DROPPED if roll < 0.92 else PlanStatus.IDEA
        if roll < 0.7:
            return PlanStatus.DONE
        return PlanStatus.DROPPED if roll < 0.82 else PlanStatus.IN_PROGRESS
    if start > story.today:
        return PlanStatus.PLANNED if roll < 0.7 else PlanStatus.IDEA
    return PlanStatus.IN_PROGRESS if roll < 0.75 else PlanStatus.PLANNED


def _plan_row(story: Story, plan: PlanFacts) -> Row:
    rng, texts = story.rng, story.texts
    profile = TYPE_PROFILES[plan.item_type]
    completed = None
    if plan.status is PlanStatus.DONE and plan.end is not None:
        completed = min(story.today, plan.end + dt.timedelta(days=rng.randint(-3, 10)))
        completed = max(completed, plan.start or completed)
    provider, url = rng.choice(texts.providers[plan.item_type.value])
    cost_minor = None
    if profile.cost is not None:
        cost_minor = rng.randint(*profile.cost) * CURRENCY_FACTOR.get(texts.currency, 1) * 100
    created_on = min(plan.start or dt.date(plan.year, 1, 2), story.today)
    created = stamp(created_on - dt.timedelta(days=rng.randint(1, 30)), 20, plan.id)
    return {
        "id": plan.id,
        "title": rng.choice(texts.plan_titles[plan.item_type.value]).format(
            topic=story.topic(plan.skill_keys[0])
        ),
        "item_type": plan.item_type,
        "provider": provider,
        "url": url if rng.random() < 0.7 else "",
        "status": plan.status,
        "planned_start": plan.start,
        "planned_end": plan.end,
        "estimated_minutes": rng.randint(*profile.hours) * 60 if rng.random() < 0.85 else None,
        "cost_minor": cost_minor,
        "currency": texts.currency if cost_minor is not None else "",
        "priority": rng.choices((1, 2, 3), (3, 5, 2))[0],
        "notes": rng.choice(texts.plan_notes) if rng.random() < 0.4 else "",
        "plan_year": plan.year,
        "completed_on": completed,
        "created_at": created,
        "valid_until": _valid_until(plan.item_type, completed),
        "renewal_id": None,
    }


def _valid_until(item_type: LearningType, completed: dt.date | None) -> dt.date | None:
    """A certification earned holds for two years (as Google's and Meta's do, roughly)."""
    if item_type is not LearningType.CERTIFICATION or completed is None:
        return None
    return completed.replace(year=completed.year + 2, day=min(completed.day, 28))


def log_entries(story: Story, plans: list[PlanFacts]) -> tuple[list[Row], list[Row]]:
    """A few short entries most days: everyday learning, and work on plan items."""
    rows: list[Row] = []
    skill_rows: list[Row] = []
    active = sorted(
        (p for p in plans if p.start and p.end and p.status in _LOGGED_STATUSES),
        key=lambda p: p.start or dt.date.min,
    )
    open_plans: list[PlanFacts] = []
    next_plan = 0
    day = story.start
    while day <= story.today:
        while next_plan < len(active) and (active[next_plan].start or day) <= day:
            open_plans.append(active[next_plan])
            next_plan += 1
        open_plans = [p for p in open_plans if (p.end or day) >= day]
        for _ in range(_entries_on(story, day)):
            row, keys = _log_row(story, len(rows) + 1, day, open_plans)
            rows.append(row)
            skill_rows.extend(
                {"log_entry_id": row["id"], "skill_id": story.skill_ids[key]} for key in keys
            )
        day += dt.timedelta(days=1)
    return rows, skill_rows


def _entries_on(story: Story, day: dt.date) -> int:
    """How many entries ``day`` gets: a little more as the habit grows over the years."""
    total_days = (story.today - story.start).days + 1
    rate = (
        story.sizes.log_entries_per_day
        * _day_factor(day)
        * (0.85 + 0.3 * (day - story.start).days / total_days)
    )
    return int(rate) + (1 if story.rng.random() < rate - int(rate) else 0)


def _log_row(
    story: Story, entry_id: int, day: dt.date, open_plans: list[PlanFacts]
) -> tuple[Row, tuple[str, ...]]:
    """One entry: three in ten on an open plan item, the rest everyday learning."""
    rng, texts = story.rng, story.texts
    plan = rng.choice(open_plans) if open_plans and rng.random() < 0.3 else None
    if plan is not None:
        learning_type = plan.item_type
        keys = plan.skill_keys[: rng.choice((1, 2))]
    else:
        learning_type = rng.choices(list(EVERYDAY_TYPES), list(EVERYDAY_TYPES.values()))[0]
        keys = story.pick_skills(day, rng.choice((1, 1, 1, 2)))
    low, high = TYPE_PROFILES[learning_type].minutes
    minutes = rng.randint(low, high) // 5 * 5 or 5
    text = rng.choice(texts.learned[learning_type.value]).format(topic=story.topic(keys[0]))
    insight = rng.choice(texts.insights)
    row: Row = {
        "id": entry_id,
        "logged_on": day,
        "minutes": minutes,
        "learning_type": learning_type,
        "plan_item_id": plan.id if plan is not None else None,
        "learned": f"{text} {insight}".strip(),
        "apply": rng.choice(texts.apply),
        "created_at": stamp(day, 17, entry_id % 360),
    }
    return row, keys


def _day_factor(day: dt.date) -> float:
    """Fewer entries at weekends, in July and over Christmas."""
    factor = 1.18 if day.weekday() < 5 else 0.55
    if day.month == 7:
        factor *= 0.5
    if day.month == 12 and day.day >= 20:
        factor *= 0.4
    return factor
