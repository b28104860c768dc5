"""What every page and dialog shares: the stores, the settings, undo and change events."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.settings import Settings
from planner.store.database import Database
from planner.store.skills import SkillStore
from planner.ui.changes import Changes
from planner.ui.kit.tasks import Tasks


class DataEvents(QObject):
    """Tells pages what stored data changed, as one typed :class:`Changes` per edit."""

    changed = Signal(object)

    def announce(self, changes: Changes) -> None:
        if not isinstance(changes, Changes):
            raise TypeError(f"announce() takes Changes, not {changes!r}")
        self.changed.emit(changes)


@dataclass
class AppContext:
    data_dir: Path
    database: Database
    settings: Settings
    undo_stack: QUndoStack
    events: DataEvents = field(default_factory=DataEvents)
    tasks: Tasks = field(default_factory=Tasks)

    @property
    def skills(self) -> SkillStore:
        return SkillStore(self.database)
