"""Backups, rotation, restore, checks, damaged files and actionable errors in the store."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy
from sqlalchemy import event

from planner.store.database import Database, database_path, open_database
from planner.store.errors import (
    DatabaseBusyError,
    DatabaseCorruptError,
    DatabaseTooNewError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyError,
    StoreError,
)
from planner.store.rotation import backups_to_keep
from planner.store.safety import (
    back_up,
    backup_if_due,
    check_database,
    list_backups,
    move_aside,
    newest_good_backup,
    prune_backups,
    restore_backup,
    verify_backup,
)
from planner.store.skills import SkillStore
from planner.store.transfer import export_document
from tests.helpers.paths import FIXTURES

NOW = dt.datetime(2026, 11, 23, 12, 0)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- rotation (pure) -------------------------------------------------------------


def test_rotation_keeps_a_week_then_weekly_then_monthly_then_nothing() -> None:
    hourly = [NOW - dt.timedelta(hours=6 * n) for n in range(4 * 500)]  # 500 days, 4 a day
    keep = backups_to_keep(hourly, NOW)
    recent = [s for s in keep if NOW - s <= dt.timedelta(days=7)]
    assert len(recent) == 29  # every backup of the last 7 days (4 a day, plus now)
    weekly = [s for s in keep if dt.timedelta(days=7) < NOW - s <= dt.timedelta(weeks=8)]
    assert len({s.isocalendar()[:2] for s in weekly}) >= 7  # a backup for every week

    def newest_of(stamp: dt.datetime, period: Any) -> bool:
        return stamp == max(s for s in hourly if period(s) == period(stamp))

    def week(s: dt.datetime) -> tuple[int, int]:
        return s.isocalendar()[:2]

    def month(s: dt.datetime) -> tuple[int, int]:
        return (s.year, s.month)

    assert all(newest_of(s, week) or newest_of(s, month) for s in weekly)
    older = [s for s in keep if NOW - s > dt.timedelta(weeks=8)]
    assert len({month(s) for s in older}) == len(older)  # one per month
    assert all(newest_of(s, month) for s in older)
    assert len(older) >= 9
    assert all(s >= dt.datetime(2025, 11, 1) for s in keep)  # nothing older than a year
    assert max(hourly) in keep


def test_rotation_keeps_the_newest_of_each_period_and_is_stable_over_time() -> None:
    stamps = [NOW - dt.timedelta(days=n) for n in range(120)]
    keep_now = backups_to_keep(stamps, NOW)
    later = NOW + dt.timedelta(days=30)
    keep_later = backups_to_keep(keep_now, later)
    # Judging the survivors again later keeps the same as judging everything later.
    assert keep_later == backups_to_keep(stamps, later)


def test_rotation_always_keeps_the_newest_even_when_old() -> None:
    ancient = NOW - dt.timedelta(days=900)
    assert backups_to_keep([ancient], NOW) == {ancient}
    assert backups_to_keep([], NOW) == set()


# -- backups on disk ---------------------------------------------------------------


@pytest.fixture
def filled(data_dir: Path) -> Iterator[Database]:
    db = open_database(data_dir)
    store = SkillStore(db)
    store.assess("technical_seo", 3, dt.date(2026, 1, 5), "audit")
    store.assess("search_ads", 2, dt.date(2026, 2, 1), "first campaign")
    yield db
    db.close()


def test_backup_if_due_makes_one_a_day_and_rotation_thins_them(
    filled: Database, data_dir: Path
) -> None:
    folder = data_dir / "backups"
    first = backup_if_due(filled.path, folder, NOW - dt.timedelta(days=40))
    assert first is not None
    assert backup_if_due(filled.path, folder, NOW - dt.timedelta(days=40, hours=-5)) is None
    for day in (30, 20, 10, 9, 6, 5, 4, 3, 2, 1, 0):
        backup_if_due(filled.path, folder, NOW - dt.timedelta(days=day))
    names = list_backups(folder)
    assert names[0].taken_at == NOW
    recent = [b for b in names if NOW - b.taken_at <= dt.timedelta(days=7)]
    assert len(recent) == 7
    # 10 and 9 days ago fall in one ISO week: only the newer is kept
    assert NOW - dt.timedelta(days=10) not in {b.taken_at for b in names}
    assert NOW - dt.timedelta(days=9) in {b.taken_at for b in names}
    (folder / "notes.txt").write_text("mine")  # files of other names are never touched
    prune_backups(folder, NOW + dt.timedelta(days=800))
    assert [b.taken_at for b in list_backups(folder)] == [NOW]
    assert (folder / "notes.txt").read_text() == "mine"


def test_backup_is_verified_and_holds_the_committed_data(filled: Database, data_dir: Path) -> None:
    info = back_up(filled.path, data_dir / "backups", "manual")
    assert verify_backup(info.path)
    with sqlite3.connect(info.path) as connection:
        assert connection.execute("SELECT count(*) FROM assessments").fetchone()[0] == 2
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not list((data_dir / "backups").glob("*.part"))


def test_backup_folder_comes_from_the_settings(data_dir: Path, tmp_path: Path) -> None:
    from planner.settings import BACKUP_FOLDER_SETTING, Settings, chosen_backup_folder

    open_database(data_dir).close()
    assert chosen_backup_folder(data_dir) == data_dir / "backups"
    Settings(data_dir).set(BACKUP_FOLDER_SETTING, str(tmp_path / "elsewhere"))
    assert chosen_backup_folder(data_dir) == tmp_path / "elsewhere"


def test_restore_backs_up_the_current_data_first_and_round_trips(
    filled: Database, data_dir: Path
) -> None:
    folder = data_dir / "backups"
    saved = back_up(filled.path, folder, "manual", NOW - dt.timedelta(hours=1))
    before = export_document(filled)
    SkillStore(filled).assess("technical_seo", 5, dt.date(2026, 3, 1), "after the backup")
    after = export_document(filled)
    filled.close()
    result = restore_backup(filled.path, saved.path, folder, NOW)
    assert result.previous_backup is not None and result.moved_aside is None
    db = open_database(data_dir)
    try:
        assert export_document(db) == before
    finally:
        db.close()
    # and the data as it was before the restore can be restored in turn
    restore_backup(filled.path, result.previous_backup, folder, NOW + dt.timedelta(seconds=1))
    db = open_database(data_dir)
    try:
        assert export_document(db) == after
    finally:
        db.close()


def test_check_reports_integrity_and_broken_references(filled: Database) -> None:
    assert check_database(filled.path).ok
    filled.close()
    with sqlite3.connect(filled.path) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute(
            "INSERT INTO assessments (skill_id, assessed_on, level, note, evidence_url,"
            " created_at) VALUES (9999, '2026-01-01', 1, '', '', '2026-01-01 00:00:00')"
        )
    report = check_database(filled.path)
    assert report.integrity == []
    assert report.foreign_keys and report.foreign_keys[0][0] == "assessments"
    from planner.text.safety import describe_check

    assert any("assessments" in line for line in describe_check(report))


# -- damaged files: refused, never changed, kept aside -----------------------------


def damage(path: Path, kind: str) -> None:
    data = bytearray(path.read_bytes())
    if kind == "header":
        data[16:24] = b"\x00\x03\xff\xff\xff\xff\xff\xff"  # impossible page size and versions
    elif kind == "pages":
        page = int.from_bytes(data[16:18], "big")
        for number in range(1, len(data) // page):
            start = number * page
            data[start : start + 64] = bytes(range(64))
    elif kind == "truncated":
        data = data[: len(data) // 3 + 100]
    elif kind == "not-sqlite":
        data = bytearray(b"%PDF-1.7 this is not a database at all\n" * 50)
    path.write_bytes(bytes(data))


CORRUPT_KINDS = ["header", "pages", "truncated", "not-sqlite"]


@pytest.fixture(scope="module")
def template_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with 27 assessments and a good backup, built once."""
    from planner.store.models import Assessment, Skill

    folder = tmp_path_factory.mktemp("template") / "data"
    db = open_database(folder)
    with db.transaction() as session:
        skill = session.scalars(sqlalchemy.select(Skill).where(Skill.key == "technical_seo")).one()
        for day in range(1, 28):
            session.add(
                Assessment(
                    skill_id=skill.id,
                    assessed_on=dt.date(2026, 1, day),
                    level=day % 6,
                    note="n" * 400,
                )
            )
    back_up(db.path, folder / "backups", "daily", NOW - dt.timedelta(days=1))
    db.close()
    return folder


