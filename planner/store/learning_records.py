"""The learning plan's and the learning log's records, and the filter on the log.

Frozen dataclasses, never ORM objects: what :mod:`planner.store.learning` reads
and writes, and what the UI and the CLI hold.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from planner.domain import learning as rules
from planner.domain.enums import LearningGroup, LearningType, PlanStatus

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
