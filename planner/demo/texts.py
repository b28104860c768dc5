"""Phrase banks for the demo data, read from ``resources/demo/<language>.toml``.

These are *data*: what a person would have typed into the planner in their
own language (titles, notes, reflections, goals, reviews). They are written
into the database as user text and never go through gettext. The terms follow
``glossary.md`` so that the demo reads like the UI around it.

Placeholders: ``{topic}`` a skill in running text, ``{areas}`` a list of
areas, ``{title}`` a job title, numbers as named.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from planner.resources import resource_path


@dataclass(frozen=True)
class DemoTexts:
    person: str
    role: str
    currency: str
    and_word: str
    skill_topics: Mapping[str, str]
    area_names: Mapping[str, str]
    plan_titles: Mapping[str, tuple[str, ...]]  # by LearningType value
    providers: Mapping[str, tuple[tuple[str, str], ...]]  # by LearningType value: (name, url)
    plan_notes: tuple[str, ...]
    learned: Mapping[str, tuple[str, ...]]  # by LearningType value
    insights: tuple[str, ...]
    apply: tuple[str, ...]
    assessment_notes: tuple[str, ...]
    strengths_notes: tuple[str, ...]
    rationale: Mapping[str, tuple[str, ...]]  # by Road value
    posting_titles: Mapping[str, tuple[str, ...]]  # by area key
    seniority_titles: Mapping[str, str]  # by Seniority value, with {title}
    employers: tuple[str, ...]
    sources: tuple[str, ...]
    locations: tuple[str, ...]
    posting_notes: tuple[str, ...]
    year_notes: tuple[str, ...]
    goal_level: tuple[str, str]  # (title, measure) with {topic}, {level}
    goal_hours: tuple[str, str]  # with {hours}
    goal_peer: tuple[str, str]  # with {count}
    goal_market: tuple[str, str]  # with {count}
    goal_share: tuple[str, str]  # with {topic}
    review_opening: tuple[str, ...]  # with {year}, {hours}, {entries}
    review_plan: tuple[str, ...]  # with {done}, {total}, {dropped}
    review_goals: tuple[str, ...]  # with {done}, {total}
    review_best: tuple[str, ...]  # with {topic}
    review_next: tuple[str, ...]  # with {topic}


def texts_for(language: str) -> DemoTexts:
    """The phrase bank for ``language``; English for a language we do not write."""
    written = resource_path(f"demo/{language}.toml").is_file()
    return _load(language if written else "en")


@cache
def _load(language: str) -> DemoTexts:
    with resource_path(f"demo/{language}.toml").open("rb") as handle:
        document = tomllib.load(handle)
    names = {field.name for field in dataclasses.fields(DemoTexts)}
    if set(document) != names:  # a mistake in the phrase bank, not in the user's data
        raise ValueError(f"demo/{language}.toml: keys differ by {set(document) ^ names}")
    return DemoTexts(**{name: _frozen(value) for name, value in document.items()})


def _frozen(value: Any) -> Any:
    """TOML's lists and tables as tuples and read-only mappings, all the way down."""
    if isinstance(value, dict):
        return MappingProxyType({key: _frozen(item) for key, item in value.items()})
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    return value
