"""The postings store and the yearly analysis built on the pure market rules."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.enums import Seniority
from planner.store.errors import ValidationError
from planner.store.market import MarketStore, PostingData
from planner.store.skills import SkillStore

TODAY = dt.date.today()
THIS_YEAR = TODAY.year


def posting(title: str = "SEO specialist", **values) -> PostingData:
    return PostingData(seen_on=values.pop("seen_on", dt.date(2025, 3, 1)), title=title, **values)


def test_create_update_delete_restore(database) -> None:
    store = MarketStore(database)
    record = store.create(
        posting(
            "  SEO   lead ",
            employer="Example AS",
            source="finn.no",
            url="https://example.org/1",
            seniority=Seniority.LEAD,
            area_keys=("seo",),
            skill_keys=("technical_seo", "link_building"),
            notes="<b>not markup</b>",
        )
    )
    assert record.title == "SEO lead"
    assert record.skill_keys == ("link_building", "technical_seo")
    assert store.postings() == [record]

    before = store.update(record.id, posting("SEO manager", skill_keys=("content_on_page",)))
    assert before == record
    changed = store.posting(record.id)
    assert (changed.title, changed.skill_keys, changed.area_keys) == (
        "SEO manager",
        ("content_on_page",),
        (),
    )

    deleted = store.delete(record.id)
    assert store.postings() == []
    store.restore(deleted)
    assert store.postings() == [deleted]


def test_list_by_year_and_years(database) -> None:
    store = MarketStore(database)
    store.create(posting("a", seen_on=dt.date(2024, 12, 31)))
    store.create(posting("b", seen_on=dt.date(2025, 1, 1)))
    store.create(posting("c", seen_on=dt.date(2025, 12, 31)))
    assert [p.title for p in store.postings(2025)] == ["b", "c"]
    assert [p.title for p in store.postings(2024)] == ["a"]
    assert store.years() == [2025, 2024]


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (posting("   "), "title"),
        (posting(url="javascript:alert(1)"), "http"),
        (posting(seen_on=TODAY + dt.timedelta(days=1)), "future"),
        (posting(area_keys=("astrology",)), "astrology"),
        (posting(skill_keys=("juggling",)), "juggling"),
        (posting(employer="x" * 501), "500"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(database, data, fragment) -> None:
    store = MarketStore(database)
    with pytest.raises(ValidationError) as raised:
        store.create(data)
    assert fragment in raised.value.message(lambda s: s)
    assert store.postings() == []


def test_analysis_shares_change_levels_and_the_weak_flag(database) -> None:
    store, skills = MarketStore(database), SkillStore(database)
    skills.assess("link_building", 1, dt.date(2025, 1, 1))
    skills.set_target("link_building", 4)
    skills.assess("content_creation", 4, dt.date(2025, 1, 1))
    for _ in range(3):
        store.create(posting(seen_on=dt.date(2025, 5, 1), skill_keys=("link_building",)))
    store.create(posting(seen_on=dt.date(2025, 5, 1), skill_keys=("content_creation",)))
    store.create(posting(seen_on=dt.date(2024, 5, 1), area_keys=("seo",)))
    store.create(posting(seen_on=dt.date(2024, 5, 1), area_keys=("social_media",)))

    analysis = store.analysis(2025)
    assert (analysis.postings, analysis.previous_postings) == (4, 2)
    areas = {row.key: row for row in analysis.areas}
    # A posting asking for a skill asks for its area too.
    assert areas["seo"].share == pytest.approx(0.75)
    assert areas["seo"].points == pytest.approx(25.0)
    assert areas["social_media"].points == pytest.approx(-25.0)
    skill_rows = {row.key: row for row in analysis.skills}
    link = skill_rows["link_building"]
    assert (link.share, link.current, link.target, link.weak_in_demand) == (0.75, 1.0, 4.0, True)
    assert link.reason is not None and "target" in link.reason.template
    assert skill_rows["content_creation"].weak_in_demand is False  # strong enough
    assert analysis.skills[0].key == "link_building"  # most asked for first
    assert {row.key for row in analysis.flagged} >= {"link_building", "seo"}


def test_demand_weights_for_year_feed_the_advisor(database) -> None:
    store = MarketStore(database)
    assert set(store.demand_weights_for_year(2025).values()) == {0.0}
    store.create(posting(seen_on=dt.date(2025, 2, 1), area_keys=("seo", "analytics")))
    store.create(posting(seen_on=dt.date(2025, 2, 2), skill_keys=("technical_seo",)))
    weights = store.demand_weights_for_year(2025)
    assert weights["seo"] == 1.0
    assert weights["analytics"] == 0.5
    assert weights["strategy"] == 0.0


def test_reminder_until_a_posting_of_this_year_exists(database) -> None:
    store = MarketStore(database)
    store.create(posting(seen_on=dt.date(THIS_YEAR - 1, 6, 1)))
    assert store.needs_reminder(TODAY) is True
    store.create(posting(seen_on=dt.date(THIS_YEAR, 1, 1)))
    assert store.needs_reminder(TODAY) is False


def test_bulk_import_is_one_transaction_and_undoable(database) -> None:
    store = MarketStore(database)
    store.create(posting("first"))
    ids = store.import_postings([posting(f"job {n}", skill_keys=("reporting",)) for n in range(5)])
    assert len(ids) == 5 and len(set(ids)) == 5
    assert len(store.postings()) == 6

    def fail_at(count: int) -> None:
        if count >= 200:
            raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        store.import_postings([posting(f"big {n}") for n in range(500)], progress=fail_at)
    assert len(store.postings()) == 6

    removed = store.delete_many(ids)
    assert len(store.postings()) == 1
    store.restore_many(removed)
    assert sorted(p.id for p in store.postings()) == sorted([*ids, store.postings()[0].id])
