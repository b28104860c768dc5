"""Count the SQL statements a piece of code sends: a figure no machine's speed changes.

The suite checks *how much work* something does (statements, calls, rows), and
``make bench`` measures how long it takes. Every SQLAlchemy engine's
``before_cursor_execute`` is watched while the block runs; an ``executemany``
(a bulk insert) counts once, as it is one statement for SQLite.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine


@dataclass
class Statements:
    sql: list[str] = field(default_factory=list)
    threads: list[str] = field(default_factory=list)
    rows_sent: int = 0  # parameter sets: a bulk insert of 500 rows adds 500

    def __len__(self) -> int:
        return len(self.sql)

    def __repr__(self) -> str:  # short in a failed assertion: the count and the first few
        return f"<{len(self.sql)} statements, {self.rows_sent} rows: {self.sql[:3]}>"

    def starting(self, word: str) -> int:
        return sum(s.lstrip().upper().startswith(word.upper()) for s in self.sql)


@contextlib.contextmanager
def counted_statements() -> Iterator[Statements]:
    seen = Statements()

    def before(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, many: bool
    ) -> None:
        seen.sql.append(statement)
        seen.threads.append(threading.current_thread().name)
        seen.rows_sent += len(parameters) if many else 1

    event.listen(Engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", before)
