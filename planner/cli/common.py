"""What every command shares: the context it runs in, argument types, and how errors leave it.

Every value a person typed is checked here the same way for every command
(years, dates, text that must be UTF-8), and everything written to stderr
goes through :func:`print_error`, which keeps a message printable and
bounded whatever it quotes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from planner.domain.dates import MAX_YEAR, MIN_YEAR, parse_iso_date
from planner.domain.echo import echo, safe_lines
from planner.i18n import _

if TYPE_CHECKING:
    from planner.store.database import Database

EXIT_OK = 0
EXIT_DATA_ERROR = 1
EXIT_USAGE = 2
MAX_ERROR_LINES = 24  # a summary line, then at most a bounded list (of bad rows, say)
MAX_ARGUMENT_CHARS = 100_000


class CommandError(Exception):
    """A data or file problem: printed as one line on stderr, exit status 1.

    ``message`` is already translated.
    """


@dataclass
class CommandContext:
    data_dir: Path
    language: str
    writes: bool = False  # a command that only reads also works on read-only data

    @cached_property
    def database(self) -> Database:
        from planner.settings import chosen_backup_folder
        from planner.store.database import open_database

        return open_database(
            self.data_dir,
            for_reading=not self.writes,
            backup_folder=chosen_backup_folder(self.data_dir),
        )

    def close(self) -> None:
        if "database" in self.__dict__:
            self.database.close()


Handler = Callable[[argparse.Namespace, CommandContext], int]


def parse_date(value: str) -> dt.date:
    """An ISO date for argparse (``type=parse_date``); the error is translated."""
    try:
        return parse_iso_date(text_value(value).strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{value} is not a date in the form YYYY-MM-DD").format(value=echo(value))
        ) from None


def year_value(value: str) -> int:
    """A year for ``--year`` (type=year_value): a whole number in the range every command uses."""
    try:
        year = int(text_value(value).strip())
    except (ValueError, argparse.ArgumentTypeError):
        year = None
    if year is None or not MIN_YEAR <= year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(
            _("{value} is not a year from {low} to {high}").format(
                value=echo(value), low=MIN_YEAR, high=MAX_YEAR
            )
        )
    return year


def whole_number(value: str) -> int:
    """A whole number (type=whole_number): argparse's own error would name the type "int"."""
    try:
        return int(text_value(value).strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{value} is not a whole number").format(value=echo(value))
        ) from None


def text_value(value: str) -> str:
    """Text typed as an argument: UTF-8 (no undecodable bytes), no NUL, of a sane length."""
    if "\x00" in value or len(value) > MAX_ARGUMENT_CHARS or not _encodes(value):
        raise argparse.ArgumentTypeError(
            _("{value} is not valid text (it must be UTF-8, at most {limit} characters)").format(
                value=echo(value), limit=MAX_ARGUMENT_CHARS
            )
        )
    return value


def path_value(value: str) -> str:
    """A file or folder name as typed: any bytes the system allows, but no NUL, not endless."""
    if not value or "\x00" in value or len(value) > MAX_ARGUMENT_CHARS:
        raise argparse.ArgumentTypeError(
            _("{value} is not a usable file name").format(value=echo(value))
        )
    return value


def file_value(value: str) -> Path:
    return Path(path_value(value))


def _encodes(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def print_row(cells: list[str] | tuple[str, ...], widths: list[int]) -> None:
    """One line of a table on stdout; cells hold no escape codes (see :func:`table_cell`)."""
    print("  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip())


def table_cell(value: object, limit: int = 60) -> str:
    """Text from the data as a table cell: one line, printable, at most ``limit`` characters."""
    return echo(" ".join(str(value).split()), limit)


def print_error(message: str) -> None:
    """``career-planner: message`` on stderr: printable, at most :data:`MAX_ERROR_LINES` lines."""
    lines = safe_lines(message, MAX_ERROR_LINES)
    text = "\n".join(lines)
    print(f"career-planner: {text}", file=sys.stderr)


class Parser(argparse.ArgumentParser):
    """argparse, with its messages (which quote what was typed) made safe like every other."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        lines = safe_lines(message, MAX_ERROR_LINES)
        args = {"prog": self.prog, "message": "\n".join(lines)}
        self.exit(EXIT_USAGE, _("%(prog)s: error: %(message)s\n") % args)
