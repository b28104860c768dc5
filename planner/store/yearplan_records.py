"""The year plan's records and checks: what :mod:`planner.store.yearplan` hands out and takes in."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from planner.domain.dates import MAX_YEAR, MIN_YEAR
from planner.domain.enums import GoalStatus, LearningType, PlanStatus
from planner.i18n.markers import N_
from planner.store.errors import ValidationError
from planner.store.validation import check_text

MAX_TITLE_LENGTH = 500

OPEN_GOAL_STATUSES = frozenset({GoalStatus.OPEN, GoalStatus.IN_PROGRESS})
OPEN_ITEM_STATUSES = frozenset({PlanStatus.IDEA, PlanStatus.PLANNED, PlanStatus.IN_PROGRESS})


@dataclass(frozen=True)
class YearPlanRecord:
    id: int
    year: int
    notes: str
    review: str


@dataclass(frozen=True)
class GoalRecord:
    id: int
    year: int
    title: str
    measure: str
    due_on: dt.date | None
    skill_key: str | None
    skill_custom_name: str | None  # set for a custom skill: shown as typed
    status: GoalStatus
    position: int

    @property
    def key(self) -> str | None:  # so labels.skill_name() can name the linked skill
        return self.skill_key

    @property
    def custom_name(self) -> str | None:
        return self.skill_custom_name


@dataclass(frozen=True)
class PlanItemRecord:
    id: int
    year: int
    title: str
    item_type: LearningType
    status: PlanStatus
    provider: str
    planned_end: dt.date | None
    estimated_minutes: int | None
    logged_minutes: int
    cost_minor: int | None
    currency: str
    completed_on: dt.date | None


@dataclass(frozen=True)
class GoalInput:
    """What the goal editor hands in; checked by the store."""

    title: str
    measure: str = ""
    due_on: dt.date | None = None
    skill_key: str | None = None
    status: GoalStatus = GoalStatus.OPEN


@dataclass(frozen=True)
class CarryOver:
    """What starting next year's plan created, so undo can take exactly that back."""

    year: int
    created_plan: bool
    goal_ids: tuple[int, ...]
    item_ids: tuple[int, ...]


def check_year(year: object) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            N_("The year must be a whole number from {low} to {high}."),
            low=MIN_YEAR,
            high=MAX_YEAR,
        )
    return year


def check_goal(year: int, goal: GoalInput) -> GoalInput:
    title = " ".join(goal.title.split())
    if not title:
        raise ValidationError(N_("Say what the goal is: the title cannot be empty."))
    if len(title) > MAX_TITLE_LENGTH:
        raise ValidationError(
            N_("The title is longer than {limit} characters."), limit=MAX_TITLE_LENGTH
        )
    measure = check_text(goal.measure.strip())
    if goal.due_on is not None and goal.due_on.year < year:
        raise ValidationError(
            N_("A goal of the {year} plan cannot be due before {year}."), year=year
        )
    try:
        status = GoalStatus(goal.status)
    except ValueError:
        raise ValidationError(N_("There is no goal status {status}."), status=goal.status) from None
    return GoalInput(title, measure, goal.due_on, goal.skill_key or None, status)


def same_day_next_year(day: dt.date) -> dt.date:
    year = day.year + 1
    return dt.date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))
