"""Learning log totals, the peer/formal balance, plan coverage of gaps."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain import learning
from planner.domain.enums import LearningGroup, LearningType, PlanStatus
from planner.domain.learning import (
    LogEntry,
    PlanItem,
    gap_coverage,
    hours_per_item,
    minutes_by_group,
    peer_formal_balance,
    period_totals,
    validate_minutes,
)
from planner.domain.skills import SkillState

D = dt.date
L = LearningType


def entry(day: dt.date, minutes: int, kind: LearningType = L.COURSE, item: int | None = None):
    return LogEntry(day, minutes, kind, item)


# --- validate_minutes -----------------------------------------------------------------


@pytest.mark.parametrize("minutes", [1, 45, 1440])
def test_minutes_from_one_to_a_day_are_valid(minutes):
    assert validate_minutes(minutes) == []


@pytest.mark.parametrize("minutes", [0, -5, 1441, 2.5, "30", None, True])
def test_other_minutes_are_a_problem(minutes):
    assert [r.template for r in validate_minutes(minutes)] == [learning._MINUTES_PROBLEM]


# --- minutes by group -----------------------------------------------------------------


def test_minutes_by_group_sums_the_period_with_both_ends_included():
    entries = [
        entry(D(2024, 1, 1), 30, L.MENTOR),
        entry(D(2024, 1, 31), 60, L.COURSE),
        entry(D(2024, 1, 15), 20, L.BOOK_PODCAST),
        entry(D(2024, 1, 15), 10, L.TWITTER_LIST),
        entry(D(2024, 2, 1), 999, L.DEGREE),
    ]
    totals = minutes_by_group(entries, D(2024, 1, 1), D(2024, 1, 31))
    assert totals == {
        LearningGroup.PEER: 40,
        LearningGroup.FORMAL: 60,
        LearningGroup.SELF_DIRECTED: 20,
    }


def test_minutes_by_group_lists_every_group_even_when_empty():
    assert minutes_by_group([], D(2024, 1, 1), D(2024, 12, 31)) == dict.fromkeys(LearningGroup, 0)


# --- peer vs formal balance -----------------------------------------------------------


def test_balance_is_advised_when_peer_learning_is_under_a_quarter():
    entries = [entry(D(2024, 3, 1), 20, L.MENTOR), entry(D(2024, 3, 2), 80, L.COURSE)]
    balance = peer_formal_balance(entries, 2024)
    assert balance.peer_share == 0.2
    assert balance.advice.template == learning._BALANCE_ADD_PEER
    assert balance.advice.params == {"percent": 20}


def test_balance_is_advised_when_formal_education_is_under_a_quarter():
    entries = [entry(D(2024, 3, 1), 90, L.COMMUNITY), entry(D(2024, 3, 2), 10, L.CERTIFICATION)]
    balance = peer_formal_balance(entries, 2024)
    assert balance.advice.template == learning._BALANCE_ADD_FORMAL
    assert balance.advice.params == {"percent": 10}


def test_a_quarter_on_either_side_counts_as_balanced():
    entries = [entry(D(2024, 3, 1), 25, L.CONFERENCE), entry(D(2024, 3, 2), 75, L.DEGREE)]
    balance = peer_formal_balance(entries, 2024)
    assert balance.advice.template == learning._BALANCE_OK
    assert balance.advice.params == {"percent": 25}


def test_self_directed_learning_is_counted_but_not_part_of_the_balance():
    entries = [
        entry(D(2024, 3, 1), 50, L.MENTOR),
        entry(D(2024, 3, 2), 50, L.COURSE),
        entry(D(2024, 3, 3), 500, L.JOB_PROJECT),
        entry(D(2023, 3, 3), 500, L.MENTOR),
    ]
    balance = peer_formal_balance(entries, 2024)
    assert (balance.peer_minutes, balance.formal_minutes, balance.self_directed_minutes) == (
        50,
        50,
        500,
    )
    assert balance.peer_share == 0.5


def test_no_peer_or_formal_learning_advises_both():
    balance = peer_formal_balance([entry(D(2024, 3, 3), 500, L.BOOK_PODCAST)], 2024)
    assert balance.peer_share is None
    assert balance.advice.template == learning._BALANCE_NONE


@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_peer_share_is_between_zero_and_one(peer, formal):
    entries = [entry(D(2024, 1, 1), peer, L.MENTOR), entry(D(2024, 1, 1), formal, L.COURSE)]
    share = peer_formal_balance(entries, 2024).peer_share
    if peer + formal == 0:
        assert share is None
    else:
        assert share is not None
        assert 0 <= share <= 1


# --- gap coverage ---------------------------------------------------------------------


def state(key: str, current: int | None, target: int | None) -> SkillState:
    return SkillState(key, current, target, None)


def item(item_id: int, skills: set[str], status=PlanStatus.PLANNED, hours=None) -> PlanItem:
    return PlanItem(item_id, f"item {item_id}", frozenset(skills), status, hours)


def test_each_gap_lists_the_open_plan_items_that_build_it():
    skills = [state("reporting", 1, 3), state("web_analytics", 2, 4)]
    items = [
        item(1, {"reporting"}),
        item(2, {"reporting", "web_analytics"}, PlanStatus.IN_PROGRESS),
        item(3, {"web_analytics"}, PlanStatus.IDEA),
    ]
    coverage = gap_coverage(skills, items)
    assert coverage.uncovered == ()
    assert [(g.skill_key, [i.id for i in g.items]) for g in coverage.covered] == [
        ("reporting", [1, 2]),
        ("web_analytics", [2, 3]),
    ]
    assert coverage.covered[0].gap == 2


def test_done_and_dropped_items_do_not_cover_a_gap():
    skills = [state("leadership", 2, 4)]
    items = [item(1, {"leadership"}, PlanStatus.DONE), item(2, {"leadership"}, PlanStatus.DROPPED)]
    coverage = gap_coverage(skills, items)
    assert coverage.covered == ()
    assert [g.skill_key for g in coverage.uncovered] == ["leadership"]


def test_skills_without_a_gap_are_left_out():
    skills = [state("a", 3, 3), state("b", 4, 2), state("c", 2, None)]
    assert gap_coverage(skills, [item(1, {"a", "b", "c"})]) == learning.Coverage((), ())


def test_an_unassessed_skill_with_a_target_counts_from_zero():
    coverage = gap_coverage([state("crisis_communication", None, 2)], [])
    (gap,) = coverage.uncovered
    assert gap.gap == 2


# --- hours per item -------------------------------------------------------------------


def test_hours_logged_per_plan_item_against_the_estimate():
    items = [item(1, set(), hours=10), item(2, set()), item(3, set(), hours=1)]
    entries = [
        entry(D(2024, 1, 1), 90, item=1),
        entry(D(2024, 1, 2), 150, item=1),
        entry(D(2024, 1, 3), 30, item=2),
        entry(D(2024, 1, 4), 600, item=None),
        entry(D(2024, 1, 5), 90, item=3),
    ]
    progress = hours_per_item(items, entries)
    assert [(p.item_id, p.logged_minutes) for p in progress] == [(1, 240), (2, 30), (3, 90)]
    assert progress[0].logged_hours == 4.0
    assert progress[0].done_share == 0.4
    assert progress[1].done_share is None  # no estimate
    assert progress[2].done_share == 1.5  # more than estimated is shown, not capped


# --- this week, month, year -----------------------------------------------------------


def test_totals_for_the_iso_week_month_and_year_of_today():
    today = D(2024, 5, 15)  # a Wednesday; the week is Mon 13 to Sun 19 May
    entries = [
        entry(D(2024, 5, 13), 10),
        entry(D(2024, 5, 19), 20),
        entry(D(2024, 5, 12), 40),  # Sunday before: month and year only
        entry(D(2024, 1, 2), 80),
        entry(D(2023, 5, 15), 160),
    ]
    assert period_totals(entries, today) == learning.PeriodTotals(30, 70, 150)


def test_a_week_straddling_new_year_counts_both_sides():
    today = D(2025, 1, 1)  # Wednesday; the ISO week started Monday 30 December 2024
    entries = [entry(D(2024, 12, 30), 15), entry(D(2025, 1, 1), 5)]
    assert period_totals(entries, today) == learning.PeriodTotals(20, 5, 5)


def test_log_entry_knows_its_group():
    assert entry(D(2024, 1, 1), 5, L.TWITTER_LIST).group is LearningGroup.PEER
    assert entry(D(2024, 1, 1), 5, L.DEGREE).group is LearningGroup.FORMAL
