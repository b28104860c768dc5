"""The data folder as the file system sees it: each way it can be unusable, named truly.

Checked before SQLite sees the path, so a name over 255 bytes, a path past
SQLite's limit, a file where a folder should be, a folder you may not enter
or a folder where the database file should be each get their own message
instead of "unable to open database file". Also answers why a folder cannot
be written (a read-only file system, the folder's or the file's permissions)
and whether a failed write means that the disk is full.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from planner.domain.os_errors import OsDetail
from planner.i18n.markers import N_
from planner.store.errors import StoreError

NAME_MAX = 255  # bytes in one file name, on every file system we run on
SQLITE_MAX_PATH = 512  # SQLite's unix VFS refuses longer paths (its MAX_PATHNAME)
LONGEST_SUFFIX = len("-journal")
LOW_SPACE_BYTES = 1024 * 1024  # below this, a failed write is taken for a full disk


class FolderError(StoreError):
    """The data folder cannot be used; the template says why."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template  # type: ignore[misc]
        super().__init__(**params)


NAME_TOO_LONG = N_("A name in the path is longer than {limit} bytes: {name}")
PATH_TOO_LONG = N_(
    "The path of the data folder is too long ({length} bytes; the database allows {limit})."
)
FILE_NOT_FOLDER = N_("{path} is a file, not a folder; give a folder as the data folder.")
NOT_ENTERABLE = N_("You may not open the folder {path}; check its permissions.")
DATABASE_IS_FOLDER = N_(
    "{path} is a folder where the database file should be; move it away and try again."
)
DATABASE_NOT_FILE = N_("{path} is not a regular file; it cannot be the database.")
DATABASE_UNREADABLE = N_("You may not read the database {path}; check its permissions.")
CANNOT_CREATE = N_("The data folder {path} cannot be created: {detail}")

READ_ONLY_FILE_SYSTEM = N_(
    "The data folder {path} is on a read-only file system; nothing was saved. "
    "Commands that only read the data still work."
)
READ_ONLY_FOLDER = N_(
    "You may not write to the data folder {path}; nothing was saved. "
    "Commands that only read the data still work."
)
READ_ONLY_DATABASE = N_(
    "The database {path} is read-only; nothing was saved. "
    "Commands that only read the data still work."
)


def check_path_limits(data_dir: Path, database_file: Path) -> None:
    for part in database_file.parts:
        if len(os.fsencode(part)) > NAME_MAX:
            raise FolderError(NAME_TOO_LONG, limit=NAME_MAX, name=part)
    length = len(os.fsencode(str(database_file))) + LONGEST_SUFFIX
    if length >= SQLITE_MAX_PATH:
        raise FolderError(PATH_TOO_LONG, length=length, limit=SQLITE_MAX_PATH - 1)


def check_data_dir(data_dir: Path, database_file: Path) -> None:
    """Raise :class:`FolderError` for a data folder that cannot hold the database."""
    check_path_limits(data_dir, database_file)
    for ancestor in (data_dir, *data_dir.parents):
        try:
            info = ancestor.stat()
        except FileNotFoundError:
            continue
        except NotADirectoryError:
            continue  # a parent further up is a file; found below
        except PermissionError:
            raise FolderError(NOT_ENTERABLE, path=ancestor.parent) from None
        except OSError as error:
            raise FolderError(CANNOT_CREATE, path=data_dir, detail=OsDetail(error)) from None
        if not stat.S_ISDIR(info.st_mode):
            raise FolderError(FILE_NOT_FOLDER, path=ancestor)
        break
    if not data_dir.is_dir():
        return
    try:
        info = database_file.lstat()
    except FileNotFoundError:
        return
    except PermissionError:
        raise FolderError(NOT_ENTERABLE, path=data_dir) from None
    if stat.S_ISDIR(info.st_mode):
        raise FolderError(DATABASE_IS_FOLDER, path=database_file)
    if stat.S_ISLNK(info.st_mode):
        try:
            info = database_file.stat()
        except OSError:
            return  # a dangling link: SQLite creates the file it names
    if not stat.S_ISREG(info.st_mode):
        raise FolderError(DATABASE_NOT_FILE, path=database_file)
    if not os.access(data_dir, os.X_OK):
        raise FolderError(NOT_ENTERABLE, path=data_dir)


def make_data_dir(data_dir: Path, mode: int) -> None:
    """Create the folder (and its parents) with ``mode``; a true message when it cannot be."""
    if data_dir.is_dir():
        return
    try:
        data_dir.mkdir(mode=mode, parents=True)
        os.chmod(data_dir, mode)  # mkdir's mode is masked by the umask
    except FileExistsError:
        if not data_dir.is_dir():
            raise FolderError(FILE_NOT_FOLDER, path=data_dir) from None
    except OSError as error:
        if error.errno == errno.EROFS:
            raise FolderError(READ_ONLY_FILE_SYSTEM, path=data_dir) from None
        raise FolderError(CANNOT_CREATE, path=data_dir, detail=OsDetail(error)) from None


def read_only_reason(data_dir: Path, database_file: Path | None = None) -> FolderError | None:
    """Why nothing can be written in ``data_dir`` (or to its database), or None if it can."""
    if not data_dir.is_dir():
        return None
    try:
        if os.statvfs(data_dir).f_flag & os.ST_RDONLY:
            return FolderError(READ_ONLY_FILE_SYSTEM, path=data_dir)
    except OSError:
        pass
    if not _writable(data_dir):
        return FolderError(READ_ONLY_FOLDER, path=data_dir)
    if database_file is not None and database_file.exists() and not _writable(database_file):
        return FolderError(READ_ONLY_DATABASE, path=database_file)
    return None


def _writable(path: Path) -> bool:
    """Whether we may write ``path``; its owner taking away their own write bit counts.

    (The superuser may write anything, but a folder or database its owner
    made read-only is read-only to the planner too, whoever runs it.)
    """
    try:
        info = path.stat()
    except OSError:
        return False
    if info.st_uid == os.geteuid() and not info.st_mode & stat.S_IWUSR:
        return False
    return os.access(path, os.W_OK)


def is_low_on_space(folder: Path) -> bool:
    """True when the file system of ``folder`` has (almost) no space left for us."""
    for candidate in (folder, *folder.parents):
        try:
            info = os.statvfs(candidate)
        except OSError:
            continue
        return info.f_bavail * info.f_frsize < LOW_SPACE_BYTES
    return False


LOCK_FILENAME = "planner.lock"  # held (flock) by the window while it has the folder open
WINDOW_OPEN = N_(
    "A Career Planner window has the data folder {path} open; close it and try again. "
    "Nothing was changed."
)


def window_has_folder_open(data_dir: Path) -> bool:
    """True while a window holds the data folder's lock (Qt's QLockFile, which uses flock)."""
    import fcntl

    try:
        fd = os.open(data_dir / LOCK_FILENAME, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError as error:
        return error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def refuse_if_window_open(data_dir: Path) -> None:
    if window_has_folder_open(data_dir):
        raise FolderError(WINDOW_OPEN, path=data_dir)
