"""schema.org ``JobPosting`` blocks in ``<script type="application/ld+json">``.

A page may carry many blocks; one may be broken (a trailing comma, raw
control characters) beside a good one, the posting may sit inside ``@graph``
or a list, and most fields come as text or as an object. Broken blocks are
skipped; the first JobPosting found wins.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from planner.exchange.job_ads.plain import fragment_text, inline_text

MAX_BLOCK = 1_000_000  # characters of one JSON-LD block
MAX_NODES = 10_000  # objects walked in one block


@dataclass(frozen=True)
class JsonLdPosting:
    title: str = ""
    employer: str = ""
    posted: dt.date | None = None
    location: str = ""
    employment_type: str = ""
    link: str = ""
    identifier: str = ""
    text: str = ""


def _loads(raw: str) -> Any:
    raw = raw.strip()
    for start, end in (("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")):
        if raw.startswith(start) and raw.endswith(end):
            raw = raw[len(start) : -len(end)].strip()
    try:
        return json.loads(raw, strict=False)
    except (ValueError, RecursionError):
        return None


def _is_posting(node: dict) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.split("/")[-1] == "JobPosting" for k in kinds)


def _postings(data: Any) -> Iterator[dict]:
    stack, seen = [data], 0
    while stack and seen < MAX_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            if _is_posting(node):
                yield node
            graph = node.get("@graph")
            if isinstance(graph, list | dict):
                stack.append(graph)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return inline_text(value)
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("value") or "")
    if isinstance(value, list):
        return ", ".join(t for t in (_text(v) for v in value[:10]) if t)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _place(value: Any) -> str:
    if isinstance(value, list):
        places = [_place(v) for v in value[:5]]
        return "; ".join(dict.fromkeys(p for p in places if p))
    if isinstance(value, str):
        return inline_text(value)
    if not isinstance(value, dict):
        return ""
    address = value.get("address", value)
    if isinstance(address, str):
        return inline_text(address)
    if not isinstance(address, dict):
        return _text(value.get("name"))
    parts = [_text(address.get(k)) for k in ("addressLocality", "addressRegion", "addressCountry")]
    return ", ".join(dict.fromkeys(p for p in parts if p))


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _posting(node: dict) -> JsonLdPosting:
    description = node.get("description")
    url = node.get("url")
    return JsonLdPosting(
        title=_text(node.get("title") or node.get("name")),
        employer=_text(node.get("hiringOrganization")),
        posted=_date(node.get("datePosted")),
        location=_place(node.get("jobLocation")),
        employment_type=_text(node.get("employmentType")),
        link=url.strip() if isinstance(url, str) else "",
        identifier=_text(node.get("identifier")),
        text=fragment_text(description) if isinstance(description, str) else "",
    )


def find_posting(blocks: list[str]) -> JsonLdPosting | None:
    """The first JobPosting in the raw JSON-LD ``blocks``, or None."""
    for raw in blocks:
        if len(raw) > MAX_BLOCK:
            continue
        for node in _postings(_loads(raw)):
            return _posting(node)
    return None
