"""Proof that a file is a whole Career Planner database of a schema we know.

A restore must not trust a file because it is SQLite and has an
``alembic_version`` row. The expected tables and columns of each revision
come from the migrations themselves: a reference database is built at that
revision in a temporary folder (once per process and revision) and the file
must have exactly its tables, each with exactly its columns. Integrity and
foreign keys are checked too. Nothing is written to the file.
"""

from __future__ import annotations

import functools
import sqlite3
import tempfile
from pathlib import Path

from planner.i18n.markers import N_
from planner.store import schema
from planner.store.errors import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    NotADatabaseError,
    StoreError,
    translate_sqlite_error,
)
from planner.store.sqlite_files import has_sqlite_header, read_only, stored_revision

Column = tuple[str, str, int, int]  # name, declared type, not null, primary key position
Shape = dict[str, tuple[Column, ...]]


class IncompleteDatabaseError(StoreError):
    """A Career Planner database with a table or column missing, changed or added."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template  # type: ignore[misc]
        super().__init__(**params)


MISSING_TABLE = N_(
    "{path} is not a whole Career Planner database: the table {table} is missing. "
    "Nothing was changed."
)
EXTRA_TABLE = N_(
    "{path} is not a Career Planner database of schema {revision}: it has a table {table} "
    "that schema does not. Nothing was changed."
)
CHANGED_COLUMNS = N_(
    "{path} is not a whole Career Planner database: the columns of the table {table} "
    "are not those of schema {revision} ({detail}). Nothing was changed."
)


def shape_of(connection: sqlite3.Connection) -> Shape:
    """Every table (SQLite's own left out) with its columns, as SQLite reports them."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    shape: Shape = {}
    for name in names:
        rows = connection.execute(
            'SELECT name, type, "notnull", pk FROM pragma_table_info(?)', (name,)
        )
        shape[name] = tuple((str(c), str(t).upper(), int(n), int(p)) for c, t, n, p in rows)
    return shape


@functools.cache
def reference_shape(revision: str) -> Shape:
    """The tables and columns the migrations create up to ``revision``."""
    from planner.store.migrate import upgrade  # Alembic: only when a file must be proven

    with tempfile.TemporaryDirectory(prefix="career-planner-reference-") as folder:
        path = Path(folder) / "reference.sqlite3"
        path.touch()
        upgrade(path, revision)
        connection = sqlite3.connect(path)
        try:
            return shape_of(connection)
        finally:
            connection.close()


def prove_database(path: Path) -> str:
    """Raise unless ``path`` is a sound, whole Career Planner database of a known schema.

    Returns its revision (an older known one is fine: opening it upgrades it).
    """
    try:
        if not path.is_file() or path.stat().st_size == 0 or not has_sqlite_header(path):
            raise NotADatabaseError(path=path)
    except OSError as error:
        raise NotADatabaseError(path=path) from error
    try:
        with read_only(path) as connection:
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise DatabaseCorruptError(path=path, detail="; ".join(problems[:3]))
            broken = connection.execute("PRAGMA foreign_key_check").fetchone()
            if broken is not None:
                raise DatabaseCorruptError(
                    path=path, detail=f"{broken[0]} {broken[1]} → {broken[2]}"
                )
            revision = stored_revision(connection)
            if revision is None:
                raise NotADatabaseError(path=path)
            if revision not in schema.KNOWN_REVISIONS:
                raise DatabaseTooNewError(path=path, revision=revision)
            found = shape_of(connection)
    except sqlite3.DatabaseError as error:
        actionable = translate_sqlite_error(error, path)
        if actionable is None or isinstance(actionable, NotADatabaseError):
            raise DatabaseCorruptError(path=path, detail=error) from error
        raise actionable from error
    compare_shapes(path, revision, found, reference_shape(revision))
    return revision


def compare_shapes(path: Path, revision: str, found: Shape, expected: Shape) -> None:
    for table in expected:
        if table not in found:
            raise IncompleteDatabaseError(MISSING_TABLE, path=path, table=table)
    for table in found:
        if table not in expected:
            raise IncompleteDatabaseError(EXTRA_TABLE, path=path, table=table, revision=revision)
    for table, columns in expected.items():
        if found[table] != columns:
            wanted = {column[0] for column in columns}
            have = {column[0] for column in found[table]}
            detail = (
                ", ".join(
                    [f"-{name}" for name in sorted(wanted - have)]
                    + [f"+{name}" for name in sorted(have - wanted)]
                )
                or "≠"
            )
            raise IncompleteDatabaseError(
                CHANGED_COLUMNS, path=path, table=table, revision=revision, detail=detail
            )
