"""Every command's error paths in nb and sw: no English outside command and option names.

The detector knows English as the words of our own msgids that the language's
translations never use (so "data", "SEO" or "CSV" are not English there),
plus the words of argparse's and the C library's messages.
"""

from __future__ import annotations

import contextlib
import io
import re
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from planner.cli import main
from tests.helpers.paths import ROOT

WORD = re.compile(r"[A-Za-zÆØÅæøå]{3,}")
SYSTEM_ENGLISH = {
    "int", "invalid", "value", "choice", "choose", "required", "expected", "argument",
    "arguments", "unrecognized", "such", "directory", "permission", "denied", "space",
    "left", "device", "read", "only", "file", "system", "exists", "name", "too", "long",
    "error", "usage",
}  # fmt: skip
COMMANDS = {
    "career", "planner", "skills", "advise", "log", "add", "list", "postings", "import",
    "market", "backup", "restore", "check", "export", "plan", "calendar", "demo", "pdf",
    "year", "minutes", "date", "type", "skill", "note", "format", "replace", "seed", "lang",
    "data", "dir", "json", "csv", "ics", "text", "table", "help", "version", "smoke", "years",
}  # fmt: skip


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


@cache
def english_words(language: str) -> frozenset[str]:
    """Words of our msgids that the ``language`` catalog's translations do not use."""
    with (ROOT / "translations" / language / "LC_MESSAGES" / "messages.po").open("rb") as f:
        catalog = read_po(f, locale=language)
    english: set[str] = set(SYSTEM_ENGLISH)
    translated: set[str] = set()
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strs = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in ids:
            english |= words(re.sub(r"\{[a-z_]+\}|%\(?[a-z_]*\)?[sdr]", " ", text))
        for text in strs:
            translated |= words(text)
    return frozenset(english - translated - COMMANDS)


def run(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exited:
            code = exited.code if isinstance(exited.code, int) else 2
    return code, out.getvalue() + err.getvalue()


def error_paths(tmp_path: Path) -> list[list[str]]:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    missing = str(tmp_path / "nowhere" / "x.json")
    return [
        ["frobnicate"],
        ["--bogus"],
        ["calendar", "--year", "abc"],
        ["calendar", "--ics", str(folder)],
        ["demo", "--seed", "x"],
        ["log"],
        ["log", "add"],
        ["log", "add", "--minutes", "abc"],
        ["log", "add", "--minutes", "30", "--date", "2026-13-40"],
        ["log", "add", "--minutes", "30", "--type", "dreaming"],
        ["log", "add", "--minutes", "30", "--skill", "no_such_skill"],
        ["log", "list", "--format", "xml"],
        ["log", "list", "--year", "12"],
        ["skills", "--unknown"],
        ["postings", "import", missing],
        ["postings", "import", str(folder / "none.csv")],
        ["postings", "list", "--year"],
        ["market", "--year", "x"],
        ["restore", missing],
        ["restore", str(plain)],
        ["import", missing],
        ["import", str(folder)],
        ["import", str(plain)],
        ["export", missing],
        ["export", str(folder)],
        ["plan"],
        ["plan", "--pdf", missing],
        ["plan", "--pdf", str(plain / "x.pdf")],
        ["check", "extra"],
        ["backup", "--now"],
    ]


@cache
def keys() -> frozenset[str]:
    """The keys a message may list (learning types, areas, skills): names, not English."""
    from enum import Enum

    from planner.domain import catalogue, enums

    found: set[str] = set()
    for value in vars(enums).values():
        if isinstance(value, type) and issubclass(value, Enum):
            found |= {str(member.value) for member in value}
    book = catalogue.default_catalogue()
    found |= {*book.area_keys, *(skill.key for skill in book.skills)}
    return frozenset(w for key in found for w in words(key.replace("_", " ")))


def english_in(text: str, argv: list[str], language: str, tmp_path: Path) -> set[str]:
    typed = words(" ".join(argv)) | words(str(tmp_path)) | keys()
    usage = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("["))
    usage = re.sub(r"--?[a-z][a-z-]*|\{[a-z,]+\}|[a-z]+_[a-z_]+|\S*/\S*", " ", usage)
    return words(usage) & english_words(language) - typed


