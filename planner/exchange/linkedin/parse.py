"""The export's CSV files as records, every oddity of real exports handled.

A file may start with a byte-order mark and a ``Notes:`` preamble of several
lines before its header row; header and file names vary in case; a trailing
empty column is common; a file may be absent or empty. Rows that cannot be
used are kept as :class:`Skipped` with the reason, for the review.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from planner.exchange.linkedin.archive import ExportFiles
from planner.exchange.linkedin.dates import Period, parse_period
from planner.i18n.markers import N_

DELETED_COURSE = "content metadata no longer exists"
MAX_ROWS = 20_000  # per file; a real export has hundreds at most

# Wanted key -> (canonical column -> header as LinkedIn writes it, lower case).
COLUMNS: dict[str, dict[str, str]] = {
    "skills.csv": {"name": "name"},
    "certifications.csv": {
        "name": "name",
        "url": "url",
        "authority": "authority",
        "started": "started on",
        "finished": "finished on",
        "license": "license number",
    },
    "education.csv": {
        "school": "school name",
        "start": "start date",
        "end": "end date",
        "notes": "notes",
        "degree": "degree name",
        "activities": "activities",
    },
    "positions.csv": {
        "company": "company name",
        "title": "title",
        "description": "description",
        "location": "location",
        "started": "started on",
        "finished": "finished on",
    },
    "learning.csv": {
        "title": "content title",
        "description": "content description",
        "type": "content type",
        "watched": "content last watched date (if viewed)",
        "completed": "content completed at (if completed)",
        "saved": "content saved",
        "notes": "notes taken on videos (if taken)",
    },
}
# The columns that identify a file's header row (the preamble never has them all).
REQUIRED: dict[str, tuple[str, ...]] = {
    "skills.csv": ("name",),
    "certifications.csv": ("name", "authority"),
    "education.csv": ("school",),
    "positions.csv": ("company", "title"),
    "learning.csv": ("title", "completed"),
}

SKIP_DELETED = N_("The course no longer exists on LinkedIn Learning.")
SKIP_NO_NAME = N_("The row has no name.")
SKIP_BAD_DATE = N_("The date “{date}” is not understood.")
SKIP_NOT_FINISHED = N_("Watched, but neither finished nor saved.")
SKIP_VIDEO = N_("A single video, not a course.")
SKIP_TWICE = N_("It is in the export more than once.")
SKIP_LINK = N_("The link was left out: only http and https links are kept.")
SKIP_NO_HEADER = N_("The file has no header row with the expected columns.")
SKIP_TOO_MANY = N_("The file has more than {limit} rows; the rest were not read.")


@dataclass(frozen=True)
class Skipped:
    """Something in the export that is not imported (or not whole), and why."""

    file: str  # the name as found in the export
    line: int  # 0: the file as a whole
    what: str  # the export's own text (a title, a name), shown as plain text
    reason: str  # N_-marked template
    params: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Certification:
    name: str
    url: str
    authority: str
    started: Period | None
    finished: Period | None
    line: int


@dataclass(frozen=True)
class Degree:
    school: str
    degree: str
    start: Period | None
    end: Period | None
    notes: str
    line: int


@dataclass(frozen=True)
class Position:
    company: str
    title: str
    started: Period | None
    finished: Period | None
    line: int


@dataclass(frozen=True)
class Course:
    title: str
    completed: Period | None
    saved: bool
    line: int


@dataclass(frozen=True)
class LinkedInExport:
    files: Mapping[str, str]  # wanted key -> file name as found (without its folder)
    skills: tuple[tuple[str, int], ...] = ()  # (name, line)
    certifications: tuple[Certification, ...] = ()
    degrees: tuple[Degree, ...] = ()
    positions: tuple[Position, ...] = ()
    courses: tuple[Course, ...] = ()
    skipped: tuple[Skipped, ...] = ()


def _norm(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").split()).casefold()


def rows(key: str, text: str, name: str, skipped: list[Skipped]) -> Iterator[tuple[int, dict]]:
    """``(line, {canonical column: text})`` for every non-empty row after the header row."""
    wanted = {header: column for column, header in COLUMNS[key].items()}
    required = REQUIRED[key]
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    index: dict[str, int] | None = None
    count = 0
    for cells in reader:
        if index is None:
            found = {wanted[_norm(c)]: i for i, c in enumerate(cells) if _norm(c) in wanted}
            if all(column in found for column in required):
                index = found
            continue
        if not any(cell.strip() for cell in cells):
            continue
        count += 1
        if count > MAX_ROWS:
            skipped.append(Skipped(name, 0, "", SKIP_TOO_MANY, {"limit": str(MAX_ROWS)}))
            return
        yield (
            reader.line_num,
            {
                column: " ".join(cells[i].split()) if i < len(cells) else ""
                for column, i in index.items()
            },
        )
    if index is None and text.strip():
        skipped.append(Skipped(name, 0, "", SKIP_NO_HEADER))


class _Reader:
    """Reads the files of one export, collecting what it skips."""

    def __init__(self, files: ExportFiles) -> None:
        self.texts = files.texts
        self.names = {key: PurePosixPath(name).name for key, name in files.names.items()}
        self.skipped: list[Skipped] = []

    def rows(self, key: str) -> Iterator[tuple[int, dict]]:
        if key in self.texts:
            yield from rows(key, self.texts[key], self.names[key], self.skipped)

    def skip(self, key: str, line: int, what: str, reason: str, **params: str) -> None:
        self.skipped.append(Skipped(self.names.get(key, ""), line, what, reason, params))

    def dated(
        self, key: str, columns: tuple[str, ...], name_of: Callable[[dict], str]
    ) -> Iterator[tuple]:
        """``(line, row, *periods)`` for each named row. A row whose date is not
        understood is skipped whole: it is never imported with a guess."""
        for line, row in self.rows(key):
            name = name_of(row)
            if not name:
                self.skip(key, line, "", SKIP_NO_NAME)
                continue
            periods = [parse_period(row.get(column, "")) for column in columns]
            bad = [row[c] for c, p in zip(columns, periods, strict=True) if row.get(c) and not p]
            if bad:
                self.skip(key, line, name, SKIP_BAD_DATE, date=bad[0])
                continue
            yield line, row, *periods

    def certifications(self) -> tuple[Certification, ...]:
        rows = self.dated("certifications.csv", ("started", "finished"), lambda r: r["name"])
        return tuple(
            Certification(row["name"], row.get("url", ""), row.get("authority", ""), *dates, line)
            for line, row, *dates in rows
        )

    def degrees(self) -> tuple[Degree, ...]:
        rows = self.dated(
            "education.csv", ("start", "end"), lambda r: r.get("degree") or r.get("school", "")
        )
        return tuple(
            Degree(row.get("school", ""), row.get("degree", ""), *dates, row.get("notes", ""), line)
            for line, row, *dates in rows
        )

    def positions(self) -> tuple[Position, ...]:
        rows = self.dated(
            "positions.csv", ("started", "finished"), lambda r: r.get("title") or r.get("company")
        )
        return tuple(
            Position(row.get("company", ""), row.get("title", ""), *dates, line)
            for line, row, *dates in rows
        )


def parse_export(files: ExportFiles) -> LinkedInExport:
    reader = _Reader(files)
    names = reader.names
    skills = tuple(_skills(reader.rows("skills.csv"), names.get("skills.csv", ""), reader.skipped))
    certifications = reader.certifications()
    degrees = reader.degrees()
    positions = reader.positions()
    courses = tuple(
        _courses(reader.rows("learning.csv"), names.get("learning.csv", ""), reader.skipped)
    )
    return LinkedInExport(
        files=dict(names),
        skills=skills,
        certifications=certifications,
        degrees=degrees,
        positions=positions,
        courses=courses,
        skipped=tuple(reader.skipped),
    )


def _skills(
    source: Iterator[tuple[int, dict]], name: str, skipped: list[Skipped]
) -> Iterator[tuple[str, int]]:
    seen: set[str] = set()
    for line, row in source:
        skill = row.get("name", "")
        if not skill:
            continue
        if skill.casefold() in seen:
            skipped.append(Skipped(name, line, skill, SKIP_TWICE))
            continue
        seen.add(skill.casefold())
        yield skill, line


def _courses(
    source: Iterator[tuple[int, dict]], name: str, skipped: list[Skipped]
) -> Iterator[Course]:
    for line, row in source:
        title = row.get("title", "")
        if not title:
            skipped.append(Skipped(name, line, "", SKIP_NO_NAME))
            continue
        if title.casefold().startswith(DELETED_COURSE):
            skipped.append(Skipped(name, line, title, SKIP_DELETED))
            continue
        if row.get("type", "").casefold() == "video":
            skipped.append(Skipped(name, line, title, SKIP_VIDEO))
            continue
        completed_text = row.get("completed", "")
        completed = parse_period(completed_text)
        if completed_text and completed is None:
            skipped.append(Skipped(name, line, title, SKIP_BAD_DATE, {"date": completed_text}))
            continue
        saved = row.get("saved", "").casefold() in {"true", "yes", "1", "saved"}
        if completed is None and not saved:
            skipped.append(Skipped(name, line, title, SKIP_NOT_FINISHED))
            continue
        yield Course(title, completed, saved, line)
