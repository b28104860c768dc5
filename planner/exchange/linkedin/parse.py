"""The export's CSV files as records, every oddity of real exports handled.

A file may start with a byte-order mark and a ``Notes:`` preamble of several
lines before its header row; header and file names vary in case; a trailing
empty column is common; a file may be absent or empty. Rows that cannot be
used are kept as :class:`Skipped` with the reason, for the review.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
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


def parse_export(files: ExportFiles) -> LinkedInExport:
    skipped: list[Skipped] = []
    texts = files.texts
    names = {key: PurePosixPath(name).name for key, name in files.names.items()}

    def read(key: str) -> Iterator[tuple[int, dict]]:
        if key in texts:
            yield from rows(key, texts[key], names[key], skipped)

    def date(row: dict, column: str, key: str, line: int, what: str) -> Period | None:
        text = row.get(column, "")
        period = parse_period(text)
        if text and period is None:
            skipped.append(Skipped(names[key], line, what, SKIP_BAD_DATE, {"date": text}))
        return period

    skills = tuple(_skills(read("skills.csv"), names.get("skills.csv", ""), skipped))
    certifications = []
    for line, row in read("certifications.csv"):
        key = "certifications.csv"
        if not row.get("name"):
            skipped.append(Skipped(names[key], line, "", SKIP_NO_NAME))
            continue
        started = date(row, "started", key, line, row["name"])
        finished = date(row, "finished", key, line, row["name"])
        certifications.append(
            Certification(
                row["name"], row.get("url", ""), row.get("authority", ""), started, finished, line
            )
        )
    degrees = []
    for line, row in read("education.csv"):
        key = "education.csv"
        if not (row.get("school") or row.get("degree")):
            skipped.append(Skipped(names[key], line, "", SKIP_NO_NAME))
            continue
        what = row.get("degree") or row["school"]
        start = date(row, "start", key, line, what)
        end = date(row, "end", key, line, what)
        degrees.append(
            Degree(
                row.get("school", ""), row.get("degree", ""), start, end, row.get("notes", ""), line
            )
        )
    positions = []
    for line, row in read("positions.csv"):
        key = "positions.csv"
        what = row.get("title") or row.get("company", "")
        started = date(row, "started", key, line, what)
        finished = date(row, "finished", key, line, what)
        if what:
            positions.append(
                Position(row.get("company", ""), row.get("title", ""), started, finished, line)
            )
    courses = tuple(_courses(read("learning.csv"), names.get("learning.csv", ""), skipped))
    return LinkedInExport(
        files=dict(names),
        skills=skills,
        certifications=tuple(certifications),
        degrees=tuple(degrees),
        positions=tuple(positions),
        courses=courses,
        skipped=tuple(skipped),
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
