"""The command-line contract: help, version, languages, exit statuses, --smoke."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner import __version__
from planner.cli import main


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    environment.pop("CAREER_PLANNER_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "show this help"), ("nb", "vis denne hjelpe"), ("sw", "onyesha ujumbe huu wa msaada")],
)
def test_help_is_translated(
    language: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--lang", language, "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out.lower()
    assert expected in out
    if language != "en":
        assert "show this help" not in out
        assert "usage:" not in out


def test_usage_error_exits_2_with_a_translated_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--lang", "nb", "no-such-command"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice" not in err
    assert "no-such-command" in err


def test_data_dir_option_and_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from planner.paths import resolve_data_dir

    assert resolve_data_dir(str(tmp_path / "a"), {}) == tmp_path / "a"
    assert (
        resolve_data_dir(None, {"CAREER_PLANNER_DATA_DIR": str(tmp_path / "b")}) == tmp_path / "b"
    )
    assert resolve_data_dir(str(tmp_path / "a"), {"CAREER_PLANNER_DATA_DIR": "x"}) == tmp_path / "a"
    assert main(["--data-dir", str(tmp_path / "c"), "skills", "--format", "json"]) == 0
    assert '"technical_seo"' in capsys.readouterr().out


def test_skills_listing_is_translated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "--lang", "sw", "skills"]) == 0
    out = capsys.readouterr().out
    assert "Ujuzi" in out
    assert "Link building" not in out


def test_a_data_error_exits_1_with_one_line(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "planner.sqlite3").write_text("not a database")
    result = run_cli("--data-dir", str(data_dir), "--lang", "nb", "skills")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("language", ["en", "nb", "sw"])
def test_smoke_opens_the_window_on_an_empty_folder(tmp_path: Path, language: str) -> None:
    result = run_cli("--smoke", "--lang", language, "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "planner.sqlite3").exists()


def test_remembered_language_is_used_by_the_cli(tmp_path: Path) -> None:
    from planner.cli import choose_language
    from planner.settings import Settings

    Settings(tmp_path).set("language", "sw")
    assert choose_language(None, str(tmp_path)) == "sw"
    assert choose_language("nb", str(tmp_path)) == "nb"


def test_second_start_on_the_same_folder_is_refused(tmp_path: Path, qtbot) -> None:
    from planner.ui.shell.single_instance import InstanceGuard

    data_dir = tmp_path / "data"
    first = run_cli("--smoke", "--data-dir", str(data_dir))
    assert first.returncode == 0
    database = data_dir / "planner.sqlite3"
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    guard = InstanceGuard(data_dir)
    assert guard.acquire()
    with qtbot.waitSignal(guard.raise_requested, timeout=10_000):
        second = run_cli("--lang", "nb", "--data-dir", str(data_dir))
    guard.release()
    assert second.returncode == 1
    assert "allerede åpen" in second.stderr
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    code = (
        "import os, signal, sys; from pathlib import Path;"
        "from planner.ui.shell.single_instance import InstanceGuard;"
        f"g = InstanceGuard(Path({str(data_dir)!r})); assert g.acquire();"
        "os.kill(os.getpid(), signal.SIGKILL)"
    )
    data_dir.mkdir()
    subprocess.run([sys.executable, "-c", code], check=False, timeout=60)
    assert (data_dir / "planner.lock").exists()
    result = run_cli("--smoke", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr


def test_missing_display_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.ui.shell import platform_check

    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    assert "DISPLAY" in (platform_check.check_display() or "")


def test_missing_xcb_libraries_name_the_debian_packages() -> None:
    from planner.ui.shell.platform_check import debian_packages, missing_libraries

    ldd = (
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibxkbcommon-x11.so.0 => not found\n"
        "\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x0001)\n"
    )
    libraries = missing_libraries(ldd)
    assert libraries == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]
    assert debian_packages(libraries) == ["libxcb-cursor0", "libxkbcommon-x11-0"]
