"""Where the files in ``resources/`` are, in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    installed = _PACKAGE / "resources"  # the wheel force-includes resources/ here
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"


def resource_path(name: str) -> Path:
    return resources_dir() / name
