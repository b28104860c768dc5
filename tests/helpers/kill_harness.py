"""Kill -9 a writer during writes through the real store, again and again, and check.

Usage: python kill_harness.py DATA_DIR KILLS SEED [--unsafe]
       python kill_harness.py DATA_DIR write     (write until killed)

One process (this one) imports everything once, then for each round forks a
writer. The writer opens the data folder with ``open_database`` and writes
through the store: an assessment (``SkillStore.assess``), then a transaction
with a log entry linked to three skills and a plan item linked to two (a
certification with its validity, renewing the previous round's item). After
each commit it writes the id to a pipe: that write is *acknowledged*. The
parent reads acknowledgements for a random time (a few ms to ~60 ms), sends
SIGKILL, collects the acknowledgements still in the pipe, and then checks the
file: ``integrity_check`` is ok, ``foreign_key_check`` is empty, every
acknowledged write is present with all its linked rows, and no write is half
there. It prints one JSON line with the counts.

``--unsafe`` turns the journal and syncing off (``journal_mode=OFF``,
``synchronous=OFF``, a tiny page cache so pages reach the file mid-transaction):
the self-test that shows the checks do catch damage. Its writer does not race
the kill: it stops inside a transaction that has spilled log entries without
their links to the file, says so, and waits to be killed, so the damage is
there every time, whatever the machine's load.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import select
import signal
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy import select as sql_select

from planner.domain.enums import LearningType
from planner.store.database import Database, database_path, open_database
from planner.store.engine import make_engine
from planner.store.models import LogEntry, PlanItem, Skill
from planner.store.skills import SkillStore

SKILLS = ["technical_seo", "search_ads", "email_campaigns", "social_ads", "link_building"]


def writer(data_dir: Path, ack_fd: int, unsafe: bool, seed: int) -> None:
    database = open_database(data_dir)
    if unsafe:
        database.close()
        engine = make_engine(database.path)

        @event.listens_for(engine, "connect")
        def _unsafe(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute("PRAGMA journal_mode=OFF")
            dbapi_connection.execute("PRAGMA synchronous=OFF")
            dbapi_connection.execute("PRAGMA cache_size=2")

        database = Database(database.path, engine)
        _stop_half_written(database, ack_fd)
    store = SkillStore(database)
    generator = random.Random(seed)
    today = dt.date.today()
    number = 0
    renews: int | None = None
    while True:
        number += 1
        skill = SKILLS[number % len(SKILLS)]
        record = store.assess(skill, number % 6, today, f"kill test {number} " + "x" * 300)
        os.write(ack_fd, f"a {record.id}\n".encode())
        with database.transaction() as session:
            linked = list(session.scalars(sql_select(Skill).where(Skill.key.in_(SKILLS[:3]))))
            plan = PlanItem(
                title=f"plan {number}",
                item_type=LearningType.CERTIFICATION,
                plan_year=today.year,
                notes="n" * generator.randint(10, 3000),
                skills=linked[:2],
                valid_until=today + dt.timedelta(days=number),
                renewal_id=renews,
            )
            entry = LogEntry(
                logged_on=today,
                minutes=30,
                learning_type=LearningType.JOB_PROJECT,
                learned="l" * generator.randint(10, 3000),
                skills=linked,
            )
            session.add_all([plan, entry])
            session.flush()
            entry_id, plan_id = entry.id, plan.id
        renews = plan_id
        os.write(ack_fd, f"t {entry_id} {plan_id}\n".encode())


def _stop_half_written(database: Database, ack_fd: int) -> None:
    """Write log entries without their links, past the tiny cache, then wait to be killed."""
    today = dt.date.today()
    with database.transaction() as session:
        session.add_all(
            LogEntry(
                logged_on=today,
                minutes=30,
                learning_type=LearningType.JOB_PROJECT,
                learned=f"half {number} " + "h" * 3000,
            )
            for number in range(20)
        )
        session.flush()  # 20 rows of 3 KB: far more pages than the cache holds
        os.write(ack_fd, b"m\n")  # mid-transaction; the parent kills us now
        while True:
            signal.pause()


def check(path: Path, assessments: set[int], entries: set[tuple[int, int]]) -> list[str]:
    """Every problem with the file after a kill; empty when all is well."""
    problems: list[str] = []
    try:
        # As the next start would: read-write, so SQLite recovers what it should.
        connection = sqlite3.connect(path)
        try:
            integrity = [r[0] for r in connection.execute("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                problems.append("integrity: " + "; ".join(integrity[:3]))
            keys = connection.execute("PRAGMA foreign_key_check").fetchall()
            if keys:
                problems.append(f"foreign keys: {keys[:3]}")
            have = {r[0] for r in connection.execute("SELECT id FROM assessments")}
            lost = assessments - have
            if lost:
                problems.append(f"lost assessments: {sorted(lost)[:5]}")
            links = dict(
                connection.execute(
                    "SELECT log_entry_id, count(*) FROM log_entry_skills GROUP BY log_entry_id"
                ).fetchall()
            )
            plan_links = dict(
                connection.execute(
                    "SELECT plan_item_id, count(*) FROM plan_item_skills GROUP BY plan_item_id"
                ).fetchall()
            )
            logged = {r[0] for r in connection.execute("SELECT id FROM log_entries")}
            planned = {r[0] for r in connection.execute("SELECT id FROM plan_items")}
            undated = connection.execute(
                "SELECT count(*) FROM plan_items WHERE valid_until IS NULL"
            ).fetchone()[0]
            if undated:
                problems.append("a certification lost its validity")
            for entry_id, plan_id in entries:
                if entry_id not in logged or plan_id not in planned:
                    problems.append(f"lost write {entry_id}/{plan_id}")
            # No half transaction: every log entry has all 3 links, every plan item 2,
            # and log entries and plan items come in pairs.
            if any(links.get(i) != 3 for i in logged) or any(
                plan_links.get(i) != 2 for i in planned
            ):
                problems.append("a write is half there (missing links)")
            if len(logged) != len(planned):
                problems.append("a write is half there (entry without plan item)")
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        problems.append(f"unreadable: {error}")
    return problems


def read_acks(fd: int, buffer: bytearray, deadline: float | None) -> bool:
    """Read what the writer acknowledged until ``deadline`` (None: until it is gone)."""
    while True:
        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
        ready, _w, _x = select.select([fd], [], [], timeout)
        if not ready:
            return True
        chunk = os.read(fd, 65536)
        if not chunk:
            return False
        buffer.extend(chunk)


def main() -> int:
    if sys.argv[2] == "write":  # just write until killed, acknowledging on stdout
        open_database(Path(sys.argv[1])).close()
        writer(Path(sys.argv[1]), sys.stdout.fileno(), False, 7)
        return 0
    data_dir, kills, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    unsafe = "--unsafe" in sys.argv[4:]
    generator = random.Random(seed)
    open_database(data_dir).close()
    path = database_path(data_dir)
    assessments: set[int] = set()
    entries: set[tuple[int, int]] = set()
    summary = {"kills": 0, "acknowledged": 0, "checked": 0, "lost": 0, "damaged_rounds": 0}
    first_problem = ""
    for round_number in range(kills):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the writer
            os.close(read_end)
            try:
                writer(data_dir, write_end, unsafe, seed * 1000 + round_number)
            except BaseException:
                import traceback

                traceback.print_exc()
            finally:
                os._exit(3)
        os.close(write_end)
        buffer = bytearray()
        # Wait for the first acknowledgement (the writer is up), then a random while.
        give_up = time.monotonic() + 20
        while b"\n" not in buffer and time.monotonic() < give_up:
            if not read_acks(read_end, buffer, time.monotonic() + 0.001):
                break
        alive = read_acks(read_end, buffer, time.monotonic() + generator.uniform(0.005, 0.15))
        if alive:
            os.kill(pid, signal.SIGKILL)
        _pid, status = os.waitpid(pid, 0)
        read_acks(read_end, buffer, None)  # what was acknowledged before it died
        os.close(read_end)
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
            summary["kills"] += 1
        else:
            summary["damaged_rounds"] += 1
            first_problem = first_problem or f"writer ended on its own: {status}"
        for line in buffer.decode().splitlines():
            parts = line.split()
            if parts[0] == "a":
                assessments.add(int(parts[1]))
            elif parts[0] == "t":
                entries.add((int(parts[1]), int(parts[2])))
        problems = check(path, assessments, entries)
        summary["acknowledged"] = len(assessments) + len(entries)
        summary["checked"] += len(assessments) + len(entries)
        if problems:
            summary["damaged_rounds"] += 1
            summary["lost"] += sum(p.startswith("lost") for p in problems)
            first_problem = first_problem or problems[0]
            if unsafe:
                break  # caught it: that is all the self-test needs
        elif not unsafe:
            # The store must still open and work after every kill.
            open_database(data_dir).close()
    summary["first_problem"] = first_problem
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
