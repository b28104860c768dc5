"""The profile store: person, dated strengths, specialisation choices and the advisor's inputs."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.enums import Road
from planner.i18n import _, set_language
from planner.store.errors import ValidationError
from planner.store.models import Area, JobPosting
from planner.store.profile import FocusError, ProfileStore

TODAY = dt.date.today()


@pytest.fixture
def store(database) -> ProfileStore:
    return ProfileStore(database)


def test_profile_starts_empty_and_not_onboarded(store) -> None:
    profile = store.profile()
    assert (profile.name, profile.role, profile.onboarded) == ("", "", False)
    before = store.set_profile("  Kari   Nordmann ", "Marketing coordinator")
    assert before.name == ""
    assert store.profile().name == "Kari Nordmann"
    assert store.set_onboarded(True) is False
    assert store.profile().onboarded is True


def test_an_empty_name_is_refused_with_a_translated_message(store) -> None:
    with pytest.raises(ValidationError) as raised:
        store.set_profile("   ", "x")
    set_language("nb")
    assert raised.value.message(_) == "Navnet kan ikke være tomt."
    assert store.profile().name == ""


def test_strengths_keep_their_history_newest_first(store) -> None:
    old = store.add_strengths(2, 3, 4, 5, on=TODAY - dt.timedelta(days=400), note="first")
    new = store.add_strengths(5, 1, 1, 1, on=TODAY)
    assert [r.id for r in store.strengths_history()] == [new.id, old.id]
    assert store.latest_strengths() == new
    assert store.latest_strengths().as_input().technical == 5


@pytest.mark.parametrize("bad", [0, 6, -1, 2.5, True])
def test_strengths_outside_one_to_five_are_refused_and_nothing_is_saved(store, bad) -> None:
    with pytest.raises(ValidationError) as raised:
        store.add_strengths(3, bad, 3, 3, on=TODAY)
    assert store.strengths_history() == []
    set_language("sw")
    message = raised.value.message(_)
    assert "1" in message and "5" in message
    assert message.startswith("Uwezo lazima")


def test_strengths_cannot_be_dated_in_the_future(store) -> None:
    with pytest.raises(ValidationError):
        store.add_strengths(3, 3, 3, 3, on=TODAY + dt.timedelta(days=1))
    assert store.strengths_history() == []


def test_deleted_strengths_come_back_under_the_same_id(store) -> None:
    record = store.add_strengths(1, 2, 3, 4, on=TODAY, note="n")
    assert store.delete_strengths(record.id) == record
    assert store.strengths_history() == []
    store.restore_strengths(record)
    assert store.strengths_history() == [record]


def test_choices_keep_their_history_with_focus_in_catalogue_order(store) -> None:
    first = store.add_choice(Road.DEEP_SPECIALIST, ["seo"], "technical", TODAY - dt.timedelta(30))
    second = store.add_choice(
        Road.SEMI_SPECIALIST,
        ["social_media", "crm_email"],
        "  mixed  ",
        TODAY,
        TODAY + dt.timedelta(days=180),
    )
    assert [c.id for c in store.choices()] == [second.id, first.id]
    latest = store.latest_choice()
    assert latest.focus == ("crm_email", "social_media")
    assert latest.rationale == "mixed"
    assert latest.review_on == TODAY + dt.timedelta(days=180)
    assert store.delete_choice(second.id) == second
    store.restore_choice(second)
    assert store.latest_choice() == second


@pytest.mark.parametrize(
    ("road", "focus", "nb_fragment"),
    [
        (Road.DEEP_SPECIALIST, ["seo", "analytics"], "nøyaktig ett område"),
        (Road.SEMI_SPECIALIST, ["seo"], "to eller tre"),
        (Road.GENERALIST_LEADER, ["seo"], "generalist"),
        (Road.DEEP_SPECIALIST, ["nonsense"], "nonsense"),
    ],
)
def test_focus_is_validated_against_the_road_in_the_users_language(
    store, road, focus, nb_fragment
) -> None:
    with pytest.raises(FocusError) as raised:
        store.add_choice(road, focus, "", TODAY)
    assert store.choices() == []
    set_language("nb")
    assert nb_fragment.lower() in raised.value.message(_).lower()


def test_the_review_date_must_come_after_the_choice(store) -> None:
    with pytest.raises(ValidationError):
        store.add_choice(Road.DEEP_SPECIALIST, ["seo"], "", TODAY, TODAY)
    assert store.choices() == []


def test_quick_assessment_sets_every_skill_of_the_area(store, database) -> None:
    from planner.store.skills import SkillStore

    ids = store.assess_areas({"seo": 3, "analytics": 1}, TODAY)
    levels = store.area_levels()
    assert levels["seo"].current == 3
    assert levels["analytics"].current == 1
    assert levels["strategy"].current is None
    skills = {r.key: r.current_level for r in SkillStore(database).skills()}
    assert skills["link_building"] == 3
    assert len(ids) == 6  # three SEO skills, three analytics skills
    store.remove_assessments(ids)
    assert store.area_levels()["seo"].current is None


def test_quick_assessment_refuses_bad_levels_and_areas(store) -> None:
    with pytest.raises(ValidationError):
        store.assess_areas({"seo": 6}, TODAY)
    with pytest.raises(ValidationError):
        store.assess_areas({"nowhere": 2}, TODAY)
    assert store.area_levels()["seo"].current is None


def add_posting(database, on: dt.date, *area_keys: str) -> None:
    from sqlalchemy import select

    with database.transaction() as session:
        areas = list(session.scalars(select(Area).where(Area.key.in_(area_keys))))
        session.add(JobPosting(seen_on=on, title="Marketer", areas=areas))


def test_advisor_inputs_without_postings_have_no_demand(store) -> None:
    inputs = store.advisor_inputs()
    assert inputs.strengths is None and inputs.choice is None
    assert inputs.demand is None and inputs.demand_year is None
    assert inputs.advice() is None
    assert set(inputs.levels) == {
        "seo",
        "digital_media",
        "crm_email",
        "social_media",
        "analytics",
        "strategy",
    }


def test_demand_comes_from_the_latest_year_with_postings(store, database) -> None:
    add_posting(database, dt.date(2024, 5, 1), "strategy")
    add_posting(database, dt.date(2025, 2, 1), "seo", "analytics")
    add_posting(database, dt.date(2025, 3, 1), "seo")
    year, count, demand = store.market_demand()
    assert (year, count) == (2025, 2)
    assert demand["seo"] == 1.0
    assert demand["analytics"] == 0.5
    assert demand["strategy"] == 0.0


def test_advice_reads_the_latest_strengths_levels_demand_and_choice(store, database) -> None:
    store.add_strengths(5, 1, 1, 1, on=TODAY)
    store.add_choice(Road.DEEP_SPECIALIST, ["social_media"], "", TODAY)
    add_posting(database, TODAY, "seo")
    advice = store.advisor_inputs().advice()
    assert advice.ranking[0].area_key == "seo"
    assert advice.ranking[0].demand == 1.0
    assert advice.differs  # the choice differs from the suggestion: said, not refused
    assert len(advice.breadth_gaps) == 6  # nothing assessed yet


def test_a_focus_error_says_what_the_shared_reason_text_says(store) -> None:
    """The store's message and the window's sentences name the areas the same way."""
    from planner.text.labels import reason_text

    set_language("sw")
    with pytest.raises(FocusError) as raised:
        store.add_choice(Road.DEEP_SPECIALIST, ["seo", "analytics"], "", TODAY)
    sentences = " ".join(reason_text(reason) for reason in raised.value.reasons)
    assert raised.value.message(_) == sentences
