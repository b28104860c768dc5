"""From a read ad to the posting it would become: skills suggested, duplicates flagged.

A draft is what the review shows and what ``postings import --dry-run``
prints. Nothing here writes: saving is the store's ``import_postings``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from planner.domain.enums import Seniority
from planner.exchange.job_ads.ad import JobAd
from planner.exchange.job_ads.notes import join_notes, split_notes
from planner.exchange.lexicon import detect_language, suggest_skills
from planner.exchange.lexicon.lemmas import words
from planner.store.market import PostingData
from planner.store.validation import is_web_link

MAX_SHORT_FIELD = 200
SENIORITY_WORDS: dict[Seniority, frozenset[str]] = {
    Seniority.LEAD: frozenset({"head", "lead", "director", "leder", "sjef", "direktør",
        "mkuu", "kiongozi", "markedssjef", "markedsdirektør", "cmo"}),
    Seniority.SENIOR: frozenset({"senior", "sr", "seniorrådgiver", "mwandamizi", "principal"}),
    Seniority.JUNIOR: frozenset({"junior", "jr", "trainee", "graduate", "intern", "internship",
        "assistant", "assistent", "praktikant", "traineeship", "msaidizi", "mwanafunzi",
        "mafunzo"}),
}  # fmt: skip


class Duplicate(StrEnum):
    NONE = ""
    LINK = "link"  # same link as a posting already kept (or earlier in the batch)
    IDENTIFIER = "identifier"  # same job-board identifier
    SAME = "same"  # same title, employer and date


@dataclass(frozen=True)
class AdDraft:
    ad: JobAd
    language: str
    suggested: tuple[str, ...]  # skill keys the lexicon found
    posting: PostingData
    duplicate: Duplicate = Duplicate.NONE


def seniority_of(title: str) -> Seniority | None:
    tokens = set(words(title))
    for seniority, cues in SENIORITY_WORDS.items():
        if tokens & cues:
            return seniority
    return None


def _short(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= MAX_SHORT_FIELD else value[: MAX_SHORT_FIELD - 1] + "…"


def _title(ad: JobAd) -> str:
    if ad.title.strip():
        return _short(ad.title)
    first = next((line for line in ad.text.splitlines() if line.strip()), "")
    return _short(first) or Path(ad.origin).stem


def make_draft(
    ad: JobAd,
    skill_area: Mapping[str, str],
    *,
    today: dt.date | None = None,
    extra: Mapping[str, Iterable[str]] | None = None,
) -> AdDraft:
    """The posting ``ad`` would become; ``skill_area`` maps the usable skills to their areas."""
    today = today or dt.date.today()
    language = detect_language(ad.text)
    suggested = tuple(
        suggest_skills(
            f"{ad.title}\n{ad.text}", language, extra=extra, skill_keys=skill_area.keys()
        )
    )
    posted = ad.posted if ad.posted is not None and ad.posted <= today else today
    posting = PostingData(
        seen_on=posted,
        title=_title(ad),
        employer=_short(ad.employer),
        source=_short(ad.source),
        url=ad.link.strip() if is_web_link(ad.link) and len(ad.link) <= 2000 else "",
        location=_short(ad.location),
        seniority=seniority_of(ad.title),
        area_keys=tuple(dict.fromkeys(skill_area[k] for k in suggested)),
        skill_keys=suggested,
        notes=join_notes(ad, language),
    )
    return AdDraft(ad, language, suggested, posting)


def _link_key(url: str) -> str:
    return url.strip().rstrip("/").lower()


def _same_key(posting: PostingData) -> tuple[str, str, dt.date]:
    return (posting.title.casefold(), posting.employer.casefold(), posting.seen_on)


def mark_duplicates(drafts: Sequence[AdDraft], existing: Iterable[PostingData]) -> list[AdDraft]:
    """The drafts, ``duplicate`` set where a kept posting or an earlier draft is the same ad."""
    links: set[str] = set()
    identifiers: set[str] = set()
    same: set[tuple[str, str, dt.date]] = set()

    def remember(posting: PostingData) -> None:
        if posting.url:
            links.add(_link_key(posting.url))
        identifier = split_notes(posting.notes).facts.get("id", "")
        if identifier:
            identifiers.add(identifier)
        same.add(_same_key(posting))

    for posting in existing:
        remember(posting)
    marked: list[AdDraft] = []
    for draft in drafts:
        posting = draft.posting
        identifier = " ".join(draft.ad.identifier.split())
        if posting.url and _link_key(posting.url) in links:
            reason = Duplicate.LINK
        elif identifier and identifier in identifiers:
            reason = Duplicate.IDENTIFIER
        elif _same_key(posting) in same:
            reason = Duplicate.SAME
        else:
            reason = Duplicate.NONE
        marked.append(replace(draft, duplicate=reason))
        remember(posting)
    return marked
