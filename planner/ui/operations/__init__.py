"""Undoable operations, one module per noun (skills, plan, log, postings, direction, year plan).

An operation is written once: ask (confirm), call the store, report a store
error in the user's language, push the undo step, and announce its typed
:class:`~planner.ui.changes.Changes`. Pages call operations; tests call them
with a scripted :class:`Ask`, no widgets needed. Modelled on Anki's
``aqt/operations``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from planner.store.errors import StoreError
from planner.ui.changes import Changes
from planner.ui.context import AppContext
from planner.ui.kit.undo import StoreCommand

T = TypeVar("T")


@dataclass(frozen=True)
class Ask:
    """What an operation needs from the person: a yes or no, and a place for errors."""

    confirm: Callable[[str], bool]
    error: Callable[[StoreError], None]


def record(
    context: AppContext,
    ask: Ask,
    text: str,
    changes: Changes,
    *,
    undo: Callable[[], object],
    redo: Callable[[], object],
) -> None:
    """An edit already saved: push its undo step and announce what changed.

    The undo step holds the store calls, the events and ``ask``, never the
    context or a page: nothing it holds leads back to the undo stack, so no
    reference cycle through Qt objects outlives the window.
    """
    events = context.events
    command = StoreCommand(text, undo, redo, lambda: events.announce(changes), ask.error)
    context.undo_stack.push(command)
    context.events.announce(changes)


def perform(
    context: AppContext,
    ask: Ask,
    text: str,
    *,
    do: Callable[[], T],
    undo: Callable[[T], object],
    redo: Callable[[T], object],
    changes: Callable[[T], Changes],
    question: str | None = None,
) -> T | None:
    """Confirm ``question`` (if any), run ``do``, record it; None when refused or failed."""
    if question is not None and not ask.confirm(question):
        return None
    try:
        result = do()
    except StoreError as error:
        ask.error(error)
        return None
    record(
        context, ask, text, changes(result), undo=lambda: undo(result), redo=lambda: redo(result)
    )
    return result
