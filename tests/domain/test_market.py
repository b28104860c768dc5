"""The yearly job-market analysis."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain import market
from planner.domain.catalogue import AREA_KEYS
from planner.domain.market import (
    IN_DEMAND_SHARE,
    Posting,
    compare_years,
    demand_vs_level,
    demand_weights,
    needs_reminder,
    tally,
)
from planner.domain.reasons import Label, LabelKind
from planner.domain.skills import AreaLevel

D = dt.date


def posting(day: dt.date, areas=(), skills=()) -> Posting:
    return Posting(day, frozenset(areas), frozenset(skills))


POSTINGS = [
    posting(D(2024, 2, 1), {"seo", "analytics"}, {"technical_seo", "web_analytics"}),
    posting(D(2024, 5, 1), {"seo"}, {"technical_seo"}),
    posting(D(2024, 7, 1), {"social_media"}, {"content_creation"}),
    posting(D(2024, 12, 31), {"seo", "social_media"}, {"technical_seo", "content_creation"}),
    posting(D(2023, 3, 1), {"seo"}, {"link_building"}),
    posting(D(2023, 4, 1), {"crm_email"}, {"data_segmentation"}),
]


def test_tally_counts_only_the_years_postings():
    assert tally(POSTINGS, 2024).postings == 4
    assert tally(POSTINGS, 2023).postings == 2
    assert tally(POSTINGS, 2022).postings == 0


def test_area_share_is_the_part_of_postings_asking_for_it():
    shares = tally(POSTINGS, 2024).area_shares
    assert shares["seo"] == 0.75
    assert shares["social_media"] == 0.5
    assert shares["analytics"] == 0.25


def test_area_shares_list_every_default_area_in_catalogue_order_then_others():
    extra = [*POSTINGS, posting(D(2024, 1, 1), {"podcasts"})]
    shares = tally(extra, 2024).area_shares
    assert list(shares) == [*AREA_KEYS, "podcasts"]
    assert shares["crm_email"] == 0.0


def test_skill_shares_list_the_skills_seen_most_asked_for_first():
    shares = tally(POSTINGS, 2024).skill_shares
    assert shares == {"technical_seo": 0.75, "content_creation": 0.5, "web_analytics": 0.25}
    assert list(shares) == ["technical_seo", "content_creation", "web_analytics"]


def test_a_year_without_postings_has_zero_shares():
    empty = tally(POSTINGS, 2020)
    assert set(empty.area_shares.values()) == {0.0}
    assert empty.skill_shares == {}


def test_change_from_the_previous_year_is_in_percentage_points():
    comparison = compare_years(POSTINGS, 2024)
    assert (comparison.postings, comparison.previous_postings) == (4, 2)
    areas = {row.key: row for row in comparison.areas}
    assert areas["seo"].previous_share == 0.5
    assert areas["seo"].points == 25.0
    assert areas["crm_email"].points == -50.0
    assert areas["social_media"].points == 50.0
    skills = {row.key: row for row in comparison.skills}
    assert skills["link_building"].share == 0.0
    assert skills["link_building"].points == -50.0


def test_change_is_none_when_the_previous_year_has_no_postings():
    comparison = compare_years(POSTINGS, 2023)
    assert comparison.previous_postings == 0
    assert all(row.points is None and row.previous_share is None for row in comparison.areas)
    assert all(row.points is None for row in comparison.skills)


def test_change_is_none_when_this_year_has_no_postings_yet():
    comparison = compare_years(POSTINGS, 2025)
    assert all(row.points is None for row in comparison.areas)


def test_change_is_rounded_to_one_decimal():
    rows = [posting(D(2024, 1, i + 1), {"seo"} if i == 0 else ()) for i in range(3)]
    rows += [posting(D(2023, 1, 1), {"seo"}), posting(D(2023, 1, 2))]
    areas = {row.key: row for row in compare_years(rows, 2024).areas}
    assert areas["seo"].points == -16.7


def test_demand_weight_is_the_share_relative_to_the_top_area():
    weights = demand_weights(tally(POSTINGS, 2024))
    assert weights["seo"] == 1.0
    assert weights["social_media"] == pytest.approx(2 / 3)
    assert weights["strategy"] == 0.0


def test_demand_weights_are_zero_without_postings():
    assert set(demand_weights(tally([], 2024)).values()) == {0.0}


def test_demand_weights_feed_the_advisor():
    from planner.domain.advisor import StrengthsInput, rank_areas

    weights = demand_weights(tally(POSTINGS, 2024))
    ranking = rank_areas(StrengthsInput(3, 3, 3, 3), weights)
    assert ranking[0].area_key == "seo"


def test_in_demand_and_weak_is_flagged():
    shares = {"seo": 0.5, "analytics": 0.2, "crm_email": 0.4}
    levels = {
        "seo": AreaLevel(current=2.0, target=4.0),
        "analytics": AreaLevel(current=1.0),  # weak but little asked for
        "crm_email": AreaLevel(current=3.0),  # asked for, and not weak
    }
    rows = {row.key: row for row in demand_vs_level(shares, levels)}
    assert rows["seo"].weak_in_demand
    assert not rows["analytics"].weak_in_demand
    assert not rows["crm_email"].weak_in_demand
    assert rows["seo"].reason is not None
    assert rows["seo"].reason.template == market._WEAK_TARGET_CLOSES
    assert rows["seo"].reason.params == {
        "name": Label(LabelKind.AREA, "seo"),
        "percent": 50,
        "current": 2.0,
        "target": 4.0,
    }


def test_the_flag_starts_at_the_documented_share():
    level = {"seo": AreaLevel(current=1.0)}
    just_below = demand_vs_level({"seo": IN_DEMAND_SHARE - 0.01}, level)[0]
    at = demand_vs_level({"seo": IN_DEMAND_SHARE}, level)[0]
    assert not just_below.weak_in_demand
    assert at.weak_in_demand
    assert at.reason is not None
    assert at.reason.template == market._WEAK_NO_TARGET
    assert at.reason.params["level"] == market.WEAK_BELOW


def test_unassessed_and_in_demand_is_flagged_with_its_own_sentence():
    row = demand_vs_level({"seo": 0.6}, {})[0]
    assert row.weak_in_demand
    assert row.current is None
    assert row.reason is not None
    assert row.reason.template == market._NOT_ASSESSED


def test_rows_are_most_asked_for_first_and_include_levels_without_demand():
    rows = demand_vs_level({"seo": 0.2, "analytics": 0.6}, {"strategy": AreaLevel(current=2)})
    assert [row.key for row in rows] == ["analytics", "seo", "strategy"]
    assert rows[2].share == 0.0


def test_demand_vs_level_works_for_skills_too():
    row = demand_vs_level({"web_analytics": 0.5}, {}, kind=LabelKind.SKILL)[0]
    assert row.reason is not None
    assert row.reason.params["name"] == Label(LabelKind.SKILL, "web_analytics")


def test_reminder_when_no_posting_was_read_this_year():
    today = D(2025, 1, 10)
    assert needs_reminder([D(2024, 12, 31)], today)
    assert needs_reminder([], today)
    assert not needs_reminder([D(2024, 3, 1), D(2025, 1, 2)], today)


def test_posting_accepts_any_iterable_of_keys():
    assert Posting(D(2024, 1, 1), ["seo", "seo"], ()).areas == frozenset({"seo"})  # type: ignore[arg-type]


area_sets = st.frozensets(st.sampled_from([*AREA_KEYS, "other"]))
skill_sets = st.frozensets(st.sampled_from(["a", "b", "c"]))
postings = st.lists(
    st.builds(Posting, st.dates(D(2022, 1, 1), D(2025, 12, 31)), area_sets, skill_sets)
)


@given(postings, st.integers(2022, 2025))
def test_shares_and_weights_are_between_zero_and_one(rows, year):
    year_tally = tally(rows, year)
    assert all(0 <= v <= 1 for v in year_tally.area_shares.values())
    assert all(0 <= v <= 1 for v in year_tally.skill_shares.values())
    weights = demand_weights(year_tally)
    assert all(0 <= v <= 1 for v in weights.values())
    if year_tally.postings and any(year_tally.area_shares.values()):
        assert max(weights.values()) == 1.0


@given(postings, st.integers(2022, 2025))
def test_change_points_stay_within_plus_minus_one_hundred(rows, year):
    comparison = compare_years(rows, year)
    for row in (*comparison.areas, *comparison.skills):
        assert row.points is None or -100 <= row.points <= 100
