"""Files and folders of job ads: which files, read how, each within its size bound."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from planner.exchange.job_ads.ad import JobAd
from planner.exchange.job_ads.html import MAX_PAGE, read_page
from planner.exchange.job_ads.text import MAX_TEXT, read_text
from planner.i18n.markers import N_
from planner.store.errors import StoreError
from planner.store.files import read_bounded

PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt"})
AD_SUFFIXES = PAGE_SUFFIXES | TEXT_SUFFIXES
MAX_FILES = 1000
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class TooManyFilesError(StoreError):
    template = N_("More than {limit} job ads at once; import them in smaller batches.")


class NotAnAdError(StoreError):
    template = N_("{path} is not a job ad: use .html, .htm or .txt files (or .csv).")


class NoAdsInFolderError(StoreError):
    template = N_("{path} holds no job ads: no .html, .htm or .txt files.")


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """The ad files named, and those directly inside named folders, in name order.

    A browser's ``…_files`` folder beside a saved page is not looked into.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(
                p for p in path.iterdir() if p.suffix.lower() in AD_SUFFIXES and p.is_file()
            )
            if not inside:
                raise NoAdsInFolderError(path=path)
            found += inside
        else:
            found.append(path)
        if len(found) > MAX_FILES:
            raise TooManyFilesError(limit=MAX_FILES)
    return found


def decode(data: bytes, page: bool) -> str:
    """Text from bytes: a BOM or (for pages) a declared charset, else UTF-8, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    declared = _CHARSET.search(data[:4096]) if page else None
    if declared is not None:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_ad_file(path: Path) -> JobAd:
    """The ad in one ``.html``/``.htm``/``.txt`` file."""
    suffix = path.suffix.lower()
    if suffix not in AD_SUFFIXES:
        raise NotAnAdError(path=path)
    page = suffix in PAGE_SUFFIXES
    data = read_bounded(path, MAX_PAGE if page else MAX_TEXT)
    text = decode(data, page)
    return read_page(text, path.name) if page else read_text(text, path.name)
