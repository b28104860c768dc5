"""The original ad kept in the posting's notes, below what the person wrote.

The notes hold the person's own note, then a marker line and the ad's facts
and text, so suggestions can be made again when the lexicon improves and the
same ad is recognised when it comes again. The marker and the fact names are
a file format, not words for a person: they are never translated.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.exchange.job_ads.ad import JobAd
from planner.store.validation import MAX_TEXT_LENGTH

MARKER = "----- job ad -----"
FACTS = ("file", "id", "employment", "language")


@dataclass(frozen=True)
class SplitNotes:
    own: str  # what the person wrote
    facts: dict[str, str]
    text: str  # the ad's text, "" when the notes hold none


def join_notes(ad: JobAd, language: str, own: str = "") -> str:
    values = (ad.origin, ad.identifier, ad.employment_type, language)
    facts = [
        f"{name}: {' '.join(value.split())}"
        for name, value in zip(FACTS, values, strict=True)
        if value
    ]
    head = "\n".join([own.rstrip(), MARKER, *facts, ""]).lstrip("\n")
    room = MAX_TEXT_LENGTH - len(head) - 1
    text = ad.text if len(ad.text) <= room else ad.text[: max(room - 1, 0)] + "…"
    return f"{head}\n{text}" if room > 0 else head[:MAX_TEXT_LENGTH]


def split_notes(notes: str) -> SplitNotes:
    own, found, rest = notes.partition(MARKER)
    if not found:
        return SplitNotes(notes, {}, "")
    head, _blank, text = rest.lstrip("\n").partition("\n\n")
    facts: dict[str, str] = {}
    for line in head.splitlines():
        name, colon, value = line.partition(": ")
        if colon and name in FACTS:
            facts[name] = value
    return SplitNotes(own.rstrip("\n"), facts, text)
