"""Undoable operations on the learning plan."""

from __future__ import annotations

from dataclasses import replace

from planner.domain.enums import PlanStatus
from planner.i18n import _
from planner.store.learning import (
    DeletedPlanItem,
    LearningStore,
    PlanItemFields,
    PlanItemRecord,
)
from planner.ui.changes import Change, Changes, plan_changed
from planner.ui.context import AppContext
from planner.ui.operations import Ask, added, delete, perform, record


def _store(context: AppContext) -> LearningStore:
    return LearningStore(context.database)


def delete_question(title: str) -> str:
    return _("Delete the plan item “{title}”? Its log entries stay. You can undo this.").format(
        title=title
    )


def add_item(context: AppContext, ask: Ask, data: PlanItemFields) -> PlanItemRecord:
    store = _store(context)
    made = store.create_plan_item(data)
    return added(
        context,
        ask,
        _("Add plan item {title}").format(title=made.title),
        plan_changed(made.id),
        made,
        delete=lambda item: store.delete_plan_item(item.id),
        restore=lambda item: store.restore_plan_item(DeletedPlanItem(item, ())),
    )


def edit_item(
    context: AppContext, ask: Ask, item_id: int, data: PlanItemFields, text: str = ""
) -> PlanItemRecord:
    """Change an item; returns it as it was. Its log entries show its new title."""
    store = _store(context)
    before = store.update_plan_item(item_id, data)
    record(
        context,
        ask,
        text or _("Edit plan item {title}").format(title=data.title),
        _item_and_entries(item_id, before.title != data.title),
        undo=lambda: store.restore_plan_item_state(before),
        redo=lambda: store.update_plan_item(item_id, data),
    )
    return before


def mark_done(context: AppContext, ask: Ask, item: PlanItemRecord) -> PlanItemRecord | None:
    """Mark an item done; returns it as it is now, or None when that failed."""
    data = replace(item.editable(), status=PlanStatus.DONE)
    store = _store(context)
    done = perform(
        context,
        ask,
        _("Mark {title} done").format(title=item.title),
        do=lambda: store.update_plan_item(item.id, data),
        undo=store.restore_plan_item_state,
        redo=lambda _before: store.update_plan_item(item.id, data),
        changes=lambda _before: plan_changed(item.id),
    )
    return None if done is None else store.plan_item(item.id)


def delete_item(context: AppContext, ask: Ask, item: PlanItemRecord) -> bool:
    """Delete after confirmation; its log entries stay, unlinked (and relinked by undo)."""
    store = _store(context)
    return delete(
        context,
        ask,
        _("Delete plan item {title}").format(title=item.title),
        remove=lambda: store.delete_plan_item(item.id),
        restore=store.restore_plan_item,
        changes=lambda gone: plan_changed(gone.record.id, log_ids=frozenset(gone.log_entry_ids)),
        question=delete_question(item.title),
    )


def _item_and_entries(item_id: int, retitled: bool) -> Changes:
    """The item; with a new title also its log entries (any of them: they show it)."""
    if not retitled:
        return plan_changed(item_id)
    return Changes(Change.PLAN | Change.LOG, log_ids=None, plan_ids=frozenset({item_id}))
