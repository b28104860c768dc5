"""Current levels, gaps and staleness from dated self-assessments."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.skills import (
    AreaLevel,
    Assessment,
    SkillState,
    area_levels,
    months_before,
    skill_states,
    stale_skills,
)

D = dt.date


def test_current_level_is_the_latest_by_date_whatever_the_input_order():
    states = skill_states(
        [
            Assessment("web_analytics", D(2024, 5, 1), 3, id=2),
            Assessment("web_analytics", D(2023, 1, 1), 1, id=9),
            Assessment("web_analytics", D(2024, 1, 1), 2, id=5),
        ],
        {},
    )
    assert states["web_analytics"].current == 3
    assert states["web_analytics"].last_assessed == D(2024, 5, 1)


def test_same_day_assessments_are_decided_by_the_higher_id():
    day = D(2024, 3, 3)
    states = skill_states(
        [Assessment("seo_x", day, 4, id=7), Assessment("seo_x", day, 2, id=3)], {}
    )
    assert states["seo_x"].current == 4


def test_gap_is_target_minus_current():
    states = skill_states([Assessment("reporting", D(2024, 1, 1), 2)], {"reporting": 4})
    assert states["reporting"].gap == 2


def test_gap_is_none_when_target_or_current_is_missing():
    states = skill_states(
        [Assessment("reporting", D(2024, 1, 1), 2)],
        {"leadership": 3},
        skill_keys=["brand_strategy"],
    )
    assert states["reporting"].gap is None  # no target
    assert states["leadership"].gap is None  # never assessed
    assert states["leadership"].target == 3
    assert states["brand_strategy"] == SkillState("brand_strategy", None, None, None)


def test_states_cover_requested_assessed_and_targeted_skills_in_order():
    states = skill_states([Assessment("b", D(2024, 1, 1), 1)], {"c": 2}, skill_keys=["a", "b"])
    assert list(states) == ["a", "b", "c"]


def test_a_negative_gap_is_kept_when_above_target():
    states = skill_states([Assessment("x", D(2024, 1, 1), 5)], {"x": 3})
    assert states["x"].gap == -2


@pytest.mark.parametrize("level", [-1, 6, True])
def test_assessment_levels_outside_the_scale_are_refused(level):
    with pytest.raises(ValueError):
        Assessment("x", D(2024, 1, 1), level)


def test_targets_outside_the_scale_are_refused():
    with pytest.raises(ValueError):
        skill_states([], {"x": 7})


def test_area_level_is_the_mean_of_assessed_skills_rounded_to_one_decimal():
    states = skill_states(
        [
            Assessment("technical_seo", D(2024, 1, 1), 4),
            Assessment("content_on_page", D(2024, 1, 1), 2),
            Assessment("link_building", D(2024, 1, 1), 1),
        ],
        {"technical_seo": 5, "link_building": 3},
    )
    area_skills = {"seo": ["technical_seo", "content_on_page", "link_building"]}
    assert area_levels(states, area_skills) == {"seo": AreaLevel(current=2.3, target=4.0)}


def test_unassessed_skills_do_not_drag_the_area_down():
    states = skill_states([Assessment("reporting", D(2024, 1, 1), 4)], {}, ["web_analytics"])
    levels = area_levels(states, {"analytics": ["web_analytics", "reporting", "experimentation"]})
    assert levels["analytics"] == AreaLevel(current=4.0, target=None)


def test_an_area_with_nothing_assessed_has_no_level():
    levels = area_levels({}, {"strategy": ["leadership"], "seo": []})
    assert levels == {"strategy": AreaLevel(), "seo": AreaLevel()}


def test_area_level_refuses_values_off_the_scale():
    with pytest.raises(ValueError):
        AreaLevel(current=5.5)


def test_skills_not_assessed_for_six_months_are_stale_oldest_first():
    today = D(2024, 9, 15)
    states = skill_states(
        [
            Assessment("fresh", D(2024, 3, 16), 2),  # one day short of six months
            Assessment("exactly", D(2024, 3, 15), 2),
            Assessment("old", D(2023, 1, 1), 2),
        ],
        {"never": 3},
    )
    assert stale_skills(states, today) == ("old", "exactly")


def test_stale_period_can_be_changed():
    states = skill_states([Assessment("x", D(2024, 8, 1), 2)], {})
    assert stale_skills(states, D(2024, 9, 15), months=1) == ("x",)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2024, 9, 15), 6, D(2024, 3, 15)),
        (D(2024, 3, 1), 6, D(2023, 9, 1)),
        (D(2024, 8, 31), 6, D(2024, 2, 29)),  # clamped to a leap February
        (D(2023, 8, 31), 6, D(2023, 2, 28)),
        (D(2024, 1, 10), 12, D(2023, 1, 10)),
    ],
)
def test_months_before_is_calendar_aware(day, months, expected):
    assert months_before(day, months) == expected


levels = st.integers(min_value=0, max_value=5)


@given(st.lists(st.tuples(st.dates(), levels, st.integers(0, 100)), min_size=1))
def test_current_is_always_the_level_of_the_maximum_date_and_id(rows):
    assessments = [Assessment("k", day, level, id=i) for day, level, i in rows]
    expected = max(assessments, key=lambda a: (a.day, a.id))
    state = skill_states(assessments, {})["k"]
    if sum(1 for a in assessments if (a.day, a.id) == (expected.day, expected.id)) == 1:
        assert state.current == expected.level
    assert state.last_assessed == expected.day


@given(st.lists(levels, min_size=1, max_size=6))
def test_area_level_stays_on_the_scale(values):
    keys = [f"s{i}" for i in range(len(values))]
    states = skill_states(
        [Assessment(k, D(2024, 1, 1), v) for k, v in zip(keys, values, strict=True)], {}
    )
    current = area_levels(states, {"area": keys})["area"].current
    assert current is not None
    assert 0 <= current <= 5
