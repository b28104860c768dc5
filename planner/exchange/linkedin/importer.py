"""Read an export, plan it against the stored data, and apply the plan in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from planner.exchange.linkedin.archive import read_export
from planner.exchange.linkedin.parse import LinkedInExport, parse_export
from planner.exchange.linkedin.plan import Existing, ImportPlan, build_plan, plan_key
from planner.store.bulk_import import ImportReceipt, NewCustomSkill, add_together, remove_added
from planner.store.database import Database
from planner.store.learning import LearningStore
from planner.store.profile import ProfileStore
from planner.store.skills import SkillStore


def existing_data(database: Database) -> Existing:
    items = LearningStore(database).plan_items()
    skills = SkillStore(database).skills()
    return Existing(
        plan_keys=frozenset(plan_key(item.item_type, item.title) for item in items),
        skill_names=frozenset(s.custom_name.casefold() for s in skills if s.custom_name),
        role=ProfileStore(database).profile().role,
    )


def read_linkedin_export(path: Path) -> LinkedInExport:
    """The export at ``path``, read and parsed; refused whole with an ExportError."""
    return parse_export(read_export(path))


def plan_export(
    database: Database, export: LinkedInExport, today: dt.date | None = None
) -> ImportPlan:
    """What importing ``export`` would do beside the stored data; writes nothing."""
    return build_plan(export, existing_data(database), today or dt.date.today())


def plan_import(database: Database, path: Path, today: dt.date | None = None) -> ImportPlan:
    """What importing ``path`` would do; reads the files, writes nothing."""
    return plan_export(database, read_linkedin_export(path), today)


def apply_plan(
    database: Database,
    plan: ImportPlan,
    custom_skills: Sequence[NewCustomSkill] = (),
    *,
    set_role: bool = True,
    today: dt.date | None = None,
) -> ImportReceipt:
    """Write the plan's new items, the chosen custom skills and the role, all or nothing."""
    return add_together(
        database,
        plan.new_items,
        custom_skills,
        plan.role if set_role else None,
        today,
    )


def undo_import(database: Database, receipt: ImportReceipt) -> None:
    remove_added(database, receipt)
