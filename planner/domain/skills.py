"""Where a person stands per skill and per area, from dated self-assessments.

Assessments are never overwritten: the history is kept and the current level
is simply the latest one. Nothing here reads or writes storage.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from planner.domain.scale import MAX_LEVEL, MIN_LEVEL, is_valid_level

STALE_AFTER_MONTHS = 6
"""An assessment older than this is worth redoing: skills move, memory flatters."""


@dataclass(frozen=True)
class Assessment:
    skill_key: str
    day: dt.date
    level: int
    id: int = 0  # breaks ties between assessments of the same day: higher wins

    def __post_init__(self) -> None:
        if not is_valid_level(self.level):
            raise ValueError(f"level {self.level!r} is outside {MIN_LEVEL}-{MAX_LEVEL}")


@dataclass(frozen=True)
class SkillState:
    key: str
    current: int | None
    target: int | None
    last_assessed: dt.date | None

    @property
    def gap(self) -> int | None:
        """``target - current``; None when either is missing (unknown, not zero)."""
        if self.current is None or self.target is None:
            return None
        return self.target - self.current


@dataclass(frozen=True)
class AreaLevel:
    """A current and a target level on the 0-5 scale; either may be unknown.

    Per area they are means of the area's skills, so they may be fractional.
    """

    current: float | None = None
    target: float | None = None

    def __post_init__(self) -> None:
        for value in (self.current, self.target):
            if value is not None and not MIN_LEVEL <= value <= MAX_LEVEL:
                raise ValueError(f"level {value!r} is outside {MIN_LEVEL}-{MAX_LEVEL}")


def skill_states(
    assessments: Iterable[Assessment],
    targets: Mapping[str, int],
    skill_keys: Iterable[str] = (),
) -> dict[str, SkillState]:
    """The state of every skill that is assessed, has a target, or is in ``skill_keys``."""
    latest: dict[str, Assessment] = {}
    for assessment in assessments:
        held = latest.get(assessment.skill_key)
        if held is None or (assessment.day, assessment.id) > (held.day, held.id):
            latest[assessment.skill_key] = assessment
    for key, target in targets.items():
        if not is_valid_level(target):
            raise ValueError(f"target {target!r} for {key} is outside {MIN_LEVEL}-{MAX_LEVEL}")
    keys = dict.fromkeys([*skill_keys, *latest, *targets])  # ordered, unique
    states: dict[str, SkillState] = {}
    for key in keys:
        last = latest.get(key)
        states[key] = SkillState(
            key=key,
            current=last.level if last else None,
            target=targets.get(key),
            last_assessed=last.day if last else None,
        )
    return states


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def area_levels(
    states: Mapping[str, SkillState], area_skills: Mapping[str, Iterable[str]]
) -> dict[str, AreaLevel]:
    """Per area: the mean current and the mean target of its skills, to one decimal.

    Only skills that have a value count towards each mean, so one unassessed
    skill does not drag the area down to zero; an area with none is None.
    """
    result: dict[str, AreaLevel] = {}
    for area_key, keys in area_skills.items():
        own = [states[key] for key in keys if key in states]
        result[area_key] = AreaLevel(
            current=_mean([s.current for s in own if s.current is not None]),
            target=_mean([s.target for s in own if s.target is not None]),
        )
    return result


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier, clamped to the month's end."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def stale_skills(
    states: Mapping[str, SkillState], today: dt.date, months: int = STALE_AFTER_MONTHS
) -> tuple[str, ...]:
    """Keys of skills last assessed ``months`` or more ago, oldest first.

    Never-assessed skills are not stale but missing (``current is None``);
    the UI asks for those separately.
    """
    limit = months_before(today, months)
    stale = sorted(
        (s.last_assessed, s.key)
        for s in states.values()
        if s.last_assessed is not None and s.last_assessed <= limit
    )
    return tuple(key for _, key in stale)