@pytest.fixture
def damaged_folder(template_folder: Path, data_dir: Path, request: pytest.FixtureRequest) -> Path:
    shutil.copytree(template_folder, data_dir)
    damage(database_path(data_dir), request.param)
    return data_dir


@pytest.mark.parametrize("damaged_folder", CORRUPT_KINDS, indirect=True)
def test_a_damaged_database_is_refused_unchanged_and_a_backup_restores(
    damaged_folder: Path,
) -> None:
    path = database_path(damaged_folder)
    original = digest(path)
    with pytest.raises((DatabaseCorruptError, NotADatabaseError)) as caught:
        open_database(damaged_folder)
    assert "damaged" in caught.value.message(str) or "not a Career" in caught.value.message(str)
    assert digest(path) == original
    assert not check_database(path).ok if path.read_bytes()[:6] == b"SQLite" else True
    good = newest_good_backup(damaged_folder / "backups")
    assert good is not None
    result = restore_backup(path, good.path, damaged_folder / "backups")
    assert result.moved_aside is not None
    assert digest(result.moved_aside) == original  # kept aside, byte for byte
    db = open_database(damaged_folder)
    try:
        assert len(SkillStore(db).assessments("technical_seo")) == 27
    finally:
        db.close()


@pytest.mark.parametrize("damaged_folder", CORRUPT_KINDS, indirect=True)
def test_a_damaged_backup_is_never_restored(damaged_folder: Path, tmp_path: Path) -> None:
    bad = tmp_path / "planner-20260101-000000-000000-daily.sqlite3"
    database_path(damaged_folder).rename(bad)
    with pytest.raises((DatabaseCorruptError, NotADatabaseError)):
        verify_backup(bad)
    fresh = tmp_path / "fresh"
    open_database(fresh).close()
    before = digest(database_path(fresh))
    with pytest.raises(StoreError):
        restore_backup(database_path(fresh), bad, fresh / "backups")
    assert digest(database_path(fresh)) == before
    assert list_backups(fresh / "backups") == []


