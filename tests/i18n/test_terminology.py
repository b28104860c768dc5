"""One word for one thing: a msgid with a listed English term uses the term's chosen word.

The table is ``translations/terminology.csv``: the glossary's terms and those
issue #20 found with two words in one language. ``english`` is a regular
expression matched on whole words of the msgid (placeholders removed); ``nb``
and ``sw`` are expressions the translation must contain, ``avoid_nb`` and
``avoid_sw`` expressions it must not.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from tests.helpers.paths import ROOT

TABLE = ROOT / "translations" / "terminology.csv"
GLOSSARY = Path("/work/shared/glossary.md")
PLACEHOLDER = re.compile(
    r"\{[a-z_]+\}|%\(?[a-z_]*\)?[sdr]|\b\w+\.(?:csv|zip|json)\b"
)  # and file names


@cache
def terms() -> tuple[dict[str, str], ...]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


@cache
def catalog(language: str) -> Catalog:
    with (ROOT / "translations" / language / "LC_MESSAGES" / "messages.po").open("rb") as f:
        return read_po(f, locale=language)


def misused(term: dict[str, str], language: str, messages: Catalog) -> list[tuple[str, str]]:
    english = re.compile(rf"\b(?:{term['english']})\b", re.IGNORECASE)
    chosen = re.compile(term[language], re.IGNORECASE)
    avoid = term.get(f"avoid_{language}") or ""
    found = []
    for message in messages:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        strings = tuple(s.replace("&", "") for s in strings)
        avoided = bool(avoid) and any(re.search(avoid, s, re.IGNORECASE) for s in strings)
        named = any(english.search(PLACEHOLDER.sub(" ", i)) for i in ids)
        if avoided or (named and not all(chosen.search(s) for s in strings)):
            found.append((ids[0], strings[0]))
    return found


@pytest.mark.parametrize("language", ["nb", "sw"])
def test_every_listed_term_uses_its_chosen_word(language: str) -> None:
    problems = {
        term["english"]: bad
        for term in terms()
        if term[language] and (bad := misused(term, language, catalog(language)))
    }
    assert problems == {}


def test_the_table_holds_the_terms_the_issue_named() -> None:
    listed = " ".join(term["english"] for term in terms())
    for name in ("target level", "job posting", "assessment", "plan item", "status", "estimate",
                 "road", "focus area", "chart", "column", "row"):  # fmt: skip
        assert name in listed, name
    by_english = {term["english"].split("|")[0].rstrip("?s"): term for term in terms()}
    assert by_english["target level"]["nb"] == "målnivå"
    assert by_english["job posting"]["nb"] == "stillingsannonse"
    assert by_english["column"]["sw"] != by_english["row"]["sw"]


@pytest.mark.skipif(not GLOSSARY.exists(), reason="the shared glossary is not on this machine")
def test_the_table_follows_the_glossary() -> None:
    glossary = GLOSSARY.read_text(encoding="utf-8").lower()
    for term in terms():
        if term["source"].startswith("glossary"):
            stem = term["nb"].split("|")[0].strip("\\b")
            assert stem.lower() in glossary, term["english"]


def test_the_check_finds_a_second_word() -> None:
    messages = Catalog(locale="nb")
    messages.add("Delete job posting {title}", "Slett annonse {title}")
    messages.add("Target level", "Mål")
    messages.add("Assess skills", "Jitathmini ujuzi")
    posting = next(t for t in terms() if t["english"].startswith("job posting"))
    target = next(t for t in terms() if t["english"].startswith("target level"))
    assessment = next(t for t in terms() if "assessment" in t["english"])
    assert misused(posting, "nb", messages) == [
        ("Delete job posting {title}", "Slett annonse {title}")
    ]
    assert misused(target, "nb", messages) == [("Target level", "Mål")]
    assert misused(assessment, "sw", messages) == [("Assess skills", "Jitathmini ujuzi")]
