"""The skill lexicon: per language, the words job ads use for each catalogue skill.

The lexicon lives in ``resources/lexicon/skills.<language>.toml`` so that a
person can read and extend it (the format is described at the top of each
file). Phrases are written in their dictionary form, lower case; a word that
ends in ``*`` matches every word that starts with it (Norwegian compounds:
``nyhetsbrev*`` finds "nyhetsbrevene" and "nyhetsbrevkampanjer"); ``...``
stands for up to three words of any kind ("write ... post*" finds "write and
schedule posts").
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from planner.exchange.lexicon.lemmas import lemma, words
from planner.resources import resource_path

LANGUAGES: tuple[str, ...] = ("en", "nb", "sw")

# One word of a compiled phrase: (text, is_prefix).
Word = tuple[str, bool]
Phrase = tuple[Word, ...]
GAP: Word = ("...", False)  # "..." in a phrase: up to MAX_GAP words of any kind
MAX_GAP = 3


@dataclass(frozen=True)
class Lexicon:
    language: str
    detect: frozenset[str]
    skills: dict[str, tuple[str, ...]]  # skill key -> phrases as written
    negation_before: tuple[str, ...]
    negation_after: tuple[str, ...]
    breaks: frozenset[str]


def parse_lexicon(language: str, data: dict) -> Lexicon:
    negation = data.get("negation", {})
    return Lexicon(
        language=language,
        detect=frozenset(str(w).lower() for w in data.get("detect", {}).get("words", ())),
        skills={
            str(key): tuple(str(p) for p in phrases)
            for key, phrases in data.get("skills", {}).items()
        },
        negation_before=tuple(str(p) for p in negation.get("before", ())),
        negation_after=tuple(str(p) for p in negation.get("after", ())),
        breaks=frozenset(str(w).lower() for w in negation.get("breaks", ())),
    )


@lru_cache(maxsize=len(LANGUAGES))
def load_lexicon(language: str) -> Lexicon:
    """The shipped lexicon for ``language`` (one of :data:`LANGUAGES`)."""
    if language not in LANGUAGES:
        raise ValueError(language)
    with resource_path(f"lexicon/skills.{language}.toml").open("rb") as handle:
        return parse_lexicon(language, tomllib.load(handle))


def compile_phrase(phrase: str, language: str) -> Phrase:
    """A phrase as a sequence of normalised words (a prefix word keeps its ``*`` meaning)."""
    compiled: list[Word] = []
    for part in phrase.lower().split():
        if part == GAP[0]:
            if compiled:  # a phrase never starts with a gap
                compiled.append(GAP)
            continue
        is_prefix = part.endswith("*")
        pieces = words(part.rstrip("*"))
        for index, piece in enumerate(pieces):
            if is_prefix and index == len(pieces) - 1:
                compiled.append((piece, True))
            else:
                compiled.append((lemma(piece, language), False))
    while compiled and compiled[-1] == GAP:
        compiled.pop()
    return tuple(compiled)


@lru_cache(maxsize=len(LANGUAGES))
def compiled_skills(language: str) -> tuple[tuple[str, Phrase], ...]:
    lexicon = load_lexicon(language)
    return tuple(
        (key, compiled)
        for key, phrases in lexicon.skills.items()
        for compiled in (compile_phrase(p, language) for p in phrases)
        if compiled
    )


@lru_cache(maxsize=len(LANGUAGES))
def compiled_negation(language: str) -> tuple[tuple[Phrase, ...], tuple[Phrase, ...]]:
    lexicon = load_lexicon(language)
    before = tuple(compile_phrase(p, language) for p in lexicon.negation_before)
    after = tuple(compile_phrase(p, language) for p in lexicon.negation_after)
    return tuple(p for p in before if p), tuple(p for p in after if p)


def detect_language(text: str) -> str:
    """The language of an ad: the one whose common words it uses most (English on a tie)."""
    tokens = words(text[:20_000])
    best, best_count = LANGUAGES[0], 0
    for language in LANGUAGES:
        detect = load_lexicon(language).detect
        count = sum(1 for token in tokens if token in detect)
        if count > best_count:
            best, best_count = language, count
    return best
