"""Undoable operations on the learning log."""

from __future__ import annotations

from planner.i18n import _
from planner.i18n.formatting import format_date, format_hours
from planner.store.learning import LearningStore, LogEntryFields, LogEntryRecord
from planner.ui.changes import log_changed
from planner.ui.context import AppContext
from planner.ui.operations import Ask, perform, record


def _store(context: AppContext) -> LearningStore:
    return LearningStore(context.database)


def delete_question(entry: LogEntryFields) -> str:
    return _("Delete the log entry of {date} ({hours})? You can undo this.").format(
        date=format_date(entry.logged_on), hours=format_hours(entry.minutes)
    )


def add_entry(context: AppContext, ask: Ask, data: LogEntryFields) -> LogEntryRecord:
    """Add an entry (a StoreError goes back to the form that asked)."""
    store = _store(context)
    added = store.add_entry(data)
    record(
        context,
        ask,
        _("Add log entry"),
        log_changed(added.id, plan_ids=(added.plan_item_id,)),
        undo=lambda: store.remove_entry_exactly(added.id),
        redo=lambda: store.restore_entry(added),
    )
    return added


def edit_entry(
    context: AppContext, ask: Ask, entry_id: int, data: LogEntryFields
) -> LogEntryRecord:
    """Change an entry; returns it as it was (a StoreError goes back to the form)."""
    store = _store(context)
    before = store.update_entry(entry_id, data)
    record(
        context,
        ask,
        _("Edit log entry"),
        log_changed(entry_id, plan_ids=(before.plan_item_id, data.plan_item_id)),
        undo=lambda: store.update_entry(before.id, before.editable()),
        redo=lambda: store.update_entry(entry_id, data),
    )
    return before


def delete_entry(context: AppContext, ask: Ask, entry: LogEntryRecord) -> bool:
    """Delete after confirmation; False when refused or failed (the error is shown)."""
    store = _store(context)
    deleted = perform(
        context,
        ask,
        _("Delete log entry"),
        do=lambda: store.delete_entry(entry.id),
        undo=store.restore_entry,
        redo=lambda gone: store.delete_entry(gone.id),
        changes=lambda gone: log_changed(gone.id, plan_ids=(gone.plan_item_id,)),
        question=delete_question(entry),
    )
    return deleted is not None
