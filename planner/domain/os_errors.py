"""Operating-system errors as sentences of our own, so they can be translated.

``OSError.strerror`` is the C library's English ("No such file or
directory"); shown inside a translated sentence it left English in nb and sw.
:class:`OsDetail` carries the error's own msgid and translates when shown.
"""

from __future__ import annotations

import errno
from collections.abc import Callable

from planner.i18n.markers import N_

OS_PROBLEMS: dict[int, str] = {
    errno.ENOENT: N_("no such file or folder"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("the operation is not permitted"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EDQUOT: N_("the disk quota is used up"),
    errno.EFBIG: N_("the file is too large"),
    errno.EISDIR: N_("it is a folder"),
    errno.ENOTDIR: N_("a part of the path is not a folder"),
    errno.EEXIST: N_("it exists already"),
    errno.EROFS: N_("the disk is read-only"),
    errno.ENAMETOOLONG: N_("the name is too long"),
    errno.EIO: N_("the disk could not be read or written (input/output error)"),
    errno.EBUSY: N_("the file is busy"),
    errno.ELOOP: N_("too many symbolic links"),
    errno.EMFILE: N_("too many files are open"),
    errno.ENFILE: N_("too many files are open"),
    errno.ENOTEMPTY: N_("the folder is not empty"),
    errno.EXDEV: N_("it cannot be moved to another disk"),
    errno.EINVAL: N_("the system refused the name or value"),
    errno.ETXTBSY: N_("the file is in use"),
    errno.ENXIO: N_("no such device"),
    errno.ENODEV: N_("no such device"),
    errno.EAGAIN: N_("the file is locked; try again"),
}
UNKNOWN_PROBLEM = N_("the operating system reported error {code}")


class OsDetail(str):
    """The English text of an :class:`OSError` (as ``str``) that knows its msgid."""

    msgid: str
    code: str

    def __new__(cls, error: OSError) -> OsDetail:
        number = error.errno
        code = errno.errorcode.get(number, str(number)) if number is not None else "?"
        msgid = OS_PROBLEMS.get(number, UNKNOWN_PROBLEM) if number is not None else UNKNOWN_PROBLEM
        detail = super().__new__(cls, msgid.format(code=code))
        detail.msgid, detail.code = msgid, code
        return detail

    def translated(self, translate: Callable[[str], str]) -> str:
        return translate(self.msgid).format(code=self.code)
