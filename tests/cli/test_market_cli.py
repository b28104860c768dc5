"""``postings list`` and ``market`` as text, translated."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from planner.cli import main
from planner.store.database import open_database
from planner.store.market import MarketStore, PostingData
from planner.store.skills import SkillStore


def fill(data_dir: Path) -> None:
    database = open_database(data_dir)
    store = MarketStore(database)
    SkillStore(database).assess("link_building", 1, dt.date(2024, 1, 1))
    store.create(PostingData(dt.date(2024, 3, 1), "SEO junior", skill_keys=("link_building",)))
    store.create(PostingData(dt.date(2024, 3, 2), "Analyst", area_keys=("analytics",)))
    store.create(PostingData(dt.date(2023, 3, 2), "Old one", area_keys=("analytics",)))
    database.close()


def test_postings_list_by_year_in_every_format(tmp_path: Path, capsys) -> None:
    fill(tmp_path)
    base = ["--data-dir", str(tmp_path)]
    assert main([*base, "postings", "list", "--year", "2024", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["title"] for r in rows] == ["SEO junior", "Analyst"]
    assert rows[0]["skills"] == ["link_building"]
    assert main([*base, "--lang", "nb", "postings", "list"]) == 0
    out = capsys.readouterr().out
    assert "Tittel" in out and "Lenkebygging" in out and "Old one" in out
    assert main([*base, "postings", "list", "--year", "1999"]) == 0
    assert "No job postings." in capsys.readouterr().out


def test_market_analysis_as_text(tmp_path: Path, capsys) -> None:
    fill(tmp_path)
    assert main(["--data-dir", str(tmp_path), "--lang", "sw", "market", "--year", "2024"]) == 0
    out = capsys.readouterr().out
    assert "Soko la ajira 2024" in out
    assert "Matangazo 2 ya kazi yalisomwa mwaka 2024." in out
    assert "Ujenzi wa viungo" in out  # link building, in Swahili
    assert "50" in out and "Yes" not in out
    lines = [line for line in out.splitlines() if line.startswith("Uchambuzi")]
    assert lines and "−50.0" in lines[0]  # analytics: 100 % in 2023, 50 % in 2024


def test_market_for_an_empty_year_says_so(tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path), "market", "--year", "2020"]) == 0
    assert "nothing to analyse" in capsys.readouterr().out


def test_a_bad_year_is_a_usage_error(tmp_path: Path, capsys) -> None:
    import pytest

    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path), "market", "--year", "soon"])
    assert exited.value.code == 2
