"""Narrow columns of the printed plan break a long word at a syllable with a hyphen
("Forkas-tet"), never anywhere without one ("Forkaste|t")."""

from __future__ import annotations

import itertools
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.domain.enums import GoalStatus, LearningType, PlanStatus
from planner.i18n import set_language
from planner.report.hyphens import SOFT_HYPHEN, hyphenate, hyphenate_word
from planner.text.labels import enum_label
from tests.report.test_yearplan_report import TODAY, two_years  # noqa: F401  (a fixture)


@pytest.mark.parametrize(
    ("language", "word", "broken"),
    [
        ("nb", "Forkastet", "For-kas-tet"),
        ("nb", "Sikkerhetskopier", "Sik-ker-hets-ko-pier"),
        ("sw", "Kipengele", "Ki-pe-nge-le"),
        ("sw", "Zilizorekodiwa", "Zi-li-zo-re-ko-di-wa"),
        ("sw", "Imepangwa", "Ime-pa-ngwa"),
    ],
)
def test_words_break_at_their_syllables(language: str, word: str, broken: str) -> None:
    assert hyphenate(word, language).replace(SOFT_HYPHEN, "-") == broken


def test_short_words_numbers_and_markup_stay_whole() -> None:
    assert hyphenate("Mål 2026: 12 345 timer <b>", "nb") == "Mål 2026: 12 345 timer <b>"


@pytest.mark.parametrize("language", ["nb", "sw"])
def test_no_label_breaks_mid_word_without_a_hyphen(
    qapp,
    two_years,  # noqa: F811
    tmp_path: Path,
    language: str,
) -> None:
    from planner.report.render import make_pdf

    set_language(language)
    path = tmp_path / "plan.pdf"
    make_pdf(two_years, 2026, path, today=TODAY)
    text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    lines = [unicodedata.normalize("NFKC", line).strip() for line in text.splitlines()]
    words = {
        word
        for value in (*PlanStatus, *GoalStatus, *LearningType)
        for word in enum_label(value).split()
        if len(word) >= 6
    }
    broken = [
        (line, following)
        for line, following in itertools.pairwise(lines)
        for word in words
        for cut in range(2, len(word) - 1)
        if line.endswith(word[:cut]) and following.startswith(word[cut:])
    ]
    assert broken == []
    ends = [
        (line, following) for line, following in itertools.pairwise(lines) if line.endswith("-")
    ]
    if language == "sw":
        # A hyphen at a line's end alone also comes from words written with one
        # ("on-page"): Swahili's narrow headers must break at the syllables
        # hyphenate_word gives, which fails when hyphens.py leaves Swahili whole.
        assert syllable_breaks(lines, language), ends
    else:
        assert ends  # a hyphenated break is there


def syllable_breaks(lines: list[str], language: str) -> list[str]:
    """The words that end a line with a hyphen where ``hyphenate_word`` breaks them."""
    found = []
    for line, following in itertools.pairwise(lines):
        head = re.search(r"([^\W\d_]+)-$", line)
        tail = re.match(r"[^\W\d_]+", following)
        if not (head and tail):
            continue
        word = head.group(1) + tail.group(0)
        cuts = itertools.accumulate(
            len(part) for part in hyphenate_word(word, language).split(SOFT_HYPHEN)
        )
        if len(head.group(1)) in cuts:
            found.append(f"{head.group(1)}-{tail.group(0)}")
    return found
