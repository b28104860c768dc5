"""What an edit changed, typed: the one vocabulary of edits, pages and undo.

Every operation announces one :class:`Changes` (kinds of data, and for the
big tables the ids of the rows it touched); every page declares, as a
:class:`Change`, the kinds it shows. A misspelt kind is an ``AttributeError``
when the module is imported, never a page that silently stops listening.
Modelled on Anki's ``OpChanges``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Flag, auto


class Change(Flag):
    """The kinds of stored data an edit can change (combine with ``|``)."""

    NONE = 0
    SKILLS = auto()  # the catalogue: a skill added, renamed, archived or brought back
    ASSESSMENTS = auto()  # dated self-assessments (an area's current level)
    TARGETS = auto()  # target levels
    PLAN = auto()  # learning plan items
    LOG = auto()  # learning log entries
    POSTINGS = auto()  # job postings (market demand)
    STRENGTHS = auto()  # the dated strengths profile
    CHOICE = auto()  # the chosen road and focus areas
    YEAR_PLAN = auto()  # goals, focus and review of a year
    SETTINGS = auto()  # preferences that change what pages show
    ALL = (
        SKILLS
        | ASSESSMENTS
        | TARGETS
        | PLAN
        | LOG
        | POSTINGS
        | STRENGTHS
        | CHOICE
        | YEAR_PLAN
        | SETTINGS
    )


LEVELS = Change.SKILLS | Change.ASSESSMENTS | Change.TARGETS
"""Everything an area's or a skill's current and target level is computed from."""

Ids = frozenset[int] | None
"""Ids of the rows touched; None: any row of that kind may have changed."""


def _merge(a: Ids, b: Ids) -> Ids:
    return None if a is None or b is None else a | b


@dataclass(frozen=True)
class Changes:
    """One edit's description: the kinds it changed and, where known, which rows.

    The row ids let a table update those rows in place; a kind in ``kinds``
    whose ids are None means "reload it all" (an import, a restore, undoing
    many rows at once).
    """

    kinds: Change
    log_ids: Ids = None
    plan_ids: Ids = None  # items changed, or whose logged hours changed
    posting_ids: Ids = None

    def __post_init__(self) -> None:
        if not isinstance(self.kinds, Change):
            raise TypeError(f"Changes.kinds must be a Change, not {self.kinds!r}")

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds,
            _pick(self, other, Change.LOG, "log_ids"),
            _pick(self, other, Change.PLAN | Change.LOG, "plan_ids"),  # hours logged per item
            _pick(self, other, Change.POSTINGS, "posting_ids"),
        )

    def touches(self, kinds: Change) -> bool:
        return bool(self.kinds & kinds)

    def only(self, kinds: Change) -> bool:
        """True when nothing outside ``kinds`` changed."""
        return not self.kinds & ~kinds


def _pick(a: Changes, b: Changes, kind: Change, name: str) -> Ids:
    ids_a, ids_b = getattr(a, name), getattr(b, name)
    if not a.kinds & kind:
        return ids_b
    if not b.kinds & kind:
        return ids_a
    return _merge(ids_a, ids_b)


EVERYTHING = Changes(Change.ALL)
"""After an import, a restore or the first-run guide: every page reloads."""


def log_changed(*ids: int, plan_ids: Iterable[int | None] = ()) -> Changes:
    """Log entries ``ids`` changed, and with them the hours logged on ``plan_ids``."""
    items = frozenset(i for i in plan_ids if i is not None)
    return Changes(Change.LOG, log_ids=frozenset(ids), plan_ids=items)


def plan_changed(*ids: int, also: Change = Change.NONE, log_ids: Ids = frozenset()) -> Changes:
    kinds = Change.PLAN | also
    if log_ids:
        kinds |= Change.LOG
    return Changes(kinds, log_ids=log_ids, plan_ids=frozenset(ids))


def postings_changed(ids: Ids) -> Changes:
    return Changes(Change.POSTINGS, posting_ids=ids)
