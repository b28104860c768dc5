"""Opening the database: permissions, refusals that leave the file untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from planner.store import schema
from planner.store.database import database_path, open_database
from planner.store.errors import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    NotADatabaseError,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_data_folder_is_private_and_has_the_catalogue(data_dir: Path) -> None:
    db = open_database(data_dir)
    db.close()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for path in data_dir.glob("planner.sqlite3*"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    with sqlite3.connect(database_path(data_dir)) as connection:
        areas = [row[0] for row in connection.execute("SELECT key FROM areas ORDER BY position")]
        skills = connection.execute("SELECT count(*) FROM skills").fetchone()[0]
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert areas == ["seo", "digital_media", "crm_email", "social_media", "analytics", "strategy"]
    assert skills == 19
    assert revision == schema.HEAD


def test_pragmas_are_set_on_every_connection(database) -> None:
    with database.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert pragma("PRAGMA busy_timeout").scalar() >= 1000


def test_schema_constants_match_the_migration_scripts() -> None:
    from planner.store.migrate import script_revisions

    assert tuple(script_revisions()) == schema.KNOWN_REVISIONS


def test_migrated_schema_matches_the_models(data_dir: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from planner.store.models import Base

    db = open_database(data_dir)
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"render_as_batch": True})
        assert compare_metadata(context, Base.metadata) == []
    db.close()


def test_a_current_schema_does_not_import_alembic(data_dir: Path) -> None:
    open_database(data_dir).close()
    code = (
        "import sys; from pathlib import Path; from planner.store.database import open_database;"
        f"open_database(Path({str(data_dir)!r})).close();"
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_a_file_that_is_not_sqlite_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    path = database_path(data_dir)
    path.write_bytes(b"this is my shopping list, not a database\n" * 100)
    before = digest(path)
    with pytest.raises(NotADatabaseError):
        open_database(data_dir)
    assert digest(path) == before


def test_a_foreign_sqlite_database_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    path = database_path(data_dir)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    before = digest(path)
    with pytest.raises(NotADatabaseError):
        open_database(data_dir)
    assert digest(path) == before


def test_a_newer_schema_is_refused_untouched(data_dir: Path) -> None:
    open_database(data_dir).close()
    path = database_path(data_dir)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(path)
    with pytest.raises(DatabaseTooNewError) as raised:
        open_database(data_dir)
    assert "9999_from_the_future" in str(raised.value)
    assert digest(path) == before


def test_a_damaged_database_is_refused_untouched(data_dir: Path) -> None:
    db = open_database(data_dir)
    db.close()
    path = database_path(data_dir)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Scribble over the second page (the first table's b-tree), keep the header.
    data[page_size : page_size * 2] = b"\xff" * page_size
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(DatabaseCorruptError):
        open_database(data_dir)
    assert digest(path) == before


def test_error_messages_are_translated() -> None:
    from planner.i18n import _, set_language

    error = NotADatabaseError(path="/tmp/x")
    english = error.message(_)
    set_language("nb")
    assert error.message(_) != english
    assert "/tmp/x" in error.message(_)
