"""Open a data folder in a process that SIGKILLs itself part way through.

Usage: python migration_victim.py DATA_DIR MODE N

MODE ``statement``: die just before the N-th SQL statement SQLAlchemy sends.
MODE ``opcodes``: die inside SQLite after N progress callbacks (one every 5
virtual machine instructions), i.e. in the middle of a statement.
MODE ``count``: do not die; print how many statements were sent.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import Pool

data_dir, mode, limit = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
state = {"statements": 0, "ticks": 0}


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


@event.listens_for(Engine, "before_cursor_execute")
def _count(*_args: Any) -> None:
    state["statements"] += 1
    if mode == "statement" and state["statements"] == limit:
        die()


@event.listens_for(Pool, "connect")
def _arm(dbapi_connection: Any, _record: Any) -> None:
    if mode not in {"opcodes", "count"}:
        return

    def tick() -> int:
        state["ticks"] += 1
        if mode == "opcodes" and state["ticks"] == limit:
            die()
        return 0

    dbapi_connection.set_progress_handler(tick, 5)


from planner.store.database import open_database  # noqa: E402

open_database(data_dir).close()
print(state["statements"], state["ticks"])
