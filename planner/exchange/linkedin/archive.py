"""The export's files, read from a ZIP or its unpacked folder with hard bounds.

Only the few CSV files the planner understands are read. A ZIP is refused
whole when a member name would escape the folder, when it holds too many
members, when a wanted file is too large (by its header and by what is
actually read) or compresses suspiciously well (a ZIP bomb), or when it is
damaged. A folder's files must be regular files inside the folder.
"""

from __future__ import annotations

import stat
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from planner.domain.os_errors import OsDetail
from planner.i18n.markers import N_
from planner.store.errors import ValidationError

WANTED: tuple[str, ...] = (
    "skills.csv",
    "certifications.csv",
    "education.csv",
    "positions.csv",
    "learning.csv",
)
MAX_FILE_BYTES = 5 * 1024 * 1024  # one CSV; a real Learning.csv is a few hundred kB
MAX_TOTAL_BYTES = 20 * 1024 * 1024  # all wanted files together
MAX_RATIO = 100  # uncompressed / compressed, for members over RATIO_FLOOR
RATIO_FLOOR = 64 * 1024
MAX_MEMBERS = 20_000
MAX_DEPTH = 3  # Skills.csv, Export_2024-05-01/Skills.csv, one more level at most
CHUNK = 64 * 1024


class ExportError(ValidationError):
    """A path that cannot be imported; the message names it and says why."""


def _error(template: str, path: Path | str, **params: object) -> ExportError:
    return ExportError(template, name=Path(str(path)).name or str(path), **params)


NOT_EXPORT = N_(
    "{name} is not a LinkedIn data export: none of Skills.csv, Certifications.csv, "
    "Education.csv, Positions.csv or Learning.csv is in it. Nothing was imported."
)
BROKEN_ZIP = N_("{name} is damaged or not a ZIP file. Nothing was imported.")
UNSAFE_NAME = N_(
    "{name} holds a file whose name leads outside the folder ({member}). Nothing was imported."
)
TOO_LARGE = N_(
    "{member} in {name} is larger than {limit} MB; that is not a LinkedIn export. "
    "Nothing was imported."
)
TOO_LARGE_TOTAL = N_(
    "The files in {name} are larger than {limit} MB together. Nothing was imported."
)
BOMB = N_(
    "{member} in {name} unpacks to far more than it takes in the ZIP (a ZIP bomb?). "
    "Nothing was imported."
)
TOO_MANY = N_("{name} holds more than {limit} files. Nothing was imported.")
ENCRYPTED = N_("{member} in {name} is protected by a password. Nothing was imported.")
NOT_TEXT = N_("{member} in {name} is not UTF-8 text. Nothing was imported.")
UNREADABLE = N_("{name} cannot be read: {detail}")
MISSING = N_("{name} does not exist.")


@dataclass(frozen=True)
class ExportFiles:
    """The text of each wanted file found (keys from :data:`WANTED`), by name as found."""

    texts: dict[str, str]
    names: dict[str, str]  # wanted key -> the member or file name as it was found


def read_export(path: Path) -> ExportFiles:
    """The wanted files of the export at ``path`` (a ZIP file or a folder)."""
    try:
        if path.is_dir():
            return _read_folder(path)
        if not path.exists():
            raise _error(MISSING, path)
        if not zipfile.is_zipfile(path):
            raise _error(NOT_EXPORT if path.suffix.lower() != ".zip" else BROKEN_ZIP, path)
        return _read_zip(path)
    except OSError as error:
        raise _error(UNREADABLE, path, detail=OsDetail(error)) from error


# -- choosing the files ------------------------------------------------------


def _choose(names: Iterable[str]) -> dict[str, str]:
    """For each wanted file, the shallowest name that ends in it (any case)."""
    chosen: dict[str, tuple[int, str]] = {}
    for name in names:
        parts = PurePosixPath(name).parts
        if not parts or len(parts) > MAX_DEPTH:
            continue
        key = parts[-1].casefold()
        if key in WANTED and (key not in chosen or len(parts) < chosen[key][0]):
            chosen[key] = (len(parts), name)
    return {key: name for key, (_depth, name) in chosen.items()}


