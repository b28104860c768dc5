"""Failing disks and hostile places: each command keeps its promise.

A full disk (a tiny tmpfs in a private mount namespace where the machine
allows one, and always SQLite's page limit), a read-only mount, folder and
database, folder names with ``?``, ``%``, ``#`` and spaces, a file where the
folder should be, a FIFO, and two writers at once. None needs root; the
read-only folder and database are made read-only by their owner (the
planner honours that even for the superuser, so these run as root in CI too).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_hostile_cli import assert_refused, fingerprint, run
from tests.helpers.paths import HELPERS, ROOT


def can_unshare() -> bool:
    if shutil.which("unshare") is None:
        return False
    done = subprocess.run(["unshare", "-rm", "true"], capture_output=True, timeout=30, check=False)
    return done.returncode == 0


@pytest.fixture
def small_data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    for minutes in ("20", "40"):
        assert run(["--data-dir", str(folder), "log", "add", "--minutes", minutes])[0] == 0
    (folder / "postings.csv").write_text("date,title\n2024-03-01,Analyst\n", encoding="utf-8")
    return folder


def environment() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


# -- a full disk ------------------------------------------------------------------------


@pytest.mark.skipif(not can_unshare(), reason="no private mount namespace here (unshare -rm)")
def test_a_full_small_file_system_is_a_full_disk_not_damage(
    small_data: Path, tmp_path: Path
) -> None:
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        [
            "unshare",
            "-rm",
            sys.executable,
            str(HELPERS / "small_disk.py"),
            str(mount),
            str(small_data),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=environment(),
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    full = results["full"]
    for command in ("log add", "postings import", "plan", "export", "backup"):
        assert full[command]["rc"] == 1, (command, full[command])
        assert "disk is full" in full[command]["err"], (command, full[command]["err"])
    for command, outcome in full.items():
        assert "Traceback" not in outcome["err"], (command, outcome["err"])
        assert "damaged" not in outcome["err"] + outcome["out"], (command, outcome)
        assert "restore" not in outcome["err"].lower(), (command, outcome["err"])
    assert full["log list"]["rc"] == 0, full["log list"]  # reading needs no space
    assert full["check"]["rc"] == 0, full["check"]
    assert not results["plan exists"] and not results["export exists"]
    assert results["leftovers"] == []
    assert results["freed"]["check"]["rc"] == 0, results["freed"]["check"]
    assert results["freed"]["log add"]["rc"] == 0, results["freed"]["log add"]


def test_sqlite_page_limit_is_a_full_disk(
    small_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where no small file system can be made: SQLite says SQLITE_FULL at its page limit."""
    from sqlalchemy import event

    import planner.store.database as database_module

    real = database_module.make_engine
    pages = (
        sqlite3.connect(small_data / "planner.sqlite3").execute("PRAGMA page_count").fetchone()[0]
    )

    def limited(path: Path, **options: object):
        engine = real(path, **options)

        @event.listens_for(engine, "connect")
        def _limit(connection, _record) -> None:
            connection.execute(f"PRAGMA max_page_count={pages}")

        return engine

    monkeypatch.setattr(database_module, "make_engine", limited)
    err = assert_refused(small_data, ["log", "add", "--minutes", "5", "--note", "x" * 20_000])
    assert "disk is full" in err and "damaged" not in err


def test_output_files_are_whole_or_absent_when_writing_fails(
    small_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from planner.store import files

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)
    for argv in (
        ["export", str(tmp_path / "all.json")],
        ["plan", "--pdf", str(tmp_path / "p.pdf")],
    ):
        err = assert_refused(small_data, argv)
        assert "disk is full" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


# -- read-only ----------------------------------------------------------------------------


READING = [["log", "list"], ["skills"], ["market", "--year", "2025"], ["check"], ["advise"]]


@pytest.mark.parametrize("what", ["folder", "database"])
def test_read_only_data_is_read_and_never_made_writable(
    what: str, small_data: Path, tmp_path: Path
) -> None:
    database = small_data / "planner.sqlite3"
    database.chmod(0o400)
    if what == "folder":
        small_data.chmod(0o500)
    try:
        before = fingerprint(small_data)
        for argv in READING:
            code, _out, err = run(["--data-dir", str(small_data), *argv])
            assert code == 0, (argv, err)
        code, _out, err = run(["--data-dir", str(small_data), "export", str(tmp_path / "a.json")])
        assert code == 0, err
        assert json.loads((tmp_path / "a.json").read_text())["tables"]["log_entries"]
        err = assert_refused(small_data, ["log", "add", "--minutes", "5"])
        expected = "You may not write to the data folder" if what == "folder" else "is read-only"
        assert expected in err
        err = assert_refused(small_data, ["postings", "import", str(small_data / "postings.csv")])
        assert "Commands that only read the data still work" in err
        assert fingerprint(small_data) == before
        assert stat.S_IMODE(database.stat().st_mode) == 0o400  # never made writable
    finally:
        small_data.chmod(0o700)
        database.chmod(0o600)


READ_ONLY_MOUNT = """
import json, subprocess, sys
folder = sys.argv[1]
subprocess.run(["mount", "--bind", folder, folder], check=True)
subprocess.run(["mount", "-o", "remount,bind,ro", folder], check=True)
out = {}
for name, args in json.loads(sys.argv[2]).items():
    done = subprocess.run([sys.executable, "-m", "planner", "--data-dir", folder, *args],
                          capture_output=True, text=True, timeout=120)
    out[name] = [done.returncode, done.stderr]
print(json.dumps(out))
"""


