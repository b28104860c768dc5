"""Job postings as CSV: the columns documented in ``docs/postings-csv.md``.

Reading checks every row and collects every problem with its line number, so
a file is imported whole or not at all. Writing neutralises formula injection:
a cell whose text starts with ``= + - @``, a tab or a carriage return (after
any apostrophes) gets one leading apostrophe; reading removes exactly that one
apostrophe again, so what ``postings list --format csv`` writes imports back
unchanged.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from planner.domain.dates import parse_iso_date
from planner.domain.echo import echo
from planner.domain.enums import Seniority
from planner.i18n.markers import N_
from planner.store.errors import StoreError, ValidationError
from planner.store.files import read_bounded
from planner.store.market import PostingData, clean_posting

COLUMNS: tuple[str, ...] = (
    "date",
    "title",
    "employer",
    "source",
    "link",
    "location",
    "seniority",
    "areas",
    "skills",
    "notes",
)
REQUIRED: tuple[str, ...] = ("date", "title")
LIST_SEPARATOR = ";"
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
MAX_PROBLEMS_SHOWN = 20
ECHO_LIMIT = 120  # a value from the file, as shown in a message

_LINE = N_("Line {line}: {problem}")
_MORE = N_("…and {count} more.")
_UNREADABLE_ROW = N_("This is not a readable CSV row ({detail}).")


class CsvReader(Protocol):
    """What :func:`csv.reader` returns, as far as reading postings uses it."""

    line_num: int

    def __next__(self) -> list[str]: ...


# -- formula injection -------------------------------------------------------


def _looks_like_formula(value: str) -> bool:
    rest = value.lstrip("'")
    return rest.startswith(DANGEROUS_START)


def neutralise(value: str) -> str:
    """The cell as written: a formula-like start gets one leading apostrophe."""
    return "'" + value if _looks_like_formula(value) else value


def restore(value: str) -> str:
    """Exactly undo :func:`neutralise` (an apostrophe before other text stays)."""
    if value.startswith("'") and _looks_like_formula(value[1:]):
        return value[1:]
    return value


# -- errors ------------------------------------------------------------------


@dataclass(frozen=True)
class RowProblem:
    line: int
    template: str  # N_-marked
    params: dict[str, str] = field(default_factory=dict)

    def message(self, translate: Callable[[str], str]) -> str:
        shown = {key: echo(value, ECHO_LIMIT) for key, value in self.params.items()}
        problem = translate(self.template).format(**shown)
        return translate(_LINE).format(line=self.line, problem=problem)


class PostingsImportError(StoreError):
    """The file has bad rows; nothing was imported. Lists every problem by line."""

    template = N_("Nothing was imported. Fix these rows and import the file again:")

    def __init__(self, problems: Sequence[RowProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__()

    def message(self, translate: Callable[[str], str]) -> str:
        shown = [p.message(translate) for p in self.problems[:MAX_PROBLEMS_SHOWN]]
        hidden = len(self.problems) - len(shown)
        if hidden:
            shown.append(translate(_MORE).format(count=hidden))
        return "\n".join([translate(self.template), *shown])


class NotUtf8Error(StoreError):
    template = N_("The file {path} is not UTF-8 text. Save it as CSV UTF-8 and try again.")


# -- reading -----------------------------------------------------------------


MAX_FILE_BYTES = 16 * 1024 * 1024


def read_file(path: Path) -> str:
    """The text of a CSV file of at most 16 MB (a regular file, UTF-8)."""
    data = read_bounded(path, MAX_FILE_BYTES)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise NotUtf8Error(path=path) from error


def _keys(cell: str) -> tuple[str, ...]:
    return tuple(key.strip() for key in cell.split(LIST_SEPARATOR) if key.strip())


def parse_postings(
    text: str,
    area_keys: Collection[str],
    skill_keys: Collection[str],
    today: dt.date | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[PostingData]:
    """Every row as a posting, or :class:`PostingsImportError` with every bad row."""
    reader = csv.reader(io.StringIO(text, newline=""))
    names = _header(reader)
    postings: list[PostingData] = []
    problems: list[RowProblem] = []
    for start, cells in _rows(reader, problems):
        if len(cells) != len(names):
            problems.append(
                RowProblem(
                    start,
                    N_("The row has {found} cells; the first line names {expected} columns."),
                    {"found": str(len(cells)), "expected": str(len(names))},
                )
            )
            continue
        row = {name: restore(cell) for name, cell in zip(names, cells, strict=True)}
        try:
            postings.append(_posting(row, area_keys, skill_keys, today))
        except ValidationError as error:
            problems.append(RowProblem(start, error.template, error.params))
        if progress is not None and len(postings) % 50 == 0:
            progress(len(postings))
    if problems:
        raise PostingsImportError(problems)
    return postings


def _header(reader: CsvReader) -> list[str]:
    """The column names of the first line, or :class:`PostingsImportError` saying what is wrong."""
    try:
        header = next(reader)
    except StopIteration:
        raise PostingsImportError([RowProblem(1, N_("The file is empty."))]) from None
    except csv.Error as error:
        raise PostingsImportError(
            [RowProblem(1, _UNREADABLE_ROW, {"detail": str(error)})]
        ) from None
    names = [name.strip().lower() for name in header]
    problems = [
        RowProblem(
            1,
            N_("Unknown column “{column}”. The columns are: {columns}."),
            {"column": name, "columns": ", ".join(COLUMNS)},
        )
        for name in names
        if name not in COLUMNS
    ]
    problems += [
        RowProblem(1, N_("The column “{column}” is missing."), {"column": name})
        for name in REQUIRED
        if name not in names
    ]
    if len(set(names)) != len(names):
        problems.append(RowProblem(1, N_("A column appears twice in the first line.")))
    if problems:
        raise PostingsImportError(problems)
    return names


def _rows(reader: CsvReader, problems: list[RowProblem]) -> Iterator[tuple[int, list[str]]]:
    """The rows that are not blank, each with the line it starts on.

    A row the CSV reader cannot read ends the file; its problem goes to ``problems``.
    """
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            problems.append(RowProblem(line, _UNREADABLE_ROW, {"detail": str(error)}))
            return
        start, line = line, reader.line_num + 1
        if any(cell.strip() for cell in cells):  # blank lines are allowed
            yield start, cells


def _posting(
    row: dict[str, str],
    area_keys: Collection[str],
    skill_keys: Collection[str],
    today: dt.date | None,
) -> PostingData:
    raw_date = row["date"].strip()
    try:
        seen_on = parse_iso_date(raw_date)
    except ValueError:
        raise ValidationError(
            N_("“{value}” is not a date in the form YYYY-MM-DD."), value=raw_date
        ) from None
    raw_seniority = row.get("seniority", "").strip().lower()
    seniority = None
    if raw_seniority:
        try:
            seniority = Seniority(raw_seniority)
        except ValueError:
            raise ValidationError(
                N_("“{value}” is not a seniority; use one of: {choices}."),
                value=raw_seniority,
                choices=", ".join(s.value for s in Seniority),
            ) from None
    areas = _keys(row.get("areas", ""))
    for key in areas:
        if key not in area_keys:
            raise ValidationError(N_("There is no area with the key {key}."), key=key)
    skills = _keys(row.get("skills", ""))
    for key in skills:
        if key not in skill_keys:
            raise ValidationError(N_("There is no skill with the key {key}."), key=key)
    return clean_posting(
        PostingData(
            seen_on=seen_on,
            title=row["title"],
            employer=row.get("employer", ""),
            source=row.get("source", ""),
            url=row.get("link", ""),
            location=row.get("location", ""),
            seniority=seniority,
            area_keys=areas,
            skill_keys=skills,
            notes=row.get("notes", ""),
        ),
        today,
    )


# -- writing -----------------------------------------------------------------


def write_postings(postings: Iterable[PostingData]) -> str:
    """The postings as CSV text (UTF-8, a header line, ``\\n`` line ends).

    A cell holding a quote, comma or any line break, a lone carriage return
    included, is quoted (Python's writer leaves a lone ``\\r`` bare, and a
    reader then splits the row there).
    """
    lines = [",".join(_cell(name) for name in COLUMNS)]
    for p in postings:
        cells = (
            p.seen_on.isoformat(),
            p.title,
            p.employer,
            p.source,
            p.url,
            p.location,
            p.seniority.value if p.seniority else "",
            LIST_SEPARATOR.join(p.area_keys),
            LIST_SEPARATOR.join(p.skill_keys),
            p.notes,
        )
        lines.append(",".join(_cell(neutralise(cell)) for cell in cells))
    return "\n".join(lines) + "\n"


def _cell(value: str) -> str:
    if any(char in value for char in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value
