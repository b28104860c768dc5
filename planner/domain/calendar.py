"""What goes into the user's calendar: all-day events with stable identities.

Every event is named by a *key* made from what it comes from and that
thing's id (``plan-item-12``, ``goal-3``, ``certification-12``,
``market-2026``), never from the time of the export, so a calendar that
imports the file again updates the events instead of doubling them.

Two reminders a year come from the articles' advice: read the job market at
least once a year (on :data:`MARKET_READING_DAY` of January, before the
year's plan is set) and review the year (from :data:`REVIEW_DAY` of
December, when the overview starts asking for the review).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

MARKET_READING_DAY = (1, 15)
REVIEW_DAY = (12, 1)


class EventKind(StrEnum):
    PLAN_ITEM = "plan-item"
    GOAL = "goal"
    CERTIFICATION = "certification"  # the last day a certification is valid
    MARKET = "market"
    REVIEW = "review"


@dataclass(frozen=True)
class CalendarEvent:
    """An all-day event from ``start`` to ``last`` (both included)."""

    kind: EventKind
    ident: int  # the row's id, or the year for the yearly reminders
    start: dt.date
    last: dt.date
    title: str = ""  # the user's text (plan item, goal, certification); empty for reminders
    type_key: str = ""  # a plan item's learning type value
    link: str = ""
    stamp: dt.datetime = dt.datetime(1970, 1, 1)  # when its source was created (UTC)

    @property
    def key(self) -> str:
        return f"{self.kind.value}-{self.ident}"

    @property
    def end(self) -> dt.date:
        """The day after the last one: iCalendar's exclusive end of an all-day event."""
        return self.last + dt.timedelta(days=1)

    def touches(self, year: int) -> bool:
        return self.start.year <= year <= self.last.year


def span(start: dt.date | None, end: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """A plan item's planned days: both dates, or the one that is set; None without dates."""
    if start is None and end is None:
        return None
    first = start or end
    last = end or start
    assert first is not None and last is not None
    return (first, max(first, last))


def yearly_reminders(years: Iterable[int]) -> list[CalendarEvent]:
    events = []
    for year in sorted(set(years)):
        stamp = dt.datetime(year, 1, 1)
        market = dt.date(year, *MARKET_READING_DAY)
        review = dt.date(year, *REVIEW_DAY)
        events.append(CalendarEvent(EventKind.MARKET, year, market, market, stamp=stamp))
        events.append(CalendarEvent(EventKind.REVIEW, year, review, review, stamp=stamp))
    return events


ORDER = {kind: number for number, kind in enumerate(EventKind)}


def in_order(events: Iterable[CalendarEvent], year: int | None = None) -> list[CalendarEvent]:
    """The events (of ``year`` only, when given) by date, kind and id: one order, always."""
    chosen = [e for e in events if year is None or e.touches(year)]
    return sorted(chosen, key=lambda e: (e.start, ORDER[e.kind], e.ident))
