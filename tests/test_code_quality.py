"""The code stays ruff-clean and the widgets hold no SQL (the layer table: test_layers.py)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT

TARGETS = ["planner", "tests", "tools", "hatch_build.py"]


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff_is_clean(command: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *command, *TARGETS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_sql_in_widgets() -> None:
    offenders = []
    for path in sorted((ROOT / "planner" / "ui").rglob("*.py")):
        for name in imported_modules(path):
            if name.startswith(("sqlalchemy", "sqlite3", "planner.store.models")):
                offenders.append((path.relative_to(ROOT).as_posix(), name))
    assert offenders == []
