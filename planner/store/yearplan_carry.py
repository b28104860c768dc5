"""Starting next year's plan: copies of the unfinished goals and plan items of a year.

Due and planned dates move one year on; what was in progress stays in progress.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.i18n.markers import N_
from planner.store.errors import ValidationError
from planner.store.models import Goal, PlanItem, YearPlan
from planner.store.yearplan_records import (
    OPEN_GOAL_STATUSES,
    OPEN_ITEM_STATUSES,
    same_day_next_year,
)


def carry_goals(
    session: Session, plan: YearPlan, goal_ids: tuple[int, ...], year: int
) -> list[Goal]:
    """Copies of the chosen open goals of ``year``, appended to ``plan`` (next year's)."""
    next_year = year + 1
    position = session.scalar(
        select(func.coalesce(func.max(Goal.position), -1) + 1).where(Goal.year_plan_id == plan.id)
    )
    new_goals: list[Goal] = []
    for goal_id in goal_ids:
        old = session.get(Goal, goal_id)
        if old is None or old.year_plan.year != year:
            raise ValidationError(N_("That goal no longer exists."))
        if old.status not in OPEN_GOAL_STATUSES:
            raise ValidationError(N_("Only unfinished goals can be carried over."))
        copy = Goal(
            year_plan_id=plan.id,
            title=old.title,
            measure=old.measure,
            due_on=_next_year_date(old.due_on, next_year),
            skill_id=old.skill_id,
            status=old.status,
            position=position,
        )
        position += 1
        session.add(copy)
        new_goals.append(copy)
    return new_goals


def carry_items(session: Session, item_ids: tuple[int, ...], year: int) -> list[PlanItem]:
    """Copies of the chosen open plan items of ``year``, planned for the year after."""
    next_year = year + 1
    new_items: list[PlanItem] = []
    for item_id in item_ids:
        old_item = session.get(PlanItem, item_id)
        if old_item is None or old_item.plan_year != year:
            raise ValidationError(N_("That plan item no longer exists."))
        if old_item.status not in OPEN_ITEM_STATUSES:
            raise ValidationError(N_("Only unfinished plan items can be carried over."))
        item = PlanItem(
            title=old_item.title,
            item_type=old_item.item_type,
            provider=old_item.provider,
            url=old_item.url,
            status=old_item.status,
            planned_start=_next_year_date(old_item.planned_start, next_year),
            planned_end=_next_year_date(old_item.planned_end, next_year),
            estimated_minutes=old_item.estimated_minutes,
            cost_minor=old_item.cost_minor,
            currency=old_item.currency,
            priority=old_item.priority,
            notes=old_item.notes,
            plan_year=next_year,
            skills=list(old_item.skills),
        )
        session.add(item)
        new_items.append(item)
    return new_items


def _next_year_date(day: dt.date | None, next_year: int) -> dt.date | None:
    if day is None or day.year >= next_year:
        return day
    return same_day_next_year(day)
