"""``make bench`` stays out of the suite, but its code runs here on tiny data so it cannot rot."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT


@pytest.mark.slow
def test_the_benchmark_runs_on_one_year_of_data(tmp_path: Path) -> None:
    out = tmp_path / "bench-results"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(ROOT / "tools" / "bench"), "--years", "1", "--runs", "1"]
    result = subprocess.run(
        [*command, "--out", str(out)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    rows = {row["name"]: row for row in report["rows"]}
    broken = [row for row in rows.values() if row["status"] == "failed"]
    assert broken == []
    for name in (
        "Start-up to first painted window (--smoke)",
        "Floor: bare PySide6 window",
        "Floor: PySide6 window + SQLAlchemy query",
        "Start-up ÷ SQLAlchemy floor",
        "Peak memory, every page opened once",
    ):
        assert rows[name]["value"] > 0, name
    assert rows["Start-up ÷ SQLAlchemy floor"]["target"] == "≤ 1.25×"
    for row in rows.values():
        if row["status"] == "skipped":
            assert row["note"].startswith("not available yet: ")
        else:
            assert row["value"] is not None and row["status"] in {"ok", "missed", "info"}
    assert report["data"]["log_entries"] > 1000
    table = out.with_suffix(".md").read_text(encoding="utf-8")
    assert "| measurement | median | target | result | note |" in table
    assert "Start-up ÷ SQLAlchemy floor" in result.stdout
