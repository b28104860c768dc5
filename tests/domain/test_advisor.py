"""The advisor: one test per rule, and one per sentence of the article's channel table."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain import advisor
from planner.domain.advisor import (
    DEMAND_WEIGHT,
    PROFILES,
    ChoiceInput,
    StrengthsInput,
    advise,
    area_fit,
    rank_areas,
    validate_focus,
)
from planner.domain.catalogue import AREA_KEYS, default_catalogue
from planner.domain.enums import Road, StrengthKind
from planner.domain.reasons import Label, LabelKind, Reason
from planner.domain.skills import AreaLevel

T, C, A, P = (
    StrengthKind.TECHNICAL,
    StrengthKind.CREATIVE,
    StrengthKind.ANALYTICAL,
    StrengthKind.PEOPLE,
)


def strengths(technical: int = 1, creative: int = 1, analytical: int = 1, people: int = 1):
    return StrengthsInput(technical, creative, analytical, people)


def order(advice_or_ranking) -> list[str]:
    ranking = getattr(advice_or_ranking, "ranking", advice_or_ranking)
    return [ranked.area_key for ranked in ranking]


def templates(reasons) -> list[str]:
    return [reason.template for reason in reasons]


def raises_fit(area_key: str, kind: StrengthKind) -> bool:
    base = strengths(3, 3, 3, 3)
    raised = StrengthsInput(**{**base.__dict__, kind.value: 4})
    return area_fit(raised, area_key) > area_fit(base, area_key)


strength_values = st.integers(min_value=1, max_value=5)
strength_profiles = st.builds(
    StrengthsInput, strength_values, strength_values, strength_values, strength_values
)
demands = st.fixed_dictionaries(
    {key: st.floats(min_value=0, max_value=1, allow_nan=False) for key in AREA_KEYS}
)


# --- The profile table covers exactly the six areas -----------------------------------


def test_profiles_cover_the_six_areas_in_catalogue_order():
    assert tuple(PROFILES) == AREA_KEYS


def test_every_weight_is_a_known_strength_and_non_negative():
    for profile in PROFILES.values():
        assert set(profile.weights) <= set(StrengthKind)
        assert all(weight > 0 for weight in profile.weights.values())


# --- SEO: three sentences ------------------------------------------------------------


def test_seo_is_the_most_technical_discipline():
    seo = PROFILES["seo"].weights[T]
    others = [p.weights.get(T, 0) for key, p in PROFILES.items() if key != "seo"]
    assert seo > max(others)


def test_seo_link_building_is_like_pr_and_sales_so_people_helps():
    assert raises_fit("seo", P)


def test_seo_being_technical_is_still_the_most_important_prerequisite():
    weights = PROFILES["seo"].weights
    assert all(weights[T] > w for kind, w in weights.items() if kind is not T)
    assert area_fit(strengths(technical=5), "seo") > area_fit(strengths(people=5), "seo")


# --- Digital media: three sentences ---------------------------------------------------


def test_digital_media_means_ppc_and_social_ads():
    skill_keys = {s.key for s in default_catalogue().area("digital_media").skills}
    assert {"search_ads", "social_ads"} <= skill_keys


def test_digital_media_creativity_and_analysis_are_a_mix():
    weights = PROFILES["digital_media"].weights
    assert weights[C] == weights[A] == max(weights.values())
    assert order(rank_areas(strengths(creative=5, analytical=5)))[0] == "digital_media"


def test_digital_media_rewards_influence_and_persuasion_too():
    weights = PROFILES["digital_media"].weights
    assert 0 < weights[P] < weights[C]
    assert raises_fit("digital_media", P)


# --- CRM / database and e-mail: three sentences ---------------------------------------


def test_crm_segmentation_is_structured_thinking():
    assert raises_fit("crm_email", A)


def test_crm_segmentation_is_quite_technical():
    weights = PROFILES["crm_email"].weights
    assert weights[T] == max(weights.values())


def test_crm_a_good_email_needs_a_good_deal_of_creativity():
    weights = PROFILES["crm_email"].weights
    assert weights[C] == weights[T]


# --- Social media: two sentences ------------------------------------------------------


def test_social_media_creativity_and_understanding_people_take_you_far():
    weights = PROFILES["social_media"].weights
    assert sorted(weights, key=weights.__getitem__, reverse=True)[:2] == [C, P]
    assert order(rank_areas(strengths(creative=5, people=5)))[0] == "social_media"


def test_social_media_is_helped_by_systematic_trend_analysis():
    weights = PROFILES["social_media"].weights
    assert 0 < weights[A] < weights[P]
    assert raises_fit("social_media", A)


# --- The article's suggestions by profile --------------------------------------------


def test_technical_only_ranks_seo_first():
    advice = advise(strengths(technical=5))
    assert order(advice)[0] == "seo"
    assert advice.road is Road.DEEP_SPECIALIST
    assert advice.focus == ("seo",)


def test_more_creative_ranks_social_media_first():
    assert order(rank_areas(strengths(creative=5)))[0] == "social_media"


def test_creative_and_people_ranks_social_media_first():
    assert order(rank_areas(strengths(creative=5, people=5)))[0] == "social_media"


def test_technical_and_creative_ranks_crm_email_first():
    advice = advise(strengths(technical=5, creative=5))
    assert order(advice)[0] == "crm_email"
    assert advice.focus == ("crm_email",)


def test_analytical_only_ranks_analytics_first():
    assert order(rank_areas(strengths(analytical=5)))[0] == "analytics"


def test_people_only_ranks_strategy_first():
    assert order(rank_areas(strengths(people=5)))[0] == "strategy"


# --- Strengths weigh most; the market breaks near-ties --------------------------------


def test_without_demand_the_order_follows_the_fit():
    ranking = rank_areas(strengths(4, 4, 3, 3))
    fits = [ranked.fit for ranked in ranking]
    assert fits == sorted(fits, reverse=True)
    assert all(ranked.demand is None for ranked in ranking)
    assert [r.rank for r in ranking] == [1, 2, 3, 4, 5, 6]


def test_market_demand_breaks_a_near_tie():
    person = strengths(4, 4, 3, 3)  # CRM 3.8, SEO 3.6: a near-tie
    assert order(rank_areas(person))[:2] == ["crm_email", "seo"]
    ranking = rank_areas(person, {"seo": 1.0, "crm_email": 0.0})
    assert order(ranking)[:2] == ["seo", "crm_email"]
    lift = [r for r in ranking[0].reasons if r.template == advisor._DEMAND_LIFT]
    assert lift
    assert lift[0].params["other"] == Label(LabelKind.AREA, "crm_email")


def test_market_demand_never_overturns_a_clear_strength_difference():
    demand = dict.fromkeys(AREA_KEYS, 1.0) | {"seo": 0.0}
    assert order(rank_areas(strengths(technical=5), demand))[0] == "seo"


def test_equal_strengths_leave_the_order_to_the_market():
    demand = {"analytics": 1.0, "social_media": 0.6, "seo": 0.2}
    assert order(rank_areas(strengths(3, 3, 3, 3), demand))[:3] == [
        "analytics",
        "social_media",
        "seo",
    ]


def test_exact_ties_fall_back_to_catalogue_order():
    assert order(rank_areas(strengths(2, 2, 2, 2))) == list(AREA_KEYS)


def test_an_area_missing_from_demand_has_no_demand_and_unknown_keys_are_ignored():
    ranking = rank_areas(strengths(3, 3, 3, 3), {"seo": 0.5, "tiktok_dance": 1.0})
    by_key = {ranked.area_key: ranked for ranked in ranking}
    assert by_key["seo"].demand == 0.5
    assert by_key["analytics"].demand == 0.0
    assert by_key["seo"].score == pytest.approx(3 + DEMAND_WEIGHT * 0.5)


@pytest.mark.parametrize("value", [-0.1, 1.01])
def test_demand_outside_zero_to_one_is_refused(value):
    with pytest.raises(ValueError):
        rank_areas(strengths(), {"seo": value})


@given(strength_profiles, demands)
def test_ranking_is_a_permutation_of_the_six_areas(person, demand):
    ranking = rank_areas(person, demand)
    assert sorted(order(ranking)) == sorted(AREA_KEYS)
    assert [r.rank for r in ranking] == list(range(1, 7))


@given(strength_profiles, demands)
def test_a_fit_lead_above_the_demand_weight_is_never_overturned(person, demand):
    ranking = rank_areas(person, demand)
    for higher_index, higher in enumerate(ranking):
        for lower in ranking[higher_index + 1 :]:
            assert lower.fit - higher.fit <= DEMAND_WEIGHT + 1e-9


# --- Reasons name the strengths and facts ---------------------------------------------


def test_every_rank_is_explained_with_its_fit_and_the_articles_fact():
    for ranked in rank_areas(strengths(technical=5)):
        fit_reason, note = ranked.reasons[:2]
        assert fit_reason.template == advisor._FIT
        assert fit_reason.params["area"] == Label(LabelKind.AREA, ranked.area_key)
        assert fit_reason.params["fit"] == round(ranked.fit, 1)
        assert note.template == PROFILES[ranked.area_key].note


def test_reasons_name_every_strength_the_area_asks_for_with_the_persons_score():
    person = strengths(technical=5, people=2)
    seo = next(r for r in rank_areas(person) if r.area_key == "seo")
    named = {
        r.params["strength"]: (r.template, r.params["score"])
        for r in seo.reasons
        if "strength" in r.params
    }
    assert named == {
        Label(LabelKind.STRENGTH, "technical"): (advisor._KEY_STRENGTH, 5),
        Label(LabelKind.STRENGTH, "analytical"): (advisor._HELPING_STRENGTH, 1),
        Label(LabelKind.STRENGTH, "people"): (advisor._HELPING_STRENGTH, 2),
    }


def test_demand_is_explained_only_when_given():
    without = rank_areas(strengths())
    assert all(advisor._DEMAND not in templates(r.reasons) for r in without)
    with_demand = rank_areas(strengths(), {"seo": 0.25})
    seo = next(r for r in with_demand if r.area_key == "seo")
    demand_reason = next(r for r in seo.reasons if r.template == advisor._DEMAND)
    assert demand_reason.params["percent"] == 25


def test_the_most_asked_for_area_is_named_as_such():
    seo = next(r for r in rank_areas(strengths(), {"seo": 1.0}) if r.area_key == "seo")
    assert advisor._DEMAND_TOP in templates(seo.reasons)
    assert advisor._DEMAND not in templates(seo.reasons)


def test_the_advice_names_the_persons_strongest_sides():
    advice = advise(strengths(technical=4, creative=4, analytical=2))
    assert [r.params["strength"] for r in advice.strengths] == [
        Label(LabelKind.STRENGTH, "technical"),
        Label(LabelKind.STRENGTH, "creative"),
    ]
    assert {r.params["score"] for r in advice.strengths} == {4}


def test_the_advice_carries_the_articles_frame():
    assert advise(strengths()).principles == advisor.PRINCIPLES
    assert len(advisor.PRINCIPLES) == 2


# --- Road and focus -------------------------------------------------------------------


def test_one_clearly_best_area_suggests_a_deep_specialist():
    advice = advise(strengths(creative=5))  # social 3.0, next 2.6: exactly DEEP_GAP
    assert advice.road is Road.DEEP_SPECIALIST
    assert advice.focus == ("social_media",)
    reason = advice.road_reasons[0]
    assert reason.template == advisor._DEEP
    assert reason.params == {
        "area": Label(LabelKind.AREA, "social_media"),
        "next": Label(LabelKind.AREA, "digital_media"),
    }


def test_two_or_three_close_areas_suggest_a_semi_specialist():
    advice = advise(strengths(4, 4, 3, 3))
    assert advice.road is Road.SEMI_SPECIALIST
    assert advice.focus == ("crm_email", "seo", "social_media")
    assert templates(advice.road_reasons) == [advisor._SEMI]


def test_semi_specialist_focus_follows_the_ranking_so_demand_orders_it():
    advice = advise(strengths(4, 4, 3, 3), demand={"seo": 1.0})
    assert advice.focus[:2] == ("seo", "crm_email")


def test_strategy_first_and_analytical_suggests_a_generalist_leader():
    advice = advise(strengths(technical=3, creative=2, analytical=4, people=5))
    assert order(advice)[0] == "strategy"
    assert advice.road is Road.GENERALIST_LEADER
    assert advice.focus == ("strategy",)
    reason = advice.road_reasons[0]
    assert reason.params["first"] == Label(LabelKind.STRENGTH, "people")
    assert reason.params["second"] == Label(LabelKind.STRENGTH, "analytical")
    assert (reason.params["first_score"], reason.params["second_score"]) == (5, 4)


def test_strategy_first_and_more_creative_suggests_communication_and_brand():
    advice = advise(strengths(technical=1, creative=3, analytical=2, people=5))
    assert order(advice)[:2] == ["strategy", "social_media"]
    assert advice.road is Road.COMMUNICATION_BRAND
    assert advice.focus == ("strategy", "social_media")
    assert advice.road_reasons[0].params["first"] == Label(LabelKind.STRENGTH, "creative")


def test_a_flat_profile_suggests_a_generalist_leader():
    advice = advise(strengths(3, 3, 3, 3))
    assert advice.road is Road.GENERALIST_LEADER
    assert advice.focus == ("strategy",)
    assert templates(advice.road_reasons) == [advisor._FLAT]


@given(strength_profiles, st.none() | demands)
def test_the_suggested_focus_always_suits_the_suggested_road(person, demand):
    advice = advise(person, demand=demand)
    assert validate_focus(advice.road, advice.focus) == []


# --- Breadth gaps ---------------------------------------------------------------------


def test_no_levels_means_no_breadth_analysis():
    assert advise(strengths()).breadth_gaps == ()


def test_areas_below_the_base_level_are_named_as_breadth_gaps():
    levels = {
        "seo": AreaLevel(current=1.0, target=3.0),
        "digital_media": AreaLevel(current=2.0),  # exactly the base: fine
        "crm_email": AreaLevel(current=1.7, target=1.0),
        "social_media": AreaLevel(current=4.0),
        "analytics": AreaLevel(current=3.5),
        "strategy": AreaLevel(current=2.3),
    }
    gaps = advise(strengths(), levels=levels).breadth_gaps
    assert [gap.area_key for gap in gaps] == ["seo", "crm_email"]
    seo, crm = gaps
    assert templates(seo.reasons) == [advisor._BELOW_BASE]
    assert seo.reasons[0].params == {
        "area": Label(LabelKind.AREA, "seo"),
        "current": 1.0,
        "base": advisor.BASE_LEVEL,
    }
    assert templates(crm.reasons) == [advisor._BELOW_BASE, advisor._TARGET_BELOW_BASE]
    assert crm.target == 1.0


def test_unassessed_areas_are_breadth_gaps_too():
    levels = {key: AreaLevel(current=3.0) for key in AREA_KEYS if key != "analytics"}
    gaps = advise(strengths(), levels=levels).breadth_gaps
    assert [(gap.area_key, templates(gap.reasons)) for gap in gaps] == [
        ("analytics", [advisor._NOT_ASSESSED])
    ]


# --- The user's choice ----------------------------------------------------------------


def test_no_choice_means_no_differs_note():
    advice = advise(strengths(technical=5))
    assert advice.differs == ()
    assert advice.choice_problems == ()


def test_a_matching_choice_gives_no_note():
    choice = ChoiceInput(Road.DEEP_SPECIALIST, ("seo",))
    assert advise(strengths(technical=5), choice=choice).differs == ()


def test_a_differing_choice_is_noted_plainly_and_never_changes_the_suggestion():
    person = strengths(technical=5)
    choice = ChoiceInput(Road.SEMI_SPECIALIST, ("social_media", "strategy"))
    advice = advise(person, choice=choice)
    assert (advice.road, advice.focus) == (Road.DEEP_SPECIALIST, ("seo",))
    assert advice.choice_problems == ()
    assert templates(advice.differs) == [
        advisor._DIFFERS,
        advisor._DIFFERS_ROAD,
        advisor._DIFFERS_CHOSEN,
        advisor._DIFFERS_CHOSEN,
        advisor._DIFFERS_SUGGESTED,
    ]
    road_note = advice.differs[1]
    assert road_note.params["chosen"] == Label(LabelKind.ROAD, "semi_specialist")
    assert road_note.params["suggested"] == Label(LabelKind.ROAD, "deep_specialist")
    chosen_social = advice.differs[2]
    assert chosen_social.params["area"] == Label(LabelKind.AREA, "social_media")
    assert chosen_social.params["rank"] == advice.area("social_media").rank
    assert chosen_social.params["total"] == 6


def test_same_road_other_focus_is_noted_without_a_road_sentence():
    choice = ChoiceInput(Road.DEEP_SPECIALIST, ("analytics",))
    differs = advise(strengths(technical=5), choice=choice).differs
    assert templates(differs) == [
        advisor._DIFFERS,
        advisor._DIFFERS_CHOSEN,
        advisor._DIFFERS_SUGGESTED,
    ]


def test_focus_order_does_not_count_as_a_difference():
    choice = ChoiceInput(Road.SEMI_SPECIALIST, ("social_media", "seo", "crm_email"))
    assert advise(strengths(4, 4, 3, 3), choice=choice).differs == ()


def test_an_inconsistent_choice_is_reported_not_refused():
    choice = ChoiceInput(Road.DEEP_SPECIALIST, ("seo", "analytics"))
    advice = advise(strengths(technical=5), choice=choice)
    assert templates(advice.choice_problems) == [advisor._DEEP_COUNT]
    assert advice.road is Road.DEEP_SPECIALIST


# --- validate_focus -------------------------------------------------------------------


def problems(road: Road, *keys: str) -> list[str]:
    return templates(validate_focus(road, keys))


def test_deep_specialist_needs_exactly_one_area():
    assert problems(Road.DEEP_SPECIALIST, "seo") == []
    assert problems(Road.DEEP_SPECIALIST) == [advisor._DEEP_COUNT]
    assert problems(Road.DEEP_SPECIALIST, "seo", "analytics") == [advisor._DEEP_COUNT]


def test_semi_specialist_needs_two_or_three_areas():
    assert problems(Road.SEMI_SPECIALIST, "seo") == [advisor._SEMI_COUNT]
    assert problems(Road.SEMI_SPECIALIST, "seo", "crm_email") == []
    assert problems(Road.SEMI_SPECIALIST, "seo", "crm_email", "analytics") == []
    four = ("seo", "crm_email", "analytics", "strategy")
    assert problems(Road.SEMI_SPECIALIST, *four) == [advisor._SEMI_COUNT]


def test_generalist_leader_focuses_on_strategy_or_nothing():
    assert problems(Road.GENERALIST_LEADER) == []
    assert problems(Road.GENERALIST_LEADER, "strategy") == []
    assert problems(Road.GENERALIST_LEADER, "seo") == [advisor._GENERALIST_ONLY]


def test_communication_and_brand_focuses_on_strategy_and_social_media_at_most():
    assert problems(Road.COMMUNICATION_BRAND) == []
    assert problems(Road.COMMUNICATION_BRAND, "strategy", "social_media") == []
    assert problems(Road.COMMUNICATION_BRAND, "crm_email") == [advisor._COMMUNICATION_ONLY]


def test_unknown_and_repeated_areas_are_problems():
    found = validate_focus(Road.SEMI_SPECIALIST, ["seo", "seo", "podcasting", "analytics"])
    assert found[0] == Reason(advisor._UNKNOWN_AREA, {"key": "podcasting"})
    assert found[1] == Reason(advisor._DUPLICATE_AREA, {"area": Label(LabelKind.AREA, "seo")})
    assert len(found) == 2  # seo, podcasting, analytics: three distinct keys


# --- Inputs ---------------------------------------------------------------------------


@pytest.mark.parametrize("value", [0, 6])
def test_strengths_outside_one_to_five_are_refused(value):
    with pytest.raises(ValueError):
        strengths(technical=value)


@pytest.mark.parametrize("value", [2.5, True, "3"])
def test_strengths_must_be_whole_numbers(value):
    with pytest.raises(TypeError):
        StrengthsInput(value, 1, 1, 1)  # type: ignore[arg-type]


def test_choice_focus_is_stored_as_a_tuple():
    assert ChoiceInput(Road.SEMI_SPECIALIST, ["seo", "analytics"]).focus == ("seo", "analytics")  # type: ignore[arg-type]
