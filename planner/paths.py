"""Where the user's data lives: ``--data-dir``, then the environment, then the platform default."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

ENV_DATA_DIR = "CAREER_PLANNER_DATA_DIR"
APP_DIRNAME = "career-planner"


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_DIRNAME, appauthor=False, roaming=True)


def resolve_data_dir(option: str | None, environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    chosen = option or env.get(ENV_DATA_DIR) or None
    path = Path(chosen).expanduser() if chosen else default_data_dir()
    return path.absolute()
