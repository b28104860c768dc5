"""The statistics API: right figures on small data, fast on ten years of it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from planner.demo.generator import fill_demo
from planner.domain.enums import LearningGroup, LearningType, PlanStatus, Road
from planner.store.database import open_database
from planner.store.models import (
    Area,
    JobPosting,
    LogEntry,
    PlanItem,
    SpecialisationChoice,
    YearPlan,
)
from planner.store.skills import SkillStore
from planner.store.stats import StatsStore, months_back
from tests.conftest import GENERATED_TODAY
from tests.helpers.sql_count import counted_statements
from tools.bench.overview import overview_calls

TODAY = dt.date(2026, 12, 10)


def log(database, day: dt.date, minutes: int, kind: LearningType, plan_item=None) -> None:
    with database.transaction() as session:
        session.add(
            LogEntry(logged_on=day, minutes=minutes, learning_type=kind, plan_item_id=plan_item)
        )


def plan_item(database, year: int, status: PlanStatus, end: dt.date, minutes: int = 600) -> int:
    with database.transaction() as session:
        item = PlanItem(
            title=f"Item {status.value} <b>",
            item_type=LearningType.COURSE,
            status=status,
            planned_end=end,
            estimated_minutes=minutes,
            plan_year=year,
        )
        session.add(item)
        session.flush()
        return item.id


def test_minutes_are_summed_per_month_and_learning_group(database) -> None:
    log(database, dt.date(2026, 11, 3), 30, LearningType.MENTOR)
    log(database, dt.date(2026, 11, 20), 45, LearningType.CONFERENCE)
    log(database, dt.date(2026, 11, 21), 60, LearningType.COURSE)
    log(database, dt.date(2026, 12, 1), 20, LearningType.BOOK_PODCAST)
    log(database, dt.date(2025, 12, 31), 99, LearningType.COURSE)  # outside the 12 months
    stats = StatsStore(database)
    first, last = months_back(TODAY, 12)
    assert (first, last) == ((2026, 1), (2026, 12))
    months = stats.minutes_by_month(first, last)
    assert list(months) == [(2026, m) for m in range(1, 13)]
    assert months[(2026, 11)] == {
        LearningGroup.PEER: 75,
        LearningGroup.FORMAL: 60,
        LearningGroup.SELF_DIRECTED: 0,
    }
    assert months[(2026, 12)][LearningGroup.SELF_DIRECTED] == 20
    assert sum(sum(m.values()) for m in months.values()) == 155
    assert stats.minutes_by_day(2026)[dt.date(2026, 11, 21)] == 60
    assert months_back(dt.date(2026, 3, 31), 12) == ((2025, 4), (2026, 3))


def test_levels_now_and_a_year_ago_and_the_history_of_an_area(database) -> None:
    skills = SkillStore(database)
    skills.assess("technical_seo", 1, dt.date(2025, 1, 5))
    skills.assess("technical_seo", 3, dt.date(2026, 6, 1))
    skills.assess("link_building", 2, dt.date(2026, 7, 1))
    skills.set_target("technical_seo", 4)
    stats = StatsStore(database)
    now = stats.area_levels()
    assert now["seo"].current == 2.5 and now["seo"].target == 4.0
    assert now["analytics"].current is None
    before = stats.area_levels(dt.date(2025, 12, 10))
    assert before["seo"].current == 1.0
    assert stats.has_assessments(dt.date(2025, 12, 10))
    assert not stats.has_assessments(dt.date(2024, 12, 10))
    assert [(p.day, p.level) for p in stats.area_history("seo")] == [
        (dt.date(2025, 1, 5), 1.0),
        (dt.date(2026, 6, 1), 3.0),
        (dt.date(2026, 7, 1), 2.5),
    ]
    assert [p.level for p in stats.skill_history("technical_seo")] == [1, 3]


def test_what_is_due(database) -> None:
    skills = SkillStore(database)
    skills.assess("technical_seo", 2, dt.date(2026, 6, 10))  # exactly six months: due
    skills.assess("link_building", 2, dt.date(2026, 6, 11))  # not yet
    late = plan_item(database, 2026, PlanStatus.PLANNED, dt.date(2026, 12, 9))
    plan_item(database, 2026, PlanStatus.DONE, dt.date(2026, 1, 1))
    plan_item(database, 2026, PlanStatus.DROPPED, dt.date(2026, 1, 1))
    plan_item(database, 2026, PlanStatus.IN_PROGRESS, dt.date(2026, 12, 10))  # ends today
    stats = StatsStore(database)
    due = stats.due(TODAY)
    assert [s.key for s in due.stale_skills] == ["technical_seo"]
    assert due.unassessed_skills == 17
    assert due.market_reminder
    assert [item.id for item in due.overdue_items] == [late]
    assert due.review_year == 2026
    assert stats.due(dt.date(2026, 11, 30)).review_year is None

    with database.transaction() as session:
        session.add(JobPosting(seen_on=dt.date(2026, 2, 1), title="SEO lead"))
        session.add(YearPlan(year=2026, review="2025 was a good year."))
    due = stats.due(TODAY)
    assert not due.market_reminder
    assert due.review_year == 2026  # plan 2026 holds the review of 2025, not of 2026
    with database.transaction() as session:
        session.add(YearPlan(year=2027, review="2026 went well."))
    assert stats.due(TODAY).review_year is None


def test_key_figures_and_plan_year(database) -> None:
    item = plan_item(database, 2026, PlanStatus.IN_PROGRESS, dt.date(2027, 1, 1), minutes=600)
    plan_item(database, 2026, PlanStatus.DROPPED, dt.date(2026, 3, 1), minutes=900)
    log(database, dt.date(2026, 12, 2), 90, LearningType.COURSE, plan_item=item)
    log(database, dt.date(2026, 2, 2), 30, LearningType.MENTOR)
    log(database, dt.date(2025, 2, 2), 30, LearningType.MENTOR)
    with database.transaction() as session:
        areas = {a.key: a for a in session.scalars(select(Area))}
        session.add(
            SpecialisationChoice(
                chosen_on=dt.date(2024, 1, 1), road=Road.DEEP_SPECIALIST, focus_areas=[areas["seo"]]
            )
        )
        session.add(
            SpecialisationChoice(
                chosen_on=dt.date(2026, 5, 1),
                road=Road.SEMI_SPECIALIST,
                focus_areas=[areas["analytics"], areas["seo"]],
            )
        )
    stats = StatsStore(database)
    figures = stats.key_figures(TODAY)
    assert figures.minutes_this_month == 90
    assert figures.minutes_this_year == 120
    assert figures.items_in_progress == 1
    assert figures.road is Road.SEMI_SPECIALIST
    assert figures.focus_areas == ("seo", "analytics")  # catalogue order
    year = stats.plan_year(2026)
    assert year.status_counts[PlanStatus.IN_PROGRESS] == 1
    assert year.status_counts[PlanStatus.DONE] == 0
    assert year.estimated_minutes == 600  # dropped items do not count
    assert year.logged_minutes == 90
    assert stats.log_years() == (2025, 2026)


def test_market_tallies_use_the_domain_tally(database) -> None:
    with database.transaction() as session:
        areas = {a.key: a for a in session.scalars(select(Area))}
        session.add(JobPosting(seen_on=dt.date(2025, 3, 1), title="a", areas=[areas["seo"]]))
        session.add(
            JobPosting(
                seen_on=dt.date(2025, 4, 1), title="b", areas=[areas["seo"], areas["analytics"]]
            )
        )
        session.add(JobPosting(seen_on=dt.date(2026, 4, 1), title="c", areas=[]))
    tallies = StatsStore(database).market_tallies()
    assert [(t.year, t.postings) for t in tallies] == [(2025, 2), (2026, 1)]
    assert tallies[0].area_shares["seo"] == 1.0
    assert tallies[0].area_shares["analytics"] == 0.5
    assert tallies[1].area_shares["seo"] == 0.0


def test_empty_data_gives_zeros_not_errors(database) -> None:
    stats = StatsStore(database)
    assert stats.key_figures(TODAY).minutes_this_year == 0
    assert stats.key_figures(TODAY).road is None
    assert stats.market_tallies() == ()
    assert stats.area_history("seo") == ()
    assert stats.plan_year(2026).logged_minutes == 0
    assert stats.minutes_by_day(2026) == {}


@pytest.fixture(scope="module")
def ten_years(generated_dir):
    db = open_database(generated_dir)
    yield StatsStore(db)
    db.close()


def test_counts_of_the_generated_ten_years(ten_years) -> None:
    with ten_years._db.reading() as session:
        from sqlalchemy import func

        from planner.store.models import Assessment

        # The size a dedicated user reaches in a decade, which the timings below are for.
        assert session.scalar(select(func.count()).select_from(LogEntry)) >= 19_000
        assert session.scalar(select(func.count()).select_from(Assessment)) >= 3_000
        assert session.scalar(select(func.count()).select_from(JobPosting)) >= 1_900


def statements_per_call(stats: StatsStore) -> dict[str, int]:
    counts = {}
    for name, call in overview_calls(stats, GENERATED_TODAY).items():
        with counted_statements() as seen:
            call()
        counts[name] = len(seen)
    return counts


def test_every_overview_query_sends_as_many_statements_for_ten_years_as_for_one(
    ten_years, database
) -> None:
    """A GROUP BY each, not a query per row: the count does not grow with the data.

    How long they take on ten years is ``make bench``'s "Overview query" rows.
    """
    fill_demo(database, years=1, seed=1, language="en", today=GENERATED_TODAY)
    one = statements_per_call(StatsStore(database))
    ten = statements_per_call(ten_years)
    assert ten == one, (ten, one)
    assert max(ten.values()) <= 6, ten
