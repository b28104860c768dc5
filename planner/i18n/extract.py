"""A Babel extractor for the catalogue data file: area, skill and description texts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any


def extract_catalogue(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, str, list[str]]]:
    data = json.load(fileobj)
    for area in data["areas"]:
        yield 0, "", area["name"], [f"area {area['key']}"]
        yield 0, "", area["description"], [f"area {area['key']} description"]
        for skill in area["skills"]:
            yield 0, "", skill["name"], [f"skill {skill['key']}"]
