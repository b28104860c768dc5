"""The dated things a calendar export holds, read from the store (no text, no format)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from planner.domain.calendar import CalendarEvent, EventKind, in_order, span, yearly_reminders
from planner.domain.enums import LearningType, PlanStatus
from planner.store.database import Database
from planner.store.models import Goal, PlanItem, Profile, YearPlan
from planner.store.validation import is_web_link


@dataclass(frozen=True)
class CalendarFeed:
    namespace: str  # the same for every export of one person's data; part of each UID
    events: list[CalendarEvent]


def calendar_feed(database: Database, year: int | None = None) -> CalendarFeed:
    """Every event (of ``year`` only, when given), in one stable order."""
    with database.reading() as session:
        created = session.scalar(select(Profile.created_at).order_by(Profile.id).limit(1))
        events = _plan_events(session.execute(select(PlanItem)).scalars())
        for goal, stamp in session.execute(
            select(Goal, YearPlan.created_at).join(YearPlan).where(Goal.due_on.is_not(None))
        ):
            assert goal.due_on is not None
            events.append(
                CalendarEvent(
                    EventKind.GOAL, goal.id, goal.due_on, goal.due_on, goal.title, stamp=stamp
                )
            )
        years = set(session.scalars(select(PlanItem.plan_year).distinct()))
        years |= set(session.scalars(select(YearPlan.year)))
    years |= {e.start.year for e in events}
    # With no data at all, this year's reminders: a calendar needs at least one event.
    chosen = [year] if year is not None else sorted(years) or [dt.date.today().year]
    events += yearly_reminders(chosen)
    return CalendarFeed(_namespace(created), in_order(events, year))


def _plan_events(items: Iterable[PlanItem]) -> list[CalendarEvent]:
    events = []
    for item in items:
        if item.status == PlanStatus.DROPPED:
            continue
        link = item.url if is_web_link(item.url) else ""
        days = span(item.planned_start, item.planned_end)
        if days is not None:
            events.append(
                CalendarEvent(
                    EventKind.PLAN_ITEM,
                    item.id,
                    *days,
                    title=item.title,
                    type_key=LearningType(item.item_type).value,
                    link=link,
                    stamp=item.created_at,
                )
            )
        if item.item_type == LearningType.CERTIFICATION and item.valid_until is not None:
            events.append(
                CalendarEvent(
                    EventKind.CERTIFICATION,
                    item.id,
                    item.valid_until,
                    item.valid_until,
                    title=item.title,
                    link=link,
                    stamp=item.created_at,
                )
            )
    return events


def _namespace(created: dt.datetime | None) -> str:
    """A short, stable name for this data: from when the profile was first created."""
    seed = created.isoformat() if created is not None else "career-planner"
    return hashlib.sha256(seed.encode()).hexdigest()[:12]
