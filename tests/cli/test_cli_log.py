"""`career-planner log add` and `log list`: output, translated errors, nothing written."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from planner.cli import main


def listed(data: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict]:
    capsys.readouterr()
    assert main(["--data-dir", str(data), "log", "list", "--format", "json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_add_and_list_in_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path)
    code = main(
        [
            "--data-dir", data, "log", "add", "--minutes", "45", "--date", "2025-05-06",
            "--type", "mentor", "--skill", "content_creation", "--skill", "reporting",
            "--note", "=cmd|' /C calc'!A0",
        ]
    )  # fmt: skip
    assert code == 0
    assert "45" in capsys.readouterr().out
    assert main(["--data-dir", data, "log", "add", "--minutes", "30"]) == 0
    rows = listed(tmp_path, capsys)
    assert [(r["date"], r["minutes"], r["type"]) for r in rows] == [
        (dt.date.today().isoformat(), 30, "job_project"),
        ("2025-05-06", 45, "mentor"),
    ]
    assert rows[1]["skills"] == ["content_creation", "reporting"]
    assert [r["minutes"] for r in listed(tmp_path, capsys, "--year", "2025")] == [45]

    assert main(["--data-dir", data, "--lang", "nb", "log", "list", "--format", "csv"]) == 0
    parsed = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert parsed[0][0] == "Dato"
    assert parsed[2][0] == "2025-05-06"
    assert parsed[2][6] == "'=cmd|' /C calc'!A0"

    assert main(["--data-dir", data, "--lang", "sw", "log", "list"]) == 0
    out = capsys.readouterr().out
    assert "Tarehe" in out and "06/05/2025" in out  # the locale's short date


@pytest.mark.parametrize(
    ("args", "language", "fragment"),
    [
        (["--minutes", "0"], "en", "1 to 1440"),
        (["--minutes", "1441"], "nb", "1440"),
        (["--minutes", "ten"], "sw", "1440"),
        (["--minutes", "30", "--type", "lecture"], "en", "Unknown learning type lecture"),
        (["--minutes", "30", "--type", "lecture"], "nb", "Ukjent læringstype"),
        (["--minutes", "30", "--date", "2025-02-30"], "nb", "ÅÅÅÅ-MM-DD"),
        (["--minutes", "30", "--date", "yesterday"], "en", "YYYY-MM-DD"),
        (["--minutes", "30", "--date", "2999-01-01"], "en", "future"),
        (["--minutes", "30", "--skill", "reporting", "--skill", "nope"], "sw", "nope"),
    ],
)
def test_bad_input_exits_1_with_a_translated_message_and_writes_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    language: str,
    fragment: str,
) -> None:
    code = main(["--data-dir", str(tmp_path), "--lang", language, "log", "add", *args])
    err = capsys.readouterr().err
    assert code == 1
    assert fragment in err
    assert err.count("\n") == 1
    assert listed(tmp_path, capsys) == []


def test_log_help_is_translated(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "sw", "log", "add", "--help"])
    out = capsys.readouterr().out
    assert "dakika zilizotumika" in out
    assert "minutes spent" not in out
