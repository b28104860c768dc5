"""Errors a person can act on, sorted apart from bugs.

Each carries an English template marked for translation and its parameters;
the UI and the CLI translate it with :meth:`StoreError.message`. The store
itself never translates: it does not know the active language.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from planner.domain.echo import echo
from planner.domain.os_errors import OsDetail
from planner.i18n.markers import N_

PARAM_LIMIT = 300  # a path or detail in a message; values from files are cut shorter


class StoreError(Exception):
    """Every parameter is made printable and bounded here, so no message can carry
    an escape code, a line break or megabytes of someone's file."""

    template: ClassVar[str] = N_("The data could not be read or written: {detail}")

    def __init__(self, **params: object) -> None:
        self.params = {key: echo(value, PARAM_LIMIT) for key, value in params.items()}
        # Operating-system errors are translated too when the message is shown.
        self.os_details = {k: v for k, v in params.items() if isinstance(v, OsDetail)}
        super().__init__(self.template.format(**self.params))

    def message(self, translate: Callable[[str], str]) -> str:
        params = dict(self.params)
        params.update({k: v.translated(translate) for k, v in self.os_details.items()})
        return translate(self.template).format(**params)


class DatabaseTooNewError(StoreError):
    template = N_(
        "The data in {path} was written by a newer version of Career Planner "
        "(schema {revision}). Update the app to open it; the file was not changed."
    )


class NotADatabaseError(StoreError):
    template = N_("{path} is not a Career Planner database. The file was not changed.")


class DatabaseCorruptError(StoreError):
    template = N_(
        "The database {path} is damaged ({detail}). It was not changed; restore a backup to go on."
    )


class DiskFullError(StoreError):
    template = N_("The disk is full. Nothing was saved; free some space and try again.")


class ReadOnlyError(StoreError):
    template = N_(
        "The data folder {path} cannot be written to. Nothing was saved; "
        "check its permissions and try again."
    )


class DatabaseBusyError(StoreError):
    template = N_(
        "The database is locked by another program. Nothing was saved; "
        "close the other program and try again."
    )


class BackupFailedError(StoreError):
    template = N_("The backup {path} could not be made: {detail}")


class ValidationError(StoreError):
    """Input that breaks a rule of the domain; ``template`` says which."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template  # type: ignore[misc]
        super().__init__(**params)


def translate_sqlite_error(error: BaseException, path: object) -> StoreError | None:
    """The actionable error behind a driver exception, or None if it is a bug.

    ``path`` is the database file or its folder. A failed write (an I/O error,
    a file that cannot be opened) on a file system with no space left is the
    disk being full, not damage.
    """
    original = getattr(error, "orig", error)
    if not isinstance(original, sqlite3.Error):
        return None
    extended = getattr(original, "sqlite_errorcode", None)
    code = extended & 0xFF if isinstance(extended, int) else None
    text = str(original).lower()
    folder = _folder(path)
    if code == sqlite3.SQLITE_FULL or "database or disk is full" in text:
        return DiskFullError()
    if code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN) or "disk i/o error" in text:
        from planner.store.folders import is_low_on_space

        if is_low_on_space(folder):
            return DiskFullError()
    if code == sqlite3.SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return _read_only(folder, path)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "database is locked" in text:
        return DatabaseBusyError()
    if code == sqlite3.SQLITE_CANTOPEN or "unable to open" in text:
        return _read_only(folder, path)
    if code == sqlite3.SQLITE_NOTADB or "not a database" in text:
        return NotADatabaseError(path=path)
    if code == sqlite3.SQLITE_CORRUPT or "malformed" in text:
        return DatabaseCorruptError(path=path, detail=str(original))
    if code == sqlite3.SQLITE_IOERR or "disk i/o error" in text:
        return DatabaseCorruptError(path=path, detail=str(original))
    return None


def _folder(path: object) -> Path:
    candidate = Path(str(path))
    return candidate if candidate.is_dir() else candidate.parent


def _read_only(folder: Path, path: object) -> StoreError:
    from planner.store.folders import read_only_reason

    candidate = Path(str(path))
    database = None if candidate.is_dir() else candidate
    return read_only_reason(folder, database) or ReadOnlyError(path=folder)
