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

from planner.domain.enums import LearningType, PlanStatus
from planner.store import schema
from planner.store.database import database_path, open_database
from planner.store.learning import LearningStore, PlanItemFields
from planner.store.skills import SkillStore


def add_plan_items(learning: LearningStore) -> None:
    """A certification with its validity and the plan item that renews it (since 0002)."""
    renewal = learning.create_plan_item(
        PlanItemFields("Google Ads renewal", LearningType.CERTIFICATION, 2025)
    )
    learning.create_plan_item(
        PlanItemFields(
            "Google Ads Search certification",
            LearningType.CERTIFICATION,
            2024,
            skill_keys=("search_ads",),
            status=PlanStatus.DONE,
            planned_start=dt.date(2024, 3, 1),
            planned_end=dt.date(2024, 3, 20),
            valid_until=dt.date(2025, 3, 20),
            renewal_id=renewal.id,
        ),
        today=dt.date(2024, 3, 20),
    )
    learning.create_plan_item(PlanItemFields("Analytics course", LearningType.COURSE, 2024))


def main() -> int:
    target = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "schemas"
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
        add_plan_items(LearningStore(db))
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
