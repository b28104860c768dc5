"""One job ad as read from a page or a pasted text, before it becomes a posting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class JobAd:
    title: str = ""
    employer: str = ""
    posted: dt.date | None = None  # None: the ad does not say
    location: str = ""
    employment_type: str = ""
    link: str = ""
    identifier: str = ""
    source: str = ""  # the job board or site, when the page names it
    text: str = ""  # the ad as plain text
    origin: str = ""  # the file name, or "" for pasted text
