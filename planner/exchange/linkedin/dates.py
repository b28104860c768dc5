"""LinkedIn's dates: ``Aug 2023``, ``August 2023``, a bare ``2019``, ``2023-04-17 00:19 UTC``.

A date is a period (a year, a month or a day), so a rule can ask whether it
has begun or is over. Pure: no I/O, no translation.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

# English, as LinkedIn writes them; never from the C library's locale (Qt sets it).
_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTHS = (
    {name: number for number, name in enumerate(_MONTH_NAMES, start=1)}
    | {name[:3]: number for number, name in enumerate(_MONTH_NAMES, start=1)}
    | {"sept": 9}
)
_YEAR = re.compile(r"^(\d{4})$")
_MONTH_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_DAY = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:UTC|Z))?$"
)
_US_DAY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")


@dataclass(frozen=True)
class Period:
    first: dt.date
    last: dt.date

    def begun(self, today: dt.date) -> bool:
        return self.first <= today

    def over(self, today: dt.date) -> bool:
        return self.last < today

    def known_end(self, today: dt.date) -> dt.date:
        """The last day of the period, but never after ``today``."""
        return min(self.last, today)


def _month(year: int, month: int) -> Period:
    return Period(
        dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    )


def _day(year: int, month: int, day: int) -> Period:
    date = dt.date(year, month, day)
    return Period(date, date)


def parse_period(text: str) -> Period | None:
    """The period ``text`` names, or None when it is empty or not understood."""
    value = " ".join(text.split())
    if not value:
        return None
    try:
        return _parse(value)
    except ValueError:  # a month 13, a 30 February
        return None


def _parse(value: str) -> Period | None:
    if match := _YEAR.match(value):
        year = int(match[1])
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31))
    if match := _MONTH_YEAR.match(value):
        month = _MONTHS.get(match[1].casefold())
        return _month(int(match[2]), month) if month else None
    if match := _YEAR_MONTH.match(value):
        return _month(int(match[1]), int(match[2]))
    if match := _DAY.match(value):
        return _day(int(match[1]), int(match[2]), int(match[3]))
    if match := _US_DAY.match(value):
        return _day(int(match[3]), int(match[1]), int(match[2]))
    if match := _DAY_MONTH_YEAR.match(value):
        month = _MONTHS.get(match[2].casefold())
        return _day(int(match[3]), month, int(match[1])) if month else None
    if match := _MONTH_DAY_YEAR.match(value):
        month = _MONTHS.get(match[1].casefold())
        return _day(int(match[3]), month, int(match[2])) if month else None
    return None
