"""The one place that opens the database.

Opening is careful: a file that is not SQLite, fails ``quick_check`` or comes
from a newer version is refused before anything writes to it. A database that
is behind is copied (verified, through the backup API) and then migrated in a
single transaction. When the schema is current, Alembic is never imported.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from planner.domain.catalogue import Catalogue, default_catalogue
from planner.domain.os_errors import OsDetail
from planner.store import schema
from planner.store.backup import backup_file_name, make_verified_backup
from planner.store.engine import BEGIN_OPTION, make_engine
from planner.store.errors import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    DiskFullError,
    NotADatabaseError,
    StoreError,
    translate_sqlite_error,
)
from planner.store.files import is_disk_full_errno
from planner.store.folders import (
    DATABASE_UNREADABLE,
    FolderError,
    check_data_dir,
    read_only_reason,
)
from planner.store.models import Area, Profile, Skill
from planner.store.safety import default_backup_dir
from planner.store.sqlite_files import (
    create_private_file,
    has_sqlite_header,
    make_private_dir,
    quick_check,
    read_only,
    stored_revision,
    table_count,
    tighten_database_files,
)

log = logging.getLogger(__name__)

DB_FILENAME = "planner.sqlite3"
BACKUP_DIRNAME = "backups"


@dataclass
class Database:
    path: Path
    engine: Engine
    read_only: bool = False
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _readers: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        writer = self.engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
        self._sessions = sessionmaker(writer, expire_on_commit=False)
        self._readers = sessionmaker(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error.

        It takes the write lock first (``BEGIN IMMEDIATE``), waiting up to the
        busy timeout for another writer. Driver errors a person can act on
        (disk full, read-only, locked, corrupt) come out as
        :class:`StoreError`; anything else is a bug and propagates unchanged.
        """
        with self._session(self._sessions) as session:
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session that only reads (a deferred transaction: no write lock)."""
        with self._session(self._readers) as session:
            yield session

    @contextlib.contextmanager
    def _session(self, maker: sessionmaker[Session]) -> Iterator[Session]:
        try:
            with maker() as session, session.begin():
                yield session
        except DBAPIError as error:
            actionable = translate_sqlite_error(error, self.path)
            if actionable is None:
                raise
            raise actionable from error

    def close(self) -> None:
        self.engine.dispose()


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def inspect_existing(path: Path) -> str | None:
    """Check an existing file read-only; return its schema revision.

    Raises the store errors for a file we must not touch.
    """
    try:
        if path.stat().st_size == 0:
            return None
        if not has_sqlite_header(path):
            raise NotADatabaseError(path=path)
    except PermissionError:
        raise FolderError(DATABASE_UNREADABLE, path=path) from None
    try:
        with read_only(path) as connection:
            problems = quick_check(connection)
            if problems:
                raise DatabaseCorruptError(path=path, detail="; ".join(problems[:3]))
            revision = stored_revision(connection)
            if revision is None and table_count(connection) > 0:
                raise NotADatabaseError(path=path)
            return revision
    except sqlite3.DatabaseError as error:
        actionable = translate_sqlite_error(error, path)
        if isinstance(actionable, NotADatabaseError):
            raise DatabaseCorruptError(path=path, detail=error) from error
        raise actionable or DatabaseCorruptError(path=path, detail=error) from error


def open_database(
    data_dir: Path,
    catalogue: Catalogue | None = None,
    *,
    for_reading: bool = False,
    backup_folder: Path | None = None,
) -> Database:
    """The data folder's database, created, upgraded and completed when needed.

    ``for_reading``: when the folder or the database cannot be written (a
    read-only mount, folder or file), open it read-only instead of refusing,
    as long as it needs no upgrade. Without it, such a folder is refused with
    the reason. ``backup_folder``: where the backup before an upgrade goes
    (the caller reads the user's choice; default ``DATA_DIR/backups``).
    """
    path = database_path(data_dir)
    check_data_dir(data_dir, path)
    reason = read_only_reason(data_dir, path)
    if reason is not None:
        if for_reading and path.exists():
            return _open_read_only(path, reason)
        raise reason
    try:
        folder = backup_folder if backup_folder is not None else default_backup_dir(data_dir)
        return _open_writable(data_dir, path, catalogue, folder)
    except DiskFullError as full:
        if for_reading and path.exists():  # reading needs no space: go on read-only
            return _open_read_only(path, full)
        raise


def _open_writable(
    data_dir: Path, path: Path, catalogue: Catalogue | None, backup_folder: Path
) -> Database:
    make_private_dir(data_dir)
    revision = inspect_existing(path) if path.exists() else None
    if not path.exists():
        _create(path)
    if revision is not None and revision not in schema.KNOWN_REVISIONS:
        raise DatabaseTooNewError(path=path, revision=revision)
    if revision != schema.HEAD:
        if revision is not None:
            target = backup_folder / backup_file_name(f"before-{schema.HEAD}")
            make_verified_backup(path, target)
            log.info("Backed up %s to %s before migrating", path, target)
        _migrate(path)
    tighten_database_files(path)
    database = Database(path, make_engine(path))
    try:
        ensure_catalogue(database, catalogue or default_catalogue())
    except StoreError:
        database.close()
        raise
    tighten_database_files(path)
    return database


def _open_read_only(path: Path, reason: StoreError) -> Database:
    revision = inspect_existing(path)
    if revision is not None and revision not in schema.KNOWN_REVISIONS:
        raise DatabaseTooNewError(path=path, revision=revision)
    if revision != schema.HEAD:
        raise reason  # an older schema needs an upgrade, which needs writing
    return Database(path, make_engine(path, read_only=True), read_only=True)


def _create(path: Path) -> None:
    try:
        create_private_file(path)
    except FileExistsError:
        return  # another process made it a moment ago; it migrates under the write lock
    except OSError as error:
        if is_disk_full_errno(error):
            raise DiskFullError() from error
        raise read_only_reason(path.parent) or StoreError(detail=OsDetail(error)) from error


def _migrate(path: Path) -> None:
    from planner.store.migrate import upgrade  # Alembic loads only when needed

    try:
        upgrade(path)
    except DBAPIError as error:
        raise translate_sqlite_error(error, path.parent) or error from error
    except sqlite3.Error as error:
        raise translate_sqlite_error(error, path.parent) or StoreError(detail=error) from error


def ensure_catalogue(database: Database, catalogue: Catalogue) -> None:
    """Add the catalogue's areas and skills (and the profile row) that are missing.

    Only keys are stored; names come from the catalogue at display time.
    """
    with database.transaction() as session:
        areas = {area.key: area for area in session.scalars(select(Area))}
        skill_keys = set(session.scalars(select(Skill.key)))
        if (
            len(areas) >= len(catalogue.areas)
            and all(s.key in skill_keys for s in catalogue.skills)
            and session.get(Profile, 1) is not None
        ):
            return
        for position, cat_area in enumerate(catalogue.areas):
            area = areas.get(cat_area.key)
            if area is None:
                area = Area(key=cat_area.key, position=position)
                session.add(area)
                areas[cat_area.key] = area
            for skill_position, cat_skill in enumerate(cat_area.skills):
                if cat_skill.key not in skill_keys:
                    session.add(Skill(key=cat_skill.key, area=area, position=skill_position))
        if session.get(Profile, 1) is None:
            session.add(Profile(id=1))
