"""The README's Architecture tree lists every room of planner/ and nothing else."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLANNER = ROOT / "planner"
ENTRY = re.compile(r"^(?P<indent>(?:  )+)(?P<name>[a-z0-9_]+)/(?:\s|$)")


def readme_rooms(text: str) -> list[str]:
    """The folders drawn under ``planner/`` in the first code block after ### Architecture."""
    section = text.split("### Architecture", 1)[1]
    block = section.split("```", 2)[1]
    lines = block.splitlines()
    start = lines.index("planner/")
    rooms: list[str] = []
    stack: list[str] = []
    for line in lines[start + 1 :]:
        if line and not line.startswith(" "):
            break  # the next top-level folder (resources/ ...)
        match = ENTRY.match(line)
        if match is None:
            continue  # a line that goes on with the one above, or the top-level modules
        depth = len(match["indent"]) // 2
        if depth > len(stack) + 1:
            continue  # deeper than a child: text going on from the line above
        stack = [*stack[: depth - 1], match["name"]]
        rooms.append("/".join(stack))
    return rooms


def real_rooms() -> set[str]:
    return {
        path.parent.relative_to(PLANNER).as_posix()
        for path in PLANNER.rglob("*.py")
        if "__pycache__" not in path.parts and path.parent != PLANNER
    }


def test_readme_tree_matches_the_folders() -> None:
    drawn = readme_rooms((ROOT / "README.md").read_text(encoding="utf-8"))
    real = real_rooms()
    missing = sorted(real - set(drawn))
    extra = sorted(set(drawn) - real)
    assert missing == [], (
        "README.md's ### Architecture tree lacks these folders of planner/: "
        + ", ".join(f"{room}/" for room in missing)
        + ". Add one line each under its parent, two spaces deeper per level, e.g. "
        "'  demo/            the demo data generator and its texts per language' or "
        "'      direction/   the direction page, one module per tab' under '    pages/'."
    )
    assert extra == [], (
        "README.md's ### Architecture tree lists folders that planner/ does not have: "
        + ", ".join(f"{room}/" for room in extra)
    )
    assert len(drawn) == len(set(drawn)), "README.md's ### Architecture tree lists a folder twice"


def test_the_tree_reader_sees_nesting() -> None:
    text = (
        "### Architecture\n\n```\nplanner/\n  ui/   x\n    kit/  y\n"
        "          z/ goes on\n  cli/\nresources/\n  no/\n```\n"
    )
    assert readme_rooms(text) == ["ui", "ui/kit", "cli"]
