"""Reasons: user-facing sentences the domain returns without knowing the language.

A :class:`Reason` is an English msgid (marked with ``N_`` where it is defined,
so Babel extracts it) plus the values for its ``{placeholders}``. Values that
are themselves translatable names (an area, a skill, a strength, a road, a
learning group) are passed as a :class:`Label` holding the stable key, so the
caller names them in the active language. Rendering is therefore::

    translate(reason.template).format(**named_params)

which :func:`render_reason` does. Translating first and formatting after keeps
the msgid constant, so the catalog finds it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from planner.domain.enums import LearningGroup, Road, StrengthKind


class LabelKind(StrEnum):
    AREA = "area"
    SKILL = "skill"
    STRENGTH = "strength"
    ROAD = "road"
    LEARNING_GROUP = "learning_group"


@dataclass(frozen=True)
class Label:
    """A translatable name, by key: the caller turns it into words."""

    kind: LabelKind
    key: str


def area(key: str) -> Label:
    return Label(LabelKind.AREA, key)


def skill(key: str) -> Label:
    return Label(LabelKind.SKILL, key)


def strength(kind: StrengthKind) -> Label:
    return Label(LabelKind.STRENGTH, kind.value)


def road(value: Road) -> Label:
    return Label(LabelKind.ROAD, value.value)


ParamValue = str | int | float | Label
Translate = Callable[[str], str]
Namer = Callable[[Label], str]
NumberFormat = Callable[[int | float], str]


@dataclass(frozen=True)
class Reason:
    """One sentence: ``template`` is an N_-marked msgid; ``params`` fill it."""

    template: str
    params: Mapping[str, ParamValue] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        # A read-only copy: a frozen Reason must not change under its holder.
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))


def render_reason(
    reason: Reason,
    translate: Translate,
    name: Namer,
    number: NumberFormat | None = None,
) -> str:
    """The sentence in the caller's language.

    ``name`` gives the (translated) name of a :class:`Label`; ``number``, when
    given, formats ints and floats for the locale (e.g. Babel's decimal).
    """
    values: dict[str, str | int | float] = {}
    for key, value in reason.params.items():
        if isinstance(value, Label):
            values[key] = name(value)
        elif number is not None and isinstance(value, int | float) and not isinstance(value, bool):
            values[key] = number(value)
        else:
            values[key] = value
    return translate(reason.template).format(**values)


def label_namer(
    translate: Translate,
    area_name: Callable[[str], str],
    skill_name: Callable[[str], str] | None = None,
) -> Namer:
    """A :data:`Namer` that names enum labels itself and asks for area and skill names.

    Area and skill names live in the catalogue, which the caller owns; the
    functions given here return them already translated.
    """

    def name(label: Label) -> str:
        match label.kind:
            case LabelKind.AREA:
                return area_name(label.key)
            case LabelKind.SKILL:
                return skill_name(label.key) if skill_name else label.key
            case LabelKind.STRENGTH:
                return translate(StrengthKind(label.key).label)
            case LabelKind.ROAD:
                return translate(Road(label.key).label)
            case LabelKind.LEARNING_GROUP:
                return translate(LearningGroup(label.key).label)
        raise ValueError(f"unknown label kind {label.kind!r}")

    return name


def catalogue_namer(
    translate: Translate, custom_skill_names: Mapping[str, str | None] | None = None
) -> Namer:
    """The one :data:`Namer` for reasons: areas and skills by their catalogue names.

    Names come from the default catalogue in ``translate``'s language; a custom
    skill is named as typed (``custom_skill_names``, never translated); an
    unknown key is shown as it is.
    """
    from planner.domain.catalogue import default_catalogue

    catalogue = default_catalogue()
    custom = custom_skill_names or {}

    def area_name(key: str) -> str:
        try:
            return translate(catalogue.area(key).name)
        except KeyError:
            return key

    def skill_name(key: str) -> str:
        typed = custom.get(key)
        if typed:
            return typed
        try:
            return translate(catalogue.skill(key).name)
        except KeyError:
            return key

    return label_namer(translate, area_name, skill_name)
