"""Engines with the pragmas and the transaction handling the store relies on.

Python 3.11's sqlite3 driver opens transactions on its own and never around
DDL, so a schema change could be half applied when the process dies. Following
SQLAlchemy's SQLite dialect notes, the driver is put in autocommit mode and
SQLAlchemy emits ``BEGIN`` itself: then every transaction, DDL included, is
atomic. Pragmas run on connect, outside any transaction, where they take
effect (``foreign_keys`` is ignored inside one).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 5000


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    # NullPool: one connection per session, closed after use, so no stale
    # connection outlives a restore and file handles are released promptly.
    engine = create_engine(f"sqlite+pysqlite:///{path}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine
