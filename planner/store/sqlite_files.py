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


def sqlite_uri(path: Path, mode: str = "rwc", *, immutable: bool = False) -> str:
    """A ``file:`` URI for ``path``: ``?``, ``%``, ``#`` and spaces in names are quoted.

    (A plain SQLAlchemy URL would read ``?x=1`` in a folder name as options.)
    """
    uri = f"{path.absolute().as_uri()}?mode={mode}"
    return uri + "&immutable=1" if immutable else uri


def can_read_without_writing(path: Path) -> bool:
    """True when SQLite may open ``path`` as immutable: no ``-wal`` with pages in it.

    A database in WAL mode opened read-only needs to create ``-shm`` beside it;
    in a folder that cannot be written, opening it immutable is the only way,
    and is safe when no write-ahead log holds committed pages.
    """
    wal = Path(f"{path}-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


# What opening a WAL database read-only says when its ``-shm`` cannot be made:
# the folder or file system is read-only, or the disk is full.
_CANNOT_MAKE_SHM = (
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_FULL,
)


def connect_read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """A connection that cannot write, also in a folder or on a file system that is read-only."""
    connection = sqlite3.connect(
        sqlite_uri(path, "ro"),
        uri=True,
        isolation_level=None,
        timeout=timeout,
        check_same_thread=False,
    )
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as error:
        connection.close()
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code not in _CANNOT_MAKE_SHM or not can_read_without_writing(path):
            raise
        connection = sqlite3.connect(
            sqlite_uri(path, "ro", immutable=True),
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    return connection


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    connection = connect_read_only(path)
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
    from planner.store.folders import make_data_dir

    make_data_dir(path, PRIVATE_DIR_MODE)


def create_private_file(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(fd)
    os.chmod(path, PRIVATE_FILE_MODE)


def tighten_database_files(path: Path) -> None:
    """No access for group and others on the database and its ``-wal``/``-shm`` companions.

    Only permissions are taken away: a database its owner made read-only stays read-only.
    """
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(f"{path}{suffix}")
        with contextlib.suppress(FileNotFoundError, PermissionError):
            mode = candidate.stat().st_mode & 0o777
            if mode & ~PRIVATE_FILE_MODE:
                os.chmod(candidate, mode & PRIVATE_FILE_MODE)
