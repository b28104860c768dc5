"""CSV import and export of job postings: all or nothing, line-numbered errors,
formula injection neutralised, and an exact round trip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.cli import main
from planner.domain.enums import Seniority
from planner.exchange.postings_csv import (
    PostingsImportError,
    neutralise,
    parse_postings,
    restore,
    write_postings,
)
from planner.i18n import _, set_language
from planner.store.market import MarketStore, PostingData
from tests.helpers.sql_count import counted_statements

AREAS = {"seo", "digital_media", "social_media", "analytics"}
SKILLS = {"technical_seo", "link_building", "search_ads", "content_creation", "reporting"}

GOOD = (
    "date,title,employer,source,link,location,seniority,areas,skills,notes\n"
    "2025-01-10,SEO specialist,Example AS,finn.no,https://example.org/1,Oslo,senior,seo,"
    "technical_seo;link_building,\n"
    "2025-01-11,Paid social,Kampuni Ltd,LinkedIn,,Nairobi,,digital_media,"
    ' search_ads ; content_creation ,"two\nlines"\n'
)


def parse(text: str) -> list[PostingData]:
    return parse_postings(text, AREAS, SKILLS)


def problems(text: str) -> list[str]:
    with pytest.raises(PostingsImportError) as raised:
        parse(text)
    return [p.message(_) for p in raised.value.problems]


def test_a_good_file_parses_every_column() -> None:
    first, second = parse(GOOD)
    assert first == PostingData(
        seen_on=dt.date(2025, 1, 10),
        title="SEO specialist",
        employer="Example AS",
        source="finn.no",
        url="https://example.org/1",
        location="Oslo",
        seniority=Seniority.SENIOR,
        area_keys=("seo",),
        skill_keys=("technical_seo", "link_building"),
    )
    assert second.skill_keys == ("search_ads", "content_creation")
    assert second.notes == "two\nlines"
    assert second.seniority is None


def test_columns_may_come_in_any_order_and_optional_ones_may_be_left_out() -> None:
    (only,) = parse("title,date\nAnalyst,2024-02-29\n\n")
    assert (only.title, only.seen_on) == ("Analyst", dt.date(2024, 2, 29))


@pytest.mark.parametrize(
    ("row", "fragment"),
    [
        ("2025-02-30,T,,,,,,,,", "2025-02-30"),
        ("next week,T,,,,,,,,", "YYYY-MM-DD"),
        ("2025-01-01,T,,,,,boss,,,", "boss"),
        ("2025-01-01,T,,,,,,astrology,,", "astrology"),
        ("2025-01-01,T,,,,,,,juggling,", "juggling"),
        ("2025-01-01,T,,,ftp://x.org,,,,,", "http"),
        ("2025-01-01,,,,,,,,,", "title"),
        ("2999-01-01,T,,,,,,,,", "future"),
        ("2025-01-01,T,,", "cells"),
    ],
)
def test_a_bad_row_is_named_by_line_with_its_problem(row: str, fragment: str) -> None:
    text = GOOD + row + "\n"
    found = problems(text)
    assert len(found) == 1
    assert found[0].startswith("Line 5: ")  # the header, 2 rows (one spans 2 lines), then this
    assert fragment in found[0]


def test_every_bad_row_is_listed_and_the_header_is_checked() -> None:
    found = problems("date,title\nxx,A\n2025-01-01,B\nyy,C\n")
    assert [p.split(":")[0] for p in found] == ["Line 2", "Line 4"]
    assert "salary" in problems("date,title,salary\n")[0]
    assert "title" in problems("date,employer\n")[0]
    assert "empty" in problems("")[0]


def test_errors_are_translated() -> None:
    set_language("nb")
    found = problems("date,title\nxx,A\n")
    assert found[0].startswith("Linje 2: ")
    assert "ÅÅÅÅ-MM-DD" in found[0]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("+47 123", "'+47 123"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTabbed", "'\tTabbed"),
        ("\rcarriage", "'\rcarriage"),
        ("'=already", "''=already"),
        ("'quoted", "'quoted"),
        ("plain = fine", "plain = fine"),
        ("", ""),
    ],
)
def test_formula_cells_get_one_apostrophe_which_reading_removes(value: str, written: str) -> None:
    assert neutralise(value) == written
    assert restore(written) == value


@given(st.text())
def test_neutralising_is_exactly_undone(value: str) -> None:
    written = neutralise(value)
    assert not written.lstrip("'").startswith(("=", "+", "-", "@", "\t", "\r")) or written[0] == "'"
    assert restore(written) == value


def test_the_written_csv_imports_back_unchanged(database) -> None:
    store = MarketStore(database)
    store.create(
        PostingData(
            seen_on=dt.date(2025, 4, 1),
            title="=cmd|' /C calc'!A0",
            employer="-Minus Ltd",
            source="@channel",
            url="https://example.org/?a=1,b=2",
            location='Oslo, "sentrum"',
            seniority=Seniority.MID,
            area_keys=("seo", "analytics"),
            skill_keys=("reporting", "technical_seo"),
            notes="\tfirst line\r\nsecond, with comma\n'=third",
        )
    )
    store.create(PostingData(seen_on=dt.date(2024, 4, 1), title="Plain"))
    text = write_postings(store.postings())
    assert "\n2025-04-01,'=cmd" in text
    again = parse(text)
    assert again == [
        PostingData(**{k: v for k, v in vars(p).items() if k != "id"}) for p in store.postings()
    ]
    assert write_postings(again) == text


def test_cli_round_trip_and_all_or_nothing(tmp_path: Path, capsys) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    source = tmp_path / "in.csv"
    source.write_text("\ufeff" + GOOD, encoding="utf-8")  # a BOM, as spreadsheets write it
    assert main([*data, "postings", "import", str(source)]) == 0
    assert "Imported 2 job postings." in capsys.readouterr().out

    assert main([*data, "postings", "list", "--format", "csv"]) == 0
    exported = capsys.readouterr().out
    copy = tmp_path / "copy.csv"
    copy.write_text(exported, encoding="utf-8")
    other = ["--data-dir", str(tmp_path / "other")]
    assert main([*other, "postings", "import", str(copy)]) == 0
    capsys.readouterr()
    assert main([*other, "postings", "list", "--format", "csv"]) == 0
    assert capsys.readouterr().out == exported

    bad = tmp_path / "bad.csv"
    bad.write_text(GOOD + "2025-01-12,Fine,,,,,,,,\n2025-01-13,Broken,,,,,,,nope,\n", "utf-8")
    assert main([*other, "--lang", "sw", "postings", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Mstari 6" in err and "nope" in err
    assert main([*other, "postings", "list", "--format", "json"]) == 0
    assert capsys.readouterr().out.count('"title"') == 2  # nothing of bad.csv came in


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path, capsys) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("date,title\n2025-01-01,Markedsfører i Tromsø\n".encode("latin-1"))
    assert main(["--data-dir", str(tmp_path / "d"), "postings", "import", str(path)]) == 1
    assert "UTF-8" in capsys.readouterr().err


def import_counted(database, count: int) -> int:
    rows = [
        PostingData(
            seen_on=dt.date(2025, 1, 1) + dt.timedelta(days=n % 360),
            title=f"Job {n}",
            skill_keys=("reporting", "technical_seo"),
            area_keys=("analytics",),
        )
        for n in range(count)
    ]
    parsed = parse(write_postings(rows))
    with counted_statements() as seen:
        ids = MarketStore(database).import_postings(parsed)
    assert len(ids) == count
    assert seen.rows_sent >= 4 * count  # the posting, its area and two skills
    return len(seen)


def test_importing_thousands_takes_a_few_bulk_statements(database) -> None:
    """Not a statement per posting: 2,000 take hardly more than 20.

    The time of a 2,000-posting import is ``make bench``'s "Postings CSV import" row.
    """
    few = import_counted(database, 20)
    many = import_counted(database, 2000)
    assert many <= few + 10, (few, many)
