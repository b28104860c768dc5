"""The catalogue of areas and skills, loaded from ``resources/catalogue.json``.

Keys are stable and stored in the database; English names are the msgids the
UI translates at display time. Names are never stored translated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from planner.resources import resource_path


@dataclass(frozen=True)
class CatalogueSkill:
    key: str
    name: str
    area_key: str


@dataclass(frozen=True)
class CatalogueArea:
    key: str
    name: str
    description: str
    skills: tuple[CatalogueSkill, ...]


@dataclass(frozen=True)
class Catalogue:
    areas: tuple[CatalogueArea, ...]

    def area(self, key: str) -> CatalogueArea:
        for area in self.areas:
            if area.key == key:
                return area
        raise KeyError(key)

    @property
    def area_keys(self) -> tuple[str, ...]:
        return tuple(area.key for area in self.areas)

    @property
    def skills(self) -> tuple[CatalogueSkill, ...]:
        return tuple(skill for area in self.areas for skill in area.skills)

    def skill(self, key: str) -> CatalogueSkill:
        for skill in self.skills:
            if skill.key == key:
                return skill
        raise KeyError(key)


def parse_catalogue(data: dict) -> Catalogue:
    areas = []
    for area in data["areas"]:
        skills = tuple(CatalogueSkill(s["key"], s["name"], area["key"]) for s in area["skills"])
        areas.append(CatalogueArea(area["key"], area["name"], area["description"], skills))
    return Catalogue(tuple(areas))


@lru_cache(maxsize=1)
def default_catalogue(path: Path | None = None) -> Catalogue:
    source = path or resource_path("catalogue.json")
    with source.open(encoding="utf-8") as handle:
        return parse_catalogue(json.load(handle))


AREA_KEYS: tuple[str, ...] = (
    "seo",
    "digital_media",
    "crm_email",
    "social_media",
    "analytics",
    "strategy",
)
