"""Many additions in one transaction, and their exact undo: what file imports call.

Plan items (with their own completion dates), custom skills and the current
role are checked first with the same rules as single edits, then written
together, so an import is all or nothing. The receipt says what was made, so
undo removes exactly that and puts the old role back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select

from planner.domain.enums import PlanStatus
from planner.i18n.markers import N_
from planner.store.database import Database
from planner.store.errors import ValidationError
from planner.store.learning import PlanItemFields
from planner.store.learning_rows import check_plan, plan_columns, set_links, skill_ids_for
from planner.store.models import Area, PlanItem, Profile, Skill, plan_item_skills
from planner.store.profile import PROFILE_ID, check_short_text
from planner.store.validation import check_name, check_not_future


@dataclass(frozen=True)
class NewPlanItem:
    fields: PlanItemFields
    completed_on: dt.date | None = None  # only for a done item; never in the future


@dataclass(frozen=True)
class NewCustomSkill:
    area_key: str
    name: str


@dataclass(frozen=True)
class ImportReceipt:
    item_ids: tuple[int, ...]
    skill_keys: tuple[str, ...]
    role_before: str | None  # None: the role was not changed

    @property
    def empty(self) -> bool:
        return not self.item_ids and not self.skill_keys and self.role_before is None


def _check_item(item: NewPlanItem, today: dt.date) -> NewPlanItem:
    fields = check_plan(item.fields)
    completed = item.completed_on if fields.status == PlanStatus.DONE else None
    if completed is not None:
        check_not_future(completed, today)
    return NewPlanItem(fields, completed)


def add_together(
    database: Database,
    items: Sequence[NewPlanItem] = (),
    skills: Sequence[NewCustomSkill] = (),
    role: str | None = None,
    today: dt.date | None = None,
) -> ImportReceipt:
    """Add everything in one transaction, or nothing when one part is refused."""
    today = today or dt.date.today()
    checked = [_check_item(item, today) for item in items]
    new_skills = [NewCustomSkill(s.area_key, check_name(s.name)) for s in skills]
    role = None if role is None else check_short_text(role)
    with database.transaction() as session:
        skill_keys = tuple(_add_skill(session, skill) for skill in new_skills)
        session.flush()
        item_ids = []
        for item in checked:
            skill_ids = skill_ids_for(session, item.fields.skill_keys)
            row = PlanItem(completed_on=item.completed_on, **plan_columns(item.fields))
            session.add(row)
            session.flush()
            set_links(session, plan_item_skills, "plan_item_id", row.id, skill_ids)
            item_ids.append(row.id)
        role_before = None
        if role is not None:
            profile = session.get(Profile, PROFILE_ID)
            if profile is None:
                profile = Profile(id=PROFILE_ID)
                session.add(profile)
            role_before, profile.role = profile.role or "", role
        return ImportReceipt(tuple(item_ids), skill_keys, role_before)


def _add_skill(session, skill: NewCustomSkill) -> str:  # noqa: ANN001
    area = session.scalar(select(Area).where(Area.key == skill.area_key))
    if area is None:
        raise ValidationError(N_("There is no area with the key {key}."), key=skill.area_key)
    taken = session.scalar(select(Skill.id).where(func.lower(Skill.name) == skill.name.lower()))
    if taken is not None:
        raise ValidationError(N_("A skill with that name exists already."))
    position = session.scalar(
        select(func.coalesce(func.max(Skill.position), -1) + 1).where(Skill.area_id == area.id)
    )
    next_id = session.scalar(select(func.coalesce(func.max(Skill.id), 0) + 1))
    key = f"custom_{next_id}"
    session.add(Skill(key=key, area=area, name=skill.name, is_custom=True, position=position))
    session.flush()
    return key


def remove_added(database: Database, receipt: ImportReceipt) -> None:
    """Undo :func:`add_together`: remove what it made, put the old role back."""
    with database.transaction() as session:
        if receipt.item_ids:
            session.execute(delete(PlanItem).where(PlanItem.id.in_(receipt.item_ids)))
        if receipt.skill_keys:
            session.execute(
                delete(Skill).where(Skill.key.in_(receipt.skill_keys), Skill.is_custom.is_(True))
            )
        if receipt.role_before is not None:
            profile = session.get(Profile, PROFILE_ID)
            if profile is not None:
                profile.role = receipt.role_before
