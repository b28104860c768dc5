"""Proof that nothing is lost: kill -9 during writes, backups taken during writes.

The harness (``helpers/kill_harness.py``) forks a writer per round and kills it
at a random moment; see its docstring. ``make stress`` runs many more rounds
(``CAREER_PLANNER_STRESS_KILLS``).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from planner.store.database import database_path, open_database
from planner.store.safety import back_up, restore_backup, verify_backup
from planner.store.transfer import export_document
from tests.helpers.kill_harness import check
from tests.helpers.paths import HELPERS

HARNESS = HELPERS / "kill_harness.py"
KILLS = int(os.environ.get("CAREER_PLANNER_STRESS_KILLS", "44"))

pytestmark = pytest.mark.slow


def run_harness(data_dir: Path, kills: int, seed: int, *extra: str) -> dict:
    result = subprocess.run(
        [sys.executable, str(HARNESS), str(data_dir), str(kills), str(seed), *extra],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"kill harness {extra or ''}: {summary}")
    return summary


def test_kill_9_during_writes_loses_nothing_acknowledged(tmp_path: Path) -> None:
    summary = run_harness(tmp_path / "data", KILLS, 20261123)
    assert summary["first_problem"] == ""
    assert summary["kills"] == KILLS >= 40
    assert summary["lost"] == 0
    assert summary["damaged_rounds"] == 0
    assert summary["acknowledged"] >= KILLS  # the writer really was writing when it died
    assert summary["checked"] >= summary["acknowledged"]


def test_the_harness_catches_damage_when_the_journal_is_off(tmp_path: Path) -> None:
    summary = run_harness(tmp_path / "data", 80, 7, "--unsafe")
    assert summary["damaged_rounds"] >= 1, "with journal_mode=OFF a kill must show up"
    assert summary["first_problem"]


def test_a_backup_taken_while_another_process_writes_is_consistent_and_restores(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    open_database(data_dir).close()
    writer = subprocess.Popen(
        [sys.executable, str(HARNESS), str(data_dir), "write"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    backups = []
    try:
        assert writer.stdout is not None
        acknowledged = 0
        for _number in range(6):
            for _line in range(3):  # let it write a little more between backups
                assert writer.stdout.readline(), writer.stderr.read() if writer.stderr else ""
                acknowledged += 1
            backups.append(back_up(database_path(data_dir), tmp_path / "backups", "manual"))
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        if writer.stdout:
            writer.stdout.close()
        if writer.stderr:
            writer.stderr.close()
    assert acknowledged == 18
    sizes = set()
    for info in backups:
        verify_backup(info.path)  # integrity_check ok, no broken references
        assert check(info.path, set(), set()) == []  # no write half there
        sizes.add(info.path.stat().st_size)
    assert len(sizes) > 1, "the writer kept writing between backups"

    # Restore the last backup over the live data; it must come back exactly.
    newest = backups[-1].path
    expected_dir = tmp_path / "expected"
    expected_dir.mkdir(mode=0o700)
    shutil.copy(newest, database_path(expected_dir))
    expected_db = open_database(expected_dir)
    expected = export_document(expected_db)
    expected_db.close()
    result = restore_backup(database_path(data_dir), newest, tmp_path / "backups")
    assert result.previous_backup is not None
    restored_db = open_database(data_dir)
    try:
        assert export_document(restored_db) == expected
        assert len(expected["tables"]["assessments"]) >= 6
    finally:
        restored_db.close()
