"""Undoable operations on skills: assessments, targets, custom skills."""

from __future__ import annotations

import datetime as dt

from planner.i18n import _
from planner.i18n.formatting import format_date
from planner.store.skills import AssessmentRecord, SkillRecord
from planner.ui.changes import Change, Changes
from planner.ui.context import AppContext
from planner.ui.operations import Ask, added, delete, edited, perform

ASSESSED = Changes(Change.ASSESSMENTS)
TARGETED = Changes(Change.TARGETS)
# A skill added, renamed or archived: also every list of skills (the log's filter...).
CATALOGUE = Changes(Change.SKILLS)


def assess(
    context: AppContext,
    ask: Ask,
    skill_key: str,
    title: str,
    *,
    level: int,
    on: dt.date,
    note: str = "",
    link: str = "",
) -> AssessmentRecord:
    """A new assessment (a StoreError goes back to the dialog that asked)."""
    store = context.skills
    return added(
        context,
        ask,
        _("Assess {skill}").format(skill=title),
        ASSESSED,
        store.assess(skill_key, level, on, note, link),
        delete=lambda made: store.remove_assessment_exactly(made.id),
        restore=store.restore_assessment,
    )


def edit_assessment(
    context: AppContext,
    ask: Ask,
    old: AssessmentRecord,
    title: str,
    *,
    level: int,
    on: dt.date,
    note: str,
    link: str,
) -> None:
    store = context.skills
    before = store.update_assessment(old.id, level, on, note, link)
    edited(
        context,
        ask,
        _("Edit assessment of {skill}").format(skill=title),
        ASSESSED,
        update=lambda value: store.update_assessment(*value),
        before=(before.id, before.level, before.assessed_on, before.note, before.evidence_url),
        after=(old.id, level, on, note, link),
    )


def delete_assessment(context: AppContext, ask: Ask, old: AssessmentRecord, title: str) -> bool:
    store = context.skills
    question = _("Delete the assessment of {skill} from {date}? You can undo this.").format(
        skill=title, date=format_date(old.assessed_on)
    )
    return delete(
        context,
        ask,
        _("Delete assessment of {skill}").format(skill=title),
        remove=lambda: store.delete_assessment(old.id),
        restore=store.restore_assessment,
        changes=lambda _gone: ASSESSED,
        question=question,
    )


def set_target(
    context: AppContext, ask: Ask, skill_key: str, title: str, level: int | None
) -> None:
    store = context.skills
    before = store.set_target(skill_key, level)
    edited(
        context,
        ask,
        _("Set target for {skill}").format(skill=title),
        TARGETED,
        update=lambda value: store.set_target(skill_key, value),
        before=before,
        after=level,
    )


def add_skill(context: AppContext, ask: Ask, area_key: str, name: str) -> SkillRecord:
    store = context.skills
    made = store.add_custom_skill(area_key, name)
    return added(
        context,
        ask,
        _("Add skill {name}").format(name=made.custom_name),
        CATALOGUE,
        made,
        delete=lambda skill: store.set_archived(skill.key, True),
        restore=lambda skill: store.set_archived(skill.key, False),
    )


def rename_skill(context: AppContext, ask: Ask, skill_key: str, name: str) -> None:
    store = context.skills
    before = store.rename_custom_skill(skill_key, name)
    edited(
        context,
        ask,
        _("Rename skill {name}").format(name=before),
        CATALOGUE,
        update=lambda value: store.rename_custom_skill(skill_key, value),
        before=before,
        after=name,
    )


def toggle_archived(context: AppContext, ask: Ask, skill: SkillRecord) -> bool:
    """Archive a custom skill, or bring it back; its levels leave or rejoin its area's."""
    store = context.skills
    archive = not skill.archived
    text = _("Archive {name}") if archive else _("Bring back {name}")
    done = perform(
        context,
        ask,
        text.format(name=skill.custom_name),
        do=lambda: store.set_archived(skill.key, archive),
        undo=lambda _r: store.set_archived(skill.key, not archive),
        redo=lambda _r: store.set_archived(skill.key, archive),
        changes=lambda _r: CATALOGUE,
    )
    return done is not None
