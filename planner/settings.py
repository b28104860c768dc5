"""The user's settings: a small JSON file in the data folder, replaced atomically.

Atomic means: written to a temporary file in the same folder, flushed to disk,
then renamed over the old one, so a crash leaves either the old or the new
settings, never half of them. The file is hand-editable, so every value is
checked where it is read: one of the wrong type is ignored with a warning.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from planner.store.errors import StoreError
from planner.store.files import FileProblemError, atomic_write_bytes, read_bounded

log = logging.getLogger(__name__)

SETTINGS_FILENAME = "settings.json"
MAX_SETTINGS_BYTES = 1024 * 1024
BACKUP_FOLDER_SETTING = "backup.folder"

__all__ = [
    "BACKUP_FOLDER_SETTING",
    "SETTINGS_FILENAME",
    "Settings",
    "atomic_write_bytes",
    "chosen_backup_folder",
]


class Settings:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / SETTINGS_FILENAME
        self._values: dict[str, Any] = self._load()

    def _load(self) -> dict[str, Any]:
        if not self.path.exists():
            return {}
        try:
            values = json.loads(read_bounded(self.path, MAX_SETTINGS_BYTES).decode("utf-8"))
        except (FileProblemError, ValueError, RecursionError) as error:
            log.warning("Ignoring unreadable settings %s: %s", self.path, error)
            return {}
        return values if isinstance(values, dict) else {}

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def text(self, key: str) -> str | None:
        """A text setting, or None (with a warning) when the file holds something else."""
        value = self._values.get(key)
        if value is None or isinstance(value, str):
            return value
        log.warning("Ignoring the setting %s in %s: not text", key, self.path)
        return None

    def set(self, key: str, value: Any) -> None:
        if self._values.get(key) == value:
            return
        self._values[key] = value
        self.save()

    def update(self, values: dict[str, Any]) -> None:
        self._values.update(values)
        self.save()

    def save(self) -> None:
        try:
            data = json.dumps(self._values, indent=2, sort_keys=True).encode("utf-8")
            atomic_write_bytes(self.path, data)
        except (OSError, StoreError, TypeError, ValueError) as error:
            # Losing a window size is no reason to stop the user's work.
            log.warning("Could not save settings to %s: %s", self.path, error)


def chosen_backup_folder(data_dir: Path) -> Path:
    """The backup folder chosen in the settings, else ``DATA_DIR/backups``.

    The window and the command line read it here and hand it to the store.
    """
    from planner.store.safety import default_backup_dir  # only when a folder is asked for

    try:
        chosen = Settings(data_dir).text(BACKUP_FOLDER_SETTING) if data_dir.is_dir() else None
    except OSError:  # a folder we may not look into: opening it says what is wrong
        chosen = None
    if chosen and chosen.strip() and "\x00" not in chosen:
        return Path(chosen).expanduser()
    return default_backup_dir(data_dir)
