"""Dates as the planner reads them from text: ``YYYY-MM-DD`` and nothing else.

Python's ``date.fromisoformat`` also takes ISO week dates (``2024-W01-1``) and
the basic form (``20240101``); the forms, ``log add`` and every import accept
exactly one form, through these two functions.
"""

from __future__ import annotations

import datetime as dt
import re

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?", re.ASCII)


def parse_iso_date(text: str) -> dt.date:
    """The date written as ``YYYY-MM-DD``; ValueError for anything else."""
    if not isinstance(text, str) or not _DATE.fullmatch(text):
        raise ValueError(f"not a YYYY-MM-DD date: {text!r}")
    return dt.date.fromisoformat(text)


def parse_iso_moment(text: str) -> dt.datetime:
    """A date and time without zone, ``YYYY-MM-DDTHH:MM[:SS[.ffffff]]``; ValueError otherwise."""
    if not isinstance(text, str) or not _MOMENT.fullmatch(text):
        raise ValueError(f"not an ISO 8601 date and time: {text!r}")
    return dt.datetime.fromisoformat(text)


# The years a plan, a log or a market analysis can be asked for (the window's
# year fields and every ``--year`` option use the same range).
MIN_YEAR = 1950
MAX_YEAR = 2200
