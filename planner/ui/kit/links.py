"""Open a link in the user's browser: only ``http`` and ``https``, never anything else."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from planner.store.validation import is_web_link


def open_web_link(link: str) -> bool:
    """Hand ``link`` to the browser if it is an http(s) address; True if it was."""
    if not is_web_link(link):
        return False
    url = QUrl(link.strip(), QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme() not in {"http", "https"}:
        return False
    return QDesktopServices.openUrl(url)
