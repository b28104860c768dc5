"""Building blocks of page one of the printed plan: style, limits, short text, cells.

:class:`Limits` says how much of each list goes on page one; the renderer
tries :data:`LIMITS` from the most generous down until the page fits.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from planner.domain.enums import LearningGroup
from planner.i18n import pgettext
from planner.i18n.formatting import currency_precision, format_currency_whole, format_number
from planner.report.hyphens import hyphenate

PAGE_ONE_POINTS = 8.0
PAGE_ONE_STYLE = """
h1 { font-size: 14pt; color: #0b3d66; margin-top: 0px; margin-bottom: 0px; }
h2 { font-size: 10pt; color: #0b3d66; margin-top: 7px; margin-bottom: 2px; }
p { margin-top: 1px; margin-bottom: 2px; }
.muted { color: #555555; }
.lead { font-size: 9.5pt; }
.empty { color: #555555; font-style: italic; }
th { background-color: #e6edf4; text-align: left; font-weight: bold; }
td.num, th.num { text-align: right; }
td.sub { color: #303030; }
"""

GRID = (
    '<table width="100%" cellspacing="0" cellpadding="1" border="1"'
    ' style="border-collapse: collapse; border-color: #9aa7b4;">'
)
PLAIN = '<table width="100%" cellspacing="0" cellpadding="0" border="0">'


@dataclass(frozen=True)
class Limits:
    goals: int  # goals on page one; the rest continue on page two
    activities: int  # activities listed under each goal or focus area
    certifications: int
    skills: int  # the market's top skills
    text: int | None  # user text longer than this is shortened (None: never)


LIMITS: tuple[Limits, ...] = (
    Limits(5, 3, 5, 5, None),
    Limits(5, 2, 4, 5, None),
    Limits(4, 2, 4, 4, None),
    Limits(4, 2, 3, 4, 160),
    Limits(4, 1, 3, 4, 160),
    Limits(3, 2, 3, 3, 120),
    Limits(3, 1, 2, 3, 90),
    Limits(3, 1, 1, 3, 60),
    Limits(3, 0, 1, 3, 40),
)
"""From the most generous to the tightest: the renderer takes the first that fits."""


def shorten(text: str, limit: int | None) -> str:
    """``text`` on one line, cut at a word before ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    if limit is None or len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,.;:–-") + "…"


def first_sentence(text: str) -> str:
    flat = " ".join(text.split())
    for index, char in enumerate(flat):
        if char in ".!?" and index + 1 < len(flat) and flat[index + 1] == " ":
            return flat[: index + 1] + " …"
    return flat


def keep(text: str) -> str:
    """Escaped text that breaks across lines only inside a long word, at a syllable
    with a hyphen (dates, statuses, amounts)."""
    return hyphenated(text).replace(" ", "\u00a0")


def hyphenated(text: str) -> str:
    """Escaped text whose long words may break at a syllable, with a hyphen."""
    return html.escape(hyphenate(text))


def para(text: str, css: str = "") -> str:
    return f'<p class="{css}">{text}</p>' if css else f"<p>{text}</p>"


def h2(text: str) -> str:
    return f"<h2>{html.escape(text)}</h2>"


def empty(text: str) -> str:
    return para(html.escape(text), "empty")


def label(text: str) -> str:
    return f"<b>{html.escape(text)}</b> "


def hours(minutes: int | None) -> str:
    return keep(format_number(minutes / 60, 0)) if minutes else "–"


def whole_money(minor: int, currency: str) -> str:
    return format_currency_whole(minor / 10 ** currency_precision(currency), currency)


def cost(costs: Mapping[str, int]) -> str:
    return (
        "<br/>".join(html.escape(whole_money(minor, code)) for code, minor in costs.items()) or "–"
    )


def group_tag(group: LearningGroup) -> str:
    tags = {
        LearningGroup.PEER: pgettext("learning group tag", "peer"),
        LearningGroup.FORMAL: pgettext("learning group tag", "formal"),
        LearningGroup.SELF_DIRECTED: pgettext("learning group tag", "self-directed"),
    }
    return tags[group]
