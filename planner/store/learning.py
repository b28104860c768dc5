"""The learning plan and the learning log: what the UI and CLI call.

Records are frozen dataclasses, never ORM objects (:mod:`planner.store.learning_records`).
Rules come from :mod:`planner.domain.learning`; every refusal is a translatable
:class:`ValidationError` raised before anything is written
(:mod:`planner.store.learning_rows`). Deletes return what they removed, so undo
can restore it under the same id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy import case, delete, func, insert, select, update

from planner.domain import learning as rules
from planner.domain.enums import LearningGroup, LearningType, PlanStatus
from planner.domain.skills import SkillState
from planner.i18n.markers import N_
from planner.store.database import Database
from planner.store.errors import ValidationError
from planner.store.learning_records import (
    MAX_YEAR,
    MIN_YEAR,
    DeletedPlanItem,
    LogEntryFields,
    LogEntryRecord,
    LogFilter,
    PlanItemFields,
    PlanItemRecord,
)
from planner.store.learning_rows import (
    check_entry,
    check_plan,
    check_renewal,
    entry_columns,
    entry_conditions,
    entry_record,
    item_skill_keys,
    plan_columns,
    plan_record,
    plan_row,
    set_links,
    skill_ids_for,
)
from planner.store.models import LogEntry, PlanItem, Skill, log_entry_skills, plan_item_skills

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "DeletedPlanItem",
    "LearningStore",
    "LogEntryFields",
    "LogEntryRecord",
    "LogFilter",
    "PlanItemFields",
    "PlanItemRecord",
]

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
            skills = item_skill_keys(session, [row.id for row in rows])
            records = [plan_record(row, skills.get(row.id, ())) for row in rows]
        if skill_key is not None:
            records = [r for r in records if skill_key in r.skill_keys]
        return sorted(records, key=lambda r: (r.priority, r.title.casefold(), r.id))

    def plan_item(self, item_id: int) -> PlanItemRecord:
        with self._db.reading() as session:
            row = plan_row(session, item_id)
            return plan_record(row, item_skill_keys(session, [row.id]).get(row.id, ()))

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
        data = check_plan(data)
        with self._db.transaction() as session:
            skill_ids = skill_ids_for(session, data.skill_keys)
            check_renewal(session, data.renewal_id, None)
            row = PlanItem(**plan_columns(data))
            row.completed_on = (
                (today or dt.date.today()) if data.status == PlanStatus.DONE else None
            )
            session.add(row)
            session.flush()
            set_links(session, plan_item_skills, "plan_item_id", row.id, skill_ids)
            return plan_record(row, data.skill_keys)

    def update_plan_item(
        self, item_id: int, data: PlanItemFields, today: dt.date | None = None
    ) -> PlanItemRecord:
        """Change an item; returns it as it was before (for undo)."""
        data = check_plan(data)
        with self._db.transaction() as session:
            row = plan_row(session, item_id)
            before = plan_record(row, item_skill_keys(session, [row.id]).get(row.id, ()))
            skill_ids = skill_ids_for(session, data.skill_keys)
            check_renewal(session, data.renewal_id, item_id)
            for name, value in plan_columns(data).items():
                setattr(row, name, value)
            if data.status != PlanStatus.DONE:
                row.completed_on = None
            elif before.status != PlanStatus.DONE:
                row.completed_on = today or dt.date.today()
            set_links(session, plan_item_skills, "plan_item_id", row.id, skill_ids)
            return before

    def restore_plan_item_state(self, record: PlanItemRecord) -> None:
        """Undo of an update: put every field back, the completion date included."""
        self.update_plan_item(record.id, record.editable())
        with self._db.transaction() as session:
            plan_row(session, record.id).completed_on = record.completed_on

    def delete_plan_item(self, item_id: int) -> DeletedPlanItem:
        """Delete an item; its log entries stay, unlinked. Returns what undo needs."""
        with self._db.transaction() as session:
            row = plan_row(session, item_id)
            record = plan_record(row, item_skill_keys(session, [row.id]).get(row.id, ()))
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
            skill_ids = skill_ids_for(session, record.skill_keys)
            columns = plan_columns(record)
            if record.renewal_id is not None and session.get(PlanItem, record.renewal_id) is None:
                columns["renewal_id"] = None
            row = PlanItem(id=record.id, completed_on=record.completed_on, **columns)
            session.add(row)
            session.flush()
            set_links(session, plan_item_skills, "plan_item_id", row.id, skill_ids)
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
        conditions = entry_conditions(where or LogFilter())
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
        checked = [check_entry(data, today) for data in items]
        with self._db.transaction() as session:
            cache: dict[str, int] = {}
            titles: dict[int, str] = {}
            for data in checked:
                if data.plan_item_id is not None and data.plan_item_id not in titles:
                    titles[data.plan_item_id] = plan_row(session, data.plan_item_id).title
            links = [skill_ids_for(session, data.skill_keys, cache) for data in checked]
            first = session.scalar(select(func.coalesce(func.max(LogEntry.id), 0) + 1))
            ids = range(first, first + len(checked))
            if checked:
                session.execute(
                    insert(LogEntry),
                    [
                        {"id": entry_id, **entry_columns(data)}
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
                entry_record(entry_id, data, titles.get(data.plan_item_id or 0, ""))
                for entry_id, data in zip(ids, checked, strict=True)
            ]

    def update_entry(
        self, entry_id: int, data: LogEntryFields, today: dt.date | None = None
    ) -> LogEntryRecord:
        """Change an entry; returns it as it was before (for undo)."""
        data = check_entry(data, today)
        before = self.entry(entry_id)
        with self._db.transaction() as session:
            row = session.get(LogEntry, entry_id)
            if row is None:
                raise ValidationError(N_("That log entry no longer exists."))
            skill_ids = skill_ids_for(session, data.skill_keys)
            if data.plan_item_id is not None:
                plan_row(session, data.plan_item_id)
            for name, value in entry_columns(data).items():
                setattr(row, name, value)
            set_links(session, log_entry_skills, "log_entry_id", row.id, skill_ids)
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
            skill_ids = skill_ids_for(session, record.skill_keys)
            plan_item_id = record.plan_item_id
            if plan_item_id is not None and session.get(PlanItem, plan_item_id) is None:
                plan_item_id = None
            columns = entry_columns(replace(record, plan_item_id=plan_item_id))
            session.add(LogEntry(id=record.id, **columns))
            session.flush()
            set_links(session, log_entry_skills, "log_entry_id", record.id, skill_ids)

    def remove_entry_exactly(self, entry_id: int) -> None:
        """Undo of :meth:`add_entry`: remove the entry it created."""
        with self._db.transaction() as session:
            session.execute(delete(LogEntry).where(LogEntry.id == entry_id))
