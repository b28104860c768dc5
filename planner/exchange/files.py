"""Reading a file someone handed us: a regular file, and not more than a bound.

One small helper so that every importer reads input the same careful way: it
opens without following into devices or pipes (a FIFO would block a plain
``open``), checks on the open descriptor that it is a regular file, and reads
at most ``limit`` bytes, refusing a larger file instead of loading it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from planner.domain.os_errors import OsDetail
from planner.i18n.markers import N_
from planner.store.errors import StoreError


class UnreadableInputError(StoreError):
    template = N_("The file {path} could not be read: {detail}")


class NotAFileError(StoreError):
    template = N_("{path} is not a regular file.")


class InputTooLargeError(StoreError):
    template = N_("The file {path} is larger than {limit} MB; nothing was read from it.")


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, a regular file of at most ``limit`` bytes."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise UnreadableInputError(path=path, detail=OsDetail(error)) from error
    try:
        regular = stat.S_ISREG(os.fstat(descriptor).st_mode)
    except OSError as error:
        os.close(descriptor)
        raise UnreadableInputError(path=path, detail=OsDetail(error)) from error
    if not regular:
        os.close(descriptor)
        raise NotAFileError(path=path)
    with os.fdopen(descriptor, "rb") as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as error:
            raise UnreadableInputError(path=path, detail=OsDetail(error)) from error
    if len(data) > limit:
        raise InputTooLargeError(path=path, limit=f"{limit / 1_000_000:g}")
    return data
