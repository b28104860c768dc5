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
from planner.store import schema
from planner.store.backup import backup_file_name, make_verified_backup
from planner.store.engine import make_engine
from planner.store.errors import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    NotADatabaseError,
    StoreError,
    translate_sqlite_error,
)
from planner.store.models import Area, Profile, Skill
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
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error.

        Driver errors a person can act on (disk full, read-only, locked,
        corrupt) come out as :class:`StoreError`; anything else is a bug and
        propagates unchanged.
        """
        try:
            with self._sessions() as session, session.begin():
                yield session
        except DBAPIError as error:
            actionable = translate_sqlite_error(error, self.path.parent)
            if actionable is None:
                raise
            raise actionable from error

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with self.transaction() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def backup_dir(data_dir: Path) -> Path:
    """Where backups go: the folder chosen in the settings, else ``DATA_DIR/backups``."""
    from planner.store.safety import configured_backup_dir

    return configured_backup_dir(data_dir)


def inspect_existing(path: Path) -> str | None:
    """Check an existing file read-only; return its schema revision.

    Raises the store errors for a file we must not touch.
    """
    if path.stat().st_size == 0:
        return None
    if not has_sqlite_header(path):
        raise NotADatabaseError(path=path)
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


def open_database(data_dir: Path, catalogue: Catalogue | None = None) -> Database:
    make_private_dir(data_dir)
    path = database_path(data_dir)
    revision = inspect_existing(path) if path.exists() else None
    if not path.exists():
        create_private_file(path)
    if revision is not None and revision not in schema.KNOWN_REVISIONS:
        raise DatabaseTooNewError(path=path, revision=revision)
    if revision != schema.HEAD:
        if revision is not None:
            target = backup_dir(data_dir) / backup_file_name(f"before-{schema.HEAD}")
            make_verified_backup(path, target)
            log.info("Backed up %s to %s before migrating", path, target)
        _migrate(path)
    tighten_database_files(path)
    database = Database(path, make_engine(path))
    ensure_catalogue(database, catalogue or default_catalogue())
    tighten_database_files(path)
    return database


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
