"""The 0-5 skill scale, with the one-line definition shown beside each level."""

from __future__ import annotations

from dataclasses import dataclass

from planner.i18n.markers import N_

MIN_LEVEL = 0
MAX_LEVEL = 5


@dataclass(frozen=True)
class Level:
    value: int
    name: str  # English source, translate with _()
    definition: str  # English source, translate with _()


LEVELS: tuple[Level, ...] = (
    Level(0, N_("Unskilled"), N_("No knowledge or experience of this yet.")),
    Level(1, N_("Awareness"), N_("Knows what it is and why it matters.")),
    Level(2, N_("Novice"), N_("Has done it with guidance; needs help for most tasks.")),
    Level(3, N_("Intermediate"), N_("Does routine work alone and knows where to look for more.")),
    Level(4, N_("Advanced"), N_("Handles complex work and can teach others.")),
    Level(5, N_("Expert"), N_("Sets the standard; others come to you for advice.")),
)


def level(value: int) -> Level:
    if not MIN_LEVEL <= value <= MAX_LEVEL:
        raise ValueError(f"level {value} is outside {MIN_LEVEL}-{MAX_LEVEL}")
    return LEVELS[value]


def is_valid_level(value: object) -> bool:
    return (
        isinstance(value, int) and not isinstance(value, bool) and MIN_LEVEL <= value <= MAX_LEVEL
    )
