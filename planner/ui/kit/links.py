"""The one way the window opens a link: web links in the browser, our folders in the file manager.

Only ``http`` and ``https`` addresses ever reach the browser; a folder is opened only
when it exists. ``open_url`` lets a caller (or a test) hand the URL elsewhere; by
default it goes to :meth:`QDesktopServices.openUrl`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from planner.store.validation import is_web_link

UrlOpener = Callable[[QUrl], bool]


def _desktop_open(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


def open_web_link(link: str, open_url: UrlOpener | None = None) -> bool:
    """Hand ``link`` to the browser if it is an http(s) address; True if it was."""
    if not is_web_link(link):
        return False
    url = QUrl(link.strip(), QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme() not in {"http", "https"}:
        return False
    return bool((open_url or _desktop_open)(url))


def open_folder(folder: Path, open_url: UrlOpener | None = None) -> bool:
    """Show ``folder`` in the file manager if it exists; True if it was opened."""
    if not folder.is_dir():
        return False
    return bool((open_url or _desktop_open)(QUrl.fromLocalFile(str(folder))))
