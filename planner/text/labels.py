"""Display names for stored keys, translated into the active language.

The database stores keys; names are looked up in the catalogue and translated
here, the one place the UI, the CLI, the charts and the printed plan share.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from planner.domain.catalogue import default_catalogue
from planner.domain.enums import LabelledEnum
from planner.domain.reasons import Namer, Reason, catalogue_namer, render_reason
from planner.domain.scale import level
from planner.i18n import _
from planner.i18n.formatting import format_number


class NamedSkill(Protocol):
    key: str
    custom_name: str | None


def area_name(key: str) -> str:
    try:
        return _(default_catalogue().area(key).name)
    except KeyError:
        return key


def area_description(key: str) -> str:
    try:
        return _(default_catalogue().area(key).description)
    except KeyError:
        return ""


def skill_name(skill: NamedSkill) -> str:
    if skill.custom_name is not None:
        return skill.custom_name  # typed by the user: never translated
    return skill_name_for_key(skill.key)


def skill_name_for_key(key: str) -> str:
    try:
        return _(default_catalogue().skill(key).name)
    except KeyError:
        return key


def enum_label(member: LabelledEnum) -> str:
    return _(member.label)


def level_name(value: int) -> str:
    return _(level(value).name)


def level_definition(value: int) -> str:
    return _(level(value).definition)


def level_label(value: int) -> str:
    """``3 – Intermediate``: the number and the name of a level."""
    return f"{value} – {level_name(value)}"


def namer(custom_skill_names: Mapping[str, str | None] | None = None) -> Namer:
    """Names for the labels in a reason, in the active language (custom skills as typed)."""
    return catalogue_namer(_, custom_skill_names)


def reason_text(reason: Reason, custom_skill_names: Mapping[str, str | None] | None = None) -> str:
    """One reason, translated, with names and numbers in the active language.

    The one place the window, the command line and the charts render a reason.
    """
    return render_reason(reason, _, namer(custom_skill_names), format_number)
