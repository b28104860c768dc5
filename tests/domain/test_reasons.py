"""Reasons render after translation, and every template is an extractable N_ literal."""

from __future__ import annotations

import ast
import datetime as dt
import string
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain import advisor, learning, market
from planner.domain.advisor import ChoiceInput, StrengthsInput, advise
from planner.domain.catalogue import AREA_KEYS
from planner.domain.enums import LearningType, Road
from planner.domain.reasons import (
    Label,
    LabelKind,
    Reason,
    label_namer,
    render_reason,
)
from planner.domain.skills import AreaLevel

DOMAIN = Path(advisor.__file__).parent
RULE_MODULES = (
    "advisor.py",
    "advisor_rules.py",
    "market.py",
    "learning.py",
    "skills.py",
    "reasons.py",
)


@cache
def marked_literals() -> frozenset[str]:
    """Every string passed literally to N_() in the rule modules: what Babel extracts."""
    found: set[str] = set()
    for name in RULE_MODULES:
        tree = ast.parse((DOMAIN / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "N_":
                (arg,) = node.args
                assert isinstance(arg, ast.Constant)
                assert isinstance(arg.value, str)
                found.add(arg.value)
    return frozenset(found)


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def fake_namer(label: Label) -> str:
    return f"<{label.kind}:{label.key}>"


def test_render_translates_first_then_fills_in_named_labels():
    reason = Reason("{area} fits {fit} of 5.", {"area": Label(LabelKind.AREA, "seo"), "fit": 4.2})
    catalog = {"{area} fits {fit} of 5.": "{area} passer {fit} av 5."}

    text = render_reason(reason, lambda msg: catalog.get(msg, msg), fake_namer)

    assert text == "<area:seo> passer 4.2 av 5."


def test_render_formats_numbers_for_the_locale_when_asked():
    reason = Reason("{fit} and {rank}", {"fit": 4.2, "rank": 3})
    assert render_reason(reason, str, fake_namer, number=lambda v: f"#{v}") == "#4.2 and #3"


def test_label_namer_names_enums_itself_and_asks_for_areas_and_skills():
    translated: list[str] = []

    def translate(message: str) -> str:
        translated.append(message)
        return message.upper()

    name = label_namer(translate, area_name=lambda key: f"Area {key}", skill_name=str.title)
    assert name(Label(LabelKind.AREA, "seo")) == "Area seo"
    assert name(Label(LabelKind.SKILL, "reporting")) == "Reporting"
    assert name(Label(LabelKind.STRENGTH, "people")) == "PEOPLE AND PERSUASION"
    assert name(Label(LabelKind.ROAD, "deep_specialist")) == "DEEP SPECIALIST (ONE AREA)"
    assert name(Label(LabelKind.LEARNING_GROUP, "peer")) == "PEER LEARNING"
    assert "People and persuasion" in translated


def test_label_namer_falls_back_to_the_skill_key():
    name = label_namer(str, area_name=str)
    assert name(Label(LabelKind.SKILL, "reporting")) == "reporting"


def test_reason_params_are_read_only_copies():
    params = {"area": Label(LabelKind.AREA, "seo")}
    reason = Reason("{area}", params)
    params["area"] = Label(LabelKind.AREA, "analytics")
    assert reason.params["area"] == Label(LabelKind.AREA, "seo")
    with pytest.raises(TypeError):
        reason.params["x"] = 1  # type: ignore[index]


def test_module_level_templates_are_n_marked_and_their_placeholders_are_plain_names():
    literals = marked_literals()
    assert len(literals) >= 40
    for template in literals:
        assert all(name.isidentifier() for name in placeholders(template)), template


def produced_reasons(person: StrengthsInput, demand, levels, choice) -> list[Reason]:
    advice = advise(person, levels, demand, choice)
    reasons = [*advice.principles, *advice.strengths, *advice.road_reasons, *advice.differs]
    reasons += [*advice.choice_problems]
    reasons += [r for ranked in advice.ranking for r in ranked.reasons]
    reasons += [r for gap in advice.breadth_gaps for r in gap.reasons]
    reasons += [r for key in AREA_KEYS for r in advisor.validate_focus(Road.SEMI_SPECIALIST, [key])]
    shares = {key: (value or 0.0) for key, value in (demand or {}).items()}
    rows = market.demand_vs_level(shares, levels or {})
    reasons += [row.reason for row in rows if row.reason] + [market.REMINDER]
    entries = [learning.LogEntry(dt.date(2024, 1, 1), 30, kind) for kind in LearningType]
    reasons.append(learning.peer_formal_balance(entries, 2024).advice)
    return reasons


strength_values = st.integers(1, 5)
level_values = st.none() | st.floats(0, 5, allow_nan=False)


@given(
    st.builds(StrengthsInput, strength_values, strength_values, strength_values, strength_values),
    st.none() | st.fixed_dictionaries({k: st.floats(0, 1, allow_nan=False) for k in AREA_KEYS}),
    st.none()
    | st.fixed_dictionaries(
        {k: st.builds(AreaLevel, level_values, level_values) for k in AREA_KEYS}
    ),
    st.none()
    | st.builds(
        ChoiceInput, st.sampled_from(Road), st.lists(st.sampled_from(AREA_KEYS)).map(tuple)
    ),
)
def test_every_produced_reason_is_extractable_and_renders(person, demand, levels, choice):
    literals = marked_literals()
    for reason in produced_reasons(person, demand, levels, choice):
        assert reason.template in literals
        assert placeholders(reason.template) == set(reason.params)
        assert "{" not in render_reason(reason, str, fake_namer)


def test_catalogue_namer_names_areas_and_skills_from_the_catalogue():
    from planner.domain.reasons import catalogue_namer

    shout = str.upper
    name = catalogue_namer(shout, {"custom_one": "My own skill", "seo_content": None})
    assert name(Label(LabelKind.AREA, "seo")) == "SEO"
    assert name(Label(LabelKind.AREA, "no_such_area")) == "no_such_area"
    assert name(Label(LabelKind.SKILL, "custom_one")) == "My own skill"  # typed: never translated
    assert name(Label(LabelKind.SKILL, "no_such_skill")) == "no_such_skill"
    assert name(Label(LabelKind.ROAD, Road.DEEP_SPECIALIST.value)) == shout(
        Road.DEEP_SPECIALIST.label
    )
