"""How long a certification holds: valid, expiring soon, expired.

Certifications in digital marketing (Google Ads, Meta Blueprint, HubSpot ...)
lapse after a year or two. A certification plan item may carry the last day
it is valid; from :data:`WARN_DAYS` before that day it is *expiring*, after
it *expired*. The overview names a certification from :data:`WARN_DAYS`
before its last valid day until :data:`WARN_DAYS` after it; one that lapsed
longer ago is history, not news. A renewal that is done (or dropped) ends the
warning: the user has acted on it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.enums import PlanStatus

WARN_DAYS = 60
"""A certification that ends within this many days, or ended within as many, is named."""


class Validity(StrEnum):
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"


def validity(valid_until: dt.date, today: dt.date, warn_days: int = WARN_DAYS) -> Validity:
    """The state of a certification valid until (and including) ``valid_until``."""
    if valid_until < today:
        return Validity.EXPIRED
    if (valid_until - today).days <= warn_days:
        return Validity.EXPIRING
    return Validity.VALID


@dataclass(frozen=True)
class CertificationDue:
    """A certification that needs attention, as the overview names it."""

    id: int
    title: str
    valid_until: dt.date
    state: Validity
    renewal_title: str = ""

    @property
    def token(self) -> str:
        """What "dismissed" remembers: a new date or a new state shows the line again."""
        return f"{self.state.value}:{self.valid_until.isoformat()}"


def needs_attention(
    valid_until: dt.date | None, renewal_status: PlanStatus | None, today: dt.date
) -> Validity | None:
    """EXPIRING or EXPIRED when the overview should say so, else None."""
    if valid_until is None or renewal_status in (PlanStatus.DONE, PlanStatus.DROPPED):
        return None
    if (today - valid_until).days > WARN_DAYS:
        return None  # lapsed long ago
    state = validity(valid_until, today)
    return None if state is Validity.VALID else state
