"""Low-level checks on SQLite files with the standard driver, before SQLAlchemy.

These run read-only, so a damaged file or one from a newer version is looked
at without a single byte being written to it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        yield connection
    finally:
        connection.close()


def quick_check(connection: sqlite3.Connection) -> list[str]:
    """Problems ``PRAGMA quick_check`` reports; empty when the file is sound."""
    rows = [row[0] for row in connection.execute("PRAGMA quick_check")]
    return [] if rows == ["ok"] else rows


def stored_revision(connection: sqlite3.Connection) -> str | None:
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def table_count(connection: sqlite3.Connection) -> int:
    return connection.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]


def make_private_dir(path: Path) -> None:
    if not path.exists():
        path.mkdir(mode=PRIVATE_DIR_MODE, parents=True)
        os.chmod(path, PRIVATE_DIR_MODE)  # mkdir's mode is masked by the umask


def create_private_file(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(fd)
    os.chmod(path, PRIVATE_FILE_MODE)


def tighten_database_files(path: Path) -> None:
    """0600 on the database and its ``-wal``/``-shm`` companions."""
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(f"{path}{suffix}")
        with contextlib.suppress(FileNotFoundError):
            if candidate.stat().st_mode & 0o777 != PRIVATE_FILE_MODE:
                os.chmod(candidate, PRIVATE_FILE_MODE)
