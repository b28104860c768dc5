"""Demo data: deterministic, refused on a folder in use, realistic, valid, fast, translated."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import string
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import pytest
from sqlalchemy import text

from planner.cli import main
from planner.demo.generator import USER_TABLES, DataFolderNotEmptyError, DemoSizes, fill_demo
from planner.demo.texts import DemoTexts, texts_for
from planner.domain.advisor import validate_focus
from planner.domain.enums import LearningType, PlanStatus, Road
from planner.resources import resource_path
from planner.store.database import Database, open_database
from planner.store.models import (
    Assessment,
    Goal,
    JobPosting,
    LogEntry,
    PlanItem,
    SpecialisationChoice,
    StrengthsProfile,
    YearPlan,
)
from planner.store.skills import SkillStore
from tests.helpers.sql_count import Statements, counted_statements

TODAY = dt.date(2026, 11, 23)
DEMO_TABLES = (
    "assessments",
    "strengths_profiles",
    "specialisation_choices",
    "choice_focus_areas",
    "plan_items",
    "plan_item_skills",
    "log_entries",
    "log_entry_skills",
    "job_postings",
    "posting_areas",
    "posting_skills",
    "year_plans",
    "goals",
)


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of the tables the demo writes, in a stable order."""
    with sqlite3.connect(path) as connection:
        rows = {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in DEMO_TABLES
        }
        # The catalogue's own rows are made when the folder is opened; the targets are ours.
        rows["skills"] = connection.execute("SELECT id, key, target_level FROM skills").fetchall()
        return rows


def fill(data_dir: Path, years: int, seed: int = 1, language: str = "en") -> Database:
    database = open_database(data_dir)
    fill_demo(database, years=years, seed=seed, language=language, today=TODAY)
    return database


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Statements]:
    data_dir = tmp_path_factory.mktemp("demo10")
    database = open_database(data_dir)
    with counted_statements() as seen:
        fill_demo(database, years=10, seed=7, language="en", today=TODAY)
    database.close()
    return data_dir / "planner.sqlite3", seen


