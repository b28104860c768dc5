"""The rules the advisor applies: one strength profile per area and a few named constants.

It follows the Norwegian article (see :mod:`planner.domain.advisor`): each
channel suits some natural strengths; strengths decide the ranking and market
demand only breaks near-ties. Everything that tunes the advice is here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from planner.domain.enums import StrengthKind
from planner.i18n.markers import N_

TECHNICAL = StrengthKind.TECHNICAL
CREATIVE = StrengthKind.CREATIVE
ANALYTICAL = StrengthKind.ANALYTICAL
PEOPLE = StrengthKind.PEOPLE

MIN_STRENGTH = 1
MAX_STRENGTH = 5


@dataclass(frozen=True)
class AreaProfile:
    """How much an area asks of each strength (0 = not at all), and why, in one sentence."""

    weights: Mapping[StrengthKind, int]
    note: str  # N_-marked


# --- The rules --------------------------------------------------------------

PROFILES: dict[str, AreaProfile] = {
    # "The most technical discipline"; "being technical is the most important
    # prerequisite" -> technical weighs most. Link building "can be a bit like
    # PR work/sales" -> people and persuasion help. Analytical is our addition
    # (keyword research, audits, ranking reports), kept small; it also keeps a
    # technical-and-creative person from landing on SEO instead of CRM.
    "seo": AreaProfile(
        {TECHNICAL: 3, ANALYTICAL: 1, PEOPLE: 1},
        N_("SEO is the most technical channel; link building adds work much like PR and sales."),
    ),
    # PPC and social ads: "debatable whether creativity or analytical ability
    # matters most; the truth is probably a mix" -> equal. "Good to be good at
    # influence and persuasion too" -> people, less.
    "digital_media": AreaProfile(
        {CREATIVE: 2, ANALYTICAL: 2, PEOPLE: 1},
        N_("Digital media (PPC and social ads) mixes creativity and analysis; persuasion helps."),
    ),
    # Segmentation is "structured thinking" and "quite technical"; "a good
    # e-mail needs a good deal of creativity" -> technical and creative equal.
    # Database work and segmentation are "the analytical part" -> analytical, less.
    "crm_email": AreaProfile(
        {TECHNICAL: 2, CREATIVE: 2, ANALYTICAL: 1},
        N_(
            "CRM and e-mail need structured, technical segmentation and creative e-mails:"
            " a fit for someone both technical and creative."
        ),
    ),
    # "You get far with just creativity and understanding other people"; "an
    # advantage to analyse market trends systematically" -> analytical, less.
    # Creativity leads (3) because the article sends "the more creative" here.
    "social_media": AreaProfile(
        {CREATIVE: 3, PEOPLE: 2, ANALYTICAL: 1},
        N_(
            "Social media rewards creativity and an understanding of people,"
            " helped by systematic trend analysis."
        ),
    ),
    # Not in the article's table. Analytics is measuring what works: reading
    # data, reporting, experiments -> analytical leads; setting up tracking,
    # tags and tools is technical work -> technical second. Creativity and
    # persuasion are not what the work turns on, so they are left out.
    "analytics": AreaProfile(
        {ANALYTICAL: 3, TECHNICAL: 2},
        N_(
            "Analytics is measuring what works: mostly analytical, with technical"
            " set-up of tracking and tools."
        ),
    ),
    # Not in the article's table, but it is the article's generalist road:
    # "leadership and/or strategic and commercial thinking". Leading people
    # -> people leads; strategic and commercial thinking -> analytical; brand
    # strategy (the Swahili article's social media managers as brand
    # strategists) -> some creativity.
    "strategy": AreaProfile(
        {PEOPLE: 3, ANALYTICAL: 2, CREATIVE: 1},
        N_(
            "Strategy and leadership means leading people and strategic, commercial"
            " thinking, with a sense for the brand."
        ),
    ),
}

DEMAND_WEIGHT = 0.3
"""Full market demand (1.0) adds this much to an area's fit (1-5 scale).

So demand can reorder two areas only when their fits differ by less than
this (a near-tie); a clearer strength difference always wins.
"""

DEEP_GAP = 0.4
"""When the best area's fit leads every other by this much, go deep in it.

Larger than DEMAND_WEIGHT, so the market can never push another area past
a deep specialism.
"""

FLAT_COUNT = 4
"""When this many areas are within DEEP_GAP of the best, no channel stands out."""

MAX_SEMI_FOCUS = 3

BASE_LEVEL = 2
"""Novice: the base understanding of every channel that the T-shape asks for."""

STRATEGY = "strategy"
GENERALIST_FOCUS = frozenset({STRATEGY})
"""A generalist leader's specialism is leadership and strategic thinking; channels are the base."""

COMMUNICATION_FOCUS = frozenset({STRATEGY, "social_media"})
"""Communication and brand treats digital marketing as a base; brand strategy and the
communication channel (social media, with its crisis communication) may be focus areas."""
