"""The learning plan and log store: records, filters, rules, refusals and undo."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from planner.domain.enums import LearningGroup, LearningType, PlanStatus
from planner.domain.skills import SkillState
from planner.store.errors import ValidationError
from planner.store.learning import LearningStore, LogEntryFields, LogFilter, PlanItemFields

TODAY = dt.date(2026, 6, 17)  # a Wednesday


@pytest.fixture
def store(database) -> LearningStore:
    return LearningStore(database)


def course(**changes: object) -> PlanItemFields:
    base = PlanItemFields(
        "SEO course",
        LearningType.COURSE,
        2026,
        provider="Academy",
        url="https://example.org/seo",
        skill_keys=("technical_seo", "web_analytics"),
        estimated_minutes=600,
        cost_minor=249_900,
        currency="nok",
    )
    return replace(base, **changes)


def entry(day: dt.date, minutes: int, kind: LearningType, **changes: object) -> LogEntryFields:
    return replace(LogEntryFields(day, minutes, kind), **changes)


def test_plan_item_round_trip_with_every_field(store: LearningStore) -> None:
    made = store.create_plan_item(
        course(
            planned_start=dt.date(2026, 2, 1),
            planned_end=dt.date(2026, 3, 1),
            priority=1,
            notes="<b>why</b>",
        ),
        today=TODAY,
    )
    again = store.plan_item(made.id)
    assert again == made
    assert again.currency == "NOK"
    assert again.skill_keys == ("technical_seo", "web_analytics")
    assert again.group == LearningGroup.FORMAL
    assert again.completed_on is None
    assert store.plan_years() == [2026]


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"title": "   "}, "title cannot be empty"),
        ({"url": "javascript:alert(1)"}, "http"),
        ({"url": "file:///etc/passwd"}, "http"),
        ({"skill_keys": ("no_such_skill",)}, "no skill"),
        ({"planned_start": dt.date(2026, 5, 1), "planned_end": dt.date(2026, 4, 1)}, "before"),
        ({"currency": "XYZ1"}, "currency"),
        ({"currency": ""}, "currency"),
        ({"priority": 7}, "priority"),
        ({"plan_year": 1900}, "year"),
        ({"estimated_minutes": -5}, "estimate"),
    ],
)
def test_bad_plan_items_are_refused_and_nothing_is_written(
    store: LearningStore, changes: dict, fragment: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        store.create_plan_item(course(**changes))
    assert fragment in refused.value.message(str).lower()
    assert store.plan_items() == []


def test_plan_filters_and_order(store: LearningStore) -> None:
    store.create_plan_item(course(title="b", priority=2))
    store.create_plan_item(course(title="a", priority=2, plan_year=2025))
    store.create_plan_item(
        course(title="mentor", item_type=LearningType.MENTOR, priority=1, skill_keys=())
    )
    assert [i.title for i in store.plan_items()] == ["mentor", "a", "b"]
    assert [i.title for i in store.plan_items(year=2025)] == ["a"]
    assert [i.title for i in store.plan_items(group=LearningGroup.PEER)] == ["mentor"]
    assert [i.title for i in store.plan_items(skill_key="web_analytics")] == ["a", "b"]
    assert store.plan_items(status=PlanStatus.DONE) == []


def test_done_sets_the_completion_date_and_undo_restores_it(store: LearningStore) -> None:
    made = store.create_plan_item(course())
    before = store.update_plan_item(
        made.id, replace(made.editable(), status=PlanStatus.DONE), today=TODAY
    )
    assert store.plan_item(made.id).completed_on == TODAY
    store.restore_plan_item_state(before)
    assert store.plan_item(made.id) == made


def test_delete_plan_item_keeps_its_log_and_undo_relinks_it(store: LearningStore) -> None:
    item = store.create_plan_item(course())
    logged = store.add_entry(entry(TODAY, 90, LearningType.COURSE, plan_item_id=item.id), TODAY)
    deleted = store.delete_plan_item(item.id)
    assert store.plan_items() == []
    assert store.entry(logged.id).plan_item_id is None
    store.restore_plan_item(deleted)
    assert store.plan_item(item.id) == item
    assert store.entry(logged.id).plan_item_title == "SEO course"


def test_hours_logged_per_item_against_the_estimate(store: LearningStore) -> None:
    item = store.create_plan_item(course())
    other = store.create_plan_item(course(title="other", estimated_minutes=None))
    store.add_entries(
        [
            entry(TODAY, 90, LearningType.COURSE, plan_item_id=item.id),
            entry(TODAY, 60, LearningType.COURSE, plan_item_id=item.id),
            entry(TODAY, 30, LearningType.MENTOR),
        ],
        TODAY,
    )
    progress = store.progress(store.plan_items())
    assert progress[item.id].logged_minutes == 150
    assert progress[item.id].done_share == pytest.approx(0.25)
    assert progress[other.id].logged_minutes == 0
    assert progress[other.id].done_share is None


def test_gap_coverage_answers_the_article_question(store: LearningStore) -> None:
    store.create_plan_item(course(skill_keys=("technical_seo",)))
    store.create_plan_item(
        course(title="dropped", skill_keys=("brand_strategy",), status=PlanStatus.DROPPED)
    )
    states = [
        SkillState("technical_seo", 2, 4, None),
        SkillState("brand_strategy", None, 3, None),
        SkillState("web_analytics", 4, 4, None),
    ]
    coverage = store.coverage(states)
    assert [(g.skill_key, [i.title for i in g.items]) for g in coverage.covered] == [
        ("technical_seo", ["SEO course"])
    ]
    assert [g.skill_key for g in coverage.uncovered] == ["brand_strategy"]


def test_log_entries_round_trip_newest_first(store: LearningStore) -> None:
    first = store.add_entry(
        entry(
            dt.date(2026, 1, 5),
            45,
            LearningType.MENTOR,
            skill_keys=("content_creation",),
            learned="  <img src=/etc/passwd>  ",
        ),
        TODAY,
    )
    second = store.add_entry(entry(dt.date(2026, 3, 1), 30, LearningType.DEGREE), TODAY)
    assert [e.id for e in store.entries()] == [second.id, first.id]
    assert store.entry(first.id).learned == "<img src=/etc/passwd>"
    assert store.entry(first.id).skill_keys == ("content_creation",)


@pytest.mark.parametrize("minutes", [0, 1441, -3, 2.5, True])
def test_minutes_outside_one_day_are_refused(store: LearningStore, minutes: object) -> None:
    with pytest.raises(ValidationError) as refused:
        store.add_entry(entry(TODAY, minutes, LearningType.COURSE), TODAY)  # type: ignore[arg-type]
    assert "1440" in refused.value.message(str)
    assert store.entries() == []


def test_one_bad_entry_refuses_the_whole_batch(store: LearningStore) -> None:
    with pytest.raises(ValidationError):
        store.add_entries(
            [
                entry(TODAY, 30, LearningType.COURSE),
                entry(TODAY, 30, LearningType.COURSE, skill_keys=("nope",)),
            ],
            TODAY,
        )
    with pytest.raises(ValidationError):
        store.add_entry(entry(TODAY + dt.timedelta(days=1), 30, LearningType.COURSE), TODAY)
    assert store.entries() == []


def test_log_filters_in_sql_match_the_filter_in_memory(store: LearningStore) -> None:
    store.add_entries(
        [
            entry(dt.date(2025, 12, 31), 30, LearningType.COURSE, skill_keys=("technical_seo",)),
            entry(dt.date(2026, 1, 1), 40, LearningType.MENTOR, skill_keys=("technical_seo",)),
            entry(dt.date(2026, 2, 1), 50, LearningType.BOOK_PODCAST),
        ],
        TODAY,
    )
    every = store.entries()
    for where in (
        LogFilter.year(2026),
        LogFilter(learning_type=LearningType.COURSE),
        LogFilter(group=LearningGroup.PEER),
        LogFilter(skill_key="technical_seo"),
        LogFilter(start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 31)),
    ):
        assert store.entries(where) == [e for e in every if where.accepts(e)], where
    assert [e.minutes for e in store.entries(LogFilter(skill_key="technical_seo"))] == [40, 30]


def test_update_delete_restore_of_log_entries(store: LearningStore) -> None:
    made = store.add_entry(entry(TODAY, 30, LearningType.COURSE), TODAY)
    before = store.update_entry(
        made.id, replace(made.editable(), minutes=75, skill_keys=("reporting",)), TODAY
    )
    assert before == made
    assert store.entry(made.id).minutes == 75
    deleted = store.delete_entry(made.id)
    assert store.entries() == []
    store.restore_entry(deleted)
    assert store.entries() == [deleted]
    store.remove_entry_exactly(made.id)
    assert store.entries() == []


def test_period_totals_and_balance(store: LearningStore) -> None:
    store.add_entries(
        [
            entry(dt.date(2026, 6, 15), 60, LearningType.MENTOR),  # this week (Monday)
            entry(dt.date(2026, 6, 2), 30, LearningType.COURSE),  # this month
            entry(dt.date(2026, 1, 2), 300, LearningType.COURSE),  # this year
            entry(dt.date(2025, 12, 30), 999, LearningType.COURSE),  # last year
        ],
        TODAY,
    )
    totals = store.totals(TODAY)
    assert (totals.week_minutes, totals.month_minutes, totals.year_minutes) == (60, 90, 390)
    balance = store.balance(2026)
    assert (balance.peer_minutes, balance.formal_minutes) == (60, 330)
    assert "peers and mentors" in balance.advice.template
