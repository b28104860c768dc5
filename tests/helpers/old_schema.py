"""A database of an older schema revision holding years of demo data.

The demo generator writes the current schema, so the data is generated into a
current database and copied, column by column, into a file that was migrated
only up to the old revision. Columns the old schema lacks are left behind;
everything else (ids, texts, dates, links) is the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import tempfile
from pathlib import Path

from planner.demo.generator import fill_demo
from planner.store.database import database_path, open_database
from planner.store.migrate import upgrade

TODAY = dt.date(2026, 6, 15)


def _columns(connection: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA {schema}.table_info("{table}")')]


def user_tables(connection: sqlite3.Connection) -> list[str]:
    return [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY name"
        )
    ]


def build(target: Path, revision: str, years: int = 10) -> dict[str, int]:
    """Write ``target``: schema ``revision`` with ``years`` of demo data; rows per table."""
    with tempfile.TemporaryDirectory() as tmp:
        source_dir = Path(tmp) / "head"
        database = open_database(source_dir)
        fill_demo(database, years=years, today=TODAY)
        database.close()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.touch()
        upgrade(target, revision)
        connection = sqlite3.connect(target, isolation_level=None)
        try:
            connection.execute("PRAGMA foreign_keys=OFF")
            connection.execute("ATTACH DATABASE ? AS head", (str(database_path(source_dir)),))
            connection.execute("BEGIN")
            counts = {}
            for table in user_tables(connection):
                head = set(_columns(connection, "head", table))
                shared = ", ".join(
                    f'"{c}"' for c in _columns(connection, "main", table) if c in head
                )
                connection.execute(f'DELETE FROM main."{table}"')
                connection.execute(
                    f'INSERT INTO main."{table}" ({shared}) SELECT {shared} FROM head."{table}"'
                )
                counts[table] = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            connection.execute("COMMIT")
            assert connection.execute("PRAGMA main.foreign_key_check").fetchall() == []
            connection.execute("DETACH DATABASE head")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("PRAGMA journal_mode=DELETE")
        finally:
            connection.close()
    return counts


def digest(path: Path, columns: dict[str, list[str]] | None = None) -> dict[str, str]:
    """A hash of every table's rows (by rowid), over ``columns`` (default: all of them)."""
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        hashes = {}
        for table in user_tables(connection):
            names = (columns or {}).get(table) or _columns(connection, "main", table)
            shown = ", ".join(f'"{c}"' for c in names)
            hasher = hashlib.sha256()
            for row in connection.execute(f'SELECT {shown} FROM "{table}" ORDER BY rowid'):
                hasher.update(repr(row).encode())
            hashes[table] = hasher.hexdigest()
        return hashes


def table_columns(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        return {t: _columns(connection, "main", t) for t in user_tables(connection)}
