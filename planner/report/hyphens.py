"""Soft hyphens in the printed plan's words, so a narrow column breaks a word at a
syllable with a hyphen ("Forkas-tet") instead of anywhere without one ("Forkaste|t").

Qt's text layout breaks a line at a soft hyphen (U+00AD) only when it must, and then
prints a hyphen there. English and Norwegian syllables come from pyphen's
dictionaries (LibreOffice's hyphenation patterns); pyphen has no Swahili, whose
syllables are open (they end in a vowel), so a word breaks after a vowel that a
consonant and a vowel follow ("Ki-pe-nge-le").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from planner.i18n import current_language

SOFT_HYPHEN = "\u00ad"
SHORTEST = 6  # shorter words never break
_WORD = re.compile(r"[^\W\d_]{" + str(SHORTEST) + ",}")
_SWAHILI_BREAK = re.compile(r"(?<=[aeiou])(?=(?:ng'|[^\Waeiou\d_])+[aeiou])", re.IGNORECASE)
DICTIONARIES = {"en": "en_GB", "nb": "nb_NO"}


@cache
def _dictionary(language: str) -> Any:
    import pyphen

    return pyphen.Pyphen(lang=DICTIONARIES[language], left=3, right=3)


def _swahili(word: str) -> str:
    parts = _SWAHILI_BREAK.split(word)
    # Keep at least two letters on each side of a break.
    merged: list[str] = []
    for part in parts:
        if merged and (len(part) < 2 or len(merged[-1]) < 2):
            merged[-1] += part
        else:
            merged.append(part)
    if len(merged) > 1 and len(merged[-1]) < 2:
        merged[-2] += merged.pop()
    return SOFT_HYPHEN.join(merged)


def hyphenate_word(word: str, language: str) -> str:
    if language == "sw":
        return _swahili(word)
    if language not in DICTIONARIES:
        return word
    return _dictionary(language).inserted(word, hyphen=SOFT_HYPHEN)


def hyphenate(text: str, language: str | None = None) -> str:
    """``text`` with soft hyphens at the syllables of its longer words."""
    language = language or current_language()
    return _WORD.sub(lambda match: hyphenate_word(match.group(0), language), text)
