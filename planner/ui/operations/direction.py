"""Undoable operations on strengths and the chosen road."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from planner.domain.enums import StrengthKind
from planner.i18n import _
from planner.i18n.formatting import format_date
from planner.store.profile import ChoiceRecord, ProfileStore, StrengthsRecord
from planner.ui.changes import Change, Changes
from planner.ui.context import AppContext
from planner.ui.operations import Ask, perform, record

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
    record(
        context,
        ask,
        _("Save strengths"),
        STRENGTHS,
        undo=lambda: store.delete_strengths(made.id),
        redo=lambda: store.restore_strengths(made),
    )
    return made


def choose_road(
    context: AppContext, ask: Ask, add: Callable[[ProfileStore], ChoiceRecord]
) -> ChoiceRecord:
    """Record a choice made by ``add`` (a StoreError goes back to the form)."""
    store = _store(context)
    made = add(store)
    record(
        context,
        ask,
        _("Choose the road {road}").format(road=_(made.road.label)),
        CHOICE,
        undo=lambda: store.delete_choice(made.id),
        redo=lambda: store.restore_choice(made),
    )
    return made


def delete_strengths(context: AppContext, ask: Ask, old: StrengthsRecord) -> bool:
    store = _store(context)
    question = _("Delete the strengths from {date}? You can undo this.").format(
        date=format_date(old.assessed_on)
    )
    done = perform(
        context,
        ask,
        _("Delete strengths"),
        do=lambda: store.delete_strengths(old.id),
        undo=lambda _gone: store.restore_strengths(old),
        redo=lambda _gone: store.delete_strengths(old.id),
        changes=lambda _gone: STRENGTHS,
        question=question,
    )
    return done is not None


def delete_choice(context: AppContext, ask: Ask, old: ChoiceRecord) -> bool:
    store = _store(context)
    question = _("Delete the choice from {date}? You can undo this.").format(
        date=format_date(old.chosen_on)
    )
    done = perform(
        context,
        ask,
        _("Delete choice"),
        do=lambda: store.delete_choice(old.id),
        undo=lambda _gone: store.restore_choice(old),
        redo=lambda _gone: store.delete_choice(old.id),
        changes=lambda _gone: CHOICE,
        question=question,
    )
    return done is not None
