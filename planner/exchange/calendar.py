"""The plan in the user's calendar: an iCalendar (RFC 5545) file of all-day events.

Written with the ``icalendar`` library, in the active language. What makes a
second export of unchanged data byte for byte the same as the first:

- ``UID`` comes from the event's key (``plan-item-12``) and a namespace
  derived from when the person's data was created, never from the clock, so
  importing the file again updates the events instead of doubling them;
- ``DTSTAMP`` (required in every event) is the time the event's source was
  created (the plan item's ``created_at``; a goal's year plan's; 1 January of
  the year for the yearly reminders), not the time of the export;
- events come in one order (date, kind, id) and the calendar carries no
  export time.

All-day events have ``DTSTART`` and ``DTEND`` of type DATE, ``DTEND`` being
the day after the last day (the format's rule); dates carry no time zone and
the only date-time, ``DTSTAMP``, is in UTC, so no ``VTIMEZONE`` is needed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event

from planner.domain.calendar import CalendarEvent, EventKind
from planner.domain.enums import LearningType
from planner.domain.os_errors import OsDetail
from planner.i18n import _
from planner.i18n.markers import N_
from planner.store.calendar import CalendarFeed
from planner.store.errors import StoreError
from planner.text.labels import enum_label

PRODID = "-//Career Planner//Career Planner//EN"
UID_DOMAIN = "career-planner.invalid"


class CalendarWriteError(StoreError):
    template = N_("The calendar {path} could not be written: {detail}")


def summary(event: CalendarEvent) -> str:
    """The event's one line, in the active language."""
    if event.kind is EventKind.PLAN_ITEM:
        kind = enum_label(LearningType(event.type_key))
        return _("{type}: {title}").format(type=kind, title=event.title)
    if event.kind is EventKind.GOAL:
        return _("Goal due: {title}").format(title=event.title)
    if event.kind is EventKind.CERTIFICATION:
        return _("Last day the certification is valid: {title}").format(title=event.title)
    if event.kind is EventKind.MARKET:
        return _("Yearly reading of the job market ({year})").format(year=event.ident)
    return _("Review {year} and plan the next year").format(year=event.ident)


def uid(event: CalendarEvent, namespace: str) -> str:
    return f"{event.key}.{namespace}@{UID_DOMAIN}"


def _stamp(moment: dt.datetime) -> dt.datetime:
    """Stored times are naive UTC; DTSTAMP must say so (``Z``)."""
    return moment.replace(microsecond=0, tzinfo=dt.UTC)


def to_ical(feed: CalendarFeed) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _("Career Planner"))
    for item in feed.events:
        event = Event()
        event.add("uid", uid(item, feed.namespace))
        event.add("dtstamp", _stamp(item.stamp))
        event.add("dtstart", item.start)
        event.add("dtend", item.end)
        event.add("summary", summary(item))
        event.add("transp", "TRANSPARENT")  # a reminder, not busy time
        if item.link:
            event.add("url", item.link)
        calendar.add_component(event)
    return calendar.to_ical()


def write_ics(feed: CalendarFeed, path: Path) -> int:
    """Write the file atomically; returns the number of events."""
    from planner.settings import atomic_write_bytes

    data = to_ical(feed)
    try:
        atomic_write_bytes(path, data, mode=0o644)
    except OSError as error:
        raise CalendarWriteError(path=path, detail=OsDetail(error)) from error
    return len(feed.events)
