"""The learning plan and the learning log: what the UI and CLI call.

Records are frozen dataclasses, never ORM objects. Rules come from
:mod:`planner.domain.learning`; every refusal is a translatable
:class:`ValidationError` raised before anything is written. Deletes return
what they removed, so undo can restore it under the same id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace

from babel.numbers import is_currency
from sqlalchemy import ColumnElement, case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from planner.domain import learning as rules
from planner.domain.enums import LearningGroup, LearningType, PlanStatus
from planner.domain.skills import SkillState
from planner.i18n.markers import N_
from planner.store.database import Database
from planner.store.errors import ValidationError
from planner.store.models import (
    LogEntry,
    PlanItem,
    Skill,
    log_entry_skills,
    plan_item_skills,
)
from planner.store.validation import check_link, check_not_future, check_text

MAX_TITLE_LENGTH = 500
MAX_ESTIMATE_MINUTES = 10_000 * 60  # a degree is a few thousand hours at most
MAX_COST_MINOR = 10**12
MIN_YEAR, MAX_YEAR = 1970, 2100
PRIORITIES = (1, 2, 3)  # 1 high, 2 medium, 3 low


@dataclass(frozen=True)
class PlanItemFields:
    """What a person edits on a plan item."""

    title: str
    item_type: LearningType
    plan_year: int
    provider: str = ""
    url: str = ""
    skill_keys: tuple[str, ...] = ()
    status: PlanStatus = PlanStatus.PLANNED
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    estimated_minutes: int | None = None
    cost_minor: int | None = None
    currency: str = ""
    priority: int = 2
    notes: str = ""
    # Certifications only (cleared for other types): the last day it is valid,
    # and the plan item that renews it.
    valid_until: dt.date | None = None
    renewal_id: int | None = None


@dataclass(frozen=True)
class PlanItemRecord(PlanItemFields):
    id: int = 0
    completed_on: dt.date | None = None

    @property
    def group(self) -> LearningGroup:
        return self.item_type.group

    @property
    def estimated_hours(self) -> float | None:
        return None if self.estimated_minutes is None else self.estimated_minutes / 60

    def editable(self) -> PlanItemFields:
        return PlanItemFields(**{f.name: getattr(self, f.name) for f in fields(PlanItemFields)})

    def domain(self) -> rules.PlanItem:
        return rules.PlanItem(
            self.id, self.title, frozenset(self.skill_keys), self.status, self.estimated_hours
        )


@dataclass(frozen=True)
class LogEntryFields:
    """What a person edits on a log entry."""

    logged_on: dt.date
    minutes: int
    learning_type: LearningType
    skill_keys: tuple[str, ...] = ()
    plan_item_id: int | None = None
    learned: str = ""
    apply: str = ""


@dataclass(frozen=True)
class LogEntryRecord(LogEntryFields):
    id: int = 0
    plan_item_title: str = ""

    @property
    def group(self) -> LearningGroup:
        return self.learning_type.group

    def editable(self) -> LogEntryFields:
        return LogEntryFields(**{f.name: getattr(self, f.name) for f in fields(LogEntryFields)})

    def domain(self) -> rules.LogEntry:
        return rules.LogEntry(
            self.logged_on,
            self.minutes,
            self.learning_type,
            self.plan_item_id,
            frozenset(self.skill_keys),
        )


@dataclass(frozen=True)
class DeletedPlanItem:
    """A deleted plan item and what pointed at it (undo restores the links too)."""

    record: PlanItemRecord
    log_entry_ids: tuple[int, ...]
    renews_ids: tuple[int, ...] = ()  # certifications this item was the renewal of


@dataclass(frozen=True)
class LogFilter:
    start: dt.date | None = None
    end: dt.date | None = None
    learning_type: LearningType | None = None
    group: LearningGroup | None = None
    skill_key: str | None = None
    plan_item_id: int | None = None

    @classmethod
    def year(cls, year: int) -> LogFilter:
        return cls(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))

    def accepts(self, entry: LogEntryRecord) -> bool:
        """The same filter in memory (the log page filters loaded rows with it)."""
        return (
            (self.start is None or entry.logged_on >= self.start)
            and (self.end is None or entry.logged_on <= self.end)
            and (self.learning_type is None or entry.learning_type == self.learning_type)
            and (self.group is None or entry.group == self.group)
            and (self.skill_key is None or self.skill_key in entry.skill_keys)
            and (self.plan_item_id is None or entry.plan_item_id == self.plan_item_id)
        )


FEW_ITEMS = 50
"""Up to this many plan items, their hours are summed for them alone (an index lookup)."""


class LearningStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- plan items: reading ---------------------------------------------

    def plan_items(
        self,
        year: int | None = None,
        status: PlanStatus | None = None,
        group: LearningGroup | None = None,
        skill_key: str | None = None,
        *,
        ids: Iterable[int] | None = None,
        open_only: bool = False,
    ) -> list[PlanItemRecord]:
        """Plan items, by priority then title; every filter given must match."""
        with self._db.reading() as session:
            query = select(PlanItem)
            if ids is not None:
                query = query.where(PlanItem.id.in_(list(ids)))
            if open_only:
                query = query.where(PlanItem.status.not_in(list(rules.CLOSED_STATUSES)))
            if year is not None:
                query = query.where(PlanItem.plan_year == year)
            if status is not None:
                query = query.where(PlanItem.status == status)
            if group is not None:
                types = [t for t in LearningType if t.group == group]
                query = query.where(PlanItem.item_type.in_(types))
            rows = list(session.scalars(query))
            skills = _item_skill_keys(session, [row.id for row in rows])
            records = [_plan_record(row, skills.get(row.id, ())) for row in rows]
        if skill_key is not None:
            records = [r for r in records if skill_key in r.skill_keys]
        return sorted(records, key=lambda r: (r.priority, r.title.casefold(), r.id))

    def plan_item(self, item_id: int) -> PlanItemRecord:
        with self._db.reading() as session:
            row = _plan_row(session, item_id)
            return _plan_record(row, _item_skill_keys(session, [row.id]).get(row.id, ()))

    def plan_years(self) -> list[int]:
        with self._db.reading() as session:
            return list(
                session.scalars(select(PlanItem.plan_year).distinct().order_by(PlanItem.plan_year))
            )

    def logged_minutes_per_item(self, item_ids: Iterable[int] | None = None) -> dict[int, int]:
        """Minutes logged against each plan item that has any (of ``item_ids`` if given)."""
        query = select(LogEntry.plan_item_id, func.sum(LogEntry.minutes)).where(
            LogEntry.plan_item_id.is_not(None)
        )
        if item_ids is not None:
            query = query.where(LogEntry.plan_item_id.in_(list(item_ids)))
        with self._db.reading() as session:
            rows = session.execute(query.group_by(LogEntry.plan_item_id))
            return {item_id: int(total) for item_id, total in rows}

    def progress(self, items: Sequence[PlanItemRecord]) -> dict[int, rules.ItemProgress]:
        """Hours logged against each item beside its estimate (domain ``hours_per_item``)."""
        few = len(items) <= FEW_ITEMS
        logged = self.logged_minutes_per_item([i.id for i in items] if few else None)
        entries = [
            rules.LogEntry(dt.date.min, minutes, LearningType.COURSE, item_id)
            for item_id, minutes in logged.items()
        ]
        return {p.item_id: p for p in rules.hours_per_item([i.domain() for i in items], entries)}

    def coverage(
        self,
        skills: Iterable[SkillState],
        year: int | None = None,
        items: Sequence[PlanItemRecord] | None = None,
    ) -> rules.Coverage:
        """The article's question: which gaps open plan items build, and which none does.

        ``items``: the plan items already read (all of them, or ``year``'s).
        """
        items = self.plan_items(year) if items is None else items
        return rules.gap_coverage(skills, [item.domain() for item in items])

    # -- plan items: writing ---------------------------------------------

    def create_plan_item(
        self, data: PlanItemFields, today: dt.date | None = None
    ) -> PlanItemRecord:
        data = _check_plan(data)
        with self._db.transaction() as session:
            skill_ids = _skill_ids(session, data.skill_keys)
            _check_renewal(session, data.renewal_id, None)
            row = PlanItem(**_plan_columns(data))
            row.completed_on = (
                (today or dt.date.today()) if data.status == PlanStatus.DONE else None
            )
            session.add(row)
            session.flush()
            _set_links(session, plan_item_skills, "plan_item_id", row.id, skill_ids)
            return _plan_record(row, data.skill_keys)

    def update_plan_item(
        self, item_id: int, data: PlanItemFields, today: dt.date | None = None
    ) -> PlanItemRecord:
        """Change an item; returns it as it was before (for undo)."""
        data = _check_plan(data)
        with self._db.transaction() as session:
            row = _plan_row(session, item_id)
            before = _plan_record(row, _item_skill_keys(session, [row.id]).get(row.id, ()))
            skill_ids = _skill_ids(session, data.skill_keys)
            _check_renewal(session, data.renewal_id, item_id)
            for name, value in _plan_columns(data).items():
                setattr(row, name, value)
            if data.status != PlanStatus.DONE:
                row.completed_on = None
            elif before.status != PlanStatus.DONE:
                row.completed_on = today or dt.date.today()
            _set_links(session, plan_item_skills, "plan_item_id", row.id, skill_ids)
            return before

    def restore_plan_item_state(self, record: PlanItemRecord) -> None:
        """Undo of an update: put every field back, the completion date included."""
        self.update_plan_item(record.id, record.editable())
        with self._db.transaction() as session:
            _plan_row(session, record.id).completed_on = record.completed_on

    def delete_plan_item(self, item_id: int) -> DeletedPlanItem:
        """Delete an item; its log entries stay, unlinked. Returns what undo needs."""
        with self._db.transaction() as session:
            row = _plan_row(session, item_id)
            record = _plan_record(row, _item_skill_keys(session, [row.id]).get(row.id, ()))
            linked = tuple(
                session.scalars(select(LogEntry.id).where(LogEntry.plan_item_id == item_id))
            )
            renews = tuple(
                session.scalars(select(PlanItem.id).where(PlanItem.renewal_id == item_id))
            )
            session.execute(
                update(LogEntry).where(LogEntry.plan_item_id == item_id).values(plan_item_id=None)
            )
            session.execute(
                update(PlanItem).where(PlanItem.renewal_id == item_id).values(renewal_id=None)
            )
            session.delete(row)
            return DeletedPlanItem(record, linked, renews)

    def restore_plan_item(self, deleted: DeletedPlanItem) -> None:
        """Put back a deleted item under its old id and relink its log entries."""
        record = deleted.record
        with self._db.transaction() as session:
            skill_ids = _skill_ids(session, record.skill_keys)
            columns = _plan_columns(record)
            if record.renewal_id is not None and session.get(PlanItem, record.renewal_id) is None:
                columns["renewal_id"] = None
            row = PlanItem(id=record.id, completed_on=record.completed_on, **columns)
            session.add(row)
            session.flush()
            _set_links(session, plan_item_skills, "plan_item_id", row.id, skill_ids)
            if deleted.log_entry_ids:
                session.execute(
                    update(LogEntry)
                    .where(LogEntry.id.in_(deleted.log_entry_ids))
                    .values(plan_item_id=record.id)
                )
            if deleted.renews_ids:
                session.execute(
                    update(PlanItem)
                    .where(PlanItem.id.in_(deleted.renews_ids))
                    .values(renewal_id=record.id)
                )

    # -- log entries: reading --------------------------------------------

    def entries(
        self, where: LogFilter | None = None, ids: Iterable[int] | None = None
    ) -> list[LogEntryRecord]:
        """Log entries, newest first; filtered in SQL by ``where`` and to ``ids`` if given.

        Only the skill links of the entries returned are read, so one entry
        (or one year) costs what it returns, not what the whole log holds.
        """
        conditions = _entry_conditions(where or LogFilter())
        if ids is not None:
            conditions.append(LogEntry.id.in_(list(ids)))
        with self._db.reading() as session:
            query = (
                select(
                    LogEntry.id,
                    LogEntry.logged_on,
                    LogEntry.minutes,
                    LogEntry.learning_type,
                    LogEntry.plan_item_id,
                    LogEntry.learned,
                    LogEntry.apply,
                    PlanItem.title,
                )
                .outerjoin(PlanItem, PlanItem.id == LogEntry.plan_item_id)
                .where(*conditions)
                .order_by(LogEntry.logged_on.desc(), LogEntry.id.desc())
            )
            rows = session.execute(query).all()
            links = (
                select(log_entry_skills.c.log_entry_id, Skill.key)
                .join(Skill, Skill.id == log_entry_skills.c.skill_id)
                .order_by(Skill.key)
            )
            if conditions:
                links = links.where(
                    log_entry_skills.c.log_entry_id.in_(select(LogEntry.id).where(*conditions))
                )
            skills: dict[int, list[str]] = {}
            for entry_id, key in session.execute(links):
                skills.setdefault(entry_id, []).append(key)
        return [
            LogEntryRecord(
                id=entry_id,
                logged_on=on,
                minutes=minutes,
                learning_type=kind,
                plan_item_id=item_id,
                learned=learned,
                apply=apply,
                plan_item_title=title or "",
                skill_keys=tuple(skills.get(entry_id, ())),
            )
            for entry_id, on, minutes, kind, item_id, learned, apply, title in rows
        ]

    def count_plan_items(self) -> int:
        with self._db.reading() as session:
            return int(session.scalar(select(func.count()).select_from(PlanItem)) or 0)

    def count_entries(self) -> int:
        with self._db.reading() as session:
            return int(session.scalar(select(func.count()).select_from(LogEntry)) or 0)

    def entry(self, entry_id: int) -> LogEntryRecord:
        """One entry, read by its id."""
        found = self.entries(ids=(entry_id,))
        if not found:
            raise ValidationError(N_("That log entry no longer exists."))
        return found[0]

    def totals(self, today: dt.date | None = None) -> rules.PeriodTotals:
        """Minutes this week, month and year."""
        today = today or dt.date.today()
        start = min(dt.date(today.year, 1, 1), today - dt.timedelta(days=today.weekday()))
        entries = self._minutes(start, today + dt.timedelta(days=7), today)
        return rules.period_totals(entries, today)

    def balance(self, year: int) -> rules.Balance:
        """Peer against formal learning in ``year``, with the article's advice."""
        entries = self._minutes(dt.date(year, 1, 1), dt.date(year, 12, 31))
        return rules.peer_formal_balance(entries, year)

    def this_year(self, today: dt.date | None = None) -> tuple[rules.PeriodTotals, rules.Balance]:
        """:meth:`totals` and this year's :meth:`balance` from one read (the log page's figures)."""
        today = today or dt.date.today()
        start = min(dt.date(today.year, 1, 1), today - dt.timedelta(days=today.weekday()))
        entries = self._minutes(
            start, max(dt.date(today.year, 12, 31), today + dt.timedelta(7)), today
        )
        year = [e for e in entries if e.day.year == today.year]
        return rules.period_totals(entries, today), rules.peer_formal_balance(year, today.year)

    def _minutes(
        self, start: dt.date, end: dt.date, today: dt.date | None = None
    ) -> list[rules.LogEntry]:
        """Minutes per type between two days, summed in SQL: all the totals need.

        Entries are summed per type, calendar month and whether they fall in
        ``today``'s week, each sum dated by its first day: the rules classify
        every entry of such a group alike, so the figures equal those of the
        single entries, read as a few dozen rows instead of thousands.
        """
        today = today or dt.date.today()
        week_start = today - dt.timedelta(days=today.weekday())
        in_week = case(
            (LogEntry.logged_on.between(week_start, week_start + dt.timedelta(6)), 1), else_=0
        )
        month = func.strftime("%Y-%m", LogEntry.logged_on)
        with self._db.reading() as session:
            rows = session.execute(
                select(
                    func.min(LogEntry.logged_on), func.sum(LogEntry.minutes), LogEntry.learning_type
                )
                .where(LogEntry.logged_on.between(start, end))
                .group_by(LogEntry.learning_type, month, in_week)
            )
            return [rules.LogEntry(day, minutes, kind) for day, minutes, kind in rows]

    # -- log entries: writing --------------------------------------------

    def add_entry(self, data: LogEntryFields, today: dt.date | None = None) -> LogEntryRecord:
        return self.add_entries([data], today)[0]

    def add_entries(
        self, items: Sequence[LogEntryFields], today: dt.date | None = None
    ) -> list[LogEntryRecord]:
        """Add entries in one transaction: all of them, or none if one is refused."""
        checked = [_check_entry(data, today) for data in items]
        with self._db.transaction() as session:
            cache: dict[str, int] = {}
            titles: dict[int, str] = {}
            for data in checked:
                if data.plan_item_id is not None and data.plan_item_id not in titles:
                    titles[data.plan_item_id] = _plan_row(session, data.plan_item_id).title
            links = [_skill_ids(session, data.skill_keys, cache) for data in checked]
            first = session.scalar(select(func.coalesce(func.max(LogEntry.id), 0) + 1))
            ids = range(first, first + len(checked))
            if checked:
                session.execute(
                    insert(LogEntry),
                    [
                        {"id": entry_id, **_entry_columns(data)}
                        for entry_id, data in zip(ids, checked, strict=True)
                    ],
                )
                pairs = [
                    {"log_entry_id": entry_id, "skill_id": skill_id}
                    for entry_id, skill_ids in zip(ids, links, strict=True)
                    for skill_id in skill_ids
                ]
                if pairs:
                    session.execute(insert(log_entry_skills), pairs)
            return [
                _entry_record(entry_id, data, titles.get(data.plan_item_id or 0, ""))
                for entry_id, data in zip(ids, checked, strict=True)
            ]

    def update_entry(
        self, entry_id: int, data: LogEntryFields, today: dt.date | None = None
    ) -> LogEntryRecord:
        """Change an entry; returns it as it was before (for undo)."""
        data = _check_entry(data, today)
        before = self.entry(entry_id)
        with self._db.transaction() as session:
            row = session.get(LogEntry, entry_id)
            if row is None:
                raise ValidationError(N_("That log entry no longer exists."))
            skill_ids = _skill_ids(session, data.skill_keys)
            if data.plan_item_id is not None:
                _plan_row(session, data.plan_item_id)
            for name, value in _entry_columns(data).items():
                setattr(row, name, value)
            _set_links(session, log_entry_skills, "log_entry_id", row.id, skill_ids)
        return before

    def delete_entry(self, entry_id: int) -> LogEntryRecord:
        """Delete an entry; returns it so that it can be restored (undo)."""
        record = self.entry(entry_id)
        with self._db.transaction() as session:
            session.execute(delete(LogEntry).where(LogEntry.id == entry_id))
        return record

    def restore_entry(self, record: LogEntryRecord) -> None:
        """Put back a deleted entry under its old id (undo of a delete)."""
        with self._db.transaction() as session:
            skill_ids = _skill_ids(session, record.skill_keys)
            plan_item_id = record.plan_item_id
            if plan_item_id is not None and session.get(PlanItem, plan_item_id) is None:
                plan_item_id = None
            columns = _entry_columns(replace(record, plan_item_id=plan_item_id))
            session.add(LogEntry(id=record.id, **columns))
            session.flush()
            _set_links(session, log_entry_skills, "log_entry_id", record.id, skill_ids)

    def remove_entry_exactly(self, entry_id: int) -> None:
        """Undo of :meth:`add_entry`: remove the entry it created."""
        with self._db.transaction() as session:
            session.execute(delete(LogEntry).where(LogEntry.id == entry_id))


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


def _check_plan(data: PlanItemFields) -> PlanItemFields:
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


def _check_renewal(session: Session, renewal_id: int | None, item_id: int | None) -> None:
    if renewal_id is None:
        return
    if renewal_id == item_id:
        raise ValidationError(N_("A certification cannot be its own renewal."))
    _plan_row(session, renewal_id)


def _check_entry(data: LogEntryFields, today: dt.date | None = None) -> LogEntryFields:
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


def _entry_conditions(where: LogFilter) -> list[ColumnElement[bool]]:
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


def _plan_row(session: Session, item_id: int) -> PlanItem:
    row = session.get(PlanItem, item_id)
    if row is None:
        raise ValidationError(N_("That plan item no longer exists."))
    return row


def _skill_ids(
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


def _set_links(session: Session, table, column: str, owner_id: int, skill_ids: list[int]) -> None:  # noqa: ANN001
    session.execute(delete(table).where(table.c[column] == owner_id))
    if skill_ids:
        session.execute(
            insert(table), [{column: owner_id, "skill_id": skill_id} for skill_id in skill_ids]
        )


def _item_skill_keys(session: Session, item_ids: list[int]) -> dict[int, tuple[str, ...]]:
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


def _plan_columns(data: PlanItemFields) -> dict[str, object]:
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


def _plan_record(row: PlanItem, skill_keys: Iterable[str]) -> PlanItemRecord:
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


def _entry_columns(data: LogEntryFields) -> dict[str, object]:
    return {
        "logged_on": data.logged_on,
        "minutes": data.minutes,
        "learning_type": data.learning_type,
        "plan_item_id": data.plan_item_id,
        "learned": data.learned,
        "apply": data.apply,
    }


def _entry_record(entry_id: int, data: LogEntryFields, title: str) -> LogEntryRecord:
    return LogEntryRecord(id=entry_id, plan_item_title=title, **_fields(data))


def _fields(data: LogEntryFields) -> dict[str, object]:
    return {f.name: getattr(data, f.name) for f in fields(LogEntryFields)}
