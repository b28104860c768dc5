"""A pasted ad or a ``.txt`` file: the title is the first line, the rest is read by labels.

Job boards copy as a title line, then often a line of facts ("Acme AS · Oslo ·
2 weeks ago") or labelled lines ("Arbeidsgiver: …", "Mwajiri: …").
"""

from __future__ import annotations

import re

from planner.exchange.job_ads.ad import JobAd
from planner.exchange.job_ads.fields import (
    EMPLOYER_LABELS,
    LINK_LABELS,
    LOCATION_LABELS,
    TITLE_LABELS,
    labelled,
    labelled_date,
    parse_date,
)
from planner.exchange.job_ads.plain import tidy

MAX_TEXT = 1_000_000  # characters of one pasted ad
MAX_TITLE = 120
MAX_NAME = 60
_FACTS = re.compile(r"\s+[·•|]\s+|\s+[–—]\s+")


def facts_line(line: str) -> list[str]:
    """The parts of a "Employer · Place · …" line (none for other lines)."""
    if len(line) > MAX_TITLE:
        return []
    parts = [p.strip() for p in _FACTS.split(line) if p.strip()]
    return parts if len(parts) >= 2 else []


def _name_line(lines: list[str]) -> str:
    """A short second line that reads as a name ("Kite Mobility"), not a sentence or a date."""
    if len(lines) < 2:
        return ""
    line = lines[1].strip()
    if len(line) > MAX_NAME or len(line.split()) > 5 or any(ch in line for ch in ".:!?,"):
        return ""
    if parse_date(line) is not None or any(ch.isdigit() for ch in line):
        return ""
    return line


def read_text(text: str, origin: str = "") -> JobAd:
    """The ad in a pasted text; fields it does not state stay empty."""
    text = tidy(text[:MAX_TEXT].replace("\x00", ""))
    lines = [line for line in text.splitlines() if line.strip()]
    title = labelled(lines, TITLE_LABELS)
    if not title and lines and len(lines[0]) <= MAX_TITLE:
        title = lines[0].lstrip("#* ").strip()
    facts = facts_line(lines[1]) if len(lines) > 1 else []
    link = labelled(lines, LINK_LABELS)
    return JobAd(
        title=title,
        employer=labelled(lines, EMPLOYER_LABELS) or (facts[0] if facts else _name_line(lines)),
        posted=labelled_date(lines),
        location=labelled(lines, LOCATION_LABELS) or (facts[1] if len(facts) > 1 else ""),
        link=link if link.startswith(("http://", "https://")) else "",
        text=text,
        origin=origin,
    )
