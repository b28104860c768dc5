"""HTML to plain text that keeps the ad's blocks apart (paragraphs, list items, lines).

An inline element (``<b>Google Ads</b>``) stays inside its sentence; a block
element starts a new line, so the matcher's clauses follow the ad's own.
The walk is iterative: a hostile page nested ten thousand deep cannot
exhaust the stack. Nothing referenced by the page is ever fetched.
"""

from __future__ import annotations

import html
import re
from typing import Any

SKIP = frozenset(
    {"script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
     "canvas", "button", "select", "input", "textarea", "head", "title", "meta", "link",
     "-comment", "img", "video", "audio", "picture", "source", "map"}
)  # fmt: skip
BLOCK = frozenset(
    {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td",
     "th", "table", "section", "article", "main", "header", "footer", "aside", "nav",
     "blockquote", "dt", "dd", "dl", "pre", "hr", "figure", "figcaption", "address", "form",
     "fieldset", "legend", "details", "summary", "body", "html"}
)  # fmt: skip
_SPACES = re.compile(r"[ \t\f\v\u00a0\u200b]+")


def node_text(root: Any) -> str:
    """The plain text of a selectolax node, one line per block."""
    parts: list[str] = []
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            parts.append("\n")
            continue
        tag = node.tag
        if tag == "-text":
            parts.append(node.text_content or "")
            continue
        if tag in SKIP:
            continue
        if tag in BLOCK:
            parts.append("\n")
            stack.append((node, True))
        if tag == "li":
            parts.append("• ")
        stack.extend((child, False) for child in reversed(list(node.iter(include_text=True))))
    return tidy("".join(parts))


def tidy(text: str) -> str:
    """Spaces collapsed within lines, at most one empty line between blocks."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line in {"", "•"}:
            if out and out[-1] != "":
                out.append("")
            continue
        if line.startswith("•") and len(out) >= 2 and out[-1] == "" and out[-2].startswith("•"):
            out.pop()  # list items stay together
        out.append(line)
    return "\n".join(out).strip()


def fragment_text(markup: str) -> str:
    """Plain text of an HTML fragment (a JSON-LD description), entity-escaped or not."""
    from selectolax.lexbor import LexborHTMLParser

    if "<" not in markup and "&lt;" in markup:
        markup = html.unescape(markup)  # "&lt;p&gt;…" as many job boards write it
    tree = LexborHTMLParser(f"<body>{markup}</body>")
    return node_text(tree.body) if tree.body is not None else ""


def inline_text(value: str) -> str:
    """One line of text: entities decoded, tags removed, spaces collapsed."""
    value = html.unescape(value)
    if "<" in value:
        value = fragment_text(value)
    return " ".join(value.split())
