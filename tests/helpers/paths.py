"""The checkout's folders, the same from every depth of ``tests/``."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
HELPERS = TESTS / "helpers"
FIXTURES = TESTS / "fixtures"
TOOLS = ROOT / "tools"


def fixture(*parts: str) -> Path:
    """A file or folder under ``tests/fixtures``."""
    return FIXTURES.joinpath(*parts)