def _decode(data: bytes, member: str, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _error(NOT_TEXT, path, member=member) from None


def _read_bounded(stream: BinaryIO, member: str, path: Path, budget: int) -> bytes:
    """Read at most MAX_FILE_BYTES (and the remaining total budget), whatever headers say."""
    limit = min(MAX_FILE_BYTES, budget)
    parts: list[bytes] = []
    size = 0
    while chunk := stream.read(CHUNK):
        size += len(chunk)
        if size > limit:
            if limit < MAX_FILE_BYTES:
                raise _error(TOO_LARGE_TOTAL, path, limit=MAX_TOTAL_BYTES // 2**20)
            raise _error(TOO_LARGE, path, member=member, limit=MAX_FILE_BYTES // 2**20)
        parts.append(chunk)
    return b"".join(parts)


# -- ZIP ---------------------------------------------------------------------


def _unsafe(name: str) -> bool:
    if (
        "\\" in name
        or "\x00" in name
        or name.startswith("/")
        or ":" in name.split("/", maxsplit=1)[0]
    ):
        return True
    return ".." in PurePosixPath(name).parts


def _read_zip(path: Path) -> ExportFiles:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_MEMBERS:
                raise _error(TOO_MANY, path, limit=MAX_MEMBERS)
            for info in infos:
                if _unsafe(info.filename):
                    raise _error(UNSAFE_NAME, path, member=info.filename)
            files = {info.filename: info for info in infos if not info.is_dir()}
            chosen = _choose(files)
            if not chosen:
                raise _error(NOT_EXPORT, path)
            texts: dict[str, str] = {}
            budget = MAX_TOTAL_BYTES
            for key, member in chosen.items():
                info = files[member]
                _check_member(info, path)
                with archive.open(info) as stream:
                    data = _read_bounded(stream, member, path, budget)
                budget -= len(data)
                texts[key] = _decode(data, member, path)
            return ExportFiles(texts, chosen)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
    ) as error:
        raise _error(BROKEN_ZIP, path) from error


def _check_member(info: zipfile.ZipInfo, path: Path) -> None:
    if info.flag_bits & 0x1:
        raise _error(ENCRYPTED, path, member=info.filename)
    if info.file_size > MAX_FILE_BYTES:
        raise _error(TOO_LARGE, path, member=info.filename, limit=MAX_FILE_BYTES // 2**20)
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise _error(BOMB, path, member=info.filename)


# -- folder ------------------------------------------------------------------


def _folder_names(folder: Path) -> list[str]:
    names: list[str] = []
    level = [folder]
    for depth in range(1, MAX_DEPTH + 1):
        following: list[Path] = []
        for directory in level:
            for child in sorted(directory.iterdir()):
                if child.is_symlink():
                    continue  # never followed: it could lead anywhere
                if child.is_dir():
                    following.append(child)
                else:
                    names.append(child.relative_to(folder).as_posix())
                if len(names) > MAX_MEMBERS:
                    raise _error(TOO_MANY, folder, limit=MAX_MEMBERS)
        level = following if depth < MAX_DEPTH else []
    return names


def _read_folder(folder: Path) -> ExportFiles:
    chosen = _choose(_folder_names(folder))
    if not chosen:
        raise _error(NOT_EXPORT, folder)
    root = folder.resolve()
    texts: dict[str, str] = {}
    budget = MAX_TOTAL_BYTES
    for key, name in chosen.items():
        file_path = folder / name
        resolved = file_path.resolve()
        if not resolved.is_relative_to(root):
            raise _error(UNSAFE_NAME, folder, member=name)
        info = file_path.lstat()
        if not stat.S_ISREG(info.st_mode):
            continue
        if info.st_size > MAX_FILE_BYTES:
            raise _error(TOO_LARGE, folder, member=name, limit=MAX_FILE_BYTES // 2**20)
        with file_path.open("rb") as stream:
            data = _read_bounded(stream, name, folder, budget)
        budget -= len(data)
        texts[key] = _decode(data, name, folder)
    return ExportFiles(texts, chosen)
