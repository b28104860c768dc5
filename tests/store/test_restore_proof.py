"""Restore proves a file is a whole Career Planner database before it replaces anything.

Each refusal (foreign, incomplete, changed, newer, damaged, not SQLite) leaves
the data byte for byte as it was and makes no backup; a known schema is
restored and says where the replaced data went. The expected tables and
columns come from the migrations, so every released schema fixture must
match the reference built for its revision.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.store import schema
from planner.store.schema_proof import reference_shape, shape_of
from tests.cli.test_hostile_cli import assert_refused, fingerprint, run
from tests.helpers.paths import fixture

FIXTURES = fixture("schemas")


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A sound backup of a folder with data (the thing users restore)."""
    folder = tmp_path_factory.mktemp("source") / "data"
    assert run(["--data-dir", str(folder), "log", "add", "--minutes", "30"])[0] == 0
    assert run(["--data-dir", str(folder), "backup"])[0] == 0
    return next((folder / "backups").glob("planner-*-manual.sqlite3"))


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert run(["--data-dir", str(folder), "log", "add", "--minutes", "45"])[0] == 0
    return folder


def _edited(source: Path, target: Path, sql: str) -> Path:
    shutil.copy(source, target)
    with sqlite3.connect(target) as connection:
        connection.executescript(sql)
    return target


def _damaged(source: Path, target: Path) -> Path:
    shutil.copy(source, target)
    data = bytearray(target.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6), 7):
        data[offset] = 0xFF
    target.write_bytes(bytes(data))
    return target


def _only_alembic_version(source: Path, target: Path) -> Path:
    with sqlite3.connect(source) as connection:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT IN ('alembic_version') AND name NOT LIKE 'sqlite_%'"
            )
        ]
    drops = "".join(f'DROP TABLE "{name}";' for name in names)
    return _edited(source, target, "PRAGMA foreign_keys=OFF;" + drops)


BROKEN_REFERENCE = (
    "PRAGMA foreign_keys=OFF; INSERT INTO goals"
    "(year_plan_id, title, measure, status, position) "
    "VALUES (999, 'x', '', 'OPEN', 0);"
)

CASES: dict[str, Callable[[Path, Path], Path]] = {
    "only alembic_version": _only_alembic_version,
    "a table dropped": lambda s, t: _edited(s, t, "PRAGMA foreign_keys=OFF; DROP TABLE goals;"),
    "a column dropped": lambda s, t: _edited(s, t, "ALTER TABLE job_postings DROP COLUMN notes;"),
    "a column added": lambda s, t: _edited(s, t, "ALTER TABLE goals ADD COLUMN spy TEXT;"),
    "a foreign table added": lambda s, t: _edited(s, t, "CREATE TABLE passwords(x);"),
    "newer schema": lambda s, t: _edited(
        s, t, "UPDATE alembic_version SET version_num='9999_next';"
    ),
    "foreign sqlite": lambda _s, t: _foreign(t),
    "damaged": _damaged,
    "not sqlite": lambda _s, t: (t.write_bytes(b"hello" * 100), t)[1],
    "empty": lambda _s, t: (t.write_bytes(b""), t)[1],
    "broken reference": lambda s, t: _edited(s, t, BROKEN_REFERENCE),
}


def _foreign(target: Path) -> Path:
    with sqlite3.connect(target) as connection:
        connection.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")
    return target


@pytest.mark.parametrize("case", list(CASES))
def test_restore_refuses_and_changes_nothing(
    case: str, source: Path, data: Path, tmp_path: Path
) -> None:
    bad = CASES[case](source, tmp_path / "bad.sqlite3")
    backups_before = sorted((data / "backups").glob("*")) if (data / "backups").exists() else []
    before = fingerprint(data)
    err = assert_refused(data, ["restore", str(bad)])
    assert "Nothing was changed" in err or "was not changed" in err or "damaged" in err, err
    assert fingerprint(data) == before
    after = sorted((data / "backups").glob("*")) if (data / "backups").exists() else []
    assert after == backups_before  # refused before any backup was made


def test_a_sound_backup_is_restored_and_says_where_the_data_went(source: Path, data: Path) -> None:
    code, out, err = run(["--data-dir", str(data), "restore", str(source)])
    assert code == 0, err
    kept = next((data / "backups").glob("planner-*-before-restore.sqlite3"))
    assert str(kept) in out
    with sqlite3.connect(data / "planner.sqlite3") as connection:
        assert connection.execute("SELECT minutes FROM log_entries").fetchall() == [(30,)]


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sqlite3")), ids=lambda p: p.stem)
def test_every_released_schema_is_known_and_restores(fixture: Path, data: Path) -> None:
    """Each schema fixture matches what the migrations build for its revision, and an
    older one is restored and then upgraded to the current schema."""
    revision = fixture.stem
    assert revision in schema.KNOWN_REVISIONS
    with sqlite3.connect(f"{fixture.as_uri()}?mode=ro", uri=True) as connection:
        assert shape_of(connection) == reference_shape(revision)
    code, _out, err = run(["--data-dir", str(data), "restore", str(fixture)])
    assert code == 0, err
    with sqlite3.connect(data / "planner.sqlite3") as connection:
        stored = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert stored == schema.HEAD


def test_restore_refuses_while_a_window_has_the_folder_open(source: Path, data: Path) -> None:
    from PySide6.QtCore import QLockFile

    from planner.store.folders import LOCK_FILENAME

    lock = QLockFile(str(data / LOCK_FILENAME))
    assert lock.tryLock(0)
    try:
        err = assert_refused(data, ["restore", str(source)])
        assert "window" in err
        export = data.parent / "all.json"
        assert run(["--data-dir", str(data), "export", str(export)])[0] == 0
        err = assert_refused(data, ["import", "--replace", str(export)])
        assert "window" in err
    finally:
        lock.unlock()
    assert run(["--data-dir", str(data), "restore", str(source)])[0] == 0
