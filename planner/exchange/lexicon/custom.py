"""The person's own words: custom skills' names, and ``lexicon.toml`` in the data folder.

A custom skill is found by its own name in any language. A person can add
phrases for any skill, custom or from the catalogue, without touching the
installed files, in ``<data folder>/lexicon.toml``::

    [skills]
    tiktok_strategy = ["tiktok strategy", "tiktok-strategi", "mkakati wa tiktok"]
    link_building = ["lenkeoppdrag"]

A missing, unreadable or malformed file adds nothing.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path

from planner.store.errors import StoreError
from planner.store.files import read_bounded

FILE_NAME = "lexicon.toml"
MAX_FILE = 1_000_000


def custom_phrases(
    custom_names: Iterable[tuple[str, str | None]], data_dir: Path | None = None
) -> dict[str, list[str]]:
    """Extra phrases per skill key: each custom skill's name, then the data folder's file."""
    phrases: dict[str, list[str]] = {}
    for key, name in custom_names:
        if name and name.strip():
            phrases.setdefault(key, []).append(name.strip())
    path = data_dir / FILE_NAME if data_dir is not None else None
    if path is None or not path.is_file():
        return phrases
    try:
        data = tomllib.loads(read_bounded(path, MAX_FILE).decode("utf-8"))
    except (StoreError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return phrases
    skills = data.get("skills", {})
    if isinstance(skills, dict):
        for key, values in skills.items():
            if isinstance(values, list):
                phrases.setdefault(str(key), []).extend(str(v) for v in values if str(v).strip())
    return phrases
