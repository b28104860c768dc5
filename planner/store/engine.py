"""Engines with the pragmas and the transaction handling the store relies on.

Python 3.11's sqlite3 driver opens transactions on its own and never around
DDL, so a schema change could be half applied when the process dies. Following
SQLAlchemy's SQLite dialect notes, the driver is put in autocommit mode and
SQLAlchemy emits ``BEGIN`` itself: then every transaction, DDL included, is
atomic. Pragmas run on connect, outside any transaction, where they take
effect (``foreign_keys`` is ignored inside one).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from planner.store.sqlite_files import connect_read_only, sqlite_uri

BUSY_TIMEOUT_MS = 15_000  # a second writer waits its turn this long before "busy"
BEGIN_OPTION = "sqlite_begin"


def make_engine(path: Path, *, foreign_keys: bool = True, read_only: bool = False) -> Engine:
    """An engine on ``path``; ``read_only`` opens with ``mode=ro`` (immutable when it must).

    Writing sessions begin with ``BEGIN IMMEDIATE`` (see :data:`BEGIN_OPTION`):
    a deferred transaction that reads first and writes later fails at once
    when another process wrote in between, without waiting for the busy
    timeout; an immediate one takes the write lock first and so waits its turn.
    """
    # NullPool: one connection per session, closed after use, so no stale
    # connection outlives a restore and file handles are released promptly.
    # The creator passes a quoted file: URI, so any folder name works.
    if read_only:

        def connect() -> sqlite3.Connection:
            return connect_read_only(path, timeout=BUSY_TIMEOUT_MS / 1000)
    else:

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(
                sqlite_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            )

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = "" if read_only else connection.get_execution_options().get(BEGIN_OPTION, "")
        connection.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine
