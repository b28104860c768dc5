"""Verified copies of the database made with SQLite's online backup API.

A plain file copy of a WAL database silently misses committed pages that are
still in the ``-wal`` file; the backup API reads through SQLite and does not.
Each copy is written to a temporary file, checked with ``quick_check``,
flushed to disk and only then renamed into place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from planner.store.errors import BackupFailedError, DiskFullError, translate_sqlite_error
from planner.store.files import is_disk_full_errno
from planner.store.sqlite_files import (
    PRIVATE_FILE_MODE,
    connect_read_only,
    make_private_dir,
    quick_check,
)


def backup_file_name(reason: str, now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"planner-{stamp}-{reason}.sqlite3"


def make_verified_backup(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` through the backup API and verify the copy."""
    make_private_dir(target.parent)
    temporary = target.with_name(target.name + ".part")
    try:
        temporary.unlink(missing_ok=True)
        fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE_MODE)
        os.close(fd)
        src = connect_read_only(source)
        dst = sqlite3.connect(temporary)
        try:
            src.backup(dst)
            # The copy keeps the source's WAL flag; a backup is a single file.
            dst.execute("PRAGMA journal_mode=DELETE")
            problems = quick_check(dst)
        finally:
            dst.close()
            src.close()
        if problems:
            raise BackupFailedError(path=target, detail="; ".join(problems[:3]))
        with temporary.open("rb") as handle:
            os.fsync(handle.fileno())
        os.chmod(temporary, PRIVATE_FILE_MODE)
        temporary.replace(target)
        _fsync_dir(target.parent)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        if is_disk_full_errno(error) or isinstance(
            translate_sqlite_error(error, target.parent), DiskFullError
        ):
            raise DiskFullError() from error
        raise BackupFailedError(path=target, detail=error) from error
    except BackupFailedError:
        temporary.unlink(missing_ok=True)
        raise
    return target


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
