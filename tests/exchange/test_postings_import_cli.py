"""``postings import`` of pages, pasted ads and CSV: dry runs, all or nothing, duplicates."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from planner.cli import main
from planner.store.database import database_path, open_database
from planner.store.market import MarketStore
from tests.helpers.paths import fixture

CORPUS = fixture("job_ads")
FIELDS = ["date", "title", "employer", "source", "link", "location", "seniority", "areas",
          "skills", "notes"]  # fmt: skip


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "name",
    [
        "en/01-performance-marketing-manager.html",  # JSON-LD
        "nb/05-digital-markedsforer.html",  # no JSON-LD
        "sw/10-msimamizi-jamii.txt",  # pasted text
    ],
)
def test_dry_run_json_prints_the_postings_and_creates_nothing(
    tmp_path: Path, capsys, name: str
) -> None:
    data_dir = tmp_path / "data"
    assert (
        run(data_dir, "postings", "import", "--dry-run", "--format", "json", str(CORPUS / name))
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 1
    assert list(rows[0]) == FIELDS
    assert rows[0]["skills"] and rows[0]["areas"]
    assert "----- job ad -----" in rows[0]["notes"]
    assert not data_dir.exists()


def test_dry_run_on_a_kept_database_changes_nothing(tmp_path: Path, capsys) -> None:
    csv_file = tmp_path / "postings.csv"
    csv_file.write_text("date,title,skills\n2026-01-05,Analyst,reporting\n", encoding="utf-8")
    assert run(tmp_path, "postings", "import", str(csv_file)) == 0
    before = digest(database_path(tmp_path))
    args = [
        "postings",
        "import",
        "--dry-run",
        "--format",
        "json",
        str(csv_file),
        str(CORPUS / "en"),
    ]
    assert run(tmp_path, *args) == 0
    rows = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert len(rows) == 13 and rows[0]["title"] == "Analyst"
    assert digest(database_path(tmp_path)) == before


def test_a_folder_imports_whole_and_a_second_import_is_flagged_not_doubled(
    tmp_path: Path, capsys
) -> None:
    folder = tmp_path / "ads"
    shutil.copytree(CORPUS / "sw", folder)
    (folder / "01-afisa-masoko-kidijitali_files").mkdir()  # the browser's assets folder
    assert run(tmp_path / "d", "--lang", "sw", "postings", "import", str(folder)) == 0
    assert "12" in capsys.readouterr().out
    assert run(tmp_path / "d", "postings", "import", str(folder)) == 0
    captured = capsys.readouterr()
    assert "Imported 0 job postings." in captured.out
    assert captured.err.count("Skipped") == 12
    database = open_database(tmp_path / "d")
    postings = MarketStore(database).postings()
    database.close()
    assert len(postings) == 12
    undated = [p for p in postings if p.title == "Meneja wa Chapa"]
    assert undated[0].seen_on == dt.date.today()


def test_the_same_ad_twice_in_one_batch_is_kept_once(tmp_path: Path, capsys) -> None:
    ad = CORPUS / "en" / "11-email-marketing-assistant.txt"
    copy = tmp_path / "again.txt"
    copy.write_bytes(ad.read_bytes())
    assert (
        run(
            tmp_path / "d",
            "postings",
            "import",
            "--dry-run",
            "--format",
            "json",
            str(ad),
            str(copy),
        )
        == 0
    )
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)) == 1
    assert "again.txt" in captured.err


def test_one_bad_file_imports_nothing(tmp_path: Path, capsys) -> None:
    csv_file = tmp_path / "postings.csv"
    csv_file.write_text("date,title\n2026-01-05,Analyst\n", encoding="utf-8")
    assert run(tmp_path, "postings", "import", str(csv_file)) == 0
    before = digest(database_path(tmp_path))
    capsys.readouterr()
    bad = tmp_path / "notes.pdf"
    bad.write_bytes(b"%PDF-1.7")
    assert run(tmp_path, "postings", "import", str(CORPUS / "nb"), str(bad)) == 1
    err = capsys.readouterr().err
    assert "notes.pdf" in err and len(err.strip().splitlines()) == 1
    assert digest(database_path(tmp_path)) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_or_a_huge_file_is_refused_without_reading_it(tmp_path: Path, capsys) -> None:
    pipe = tmp_path / "ad.txt"
    os.mkfifo(pipe)
    assert run(tmp_path / "d", "postings", "import", "--dry-run", str(pipe)) == 1
    assert "not a regular file" in capsys.readouterr().err
    huge = tmp_path / "huge.html"
    with huge.open("wb") as handle:
        handle.truncate(6_000_000)
    assert run(tmp_path / "d", "postings", "import", "--dry-run", str(huge)) == 1
    assert "larger than 5 MB" in capsys.readouterr().err
