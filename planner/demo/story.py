"""The career's timeline: which stage of the arc a day falls in, and the skill levels it grows.

Every row builder reads the story through :class:`Story`, and draws every
random number from its one ``rng``, in a fixed order, so that the same seed,
years and ``today`` give the same data row for row.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from planner.demo.shapes import ARCS, Arc, DemoSizes, Stage
from planner.demo.texts import DemoTexts

Row = dict[str, Any]


@dataclass
class Story:
    rng: random.Random
    texts: DemoTexts
    today: dt.date
    years: int
    area_ids: dict[str, int]
    skills: list[tuple[int, str, str]]  # (id, key, area key)
    sizes: DemoSizes = field(default_factory=DemoSizes)
    first_year: int = field(init=False)
    start: dt.date = field(init=False)
    stage_starts: list[dt.date] = field(init=False)
    arc: Arc = field(init=False)
    levels: dict[str, list[float]] = field(init=False)  # skill key -> level per month index

    def __post_init__(self) -> None:
        self.first_year = self.today.year - self.years + 1
        self.start = dt.date(self.first_year, 1, 1)
        self.skill_ids = {key: skill_id for skill_id, key, _area in self.skills}
        self.skill_keys = [key for _id, key, _area in self.skills]
        self._cumulative: dict[Stage, list[float]] = {}
        self.arc = self.rng.choice(ARCS)
        self.stage_starts = self._stage_starts()
        self.levels = self._simulate_levels()

    @property
    def year_range(self) -> range:
        return range(self.first_year, self.today.year + 1)

    def _stage_starts(self) -> list[dt.date]:
        stages = len(self.arc.stages)
        if self.years < 3:
            count = min(stages, self.years)
        elif self.years < 6:
            count = min(stages, 2)
        else:
            count = stages
        starts = [self.start + dt.timedelta(days=self.rng.randint(10, 40))]
        span = (self.today - self.start).days
        for index in range(1, count):
            fraction = index / count + self.rng.uniform(-0.05, 0.05)
            starts.append(self.start + dt.timedelta(days=int(span * fraction)))
        return starts

    def stage_at(self, day: dt.date) -> Stage:
        index = 0
        for position, start in enumerate(self.stage_starts):
            if day >= start:
                index = position
        return self.arc.stages[index]

    def _month_index(self, day: dt.date) -> int:
        return (day.year - self.first_year) * 12 + day.month - 1

    def _simulate_levels(self) -> dict[str, list[float]]:
        """A continuous 'true' level per skill and month; assessments sample it."""
        first_focus = set(self.arc.stages[0].focus)
        levels: dict[str, list[float]] = {}
        for _skill_id, key, area in self.skills:
            level = (
                self.rng.uniform(1.2, 2.2) if area in first_focus else self.rng.uniform(0.2, 1.4)
            )
            affinity = self.rng.uniform(0.6, 1.3)
            series = []
            for month in range(self._month_index(self.today) + 1):
                day = dt.date(self.first_year + month // 12, month % 12 + 1, 15)
                focus = area in self.stage_at(day).focus
                growth = 0.016 + (0.045 * affinity if focus else 0.0)
                if not focus and level > 3.0:
                    growth *= 0.15  # the T's crossbar: a base, not depth
                level = min(5.0, level + growth)
                series.append(level)
            levels[key] = series
        return levels

    def level_on(self, key: str, day: dt.date) -> float:
        series = self.levels[key]
        return series[min(max(self._month_index(day), 0), len(series) - 1)]

    def focus_skills(self, stage: Stage) -> list[str]:
        return [key for _id, key, area in self.skills if area in stage.focus]

    def pick_skills(self, day: dt.date, count: int) -> tuple[str, ...]:
        """``count`` different skills, five times likelier from the focus areas at ``day``."""
        stage = self.stage_at(day)
        cumulative = self._cumulative.get(stage)
        if cumulative is None:
            weights = (5.0 if area in stage.focus else 1.0 for _id, _key, area in self.skills)
            cumulative = self._cumulative[stage] = list(accumulate(weights))
        chosen: list[str] = []
        while len(chosen) < count:
            key = self.rng.choices(self.skill_keys, cum_weights=cumulative)[0]
            if key not in chosen:
                chosen.append(key)
        return tuple(chosen)

    def year_days(self, year: int) -> tuple[dt.date, dt.date]:
        last = min(dt.date(year, 12, 31), self.today)
        return dt.date(year, 1, 1), last

    def random_day(self, year: int) -> dt.date:
        first, last = self.year_days(year)
        return first + dt.timedelta(days=self.rng.randint(0, (last - first).days))

    def year_fraction(self, year: int) -> float:
        first, last = self.year_days(year)
        return ((last - first).days + 1) / (366 if _leap(year) else 365)

    def topic(self, key: str) -> str:
        return self.texts.skill_topics.get(key, key)

    def areas_text(self, keys: Sequence[str]) -> str:
        names = [self.texts.area_names.get(key, key) for key in keys]
        if len(names) == 1:
            return names[0]
        return f"{', '.join(names[:-1])} {self.texts.and_word} {names[-1]}"


def between(pair: tuple[float, float], fraction: float) -> float:
    first, last = pair
    return first + (last - first) * fraction


def sentence(template: str, **values: object) -> str:
    """``template`` filled in, with a capital first letter when a value opens it."""
    text = template.format(**values)
    return text[:1].upper() + text[1:]


def stamp(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0)) + dt.timedelta(minutes=minute % 600)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
