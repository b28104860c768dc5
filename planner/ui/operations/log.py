"""Undoable operations on the learning log."""

from __future__ import annotations

from planner.i18n import _
from planner.i18n.formatting import format_date, format_hours
from planner.store.learning import LearningStore, LogEntryFields, LogEntryRecord
from planner.ui.changes import log_changed
from planner.ui.context import AppContext
from planner.ui.operations import Ask, added, delete, edited


def _store(context: AppContext) -> LearningStore:
    return LearningStore(context.database)


def delete_question(entry: LogEntryFields) -> str:
    return _("Delete the log entry of {date} ({hours})? You can undo this.").format(
        date=format_date(entry.logged_on), hours=format_hours(entry.minutes)
    )


def add_entry(context: AppContext, ask: Ask, data: LogEntryFields) -> LogEntryRecord:
    """Add an entry (a StoreError goes back to the form that asked)."""
    store = _store(context)
    made = store.add_entry(data)
    return added(
        context,
        ask,
        _("Add log entry"),
        log_changed(made.id, plan_ids=(made.plan_item_id,)),
        made,
        delete=lambda entry: store.remove_entry_exactly(entry.id),
        restore=store.restore_entry,
    )


def edit_entry(
    context: AppContext, ask: Ask, entry_id: int, data: LogEntryFields
) -> LogEntryRecord:
    """Change an entry; returns it as it was (a StoreError goes back to the form)."""
    store = _store(context)
    before = store.update_entry(entry_id, data)
    edited(
        context,
        ask,
        _("Edit log entry"),
        log_changed(entry_id, plan_ids=(before.plan_item_id, data.plan_item_id)),
        update=lambda fields: store.update_entry(entry_id, fields),
        before=before.editable(),
        after=data,
    )
    return before


def delete_entry(context: AppContext, ask: Ask, entry: LogEntryRecord) -> bool:
    """Delete after confirmation; False when refused or failed (the error is shown)."""
    store = _store(context)
    return delete(
        context,
        ask,
        _("Delete log entry"),
        remove=lambda: store.delete_entry(entry.id),
        restore=store.restore_entry,
        changes=lambda gone: log_changed(gone.id, plan_ids=(gone.plan_item_id,)),
        question=delete_question(entry),
    )
