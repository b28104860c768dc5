"""CSV that a spreadsheet opens correctly and cannot be tricked into running.

UTF-8 with a byte order mark (so Excel and LibreOffice detect the encoding),
CRLF line ends, ISO dates, and every cell a spreadsheet would evaluate as a
formula (one starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return) prefixed with an apostrophe, as OWASP recommends for CSV injection.
Pure Python: no Qt, no database.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int | float | dt.date | None


def neutralise(value: str) -> str:
    """``value`` with a leading apostrophe if a spreadsheet would run it as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def cell_text(value: Cell) -> str:
    """One cell as text: dates in ISO form, numbers as they are, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int | float):
        return str(value)  # numbers are data, never formulas, even when negative
    return neutralise(str(value))


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """The whole file as text (without the byte order mark)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(str(title)) for title in header])
    for row in rows:
        writer.writerow([cell_text(value) for value in row])
    return buffer.getvalue()


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write the file atomically (temporary file, fsync, rename); returns the rows written."""
    from planner.store.files import atomic_write_bytes

    materialised = [list(row) for row in rows]
    text = csv_text(header, materialised)
    atomic_write_bytes(path, text.encode("utf-8-sig"), mode=0o644)  # whole or absent
    return len(materialised)
