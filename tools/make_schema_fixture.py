"""Write tests/fixtures/schemas/<HEAD>.sqlite3: a small database of the current schema.

Run it once when a schema is released (before the next migration is written),
so that every later version is tested against real data of this one.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from planner.store import schema
from planner.store.database import database_path, open_database
from planner.store.skills import SkillStore


def main() -> int:
    target = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "schemas"
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        db = open_database(data_dir)
        skills = SkillStore(db)
        for offset, (key, level) in enumerate(
            [("technical_seo", 2), ("technical_seo", 3), ("content_creation", 4), ("reporting", 1)]
        ):
            skills.assess(key, level, dt.date(2024, 1, 10) + dt.timedelta(days=40 * offset), "")
        skills.set_target("technical_seo", 4)
        skills.add_custom_skill("social_media", "TikTok video")
        db.close()
        source = database_path(data_dir)
        with sqlite3.connect(source) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("PRAGMA journal_mode=DELETE")
        out = target / f"{schema.HEAD}.sqlite3"
        shutil.copy(source, out)
        print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
