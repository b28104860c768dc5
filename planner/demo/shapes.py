"""The numbers that shape the demo's story: careers, market drift, learning types, sizes.

Data tables, not logic: change a figure here and the story changes with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.enums import LearningType, Road


@dataclass(frozen=True)
class DemoSizes:
    """Rough sizes per full year; the defaults give ten years the benchmark's figures.

    A (low, high) pair is drawn from once a year; tests that need another shape
    of data (many goals in a year, a short log) pass their own.
    """

    assessments_per_skill_year: tuple[int, int] = (14, 19)  # 19 skills -> about 300 a year
    plan_items_per_year: tuple[int, int] = (54, 66)
    log_entries_per_day: float = 5.9
    postings_per_year: tuple[int, int] = (185, 215)
    goals_per_year: tuple[int, int] = (3, 5)


@dataclass(frozen=True)
class Stage:
    road: Road
    focus: tuple[str, ...]


@dataclass(frozen=True)
class Arc:
    """A career: its roads in order, and the person's strengths (before, after)."""

    stages: tuple[Stage, ...]
    strengths: tuple[tuple[int, int, int, int], tuple[int, int, int, int]]  # tech, cre, ana, ppl


ARCS: tuple[Arc, ...] = (
    Arc(
        (
            Stage(Road.SEMI_SPECIALIST, ("social_media", "digital_media")),
            Stage(Road.SEMI_SPECIALIST, ("social_media", "digital_media", "analytics")),
            Stage(Road.GENERALIST_LEADER, ("strategy",)),
        ),
        ((2, 4, 3, 3), (3, 4, 4, 4)),
    ),
    Arc(
        (
            Stage(Road.DEEP_SPECIALIST, ("seo",)),
            Stage(Road.SEMI_SPECIALIST, ("seo", "analytics")),
            Stage(Road.DEEP_SPECIALIST, ("analytics",)),
        ),
        ((4, 2, 4, 2), (4, 2, 5, 3)),
    ),
    Arc(
        (
            Stage(Road.SEMI_SPECIALIST, ("crm_email", "analytics")),
            Stage(Road.DEEP_SPECIALIST, ("crm_email",)),
            Stage(Road.COMMUNICATION_BRAND, ("strategy", "social_media")),
        ),
        ((4, 4, 3, 2), (4, 4, 3, 3)),
    ),
)

# Shares of job postings per area in the first and the last year.
AREA_SHARES = {
    "seo": (0.22, 0.14),
    "digital_media": (0.22, 0.19),
    "crm_email": (0.14, 0.15),
    "social_media": (0.19, 0.25),
    "analytics": (0.12, 0.18),
    "strategy": (0.11, 0.09),
}

# How often postings in an area ask for a skill, first year and last year.
SKILL_SHARES = {
    "technical_seo": (0.45, 0.40),
    "content_on_page": (0.35, 0.40),
    "link_building": (0.30, 0.12),
    "search_ads": (0.45, 0.40),
    "social_ads": (0.30, 0.45),
    "display_programmatic": (0.35, 0.15),
    "data_segmentation": (0.40, 0.40),
    "email_campaigns": (0.50, 0.30),
    "marketing_automation": (0.20, 0.45),
    "content_creation": (0.45, 0.40),
    "community_engagement": (0.35, 0.30),
    "social_listening": (0.12, 0.35),
    "crisis_communication": (0.08, 0.25),
    "web_analytics": (0.50, 0.40),
    "reporting": (0.40, 0.30),
    "experimentation": (0.12, 0.40),
    "brand_strategy": (0.40, 0.40),
    "leadership": (0.40, 0.40),
    "commercial_thinking": (0.30, 0.40),
}


@dataclass(frozen=True)
class TypeProfile:
    """How a learning type shows in the plan and the log: weights, minutes, days, hours, cost."""

    weight: int  # in the plan
    minutes: tuple[int, int]  # per log entry
    days: tuple[int, int]  # planned duration
    hours: tuple[int, int]  # estimated
    cost: tuple[int, int] | None  # major units (GBP), None when free


TYPE_PROFILES: dict[LearningType, TypeProfile] = {
    LearningType.MENTOR: TypeProfile(8, (15, 45), (60, 180), (6, 15), None),
    LearningType.TWITTER_LIST: TypeProfile(6, (5, 15), (7, 30), (2, 6), None),
    LearningType.COMMUNITY: TypeProfile(8, (15, 45), (90, 300), (8, 24), None),
    LearningType.COURSE: TypeProfile(18, (15, 45), (14, 60), (8, 40), (50, 600)),
    LearningType.CERTIFICATION: TypeProfile(9, (20, 60), (30, 90), (15, 60), (0, 300)),
    LearningType.DEGREE: TypeProfile(1, (30, 120), (120, 300), (120, 300), (1500, 4000)),
    LearningType.BOOK_PODCAST: TypeProfile(20, (10, 30), (7, 30), (4, 12), (0, 40)),
    LearningType.CONFERENCE: TypeProfile(9, (120, 420), (1, 2), (8, 16), (150, 900)),
    LearningType.JOB_PROJECT: TypeProfile(12, (15, 60), (30, 120), (20, 80), None),
}

# Everyday learning between plan items: type weights for unlinked log entries.
EVERYDAY_TYPES: dict[LearningType, int] = {
    LearningType.JOB_PROJECT: 30,
    LearningType.BOOK_PODCAST: 22,
    LearningType.TWITTER_LIST: 20,
    LearningType.MENTOR: 10,
    LearningType.COMMUNITY: 9,
    LearningType.COURSE: 9,
}

# Money: a rough conversion from "major units in GBP" to each currency.
CURRENCY_FACTOR = {"GBP": 1, "NOK": 13, "KES": 160, "EUR": 1, "USD": 1}
