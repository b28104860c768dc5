"""Export and import: one JSON document, all or nothing, hostile input refused clearly."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.enums import GoalStatus, LearningType, PlanStatus, Road, Seniority
from planner.store.database import Database, database_path, open_database
from planner.store.models import (
    Area,
    Goal,
    JobPosting,
    LogEntry,
    PlanItem,
    Skill,
    SpecialisationChoice,
    StrengthsProfile,
    YearPlan,
)
from planner.store.safety import list_backups
from planner.store.skills import SkillStore
from planner.store.transfer import (
    TransferError,
    dumps,
    export_document,
    export_file,
    has_user_data,
    import_document,
    import_file,
    json_schema,
    parse,
)
from tests.helpers.paths import ROOT
from tests.helpers.sql_count import counted_statements

SCHEMA_FILE = ROOT / "docs" / "export-schema.json"


def fill(db: Database) -> None:
    """Something in every table, with the awkward characters people type."""
    store = SkillStore(db)
    store.assess("technical_seo", 3, dt.date(2026, 1, 5), "Audit <b>done</b> – æøå, ñ, 😀")
    store.add_custom_skill("analytics", "Looker Studio")
    store.set_target("search_ads", 4)
    with db.transaction() as session:
        from sqlalchemy import select

        skills = list(session.scalars(select(Skill).limit(3)))
        areas = list(session.scalars(select(Area).limit(2)))
        plan = PlanItem(
            title="Google Ads course",
            item_type=LearningType.COURSE,
            status=PlanStatus.IN_PROGRESS,
            plan_year=2026,
            cost_minor=49900,
            currency="NOK",
            estimated_minutes=600,
            skills=skills[:2],
        )
        session.add_all(
            [
                plan,
                LogEntry(
                    logged_on=dt.date(2026, 2, 1),
                    minutes=45,
                    learning_type=LearningType.BOOK_PODCAST,
                    learned="Line one\nline two",
                    skills=skills,
                ),
                JobPosting(
                    seen_on=dt.date(2026, 3, 3),
                    title="SEO specialist",
                    seniority=Seniority.MID,
                    areas=areas,
                    skills=skills[:1],
                ),
                StrengthsProfile(
                    assessed_on=dt.date(2026, 1, 1), technical=4, creative=2, analytical=5, people=3
                ),
                SpecialisationChoice(
                    chosen_on=dt.date(2026, 1, 2), road=Road.DEEP_SPECIALIST, focus_areas=areas[:1]
                ),
                YearPlan(
                    year=2026,
                    notes="Focus",
                    goals=[
                        Goal(title="Pass the exam", status=GoalStatus.OPEN, skill_id=skills[0].id)
                    ],
                ),
            ]
        )
        session.flush()
        session.scalars(select(LogEntry)).one().plan_item_id = plan.id


@pytest.fixture(scope="module")
def filled_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("filled") / "data"
    db = open_database(folder)
    fill(db)
    db.close()
    return folder


@pytest.fixture
def filled(filled_template: Path, data_dir: Path) -> Any:
    shutil.copytree(filled_template, data_dir)
    db = open_database(data_dir)
    yield db
    db.close()


def test_every_table_is_exported_and_the_schema_file_is_current(filled: Database) -> None:
    import jsonschema

    document = export_document(filled)
    assert all(document["tables"][name] for name in document["tables"]), "fill every table"
    on_disk = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert on_disk == json_schema(), "regenerate docs/export-schema.json (see docs/data-safety.md)"
    checker = jsonschema.Draft202012Validator(
        on_disk, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    checker.validate(json.loads(dumps(document)))
    broken = json.loads(dumps(document))
    broken["tables"]["assessments"][0]["level"] = "three"
    assert list(checker.iter_errors(broken))


def test_export_import_export_gives_the_same_document(filled: Database, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    export_file(filled, first)
    other = open_database(tmp_path / "other")
    try:
        assert not has_user_data(other)
        import_file(other, first)
        second = tmp_path / "second.json"
        export_file(other, second)
        assert second.read_bytes() == first.read_bytes()
        assert has_user_data(other)
    finally:
        other.close()


def test_import_replaces_everything_in_place(filled: Database, tmp_path: Path) -> None:
    document = export_document(filled)
    SkillStore(filled).assess("search_ads", 1, dt.date(2026, 5, 5), "made after the export")
    import_document(filled, document)
    assert export_document(filled) == document


def valid_text(db: Database) -> str:
    return dumps(export_document(db)).decode()


def mutate(document: dict, path: list[Any], value: Any) -> bytes:
    target = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return json.dumps(document).encode()


BAD_FILES: list[tuple[str, Any, str, str]] = [
    ("empty", b"", "not valid JSON", "$"),
    ("not json", b"PK\x03\x04 a zip file", "not valid JSON", "$"),
    ("binary", b"\xff\xfe\x00garbage", "UTF-8", "$"),
    ("deep nesting", b"[" * 100_000 + b"]" * 100_000, "nested too deeply", "$"),
    ("nan", b'{"format": NaN}', "NaN is not allowed", "$"),
    ("infinity", b'{"format": -Infinity}', "-Infinity is not allowed", "$"),
    ("huge float", b'{"format": 1e999}', "too large", "$"),
    ("huge int text", b'{"format": ' + b"9" * 5000 + b"}", "too large", "$"),
    ("duplicate key", b'{"format": 1, "format": 2}', "appears twice", "$"),
    ("a list", b"[1, 2]", "expected a JSON object", "$"),
    ("other format", b'{"format": "something else"}', "not a Career Planner export", "$.format"),
]


@pytest.mark.parametrize(
    ("data", "problem", "where"),
    [case[1:] for case in BAD_FILES],
    ids=[case[0] for case in BAD_FILES],
)
def test_files_that_cannot_be_read_say_what_and_where(
    data: bytes, problem: str, where: str
) -> None:
    with pytest.raises(TransferError) as caught:
        from planner.store.transfer import check_document

        check_document(parse(data))
    message = caught.value.message(str)
    assert problem in message and f"(at {where})" in message and "Nothing was changed" in message


DOCUMENT_PROBLEMS: list[tuple[str, list[Any], Any, str, str]] = [
    ("version", ["format_version"], 2, "format version 2", "$.format_version"),
    ("version text", ["format_version"], "1", "format version '1'", "$.format_version"),
    ("newer schema", ["schema_revision"], "9999_x", "newer version", "$.schema_revision"),
    (
        "level type",
        ["tables", "assessments", 0, "level"],
        "3",
        "whole number",
        "$.tables.assessments[0].level",
    ),
    (
        "bool as int",
        ["tables", "assessments", 0, "level"],
        True,
        "whole number",
        "$.tables.assessments[0].level",
    ),
    (
        "float",
        ["tables", "assessments", 0, "level"],
        2.5,
        "whole number",
        "$.tables.assessments[0].level",
    ),
    (
        "huge int",
        ["tables", "assessments", 0, "level"],
        2**70,
        "too large",
        "$.tables.assessments[0].level",
    ),
    (
        "surrogate",
        ["tables", "assessments", 0, "note"],
        "\ud800",
        "invalid character",
        "$.tables.assessments[0].note",
    ),
    (
        "huge string",
        ["tables", "assessments", 0, "note"],
        "x" * 30_000,
        "longer than 20000",
        "$.tables.assessments[0].note",
    ),
    (
        "bad date",
        ["tables", "assessments", 0, "assessed_on"],
        "2026-02-30",
        "YYYY-MM-DD",
        "$.tables.assessments[0].assessed_on",
    ),
    (
        "bad enum",
        ["tables", "plan_items", 0, "item_type"],
        "nap",
        "expected one of",
        "$.tables.plan_items[0].item_type",
    ),
    (
        "null",
        ["tables", "plan_items", 0, "title"],
        None,
        "value is required",
        "$.tables.plan_items[0].title",
    ),
    ("unknown table", ["tables", "passwords"], [], "unknown table", "$.tables.passwords"),
    ("rows not list", ["tables", "goals"], {}, "expected a JSON list", "$.tables.goals"),
    (
        "rule broken",
        ["tables", "assessments", 0, "level"],
        9,
        "breaks a rule",
        "$.tables.assessments[0]",
    ),
    (
        "dangling reference",
        ["tables", "assessments", 0, "skill_id"],
        424242,
        "breaks a rule",
        "$.tables.assessments[0]",
    ),
    (
        "duplicate key",
        ["tables", "skills", 1, "key"],
        "technical_seo",
        "breaks a rule",
        "$.tables.skills[1]",
    ),
]


@pytest.mark.parametrize(
    ("path", "value", "problem", "where"),
    [case[1:] for case in DOCUMENT_PROBLEMS],
    ids=[case[0] for case in DOCUMENT_PROBLEMS],
)
def test_a_bad_document_changes_nothing_and_says_where(
    filled: Database, path: list[Any], value: Any, problem: str, where: str
) -> None:
    before = export_document(filled)
    data = mutate(json.loads(dumps(before)), path, value)
    with pytest.raises(TransferError) as caught:
        import_document(filled, parse(data))
    message = caught.value.message(str)
    assert problem in message, message
    assert f"(at {where})" in message, message
    assert export_document(filled) == before


# -- hypothesis: hundreds of malformed files, never a crash, never a partial import --

TRIED = {"files": 0, "refused": 0, "imported": 0}

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)
raw_tokens = st.sampled_from(
    [
        "NaN",
        "Infinity",
        "-Infinity",
        "1e999",
        "9" * 5000,
        '"\\ud800"',
        '"\\udfff x"',
        "[" * 3000 + "]" * 3000,
        '"' + "z" * 100_000 + '"',
        "{}",
        "[]",
        "null",
        "tru",
        '"\\u00"',
    ]
)


@st.composite
def malformed_files(draw: st.DrawFn, base: dict) -> bytes:
    document = json.loads(json.dumps(base))
    tables = [name for name, rows in document["tables"].items() if rows]
    how = draw(st.sampled_from(["value", "raw", "drop", "extra", "bytes", "truncate", "top"]))
    if how == "top":
        key = draw(st.sampled_from(["format", "format_version", "schema_revision", "tables"]))
        return mutate(document, [key], draw(json_values))
    table = draw(st.sampled_from(tables))
    index = draw(st.integers(0, len(document["tables"][table]) - 1))
    row = document["tables"][table][index]
    column = draw(st.sampled_from(sorted(row)))
    if how == "value":
        return mutate(document, ["tables", table, index, column], draw(json_values))
    if how == "drop":
        del row[column]
        return json.dumps(document).encode()
    if how == "extra":
        row[draw(st.text(min_size=1, max_size=10))] = draw(json_values)
        return json.dumps(document).encode()
    text = json.dumps(document)
    if how == "raw":
        marker = "\u2603MARK\u2603"
        row[column] = marker
        return (
            json.dumps(document, ensure_ascii=False)
            .replace(json.dumps(marker, ensure_ascii=False), draw(raw_tokens))
            .encode("utf-8", "surrogatepass")
        )
    data = bytearray(text.encode())
    if how == "truncate":
        return bytes(data[: draw(st.integers(0, len(data) - 1))])
    for _flip in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(data) - 1))
        data[position] = draw(st.integers(0, 255))
    return bytes(data)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_hundreds_of_malformed_files_never_crash_and_never_import_half(tmp_path: Path) -> None:
    db = open_database(tmp_path / "data")
    fill(db)
    base = export_document(db)
    path = database_path(tmp_path / "data")
    baseline = [digest(path)]

    @settings(
        max_examples=400,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=malformed_files(base))
    def attempt(data: bytes) -> None:
        TRIED["files"] += 1
        try:
            import_document(db, parse(data))
        except TransferError as error:
            TRIED["refused"] += 1
            assert error.message(str).startswith("The file cannot be imported")
            assert digest(path) == baseline[0]  # nothing at all was written
            return
        TRIED["imported"] += 1  # a change that happens to be valid: all of it went in
        assert export_document(db) == json.loads(json.dumps(parse(data)))
        import_document(db, base)
        assert export_document(db) == base
        baseline[0] = digest(path)

    try:
        attempt()
    finally:
        db.close()
    print(f"malformed import files: {TRIED}")
    assert TRIED["files"] >= 300
    assert TRIED["refused"] >= 250


# -- the CLI -------------------------------------------------------------------------


def cli(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    from planner.cli import main

    code = main(["--lang", "en", "--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_export_import_refuses_to_overwrite_without_replace(
    filled: Database, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled.close()
    exported = tmp_path / "all.json"
    code, out, err = cli(capsys, data_dir, "export", str(exported))
    assert code == 0, err
    assert "rows to" in out
    other = tmp_path / "other"
    assert cli(capsys, other, "import", str(exported))[0] == 0
    code, out, err = cli(capsys, other, "import", str(exported))
    assert code == 1 and "--replace" in err
    code, out, err = cli(capsys, other, "import", "--replace", str(exported))
    assert code == 0, err
    assert [b.reason for b in list_backups(other / "backups")] == ["before-import"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "career-planner-export", "format_version": 7}')
    before = exported.read_bytes()
    code, out, err = cli(capsys, other, "import", str(bad))
    assert code == 1
    assert err.count("\n") == 1 and "$.format_version" in err
    cli(capsys, other, "export", str(exported))
    assert exported.read_bytes() == before
    code, out, err = cli(capsys, other, "check")
    assert code == 0 and out.startswith("Integrity check: no problems found.")


# -- ten years of data: fast, and still exact ----------------------------------------


def test_ten_years_import_in_bulk_and_export_the_same_bytes(
    generated_dir: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 10: about 60,000 rows; the import was ~10 s when every row had its own savepoint.

    The statements sent are counted, not timed: bulk inserts in chunks, a
    savepoint per chunk, never one per row. The time is ``make bench``'s
    "JSON import into an empty folder" row.
    """
    source = open_database(generated_dir)
    exported = tmp_path / "ten-years.json"
    rows = export_file(source, exported)
    source.close()
    assert rows > 50_000
    with counted_statements() as seen:
        code, out, err = cli(capsys, data_dir, "import", str(exported))
    assert code == 0, err
    assert f"Imported {rows:,} rows" in out  # the count in the locale's format
    print(f"{len(seen)} statements, {seen.starting('SAVEPOINT')} savepoints for {rows} rows")
    assert seen.rows_sent >= rows  # every row went in through these statements
    assert len(seen) < rows / 50, len(seen)
    assert seen.starting("SAVEPOINT") < rows / 200
    again = tmp_path / "again.json"
    assert cli(capsys, data_dir, "export", str(again))[0] == 0
    assert again.read_bytes() == exported.read_bytes()
    # A bad row deep in a big table is still named exactly, and nothing changes.
    document = json.loads(exported.read_bytes())
    last = len(document["tables"]["log_entry_skills"]) - 1
    document["tables"]["log_entry_skills"][last]["skill_id"] = 424242
    db = open_database(data_dir)
    path = database_path(data_dir)
    before = digest(path)
    with pytest.raises(TransferError) as caught:
        import_document(db, document)
    message = caught.value.message(str)
    assert "breaks a rule" in message and f"(at $.tables.log_entry_skills[{last}])" in message
    db.close()
    assert digest(path) == before
