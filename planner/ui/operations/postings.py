"""Undoable operations on job postings."""

from __future__ import annotations

from collections.abc import Sequence

from planner.i18n import _, ngettext
from planner.store.market import MarketStore, PostingData, PostingRecord
from planner.ui.changes import postings_changed
from planner.ui.context import AppContext
from planner.ui.operations import Ask, added, delete, edited, record


def _store(context: AppContext) -> MarketStore:
    return MarketStore(context.database)


def delete_question(posting: PostingRecord) -> str:
    return _("Delete the job posting “{title}”? You can undo this.").format(title=posting.title)


def add_posting(context: AppContext, ask: Ask, data: PostingData) -> PostingRecord:
    store = _store(context)
    made = store.create(data)
    return added(
        context,
        ask,
        _("Add job posting {title}").format(title=made.title),
        postings_changed(frozenset({made.id})),
        made,
        delete=lambda posting: store.delete(posting.id),
        restore=store.restore,
    )


def edit_posting(context: AppContext, ask: Ask, posting_id: int, data: PostingData) -> None:
    store = _store(context)
    before = store.update(posting_id, data)
    edited(
        context,
        ask,
        _("Edit job posting {title}").format(title=before.title),
        postings_changed(frozenset({posting_id})),
        update=lambda value: store.update(posting_id, value),
        before=before,
        after=data,
    )


def delete_posting(context: AppContext, ask: Ask, posting: PostingRecord) -> bool:
    store = _store(context)
    return delete(
        context,
        ask,
        _("Delete job posting {title}").format(title=posting.title),
        remove=lambda: store.delete(posting.id),
        restore=store.restore,
        changes=lambda gone: postings_changed(frozenset({gone.id})),
        question=delete_question(posting),
    )


def imported(context: AppContext, ask: Ask, ids: Sequence[int]) -> None:
    """Postings an import already saved: one undo step takes them all back."""
    store = _store(context)
    kept: list[PostingRecord] = []

    def undo() -> None:
        kept[:] = store.delete_many(ids)

    def redo() -> None:
        store.restore_many(kept)

    record(
        context,
        ask,
        ngettext("Import {count} job posting", "Import {count} job postings", len(ids)).format(
            count=len(ids)
        ),
        postings_changed(frozenset(ids)),
        undo=undo,
        redo=redo,
    )