@pytest.mark.skipif(not can_unshare(), reason="no private mount namespace here (unshare -rm)")
def test_a_read_only_mount_is_read_and_writes_say_why(small_data: Path, tmp_path: Path) -> None:
    commands = {
        "log list": ["log", "list"],
        "check": ["check"],
        "export": ["export", str(tmp_path / "all.json")],
        "plan": ["plan", "--year", "2025", "--pdf", str(tmp_path / "plan.pdf")],
        "log add": ["log", "add", "--minutes", "5"],
    }
    before = fingerprint(small_data)
    done = subprocess.run(
        [
            "unshare",
            "-rm",
            sys.executable,
            "-c",
            READ_ONLY_MOUNT,
            str(small_data),
            json.dumps(commands),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=environment(),
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    for name in ("log list", "check", "export", "plan"):
        assert results[name][0] == 0, (name, results[name])
    assert results["log add"][0] == 1
    assert "read-only file system" in results["log add"][1]
    assert (tmp_path / "plan.pdf").stat().st_size > 1000
    assert fingerprint(small_data) == before


# -- paths --------------------------------------------------------------------------------------


def test_folder_names_with_question_marks_percent_hash_and_spaces(tmp_path: Path) -> None:
    folder = tmp_path / "what?x=1" / "100%20done #2 " / "data"
    assert run(["--data-dir", str(folder), "log", "add", "--minutes", "5"])[0] == 0
    assert (folder / "planner.sqlite3").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["what?x=1"]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for argv in (["check"], ["log", "list"], ["backup"], ["export", str(folder / "a #1%.json")]):
        code, _out, err = run(["--data-dir", str(folder), *argv])
        assert code == 0, (argv, err)


def test_each_unusable_data_folder_has_its_own_message(tmp_path: Path) -> None:
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x")
    holder = tmp_path / "holder"
    (holder / "planner.sqlite3").mkdir(parents=True)
    long_parts = tmp_path.joinpath(*["d" * 100] * 6)
    cases = {
        str(a_file): "is a file, not a folder",
        str(a_file / "sub"): "is a file, not a folder",
        str(holder): "is a folder where the database file should be",
        str(tmp_path / ("n" * 256)): "longer than 255 bytes",
        str(long_parts): "too long",
    }
    for folder, expected in cases.items():
        code, _out, err = run(["--data-dir", folder, "log", "list"])
        assert code == 1, (folder, err)
        assert expected in err, (folder, err)
        assert "Traceback" not in err and len(err.splitlines()) == 1


def _as_nobody(argv: list[str]) -> tuple[int, str]:
    """Run the CLI in a child process without privileges (root ignores permissions)."""
    if os.geteuid() != 0:
        code, _out, err = run(argv)
        return code, err
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read)
        try:
            os.setgid(65534)
            os.setuid(65534)
            code, _out, err = run(argv)
            os.write(write, json.dumps([code, err]).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    code, err = json.loads(data)
    return code, err


def test_a_folder_you_may_not_enter(tmp_path: Path) -> None:
    import tempfile

    run(["--data-dir", str(tmp_path / "warm"), "log", "list"])  # every module loaded before a fork
    base = Path(tempfile.mkdtemp(prefix="career-planner-locked-"))
    try:
        base.chmod(0o755)
        locked = base / "locked"
        locked.mkdir(mode=0o000)
        code, err = _as_nobody(["--data-dir", str(locked / "data"), "log", "list"])
        assert code == 1, err
        assert "You may not open the folder" in err and "Traceback" not in err
    finally:
        (base / "locked").chmod(0o700)
        shutil.rmtree(base)


# -- FIFOs and two writers ------------------------------------------------------------------------


def test_a_fifo_is_refused_at_once(small_data: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for args in (["postings", "import"], ["import", "--replace"], ["restore"]):
        done = subprocess.run(
            [sys.executable, "-m", "planner", "--data-dir", str(small_data), *args, str(fifo)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env=environment(),
        )
        assert done.returncode == 1, done.stderr
        assert str(fifo) in done.stderr and "Traceback" not in done.stderr


WRITER = """
import datetime as dt, sys
from pathlib import Path
from planner.domain.enums import LearningType
from planner.store.database import open_database
from planner.store.learning import LearningStore, LogEntryFields
database = open_database(Path(sys.argv[1]))
store = LearningStore(database)
for index in range(int(sys.argv[2])):
    store.add_entry(LogEntryFields(logged_on=dt.date(2024, 1, 1), minutes=1 + index % 50,
                    learning_type=LearningType.COURSE, skill_keys=(), learned=sys.argv[3]))
database.close()
"""


def test_two_writers_wait_their_turn(small_data: Path) -> None:
    count = 40
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(small_data), str(count), name],
            stderr=subprocess.PIPE,
            text=True,
            env=environment(),
        )
        for name in ("first", "second")
    ]
    errors = [writer.communicate(timeout=240)[1] for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0], errors
    with sqlite3.connect(small_data / "planner.sqlite3") as connection:
        rows = dict(
            connection.execute(
                "SELECT learned, count(*) FROM log_entries WHERE learned != '' GROUP BY learned"
            ).fetchall()
        )
    assert rows == {"first": count, "second": count}