@pytest.mark.parametrize("language", ["nb", "sw"])
def test_every_error_path_speaks_the_language(tmp_path: Path, language: str) -> None:
    data = tmp_path / "data"
    assert run(["--data-dir", str(data), "demo", "--years", "1"])[0] == 0
    problems = []
    for argv in error_paths(tmp_path):
        code, text = run(["--data-dir", str(data), "--lang", language, *argv])
        assert code in (1, 2), (argv, code, text)
        found = english_in(text, argv, language, tmp_path)
        if found:
            problems.append((argv, sorted(found), text.strip().splitlines()[-1]))
    assert problems == []


def test_the_detector_finds_english() -> None:
    english = english_words("nb")
    assert {"int", "invalid", "directory", "rows", "exported"} <= english
    assert "data" not in english
    assert english_in("career-planner: Kunne ikke: No such file or directory", [], "nb", Path("/x"))


@pytest.mark.parametrize(("language", "expected"), [("nb", "17\u00a0780"), ("sw", "17,780")])
def test_counts_and_dates_use_the_locale(tmp_path: Path, language: str, expected: str) -> None:
    from planner.i18n import set_language
    from planner.i18n.formatting import format_number

    set_language(language)
    assert format_number(17780) == expected
    data = tmp_path / "data"
    argv = ["log", "add", "--minutes", "1200", "--date", "2026-03-04"]
    code, text = run(["--data-dir", str(data), "--lang", language, *argv])
    assert code == 0, text
    assert "2026-03-04" not in text
    assert format_number(1200) in text


OS_ERRNOS = ("ENOENT", "EACCES", "EPERM", "ENOSPC", "EISDIR", "ENOTDIR", "EEXIST", "EROFS",
             "ENAMETOOLONG", "EIO", "EDQUOT", "ENOTEMPTY", "EXDEV", "EPROTO")  # fmt: skip


@pytest.mark.parametrize("language", ["nb", "sw"])
@pytest.mark.parametrize("name", OS_ERRNOS)
def test_operating_system_errors_are_translated(language: str, name: str) -> None:
    import errno
    import os

    from planner.domain.os_errors import OsDetail
    from planner.i18n import _, set_language
    from planner.store.files import FileProblemError, describe_os_error

    number = getattr(errno, name)
    error = OSError(number, os.strerror(number), "/tmp/x")
    set_language(language)
    detail = OsDetail(error).translated(_)
    assert os.strerror(number) not in detail
    assert english_in(detail, [], language, Path("/tmp")) == set(), detail
    problem = FileProblemError(
        "The file {path} could not be read: {detail}",
        path="/tmp/x",
        detail=describe_os_error(error),
    )
    message = problem.message(_)
    assert detail in message, message
    assert english_in(message, [], language, Path("/tmp")) == set(), message


def stdlib_argparse_messages() -> set[str]:
    import argparse
    import inspect

    source = inspect.getsource(argparse)
    found = {m[1] for m in re.findall(r"_\((['\"])(.*?)\1\)", source)}
    found = {m.replace("\\n", "\n") for m in found}
    found |= {m[1] for m in re.findall(r"ngettext\((['\"])(.*?)\1", source)}
    return found


def test_every_argparse_message_is_in_our_catalog_and_translated() -> None:
    from planner.cli.argparse_strings import ARGPARSE_DEVELOPER_MESSAGES, ARGPARSE_MESSAGES

    ours = set(ARGPARSE_MESSAGES) | {"expected %s argument"}
    assert stdlib_argparse_messages() - set(ARGPARSE_DEVELOPER_MESSAGES) <= ours
    assert ours <= stdlib_argparse_messages()  # our msgids match the library's exactly
    for language in ("nb", "sw"):
        with (ROOT / "translations" / language / "LC_MESSAGES" / "messages.po").open("rb") as f:
            catalog = read_po(f, locale=language)
        for msgid in ours:
            message = catalog.get(msgid)
            assert message is not None, msgid
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            assert all(s and s != msgid for s in strings), (language, msgid)