def query(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        fill(tmp_path / name, years=2, seed=seed).close()
        dumps.append(dump(tmp_path / name / "planner.sqlite3"))
    assert dumps[0] == dumps[1]
    assert dumps[0]["log_entries"]
    assert dumps[0]["log_entries"] != dumps[2]["log_entries"]


def test_ten_years_has_about_the_promised_amounts(ten_years: tuple[Path, Statements]) -> None:
    path, _statements = ten_years
    counts = {table: query(path, f"SELECT count(*) FROM {table}")[0][0] for table in DEMO_TABLES}
    assert 2_700 <= counts["assessments"] <= 3_400
    assert 540 <= counts["plan_items"] <= 660
    assert 18_000 <= counts["log_entries"] <= 22_000
    assert 1_800 <= counts["job_postings"] <= 2_200
    assert counts["year_plans"] == 10
    assert 2 <= counts["strengths_profiles"] <= 3
    assert counts["specialisation_choices"] == 3  # changes twice in ten years
    assert counts["goals"] >= 30
    years = query(path, "SELECT DISTINCT strftime('%Y', seen_on) FROM job_postings")
    assert sorted(int(y) for (y,) in years) == list(range(2017, 2027))


def test_ten_years_go_in_with_bulk_inserts_in_one_transaction(
    ten_years: tuple[Path, Statements], tmp_path: Path
) -> None:
    """Ten times the rows of one year, hardly more statements: no insert per row.

    The time of ``demo --years 10`` is ``make bench``'s "Demo data" row.
    """
    _path, ten = ten_years
    database = open_database(tmp_path / "one")
    with counted_statements() as one:
        fill_demo(database, years=1, seed=7, language="en", today=TODAY)
    database.close()
    print(f"statements: {len(one)} for one year, {len(ten)} for ten ({ten.rows_sent} rows)")
    assert ten.rows_sent > 20_000
    assert len(ten) <= len(one) + 40, (len(one), len(ten))


def test_the_data_is_valid(ten_years: tuple[Path, Statements]) -> None:
    path, _statements = ten_years
    assert query(path, "PRAGMA integrity_check") == [("ok",)]
    assert query(path, "PRAGMA foreign_key_check") == []
    low, high = query(path, "SELECT min(level), max(level) FROM assessments")[0]
    assert 0 <= low < high <= 5
    low, high = query(path, "SELECT min(minutes), max(minutes) FROM log_entries")[0]
    assert 1 <= low <= high <= 1440
    assert query(path, f"SELECT count(*) FROM assessments WHERE assessed_on > '{TODAY}'") == [(0,)]
    assert query(path, f"SELECT count(*) FROM log_entries WHERE logged_on > '{TODAY}'") == [(0,)]
    assert query(path, f"SELECT count(*) FROM job_postings WHERE seen_on > '{TODAY}'") == [(0,)]
    done = f"SELECT count(*) FROM plan_items WHERE completed_on > '{TODAY}'"
    assert query(path, done) == [(0,)]
    focus: dict[int, list[str]] = {}
    for choice_id, key in query(
        path,
        "SELECT choice_id, areas.key FROM choice_focus_areas JOIN areas ON areas.id = area_id",
    ):
        focus.setdefault(choice_id, []).append(key)
    roads = query(path, "SELECT id, road FROM specialisation_choices ORDER BY chosen_on")
    for choice_id, road in roads:
        assert validate_focus(Road(road), focus.get(choice_id, [])) == []
    assert len({(road, tuple(sorted(focus.get(i, [])))) for i, road in roads}) == len(roads)


def test_every_type_and_status_appears_and_log_entries_link_to_plan_items(
    ten_years: tuple[Path, Statements],
) -> None:
    path, _statements = ten_years
    types = {t for (t,) in query(path, "SELECT DISTINCT item_type FROM plan_items")}
    statuses = {s for (s,) in query(path, "SELECT DISTINCT status FROM plan_items")}
    assert types == {t.value for t in LearningType}
    assert statuses == {s.value for s in PlanStatus}
    linked, total = query(path, "SELECT count(plan_item_id), count(*) FROM log_entries")[0]
    assert 0.1 * total < linked < 0.6 * total
    minutes = {m for (m,) in query(path, "SELECT DISTINCT minutes FROM log_entries")}
    assert len(minutes) > 10
    skills_per_entry = Counter(
        n for (n,) in query(path, "SELECT count(*) FROM log_entry_skills GROUP BY log_entry_id")
    )
    assert set(skills_per_entry) >= {1, 2}
    done_without_date = (
        "SELECT count(*) FROM plan_items WHERE status = 'done' AND completed_on IS NULL"
    )
    assert query(path, done_without_date) == [(0,)]


def test_levels_rise_and_the_market_drifts(ten_years: tuple[Path, Statements]) -> None:
    path, _statements = ten_years
    averages = dict(
        query(path, "SELECT strftime('%Y', assessed_on), avg(level) FROM assessments GROUP BY 1")
    )
    assert averages["2026"] > averages["2017"] + 1
    shares = {}
    for year in ("2017", "2026"):
        rows = query(
            path,
            "SELECT areas.key, count(*) FROM posting_areas JOIN areas ON areas.id = area_id "
            "JOIN job_postings ON job_postings.id = posting_id "
            f"WHERE strftime('%Y', seen_on) = '{year}' GROUP BY 1",
        )
        total = sum(n for _key, n in rows)
        shares[year] = {key: n / total for key, n in rows}
    assert set(shares["2017"]) == set(shares["2026"])
    assert shares["2026"] != shares["2017"]


def test_past_years_have_reviews_and_smart_goals(ten_years: tuple[Path, Statements]) -> None:
    path, _statements = ten_years
    for year, review, notes in query(path, "SELECT year, review, notes FROM year_plans"):
        assert notes
        assert bool(review) == (year < TODAY.year)
        if review:
            assert str(year) in review
    goals = query(
        path,
        "SELECT title, measure, due_on, year FROM goals "
        "JOIN year_plans ON year_plans.id = year_plan_id",
    )
    assert all(
        title and measure and due.startswith(str(year)) for title, measure, due, year in goals
    )


@pytest.mark.parametrize("language", ["nb", "sw"])
def test_texts_are_written_in_the_chosen_language(tmp_path: Path, language: str) -> None:
    path = tmp_path / "planner.sqlite3"
    fill(tmp_path, years=2, language=language).close()
    bank, english = texts_for(language), texts_for("en")

    def prefixes(templates: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(t.split("{")[0] for t in templates if not t.startswith("{"))

    notes = [n for (n,) in query(path, "SELECT notes FROM year_plans")]
    assert notes and all(n.startswith(prefixes(bank.year_notes)) for n in notes)
    learned_prefixes = prefixes(tuple(t for ts in bank.learned.values() for t in ts))
    english_prefixes = prefixes(tuple(t for ts in english.learned.values() for t in ts))
    learned = [t for (t,) in query(path, "SELECT learned FROM log_entries")]
    assert all(t.startswith(learned_prefixes) for t in learned)
    assert not any(t.startswith(english_prefixes) for t in learned)
    titles = " ".join(t for (t,) in query(path, "SELECT title FROM plan_items"))
    word = {"nb": " om ", "sw": " ya "}[language]
    assert word in titles
    assert query(path, "SELECT role FROM profile") == [(bank.role,)]
    currency = {c for (c,) in query(path, "SELECT DISTINCT currency FROM plan_items")}
    assert currency == {"", bank.currency}


def test_a_data_folder_in_use_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    database = open_database(tmp_path)
    path = tmp_path / "planner.sqlite3"
    rows = {
        Assessment: {"skill_id": 1, "assessed_on": TODAY, "level": 2},
        StrengthsProfile: {
            "assessed_on": TODAY,
            "technical": 3,
            "creative": 3,
            "analytical": 3,
            "people": 3,
        },
        SpecialisationChoice: {"chosen_on": TODAY, "road": Road.GENERALIST_LEADER},
        PlanItem: {"title": "x", "item_type": LearningType.COURSE, "plan_year": 2026},
        LogEntry: {"logged_on": TODAY, "minutes": 5, "learning_type": LearningType.MENTOR},
        JobPosting: {"seen_on": TODAY, "title": "x"},
        YearPlan: {"year": 2026},
    }
    assert set(rows) | {Goal} == set(USER_TABLES)
    for model, values in rows.items():
        with database.transaction() as session:
            session.add(model(**values))
        before = dump(path)
        with pytest.raises(DataFolderNotEmptyError):
            fill_demo(database, years=1, today=TODAY)
        assert dump(path) == before, model
        with database.transaction() as session:
            session.execute(text(f"DELETE FROM {model.__tablename__}"))
    SkillStore(database).set_target("reporting", 4)
    with pytest.raises(DataFolderNotEmptyError):
        fill_demo(database, years=1, today=TODAY)
    database.close()


def test_the_command_fills_then_refuses_with_a_translated_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "--lang", "nb", "demo", "--years", "1", "--seed", "5"]) == 0
    out = capsys.readouterr().out
    assert "Added" not in out
    assert "loggføringer" in out
    before = dump(tmp_path / "data" / "planner.sqlite3")
    assert main(["--data-dir", data, "--lang", "nb", "demo", "--years", "1"]) == 1
    err = capsys.readouterr().err
    assert "already holds data" not in err
    assert str(tmp_path / "data") in err
    assert dump(tmp_path / "data" / "planner.sqlite3") == before
    # The window opens in the language the demo was written in.
    assert '"language": "nb"' in (tmp_path / "data" / "settings.json").read_text()


