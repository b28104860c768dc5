"""What every command shares: the context it runs in and how errors leave it."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from planner.i18n import _

if TYPE_CHECKING:
    from planner.store.database import Database

EXIT_OK = 0
EXIT_DATA_ERROR = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A data or file problem: printed as one line on stderr, exit status 1.

    ``message`` is already translated.
    """


@dataclass
class CommandContext:
    data_dir: Path
    language: str

    @cached_property
    def database(self) -> Database:
        from planner.store.database import open_database

        return open_database(self.data_dir)

    def close(self) -> None:
        if "database" in self.__dict__:
            self.database.close()


Handler = Callable[[argparse.Namespace, CommandContext], int]


def parse_date(value: str) -> dt.date:
    """An ISO date for argparse (``type=parse_date``); the error is translated."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{value} is not a date in the form YYYY-MM-DD").format(value=value)
        ) from None


def print_error(message: str) -> None:
    print(f"career-planner: {message}", file=sys.stderr)
