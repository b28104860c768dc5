"""The CSV writer: spreadsheet-safe cells, UTF-8 with BOM, ISO dates."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from planner.exchange.csv_safe import cell_text, csv_text, neutralise, write_csv


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("plain text", "plain text"),
        ("a=b", "a=b"),
        ("", ""),
        ("<b>bold</b>", "<b>bold</b>"),
    ],
)
def test_formula_cells_get_an_apostrophe(value: str, expected: str) -> None:
    assert neutralise(value) == expected


def test_cells_dates_numbers_and_empty() -> None:
    assert cell_text(dt.date(2026, 3, 4)) == "2026-03-04"
    assert cell_text(-5) == "-5"  # a number is data, not a formula
    assert cell_text(None) == ""
    assert cell_text("-5") == "'-5"


def test_file_is_utf8_with_bom_crlf_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    rows = [[dt.date(2026, 1, 2), 30, 'Kujifunza, "wenzako"', "=1+1", "linje\nto"]]
    assert write_csv(path, ["Dato", "Min", "Type", "Note", "Multi"], rows) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as handle:
        back = list(csv.reader(handle))
    assert back == [
        ["Dato", "Min", "Type", "Note", "Multi"],
        ["2026-01-02", "30", 'Kujifunza, "wenzako"', "'=1+1", "linje\nto"],
    ]
    assert not list(tmp_path.glob(".*.tmp"))


def test_header_is_neutralised_too() -> None:
    assert csv_text(["=x"], []).startswith("'=x")
