"""Undoable operations on skills: assessments, targets, custom skills."""

from __future__ import annotations

import datetime as dt

from planner.i18n import _
from planner.i18n.formatting import format_date
from planner.store.skills import AssessmentRecord, SkillRecord
from planner.ui.changes import Change, Changes
from planner.ui.context import AppContext
from planner.ui.operations import Ask, perform, record

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
    made = store.assess(skill_key, level, on, note, link)
    record(
        context,
        ask,
        _("Assess {skill}").format(skill=title),
        ASSESSED,
        undo=lambda: store.remove_assessment_exactly(made.id),
        redo=lambda: store.restore_assessment(made),
    )
    return made


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
    record(
        context,
        ask,
        _("Edit assessment of {skill}").format(skill=title),
        ASSESSED,
        undo=lambda: store.update_assessment(
            before.id, before.level, before.assessed_on, before.note, before.evidence_url
        ),
        redo=lambda: store.update_assessment(old.id, level, on, note, link),
    )


def delete_assessment(context: AppContext, ask: Ask, old: AssessmentRecord, title: str) -> bool:
    store = context.skills
    question = _("Delete the assessment of {skill} from {date}? You can undo this.").format(
        skill=title, date=format_date(old.assessed_on)
    )
    deleted = perform(
        context,
        ask,
        _("Delete assessment of {skill}").format(skill=title),
        do=lambda: store.delete_assessment(old.id),
        undo=store.restore_assessment,
        redo=lambda gone: store.delete_assessment(gone.id),
        changes=lambda _gone: ASSESSED,
        question=question,
    )
    return deleted is not None


def set_target(
    context: AppContext, ask: Ask, skill_key: str, title: str, level: int | None
) -> None:
    store = context.skills
    before = store.set_target(skill_key, level)
    record(
        context,
        ask,
        _("Set target for {skill}").format(skill=title),
        TARGETED,
        undo=lambda: store.set_target(skill_key, before),
        redo=lambda: store.set_target(skill_key, level),
    )


def add_skill(context: AppContext, ask: Ask, area_key: str, name: str) -> SkillRecord:
    store = context.skills
    made = store.add_custom_skill(area_key, name)
    record(
        context,
        ask,
        _("Add skill {name}").format(name=made.custom_name),
        CATALOGUE,
        undo=lambda: store.set_archived(made.key, True),
        redo=lambda: store.set_archived(made.key, False),
    )
    return made


def rename_skill(context: AppContext, ask: Ask, skill_key: str, name: str) -> None:
    store = context.skills
    before = store.rename_custom_skill(skill_key, name)
    record(
        context,
        ask,
        _("Rename skill {name}").format(name=before),
        CATALOGUE,
        undo=lambda: store.rename_custom_skill(skill_key, before),
        redo=lambda: store.rename_custom_skill(skill_key, name),
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
