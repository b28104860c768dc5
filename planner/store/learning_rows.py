"""The learning store's checks and its rows: what is refused before a write,
and how records become columns and rows become records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import fields, replace

from babel.numbers import is_currency
from sqlalchemy import ColumnElement, delete, insert, select
from sqlalchemy.orm import Session

from planner.domain import learning as rules
from planner.domain.enums import LearningType, PlanStatus
from planner.i18n.markers import N_
from planner.store.errors import ValidationError
from planner.store.learning_records import (
    MAX_COST_MINOR,
    MAX_ESTIMATE_MINUTES,
    MAX_TITLE_LENGTH,
    MAX_YEAR,
    MIN_YEAR,
    PRIORITIES,
    LogEntryFields,
    LogEntryRecord,
    LogFilter,
    PlanItemFields,
    PlanItemRecord,
)
from planner.store.models import LogEntry, PlanItem, Skill, log_entry_skills, plan_item_skills
from planner.store.validation import check_link, check_not_future, check_text

# -- checks ------------------------------------------------------------------


def check_title(value: str) -> str:
    title = " ".join(value.split())
    if not title:
        raise ValidationError(N_("The title cannot be empty."))
    if len(title) > MAX_TITLE_LENGTH:
        raise ValidationError(
            N_("The title is longer than {limit} characters."), limit=MAX_TITLE_LENGTH
        )
    return title


def check_minutes(value: object) -> int:
    problems = rules.validate_minutes(value)
    if problems:
        raise ValidationError(problems[0].template, **problems[0].params)
    return value  # type: ignore[return-value]


def _check_short(value: str) -> str:
    text = " ".join(value.split())
    if len(text) > MAX_TITLE_LENGTH:
        raise ValidationError(
            N_("The text is longer than {limit} characters."), limit=MAX_TITLE_LENGTH
        )
    return text


def check_plan(data: PlanItemFields) -> PlanItemFields:
    if not isinstance(data.item_type, LearningType):
        raise ValidationError(N_("Unknown learning type {type}."), type=data.item_type)
    if not isinstance(data.status, PlanStatus):
        raise ValidationError(N_("Unknown status {status}."), status=data.status)
    if not (isinstance(data.plan_year, int) and MIN_YEAR <= data.plan_year <= MAX_YEAR):
        raise ValidationError(
            N_("The plan year must be from {low} to {high}."), low=MIN_YEAR, high=MAX_YEAR
        )
    if data.planned_start and data.planned_end and data.planned_end < data.planned_start:
        raise ValidationError(N_("The planned end cannot be before the planned start."))
    estimate = data.estimated_minutes
    if estimate is not None and not 0 <= estimate <= MAX_ESTIMATE_MINUTES:
        raise ValidationError(
            N_("The estimate must be from 0 to {limit} hours."), limit=MAX_ESTIMATE_MINUTES // 60
        )
    currency = data.currency.strip().upper()
    cost = data.cost_minor
    if cost is not None:
        if not 0 <= cost <= MAX_COST_MINOR:
            raise ValidationError(N_("The cost cannot be negative."))
        if not currency:
            raise ValidationError(N_("Choose the currency of the cost."))
    if currency and not (len(currency) == 3 and is_currency(currency)):
        raise ValidationError(N_("{code} is not a currency code."), code=currency)
    if data.priority not in PRIORITIES:
        raise ValidationError(N_("The priority must be high, medium or low."))
    certification = data.item_type is LearningType.CERTIFICATION
    return replace(
        data,
        title=check_title(data.title),
        provider=_check_short(data.provider),
        url=check_link(data.url),
        notes=check_text(data.notes),
        currency=currency if cost is not None else "",
        skill_keys=tuple(dict.fromkeys(data.skill_keys)),
        valid_until=data.valid_until if certification else None,
        renewal_id=data.renewal_id if certification else None,
    )


def check_renewal(session: Session, renewal_id: int | None, item_id: int | None) -> None:
    if renewal_id is None:
        return
    if renewal_id == item_id:
        raise ValidationError(N_("A certification cannot be its own renewal."))
    plan_row(session, renewal_id)


def check_entry(data: LogEntryFields, today: dt.date | None = None) -> LogEntryFields:
    check_minutes(data.minutes)
    if not isinstance(data.learning_type, LearningType):
        raise ValidationError(N_("Unknown learning type {type}."), type=data.learning_type)
    if not isinstance(data.logged_on, dt.date):
        raise ValidationError(N_("Choose the date of the entry."))
    check_not_future(data.logged_on, today)
    check_text(data.learned)
    check_text(data.apply)
    return replace(
        data,
        learned=data.learned.strip(),
        apply=data.apply.strip(),
        skill_keys=tuple(dict.fromkeys(data.skill_keys)),
    )


# -- rows and records ----------------------------------------------------------


def entry_conditions(where: LogFilter) -> list[ColumnElement[bool]]:
    """``where`` as SQL conditions on log entries (none for an empty filter)."""
    conditions: list[ColumnElement[bool]] = []
    if where.start is not None:
        conditions.append(LogEntry.logged_on >= where.start)
    if where.end is not None:
        conditions.append(LogEntry.logged_on <= where.end)
    if where.learning_type is not None:
        conditions.append(LogEntry.learning_type == where.learning_type)
    if where.group is not None:
        types = [t for t in LearningType if t.group == where.group]
        conditions.append(LogEntry.learning_type.in_(types))
    if where.plan_item_id is not None:
        conditions.append(LogEntry.plan_item_id == where.plan_item_id)
    if where.skill_key is not None:
        conditions.append(
            LogEntry.id.in_(
                select(log_entry_skills.c.log_entry_id)
                .join(Skill, Skill.id == log_entry_skills.c.skill_id)
                .where(Skill.key == where.skill_key)
            )
        )
    return conditions


def plan_row(session: Session, item_id: int) -> PlanItem:
    row = session.get(PlanItem, item_id)
    if row is None:
        raise ValidationError(N_("That plan item no longer exists."))
    return row


def skill_ids_for(
    session: Session, keys: Iterable[str], cache: dict[str, int] | None = None
) -> list[int]:
    cache = {} if cache is None else cache
    ids = []
    for key in keys:
        if key not in cache:
            skill_id = session.scalar(select(Skill.id).where(Skill.key == key))
            if skill_id is None:
                raise ValidationError(N_("There is no skill with the key {key}."), key=key)
            cache[key] = skill_id
        ids.append(cache[key])
    return ids


def set_links(session: Session, table, column: str, owner_id: int, skill_ids: list[int]) -> None:  # noqa: ANN001
    session.execute(delete(table).where(table.c[column] == owner_id))
    if skill_ids:
        session.execute(
            insert(table), [{column: owner_id, "skill_id": skill_id} for skill_id in skill_ids]
        )


def item_skill_keys(session: Session, item_ids: list[int]) -> dict[int, tuple[str, ...]]:
    if not item_ids:
        return {}
    found: dict[int, list[str]] = {}
    rows = session.execute(
        select(plan_item_skills.c.plan_item_id, Skill.key)
        .join(Skill, Skill.id == plan_item_skills.c.skill_id)
        .where(plan_item_skills.c.plan_item_id.in_(item_ids))
        .order_by(Skill.key)
    )
    for item_id, key in rows:
        found.setdefault(item_id, []).append(key)
    return {item_id: tuple(keys) for item_id, keys in found.items()}


def plan_columns(data: PlanItemFields) -> dict[str, object]:
    return {
        "title": data.title,
        "item_type": data.item_type,
        "provider": data.provider,
        "url": data.url,
        "status": data.status,
        "planned_start": data.planned_start,
        "planned_end": data.planned_end,
        "estimated_minutes": data.estimated_minutes,
        "cost_minor": data.cost_minor,
        "currency": data.currency,
        "priority": data.priority,
        "notes": data.notes,
        "plan_year": data.plan_year,
        "valid_until": data.valid_until,
        "renewal_id": data.renewal_id,
    }


def plan_record(row: PlanItem, skill_keys: Iterable[str]) -> PlanItemRecord:
    return PlanItemRecord(
        id=row.id,
        title=row.title,
        item_type=LearningType(row.item_type),
        plan_year=row.plan_year,
        provider=row.provider,
        url=row.url,
        skill_keys=tuple(skill_keys),
        status=PlanStatus(row.status),
        planned_start=row.planned_start,
        planned_end=row.planned_end,
        estimated_minutes=row.estimated_minutes,
        cost_minor=row.cost_minor,
        currency=row.currency,
        priority=row.priority,
        notes=row.notes,
        completed_on=row.completed_on,
        valid_until=row.valid_until,
        renewal_id=row.renewal_id,
    )


def entry_columns(data: LogEntryFields) -> dict[str, object]:
    return {
        "logged_on": data.logged_on,
        "minutes": data.minutes,
        "learning_type": data.learning_type,
        "plan_item_id": data.plan_item_id,
        "learned": data.learned,
        "apply": data.apply,
    }


def entry_record(entry_id: int, data: LogEntryFields, title: str) -> LogEntryRecord:
    return LogEntryRecord(id=entry_id, plan_item_title=title, **_fields(data))


def _fields(data: LogEntryFields) -> dict[str, object]:
    return {f.name: getattr(data, f.name) for f in fields(LogEntryFields)}
