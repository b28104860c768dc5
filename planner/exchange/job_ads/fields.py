"""Fields an ad states in its text: "Employer: …", "Publisert 12.03.2026", "Mahali: …".

Job boards print the facts of an ad as labelled lines, either "Label: value"
on one line or the label alone with the value on the next. Labels are in the
three languages; dates in ISO, day-first numeric and written-out forms with
English, Norwegian and Swahili month names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

EMPLOYER_LABELS = ("employer", "company", "hiring company", "organisation", "organization",
    "arbeidsgiver", "firma", "bedrift", "virksomhet", "mwajiri", "kampuni", "shirika",
    "taasisi")  # fmt: skip
DATE_LABELS = ("posted", "posted on", "date posted", "published", "published on",
    "publication date", "publisert", "lagt ut", "annonsen ble publisert", "iliwekwa",
    "imewekwa", "imetangazwa", "tarehe ya kutangazwa", "tarehe ya tangazo",
    "tarehe iliyowekwa")  # fmt: skip
LOCATION_LABELS = ("location", "place of work", "work location", "sted", "arbeidssted",
    "lokasjon", "mahali", "mahali pa kazi", "eneo", "kituo cha kazi")  # fmt: skip
TITLE_LABELS = ("job title", "position", "title", "stillingstittel", "stilling", "tittel",
    "cheo", "nafasi", "jina la nafasi")  # fmt: skip
LINK_LABELS = ("link", "url", "lenke", "kiungo")

MONTHS = {
    **{m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"), 1)},
    **{m: i for i, m in enumerate(("januar", "februar", "mars", "april", "mai", "juni",
        "juli", "august", "september", "oktober", "november", "desember"), 1)},
    **{m: i for i, m in enumerate(("januari", "februari", "machi", "aprili", "mei", "juni",
        "julai", "agosti", "septemba", "oktoba", "novemba", "desemba"), 1)},
}  # fmt: skip
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})\b")
_MONTH_DAY = re.compile(r"\b([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b")
MAX_LABEL_LINE = 200


def parse_date(text: str) -> dt.date | None:
    """The first date written in ``text``, or None."""
    candidates: list[tuple[int, int, int, int]] = []  # position, year, month, day
    for m in _ISO.finditer(text):
        candidates.append((m.start(), int(m[1]), int(m[2]), int(m[3])))
    for m in _NUMERIC.finditer(text):
        candidates.append((m.start(), int(m[3]), int(m[2]), int(m[1])))
    for m in _DAY_MONTH.finditer(text):
        if m[2].lower() in MONTHS:
            candidates.append((m.start(), int(m[3]), MONTHS[m[2].lower()], int(m[1])))
    for m in _MONTH_DAY.finditer(text):
        if m[1].lower() in MONTHS:
            candidates.append((m.start(), int(m[3]), MONTHS[m[1].lower()], int(m[2])))
    for _position, year, month, day in sorted(candidates):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


def _label_of(line: str, labels: Sequence[str]) -> tuple[str, str] | None:
    """(label, rest) when ``line`` starts with one of ``labels``."""
    lowered = line.lower()
    for label in sorted(labels, key=len, reverse=True):
        if lowered.startswith(label):
            rest = line[len(label) :]
            if not rest or rest[0] in ":-–— \t":
                return label, rest.lstrip(" \t").lstrip(":-–—").strip()
    return None


def labelled(lines: Sequence[str], labels: Sequence[str]) -> str:
    """The value after the first line that starts with one of ``labels``."""
    for index, line in enumerate(lines):
        if len(line) > MAX_LABEL_LINE:
            continue
        found = _label_of(line, labels)
        if found is None:
            continue
        label, rest = found
        separated = line[len(label) :].lstrip()[:1] in {":", "-", "–", "—"}
        if rest and separated:
            return rest
        if not rest:
            following = next((ln for ln in lines[index + 1 : index + 3] if ln.strip()), "")
            if following and len(following) <= MAX_LABEL_LINE:
                return following.strip()
    return ""


def labelled_date(lines: Sequence[str]) -> dt.date | None:
    """The publication date when a labelled line states one."""
    for index, line in enumerate(lines):
        if len(line) > MAX_LABEL_LINE or _label_of(line, DATE_LABELS) is None:
            continue
        found = parse_date(" ".join(lines[index : index + 2]))
        if found is not None:
            return found
    return None