def test_years_out_of_range_is_a_translated_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path), "--lang", "sw", "demo", "--years", "0"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "is not a number of years" not in err
    assert not (tmp_path / "planner.sqlite3").exists()


def placeholders(value: object) -> set[str]:
    """The ``{names}`` in a phrase or in every phrase below it."""
    if isinstance(value, str):
        return {name for _text, name, _spec, _conv in string.Formatter().parse(value) if name}
    items = value.values() if isinstance(value, Mapping) else value
    return set().union(*(placeholders(item) for item in items))  # type: ignore[union-attr]


@pytest.mark.parametrize("language", ["nb", "sw"])
def test_every_phrase_bank_has_the_same_keys_and_placeholders(language: str) -> None:
    english, bank = texts_for("en"), texts_for(language)
    for field in dataclasses.fields(DemoTexts):
        ours, theirs = getattr(english, field.name), getattr(bank, field.name)
        if isinstance(ours, Mapping):
            assert set(theirs) == set(ours), field.name
            for key in ours:
                assert placeholders(theirs[key]) == placeholders(ours[key]), (field.name, key)
        else:
            assert placeholders(theirs) == placeholders(ours), field.name
    assert texts_for("de") is english  # a language we do not write: English


def test_a_phrase_bank_with_a_key_missing_is_refused(tmp_path: Path, monkeypatch) -> None:
    from planner.demo import texts

    source = resource_path("demo/en.toml").read_text(encoding="utf-8")
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "en.toml").write_text(source.replace("and_word =", "and_ward ="))
    monkeypatch.setattr(texts, "resource_path", lambda name: tmp_path / name)
    texts._load.cache_clear()
    try:
        with pytest.raises(ValueError, match="and_w"):
            texts_for("en")
    finally:
        texts._load.cache_clear()


def test_sizes_shape_the_years(tmp_path: Path) -> None:
    """The tests' other shapes come from the one generator: here many goals, a short log."""
    database = open_database(tmp_path)
    sizes = DemoSizes(goals_per_year=(12, 12), log_entries_per_day=1.0, postings_per_year=(40, 40))
    summary = fill_demo(database, years=2, seed=5, language="nb", today=TODAY, sizes=sizes)
    database.close()
    path = tmp_path / "planner.sqlite3"
    assert summary.counts["goals"] == 24
    per_year = query(path, "SELECT year_plan_id, count(*) FROM goals GROUP BY 1")
    assert [count for _plan, count in per_year] == [12, 12]
    assert 500 <= summary.counts["log_entries"] <= 900  # about one a day, not six
    assert summary.counts["job_postings"] == 40 + round(40 * 327 / 365)
