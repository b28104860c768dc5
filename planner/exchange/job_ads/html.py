"""A job ad saved from the browser (``.html``): JSON-LD first, the page's main text after.

Parsing uses selectolax (the Lexbor HTML5 engine): it builds the tree and
nothing else, so no image, script, style sheet or link of a page is ever
fetched. What the page shows around the ad (cookie banners, menus, "similar
jobs", footers) is cut away before its text is read.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from planner.exchange.job_ads.ad import JobAd
from planner.exchange.job_ads.fields import (
    EMPLOYER_LABELS,
    LOCATION_LABELS,
    labelled,
    labelled_date,
)
from planner.exchange.job_ads.jsonld import find_posting
from planner.exchange.job_ads.plain import inline_text, node_text
from planner.exchange.job_ads.text import facts_line

MAX_PAGE = 5_000_000  # characters of one page
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
BOILERPLATE = re.compile(
    r"cookie|consent|gdpr|onetrust|didomi|breadcrumb|navbar|navigation|topnav|menu|"
    r"footer|similar|related|recommend|more-jobs|other-jobs|otherjobs|share|newsletter|"
    r"subscribe|signup|sign-up|login|popup|modal|sidebar|banner-ad|advertisement",
    re.IGNORECASE,
)
BOILERPLATE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search"}
)
BOILERPLATE_TAGS = "nav, footer, aside, dialog, form, body > header"
MAIN_SELECTORS = (
    '[itemprop="description"]',
    "main article",
    "article",
    "main",
    '[role="main"]',
)
_MAIN_HINT = re.compile(
    r"job-?description|job-?ad\b|jobad|job-?posting|vacancy|stilling|annonse|job-?details|"
    r"job-?body|tangazo",
    re.IGNORECASE,
)
MIN_MAIN_TEXT = 200
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")


def _meta(tree: Any, *names: str) -> str:
    for name in names:
        node = tree.css_first(f'meta[property="{name}"]') or tree.css_first(f'meta[name="{name}"]')
        if node is not None and node.attributes.get("content"):
            return inline_text(node.attributes["content"] or "")
    return ""


def _link(tree: Any, markup: str) -> str:
    canonical = tree.css_first('link[rel="canonical"]')
    if canonical is not None and canonical.attributes.get("href"):
        return (canonical.attributes["href"] or "").strip()
    og = _meta(tree, "og:url")
    if og:
        return og
    saved = _SAVED_FROM.search(markup[:4096])
    return saved.group(1) if saved else ""


def _title(tree: Any) -> str:
    heading = tree.css_first("h1")
    if heading is not None and inline_text(heading.text(deep=True)):
        return inline_text(heading.text(deep=True))
    og = _meta(tree, "og:title")
    if og:
        return og
    title = tree.css_first("title")
    text = inline_text(title.text(deep=True)) if title is not None else ""
    return _TITLE_SUFFIX.sub("", text)


def _is_boilerplate(node: Any) -> bool:
    attributes = node.attributes
    role = (attributes.get("role") or "").lower()
    if role in BOILERPLATE_ROLES or attributes.get("aria-modal") == "true":
        return True
    names = " ".join(
        attributes.get(key) or "" for key in ("id", "class", "aria-label", "data-testid")
    )
    return bool(names) and bool(BOILERPLATE.search(names)) and not _MAIN_HINT.search(names)


def _strip_boilerplate(tree: Any) -> None:
    for node in tree.css(BOILERPLATE_TAGS):
        node.decompose()
    for node in tree.css("[id], [class], [role], [aria-label], [aria-modal], [data-testid]"):
        if node.parent is not None and _is_boilerplate(node):
            node.decompose()


def _main(tree: Any) -> Any:
    for selector in MAIN_SELECTORS:
        node = tree.css_first(selector)
        if node is not None and len(node_text(node)) >= MIN_MAIN_TEXT:
            return node
    for node in tree.css("[id], [class]"):
        names = f"{node.attributes.get('id') or ''} {node.attributes.get('class') or ''}"
        if _MAIN_HINT.search(names) and len(node_text(node)) >= MIN_MAIN_TEXT:
            return node
    return tree.body


def _under_title(lines: list[str], title: str) -> str:
    """The employer from a "Employer · Place" line right under the title line."""
    for index, line in enumerate(lines[:-1]):
        if line == title:
            parts = facts_line(lines[index + 1])
            return parts[0] if parts else ""
    return ""


def _domain(link: str) -> str:
    host = urlsplit(link).hostname or ""
    return host.removeprefix("www.")


def read_page(markup: str, origin: str = "") -> JobAd:
    """The ad in a saved page; fields the page does not state stay empty."""
    from selectolax.lexbor import LexborHTMLParser

    markup = markup[:MAX_PAGE]
    tree = LexborHTMLParser(markup)
    blocks = [node.text(deep=True) for node in tree.css('script[type="application/ld+json"]')]
    posting = find_posting(blocks)
    link = (posting.link if posting else "") or _link(tree, markup)
    source = _meta(tree, "og:site_name") or _domain(link)
    title = (posting.title if posting else "") or _title(tree)
    full_text = node_text(tree.body) if tree.body is not None else ""
    lines = [line for line in full_text.splitlines() if line]
    _strip_boilerplate(tree)
    main = _main(tree)
    page_text = node_text(main) if main is not None else ""
    text = posting.text if posting and posting.text else page_text
    return JobAd(
        title=title,
        employer=(posting.employer if posting else "")
        or labelled(lines, EMPLOYER_LABELS)
        or _under_title(lines, title),
        posted=(posting.posted if posting else None) or labelled_date(lines),
        location=(posting.location if posting else "") or labelled(lines, LOCATION_LABELS),
        employment_type=posting.employment_type if posting else "",
        link=link,
        identifier=posting.identifier if posting else "",
        source=source,
        text=text,
        origin=origin,
    )
