"""The user's settings: a small JSON file in the data folder, replaced atomically.

Atomic means: written to a temporary file in the same folder, flushed to disk,
then renamed over the old one, so a crash leaves either the old or the new
settings, never half of them.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SETTINGS_FILENAME = "settings.json"


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(temporary).unlink()
        raise


class Settings:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / SETTINGS_FILENAME
        self._values: dict[str, Any] = self._load()

    def _load(self) -> dict[str, Any]:
        try:
            values = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            log.warning("Ignoring unreadable settings %s: %s", self.path, error)
            return {}
        return values if isinstance(values, dict) else {}

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

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
        except OSError as error:
            # Losing a window size is no reason to stop the user's work.
            log.warning("Could not save settings to %s: %s", self.path, error)
