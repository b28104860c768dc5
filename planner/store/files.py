"""Files in and out, safely: bounded reads and atomic writes, with errors a person can act on.

Every command and window that reads a file the user names goes through
:func:`read_bounded`: only a regular file is read (never a FIFO, a device or a
folder, so nothing hangs or fills memory), and its size is checked before a
byte is read. Every file we write goes through :func:`atomic_write_bytes`: a
temporary file in the same folder, flushed to disk, renamed over the target,
so the file is either whole or absent, even when the disk fills up half way.
An existing symlink, device or folder at the target is refused, never replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from planner.domain.os_errors import OsDetail
from planner.i18n.markers import N_
from planner.store.errors import DiskFullError, StoreError

MEBIBYTE = 1024 * 1024


class FileProblemError(StoreError):
    """A file the user named cannot be read or written; the template says why."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template  # type: ignore[misc]
        super().__init__(**params)


_NOT_FOUND = N_("The file {path} does not exist.")
_IS_FOLDER = N_("{path} is a folder, not a file.")
_NOT_REGULAR = N_("{path} is not a regular file (a pipe, device or socket); nothing was read.")
_TOO_LARGE = N_("The file {path} is larger than {limit} MB; nothing was read.")
_NO_PERMISSION = N_("You may not read the file {path}.")
_UNREADABLE = N_("The file {path} could not be read: {detail}")
_TARGET_LINK = N_("{path} is a symbolic link; it was not replaced. Give the name of a plain file.")
_TARGET_SPECIAL = N_("{path} is not a regular file; it was not replaced.")
_TARGET_FOLDER = N_("{path} is a folder; give a file name.")
_NO_FOLDER = N_("The folder {path} does not exist.")
_CANNOT_WRITE = N_("The file {path} could not be written: {detail}")
_READ_ONLY_TARGET = N_("The folder {path} cannot be written to; nothing was written.")


def describe_os_error(error: OSError) -> OsDetail:
    return OsDetail(error)


def is_disk_full_errno(error: BaseException) -> bool:
    return isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def megabytes(size: int) -> str:
    """``size`` in MB as the messages say it: 5 for 5,000,000 bytes, 16.8 for 16 MiB."""
    return f"{round(size / 1_000_000, 1):g}"


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or a :class:`FileProblemError`.

    The file is opened without blocking (a FIFO with no writer does not hang)
    and checked with ``fstat`` on the open descriptor, so what is checked is
    what is read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise _open_problem(path, error) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileProblemError(_IS_FOLDER, path=path)
        if not stat.S_ISREG(info.st_mode):
            raise FileProblemError(_NOT_REGULAR, path=path)
        if info.st_size > limit:
            raise FileProblemError(_TOO_LARGE, path=path, limit=megabytes(limit))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(MEBIBYTE, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # the file grew while we read it
            raise FileProblemError(_TOO_LARGE, path=path, limit=megabytes(limit))
        return b"".join(chunks)
    except OSError as error:
        raise FileProblemError(_UNREADABLE, path=path, detail=describe_os_error(error)) from None
    finally:
        os.close(fd)


def _open_problem(path: Path, error: OSError) -> FileProblemError:
    if error.errno == errno.ENOENT:
        return FileProblemError(_NOT_FOUND, path=path)
    if error.errno == errno.EISDIR:
        return FileProblemError(_IS_FOLDER, path=path)
    if error.errno in (errno.EACCES, errno.EPERM):
        return FileProblemError(_NO_PERMISSION, path=path)
    if error.errno == errno.ENXIO:  # a socket, or a FIFO opened for writing without reader
        return FileProblemError(_NOT_REGULAR, path=path)
    return FileProblemError(_UNREADABLE, path=path, detail=describe_os_error(error))


def check_output_target(path: Path) -> None:
    """Refuse a target we must not replace: a symlink, folder, device, FIFO or socket."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise FileProblemError(_CANNOT_WRITE, path=path, detail=describe_os_error(error)) from None
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            raise FileProblemError(_TARGET_LINK, path=path)
        if stat.S_ISDIR(info.st_mode):
            raise FileProblemError(_TARGET_FOLDER, path=path)
        if not stat.S_ISREG(info.st_mode):
            raise FileProblemError(_TARGET_SPECIAL, path=path)
    parent = path.parent
    if not parent.is_dir():
        raise FileProblemError(_NO_FOLDER, path=parent)


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` whole or not at all; raises :class:`StoreError`.

    The disk filling up is :class:`DiskFullError`; the target is left as it was.
    """
    check_output_target(path)
    try:
        fd, temporary = tempfile.mkstemp(
            prefix=f".{path.name[:200]}.", suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise _write_problem(path, error) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        Path(temporary).replace(path)
        fsync_folder(path.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise _write_problem(path, error) from None
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise


def _write_problem(path: Path, error: OSError) -> StoreError:
    if is_disk_full_errno(error):
        return DiskFullError()
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FileProblemError(_READ_ONLY_TARGET, path=path.parent)
    return FileProblemError(_CANNOT_WRITE, path=path, detail=describe_os_error(error))


def fsync_folder(path: Path) -> None:
    """Make a rename in ``path`` durable; a folder that cannot be opened is skipped."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
