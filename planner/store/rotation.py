"""Which backups to keep: a pure rule, tested without files.

Every backup from the last 7 days is kept; older ones are thinned to the
newest of each ISO week for 8 weeks, then to the newest of each month for a
year; anything older goes. The newest backup of all is always kept. Keeping
the *newest* of each period makes the rule stable: a backup kept as a week's
newest is also its month's newest if it survives to be judged by month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

KEEP_ALL_DAYS = 7
KEEP_WEEKLY_WEEKS = 8
KEEP_MONTHLY_MONTHS = 12


def backups_to_keep(stamps: Iterable[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """The subset of ``stamps`` (the times backups were taken) to keep at ``now``."""
    ordered = sorted(set(stamps), reverse=True)
    if not ordered:
        return set()
    keep = {ordered[0]}
    weekly_limit = now - dt.timedelta(weeks=KEEP_WEEKLY_WEEKS)
    monthly_limit = _months_before(now, KEEP_MONTHLY_MONTHS)
    seen_weeks: set[tuple[int, int]] = set()
    seen_months: set[tuple[int, int]] = set()
    for stamp in ordered:  # newest first: the first of each period is its newest
        age = now - stamp
        week = stamp.isocalendar()[:2]
        month = (stamp.year, stamp.month)
        recent = age <= dt.timedelta(days=KEEP_ALL_DAYS)
        weekly = stamp >= weekly_limit and week not in seen_weeks
        monthly = stamp >= monthly_limit and month not in seen_months
        if recent or weekly or monthly:
            keep.add(stamp)
        seen_weeks.add(week)
        seen_months.add(month)
    return keep


def _months_before(now: dt.datetime, months: int) -> dt.datetime:
    index = now.year * 12 + now.month - 1 - months
    year, month = divmod(index, 12)
    return now.replace(year=year, month=month + 1, day=1, hour=0, minute=0, second=0, microsecond=0)
