"""Backups on a schedule, restore, checks, and keeping a damaged file aside.

Everything here works on files with the standard driver, not through an open
:class:`~planner.store.database.Database`, so it also works when the database
cannot be opened. Callers close their ``Database`` before a restore.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from planner.store.backup import _fsync_dir, backup_file_name, make_verified_backup
from planner.store.errors import (
    DatabaseBusyError,
    DatabaseCorruptError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyError,
    StoreError,
    translate_sqlite_error,
)
from planner.store.folders import FolderError
from planner.store.rotation import backups_to_keep
from planner.store.sqlite_files import (
    PRIVATE_FILE_MODE,
    has_sqlite_header,
    make_private_dir,
    read_only,
)

BACKUP_INTERVAL = dt.timedelta(days=1)
_NAME = re.compile(r"^planner-(\d{8}-\d{6}-\d{6})-([a-z0-9_.-]+)\.sqlite3$")
COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


@dataclass(frozen=True)
class CheckReport:
    integrity: list[str]  # empty when integrity_check says ok
    foreign_keys: list[tuple[str, int, str]]  # (table, rowid, parent table)

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.foreign_keys


def default_backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def parse_backup_name(name: str) -> tuple[dt.datetime, str] | None:
    match = _NAME.match(name)
    if not match:
        return None
    try:
        return dt.datetime.strptime(match[1], "%Y%m%d-%H%M%S-%f"), match[2]
    except ValueError:
        return None


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest first. Files of other names are ignored."""
    found = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for path in folder.iterdir():
            parsed = parse_backup_name(path.name)
            if parsed and path.is_file():
                found.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(found, key=lambda info: info.taken_at, reverse=True)


def back_up(
    database_file: Path, folder: Path, reason: str, now: dt.datetime | None = None
) -> BackupInfo:
    """A verified backup of ``database_file`` in ``folder``, then rotation."""
    now = now or dt.datetime.now()
    make_private_dir(folder)
    target = folder / backup_file_name(reason, now)
    make_verified_backup(database_file, target)
    prune_backups(folder, now)
    return BackupInfo(target, now, reason, target.stat().st_size)


def backup_if_due(
    database_file: Path, folder: Path, now: dt.datetime | None = None
) -> BackupInfo | None:
    """A start-up backup when the newest one is older than a day (or there is none)."""
    now = now or dt.datetime.now()
    existing = list_backups(folder)
    if existing and now - existing[0].taken_at < BACKUP_INTERVAL:
        return None
    return back_up(database_file, folder, "daily", now)


def prune_backups(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns what went."""
    now = now or dt.datetime.now()
    backups = list_backups(folder)
    keep = backups_to_keep([b.taken_at for b in backups], now)
    removed = []
    for info in backups:
        if info.taken_at not in keep:
            with contextlib.suppress(FileNotFoundError):
                info.path.unlink()
                removed.append(info.path)
    return removed


def check_database(path: Path) -> CheckReport:
    """``integrity_check`` and ``foreign_key_check``, read-only."""
    if not path.exists():
        raise NotADatabaseError(path=path)
    if not has_sqlite_header(path):
        raise NotADatabaseError(path=path)
    try:
        with read_only(path) as connection:
            rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            integrity = [] if rows == ["ok"] else rows
            keys = [
                (str(row[0]), int(row[1] or 0), str(row[2]))
                for row in connection.execute("PRAGMA foreign_key_check")
            ]
    except sqlite3.DatabaseError as error:
        # A full disk, a locked or unreadable file is not damage: say what it is.
        actionable = translate_sqlite_error(error, path)
        if isinstance(actionable, (DatabaseBusyError, DiskFullError, ReadOnlyError, FolderError)):
            raise actionable from error
        return CheckReport(integrity=[str(error)], foreign_keys=[])
    return CheckReport(integrity=integrity, foreign_keys=keys)


def verify_backup(path: Path) -> str:
    """Raise unless ``path`` is a sound, whole Career Planner database of a known schema.

    Returns its schema revision. Nothing is written to the file. (See
    :mod:`planner.store.schema_proof`: every table and column of its revision,
    integrity and foreign keys.)
    """
    from planner.store.schema_proof import prove_database

    return prove_database(path)


def newest_good_backup(folder: Path) -> BackupInfo | None:
    for info in list_backups(folder):
        try:
            verify_backup(info.path)
        except StoreError:
            continue
        return info
    return None


def move_aside(database_file: Path, now: dt.datetime | None = None) -> Path:
    """Rename a damaged database (and its companions) out of the way; never delete it."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = database_file.with_name(f"{database_file.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = database_file.with_name(f"{database_file.name}.damaged-{stamp}-{counter}")
    for suffix in COMPANIONS:
        companion = Path(f"{database_file}{suffix}")
        if companion.exists():
            companion.rename(Path(f"{target}{suffix}"))
    database_file.rename(target)
    _fsync_dir(database_file.parent)
    return target


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_backup: Path | None  # the current data, backed up first
    moved_aside: Path | None  # the current file, when it was too damaged to back up


def restore_backup(
    database_file: Path, source: Path, folder: Path, now: dt.datetime | None = None
) -> RestoreResult:
    """Replace the database with ``source`` after checking it and backing up the current one.

    The caller must have closed every connection to ``database_file``.
    """
    now = now or dt.datetime.now()
    verify_backup(source)
    previous = aside = None
    if database_file.exists() and database_file.stat().st_size > 0:
        try:
            verify_backup(database_file)
        except (DatabaseCorruptError, NotADatabaseError):
            aside = move_aside(database_file, now)
        else:
            previous = back_up(database_file, folder, "before-restore", now).path
            _leave_wal_mode(database_file)
    staging = database_file.with_name(database_file.name + ".restoring")
    try:
        make_private_dir(database_file.parent)
        make_verified_backup(source, staging)
        os.chmod(staging, PRIVATE_FILE_MODE)
        for suffix in COMPANIONS:
            Path(f"{database_file}{suffix}").unlink(missing_ok=True)
        staging.replace(database_file)
        _fsync_dir(database_file.parent)
    finally:
        staging.unlink(missing_ok=True)
    return RestoreResult(source, previous, aside)


def _leave_wal_mode(database_file: Path) -> None:
    """Fold the ``-wal`` file into the database so none is left to mix with the restored one."""
    connection = sqlite3.connect(database_file, isolation_level=None, timeout=0.5)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as error:
        raise translate_sqlite_error(error, database_file.parent) or StoreError(
            detail=error
        ) from error
    finally:
        connection.close()
