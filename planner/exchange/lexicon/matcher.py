"""Which skills a job ad asks for: lexicon phrases found in its words, negations left out.

The text is cut into clauses (sentences, lines and bullet points, and again at
words such as "but" / "men" / "lakini"); every word is brought to its
dictionary form; a lexicon phrase found in a clause is a mention. A mention is
ruled out when a negation cue of the language ("no … needed", "ingen krav til",
"si lazima") stands close before it, or an after-cue ("… is not required",
"… er ikke et krav", "… haihitajiki") close after it, in the same clause. A
skill is suggested when at least one of its mentions is not ruled out.

Pure Python (no Qt, no database): the LinkedIn import uses it too.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from planner.exchange.lexicon.lemmas import lemma, words
from planner.exchange.lexicon.lexicon import (
    GAP,
    LANGUAGES,
    MAX_GAP,
    Phrase,
    compile_phrase,
    compiled_negation,
    compiled_skills,
    detect_language,
    load_lexicon,
)

NEGATION_WINDOW = 6  # words between a cue and the phrase it rules out
MAX_TEXT = 200_000  # characters read from one ad
_CLAUSE = re.compile(r"[.!?;:\n\r\u2022\u00b7\u25aa\u25cf|()\[\]]+|\s[-–—*]\s")


@dataclass(frozen=True)
class Mention:
    skill_key: str
    clause: int
    start: int
    end: int
    negated: bool


def _clauses(text: str, language: str) -> list[list[str]]:
    """The text as clauses of normalised words."""
    breaks = load_lexicon(language).breaks
    clauses: list[list[str]] = []
    for piece in _CLAUSE.split(text[:MAX_TEXT]):
        current: list[str] = []
        for word in words(piece):
            if word in breaks:
                if current:
                    clauses.append(current)
                current = []
                continue
            current.append(lemma(word, language))
        if current:
            clauses.append(current)
    return clauses


def _match_end(clause: Sequence[str], start: int, phrase: Phrase) -> int | None:
    """Where ``phrase`` found at ``start`` ends, or None; a gap skips up to MAX_GAP words."""
    position = start
    for index, (text, is_prefix) in enumerate(phrase):
        if (text, is_prefix) == GAP:
            rest = phrase[index + 1 :]
            for skip in range(MAX_GAP + 1):
                end = _match_end(clause, position + skip, rest) if rest else position
                if end is not None:
                    return end
            return None
        if position >= len(clause):
            return None
        word = clause[position]
        if not (word.startswith(text) if is_prefix else word == text):
            return None
        position += 1
    return position


def _occurrences(clause: Sequence[str], phrase: Phrase) -> Iterable[int]:
    return (i for i in range(len(clause)) if _match_end(clause, i, phrase) is not None)


def _negated(
    clause: Sequence[str],
    start: int,
    end: int,
    before: Sequence[Phrase],
    after: Sequence[Phrase],
) -> bool:
    for cue in before:
        first = max(0, start - NEGATION_WINDOW - len(cue))
        if any(i + len(cue) <= start for i in _occurrences(clause[first:start], cue)):
            return True
    for cue in after:
        window = clause[end : end + NEGATION_WINDOW + len(cue)]
        if any(True for _ in _occurrences(window, cue)):
            return True
    return False


def _phrases(language: str, extra: Mapping[str, Iterable[str]] | None) -> list[tuple[str, Phrase]]:
    phrases = list(compiled_skills(language))
    for key, texts in (extra or {}).items():
        phrases += [(key, p) for p in (compile_phrase(t, language) for t in texts) if p]
    return phrases


def find_mentions(
    text: str,
    language: str | None = None,
    extra: Mapping[str, Iterable[str]] | None = None,
) -> list[Mention]:
    """Every mention of a skill in ``text``, negated or not, in reading order."""
    language = language if language in LANGUAGES else detect_language(text)
    before, after = compiled_negation(language)
    phrases = _phrases(language, extra)
    by_first: dict[str, list[tuple[str, Phrase]]] = {}
    prefixed: list[tuple[str, Phrase]] = []
    for key, phrase in phrases:
        if phrase[0][1]:
            prefixed.append((key, phrase))
        else:
            by_first.setdefault(phrase[0][0], []).append((key, phrase))
    mentions: list[Mention] = []
    for number, clause in enumerate(_clauses(text, language)):
        mentions += _longest(
            _clause_mentions(
                number, clause, by_first=by_first, prefixed=prefixed, before=before, after=after
            )
        )
    return mentions


def _longest(mentions: list[Mention]) -> list[Mention]:
    """Drop a mention that lies inside a longer one ("seo" inside "technical seo")."""
    return [
        m
        for m in mentions
        if not any(
            o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
            for o in mentions
        )
    ]


def _clause_mentions(
    number: int,
    clause: Sequence[str],
    *,
    by_first: Mapping[str, Sequence[tuple[str, Phrase]]],
    prefixed: Sequence[tuple[str, Phrase]],
    before: Sequence[Phrase],
    after: Sequence[Phrase],
) -> list[Mention]:
    mentions: list[Mention] = []
    for start, word in enumerate(clause):
        candidates = [
            *by_first.get(word, ()),
            *((k, p) for k, p in prefixed if word.startswith(p[0][0])),
        ]
        for key, phrase in candidates:
            end = _match_end(clause, start, phrase)
            if end is not None:
                negated = _negated(clause, start, end, before, after)
                mentions.append(Mention(key, number, start, end, negated))
    return mentions


def suggest_skills(
    text: str,
    language: str | None = None,
    *,
    extra: Mapping[str, Iterable[str]] | None = None,
    skill_keys: Collection[str] | None = None,
) -> list[str]:
    """The skill keys ``text`` asks for, in the order they are first mentioned.

    ``language`` is the text's language (``en``, ``nb`` or ``sw``), detected
    when not given; ``extra`` adds phrases per skill key (custom skills carry
    their own words); ``skill_keys`` keeps only these keys (the skills that
    exist and are not archived).
    """
    found: list[str] = []
    for mention in find_mentions(text, language, extra):
        if mention.negated or mention.skill_key in found:
            continue
        if skill_keys is not None and mention.skill_key not in skill_keys:
            continue
        found.append(mention.skill_key)
    return found
