"""Undoable operations on strengths and the chosen road."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from planner.domain.enums import StrengthKind
from planner.i18n import _
from planner.i18n.formatting import format_date
from planner.store.profile import ChoiceRecord, ProfileStore, StrengthsRecord
from planner.ui.changes import Change, Changes
from planner.ui.context import AppContext
from planner.ui.operations import Ask, added, delete

STRENGTHS = Changes(Change.STRENGTHS)
CHOICE = Changes(Change.CHOICE)


def _store(context: AppContext) -> ProfileStore:
    return ProfileStore(context.database)


def add_strengths(
    context: AppContext,
    ask: Ask,
    values: Mapping[StrengthKind, int],
    on: object,
    note: str,
) -> StrengthsRecord:
    """Save a strengths profile (a StoreError goes back to the form)."""
    store = _store(context)
    made = store.add_strengths(
        values[StrengthKind.TECHNICAL],
        values[StrengthKind.CREATIVE],
        values[StrengthKind.ANALYTICAL],
        values[StrengthKind.PEOPLE],
        on=on,  # type: ignore[arg-type]
        note=note,
    )
    return added(
        context,
        ask,
        _("Save strengths"),
        STRENGTHS,
        made,
        delete=lambda saved: store.delete_strengths(saved.id),
        restore=store.restore_strengths,
    )


def choose_road(
    context: AppContext, ask: Ask, add: Callable[[ProfileStore], ChoiceRecord]
) -> ChoiceRecord:
    """Record a choice made by ``add`` (a StoreError goes back to the form)."""
    store = _store(context)
    made = add(store)
    return added(
        context,
        ask,
        _("Choose the road {road}").format(road=_(made.road.label)),
        CHOICE,
        made,
        delete=lambda saved: store.delete_choice(saved.id),
        restore=store.restore_choice,
    )


def delete_strengths(context: AppContext, ask: Ask, old: StrengthsRecord) -> bool:
    store = _store(context)
    question = _("Delete the strengths from {date}? You can undo this.").format(
        date=format_date(old.assessed_on)
    )
    return delete(
        context,
        ask,
        _("Delete strengths"),
        remove=lambda: store.delete_strengths(old.id),
        restore=lambda _gone: store.restore_strengths(old),
        changes=lambda _gone: STRENGTHS,
        question=question,
    )


def delete_choice(context: AppContext, ask: Ask, old: ChoiceRecord) -> bool:
    store = _store(context)
    question = _("Delete the choice from {date}? You can undo this.").format(
        date=format_date(old.chosen_on)
    )
    return delete(
        context,
        ask,
        _("Delete choice"),
        remove=lambda: store.delete_choice(old.id),
        restore=lambda _gone: store.restore_choice(old),
        changes=lambda _gone: CHOICE,
        question=question,
    )