def test_a_database_from_a_newer_version_is_left_alone(filled: Database, tmp_path: Path) -> None:
    filled.close()
    with sqlite3.connect(filled.path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    original = digest(filled.path)
    with pytest.raises(DatabaseTooNewError):
        open_database(filled.path.parent)
    with pytest.raises(DatabaseTooNewError):
        verify_backup(filled.path)
    assert digest(filled.path) == original
    fresh = tmp_path / "fresh"
    open_database(fresh).close()
    with pytest.raises(DatabaseTooNewError):
        restore_backup(database_path(fresh), filled.path, fresh / "backups")
    assert digest(filled.path) == original


def test_move_aside_keeps_the_file_and_its_companions(data_dir: Path) -> None:
    data_dir.mkdir()
    path = database_path(data_dir)
    path.write_bytes(b"damaged")
    Path(f"{path}-wal").write_bytes(b"wal")
    first = move_aside(path, NOW)
    path.write_bytes(b"damaged again")
    second = move_aside(path, NOW)
    assert first != second
    assert first.read_bytes() == b"damaged" and Path(f"{first}-wal").read_bytes() == b"wal"
    assert second.read_bytes() == b"damaged again"
    assert not path.exists()


# -- errors a person can act on: nothing half written --------------------------------


def on_connect(db: Database, *pragmas: str) -> Any:
    def apply(dbapi_connection: Any, _record: Any) -> None:
        for pragma in pragmas:
            dbapi_connection.execute(pragma)

    event.listen(db.engine, "connect", apply)
    return lambda: event.remove(db.engine, "connect", apply)


def page_count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA page_count").fetchone()[0]


@pytest.mark.parametrize("kind", ["disk-full", "read-only", "locked"])
def test_actionable_errors_change_nothing_and_the_retry_works(filled: Database, kind: str) -> None:
    store = SkillStore(filled)
    before = export_document(filled)
    original = digest(filled.path)
    blocker = None
    if kind == "disk-full":
        undo = on_connect(filled, f"PRAGMA max_page_count={page_count(filled.path)}")
        expected: type[StoreError] = DiskFullError
    elif kind == "read-only":
        undo = on_connect(filled, "PRAGMA query_only=ON")
        expected = ReadOnlyError
    else:
        undo = on_connect(filled, "PRAGMA busy_timeout=20")
        blocker = sqlite3.connect(filled.path, isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")
        expected = DatabaseBusyError
    with pytest.raises(expected) as caught:
        store.assess("technical_seo", 4, dt.date(2026, 4, 1), "y" * 20_000)
    assert "Nothing was saved" in caught.value.message(str)
    if blocker is not None:
        blocker.rollback()
        blocker.close()
    undo()
    assert export_document(filled) == before
    assert digest(filled.path) == original
    store.assess("technical_seo", 4, dt.date(2026, 4, 1), "y" * 20_000)  # the retry works
    assert len(store.assessments("technical_seo")) == 2


def test_the_backup_before_an_upgrade_goes_to_the_folder_chosen_in_the_settings(
    tmp_path: Path,
) -> None:
    """The command line reads the choice and hands it to the store, which reads no settings."""
    import shutil

    from planner.cli import main
    from planner.settings import BACKUP_FOLDER_SETTING, Settings
    from planner.store import schema

    data_dir, chosen = tmp_path / "data", tmp_path / "chosen"
    data_dir.mkdir()
    fixture = FIXTURES / "schemas" / "0001_initial.sqlite3"
    shutil.copy(fixture, data_dir / "planner.sqlite3")
    Settings(data_dir).set(BACKUP_FOLDER_SETTING, str(chosen))
    assert main(["--data-dir", str(data_dir), "skills", "--format", "json"]) == 0
    assert [b.reason for b in list_backups(chosen)] == [f"before-{schema.HEAD}"]
    assert not (data_dir / "backups").exists()
