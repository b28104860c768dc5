"""Year plans and SMART goals in the store; the data of one year's document."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from planner.domain.enums import GoalStatus, LearningGroup, LearningType, PlanStatus, Road
from planner.store.errors import ValidationError
from planner.store.models import (
    Area,
    Assessment,
    JobPosting,
    LogEntry,
    PlanItem,
    Skill,
    SpecialisationChoice,
    YearPlan,
)
from planner.store.yearplan import GoalInput, YearPlanStore
from planner.store.yearplan_summary import year_document


def test_goals_are_added_edited_deleted_restored_and_reordered(database) -> None:
    store = YearPlanStore(database)
    first = store.add_goal(
        2026,
        GoalInput("  Pass the  GA4 exam ", "Certificate", dt.date(2026, 6, 1), "web_analytics"),
    )
    second = store.add_goal(2026, GoalInput("Write 12 posts"))
    assert first.title == "Pass the GA4 exam"  # spaces tidied
    assert [g.id for g in store.goals(2026)] == [first.id, second.id]
    assert store.goals(2026)[0].skill_key == "web_analytics"

    before = store.update_goal(
        second.id, GoalInput("Write 24 posts", "Published", None, None, GoalStatus.IN_PROGRESS)
    )
    assert before.title == "Write 24 posts".replace("24", "12")
    assert store.goal(second.id).status is GoalStatus.IN_PROGRESS

    assert store.move_goal(second.id, -1) is True
    assert [g.id for g in store.goals(2026)] == [second.id, first.id]
    assert store.move_goal(second.id, -1) is False  # already first

    deleted = store.delete_goal(first.id)
    assert [g.id for g in store.goals(2026)] == [second.id]
    store.restore_goal(deleted)
    assert store.goals(2026)[1] == deleted  # same id, place and fields


@pytest.mark.parametrize(
    ("goal", "message"),
    [
        (GoalInput("   "), "title cannot be empty"),
        (GoalInput("x" * 501), "longer than"),
        (GoalInput("Old", due_on=dt.date(2025, 12, 31)), "cannot be due before"),
        (GoalInput("Skill", skill_key="no_such_skill"), "no skill"),
    ],
)
def test_bad_goals_are_refused_and_change_nothing(database, goal: GoalInput, message: str) -> None:
    store = YearPlanStore(database)
    with pytest.raises(ValidationError) as caught:
        store.add_goal(2026, goal)
    assert message in str(caught.value)
    assert store.goals(2026) == []
    assert store.plan(2026) is None


def test_the_year_is_checked(database) -> None:
    with pytest.raises(ValidationError, match="year must be"):
        YearPlanStore(database).set_notes(12, "x")


def test_notes_and_review_return_what_they_replace(database) -> None:
    store = YearPlanStore(database)
    assert store.set_notes(2026, "first") == ""
    assert store.set_notes(2026, "second") == "first"
    assert store.set_review(2026, "2025 was good") == ""
    plan = store.plan(2026)
    assert plan is not None and (plan.notes, plan.review) == ("second", "2025 was good")


def _item(session, title: str, status: PlanStatus, year: int = 2025) -> PlanItem:
    item = PlanItem(
        title=title,
        item_type=LearningType.COURSE,
        status=status,
        plan_year=year,
        planned_end=dt.date(year, 2, 28),
        cost_minor=1000,
        currency="EUR",
    )
    item.skills = [session.scalar(select(Skill).where(Skill.key == "technical_seo"))]
    session.add(item)
    session.flush()
    return item


def test_next_years_plan_carries_over_the_chosen_unfinished_goals_and_items(database) -> None:
    store = YearPlanStore(database)
    open_goal = store.add_goal(2025, GoalInput("Open", due_on=dt.date(2025, 2, 28)))
    skipped = store.add_goal(2025, GoalInput("Not taken", status=GoalStatus.IN_PROGRESS))
    store.add_goal(2025, GoalInput("Done", status=GoalStatus.DONE))
    with database.transaction() as session:
        planned = _item(session, "SEO course", PlanStatus.PLANNED).id
        _item(session, "Finished", PlanStatus.DONE)
    goals, items = store.carry_over_candidates(2025)
    assert [g.title for g in goals] == ["Open", "Not taken"]
    assert [i.title for i in items] == ["SEO course"]

    carried = store.start_next_year(2025, (open_goal.id,), (planned,))
    assert carried.created_plan and carried.year == 2026
    new_goals = store.goals(2026)
    assert [(g.title, g.due_on) for g in new_goals] == [("Open", dt.date(2026, 2, 28))]
    new_items = store.plan_items(2026)
    assert [(i.title, i.planned_end) for i in new_items] == [("SEO course", dt.date(2026, 2, 28))]
    with database.reading() as session:
        copy = session.get(PlanItem, new_items[0].id)
        assert [s.key for s in copy.skills] == ["technical_seo"]
    # Last year stays as it was.
    assert len(store.goals(2025)) == 3
    assert skipped.id in {g.id for g in store.goals(2025)}

    store.undo_start_next_year(carried)
    assert store.goals(2026) == [] and store.plan_items(2026) == []
    assert store.plan(2026) is None


def test_finished_goals_cannot_be_carried_over(database) -> None:
    store = YearPlanStore(database)
    done = store.add_goal(2025, GoalInput("Done", status=GoalStatus.DONE))
    with pytest.raises(ValidationError, match="unfinished"):
        store.start_next_year(2025, (done.id,))
    assert store.plan(2026) is None


def test_the_year_document_computes_last_years_review(database) -> None:
    store = YearPlanStore(database)
    store.set_review(2026, "Looking back")
    store.add_goal(2026, GoalInput("Goal A", skill_key="technical_seo"))
    store.add_goal(2025, GoalInput("Reached", status=GoalStatus.DONE))
    store.add_goal(2025, GoalInput("Not yet"))
    with database.transaction() as session:
        skills = {s.key: s for s in session.scalars(select(Skill))}
        areas = {a.key: a for a in session.scalars(select(Area))}
        skills["technical_seo"].target_level = 4
        for day, level in (
            (dt.date(2024, 5, 1), 1),
            (dt.date(2025, 6, 1), 3),
            (dt.date(2026, 2, 1), 4),
            (dt.date(2026, 6, 1), 5),  # after "now": not shown yet
        ):
            session.add(
                Assessment(skill_id=skills["technical_seo"].id, assessed_on=day, level=level)
            )
        session.add(
            Assessment(
                skill_id=skills["web_analytics"].id, assessed_on=dt.date(2025, 3, 1), level=2
            )
        )
        mentor = LogEntry(
            logged_on=dt.date(2025, 3, 1), minutes=120, learning_type=LearningType.MENTOR
        )
        mentor.skills = [skills["technical_seo"], skills["web_analytics"]]
        course = LogEntry(
            logged_on=dt.date(2025, 4, 1), minutes=60, learning_type=LearningType.COURSE
        )
        course.skills = [skills["technical_seo"]]
        session.add_all([mentor, course])
        session.add(
            LogEntry(logged_on=dt.date(2026, 1, 5), minutes=30, learning_type="book_podcast")
        )
        _item(session, "Done course", PlanStatus.DONE)
        _item(session, "Open course", PlanStatus.PLANNED)
        _item(session, "Dropped", PlanStatus.DROPPED)
        this_year = _item(session, "This year", PlanStatus.PLANNED, year=2026)
        session.add(
            LogEntry(
                logged_on=dt.date(2026, 2, 1),
                minutes=90,
                learning_type=LearningType.COURSE,
                plan_item_id=this_year.id,
            )
        )
        for number in range(4):
            posting = JobPosting(seen_on=dt.date(2025, 5, 1), title=f"Job {number}")
            posting.areas = [areas["seo"]] + ([areas["analytics"]] if number == 0 else [])
            session.add(posting)
        choice = SpecialisationChoice(
            chosen_on=dt.date(2025, 11, 1), road=Road.DEEP_SPECIALIST, rationale="SEO fits me"
        )
        choice.focus_areas = [areas["seo"]]
        later = SpecialisationChoice(chosen_on=dt.date(2027, 1, 1), road=Road.GENERALIST_LEADER)
        session.add_all([choice, later])

    doc = year_document(database, 2026, today=dt.date(2026, 3, 1))
    assert doc.as_of == dt.date(2026, 3, 1)
    assert [g.title for g in doc.goals] == ["Goal A"]
    assert [(i.title, i.logged_minutes) for i in doc.items] == [("This year", 90)]
    assert doc.cost_by_currency == {"EUR": 1000}
    assert doc.focus is not None and doc.focus.road is Road.DEEP_SPECIALIST  # not the 2027 one
    assert doc.focus.area_keys == ("seo",)
    review = doc.review
    assert review is not None and review.year == 2025 and review.written == "Looking back"
    assert review.minutes_by_group[LearningGroup.PEER] == 120
    assert review.minutes_by_group[LearningGroup.FORMAL] == 60
    assert review.total_minutes == 180
    # The mentor session touched two areas: its 120 minutes are split between them.
    assert review.minutes_by_area == {"seo": 120, "analytics": 60}
    changes = {c.skill_key: (c.start, c.end) for c in review.level_changes}
    assert changes == {"technical_seo": (1, 3), "web_analytics": (None, 2)}
    assert (review.items_done, review.items_total) == (1, 2)
    assert (review.goals_done, review.goals_total) == (1, 2)
    assert review.postings == 4
    assert review.top_areas == (("seo", 1.0), ("analytics", 0.25))
    radar = {r.area_key: r for r in doc.radar}
    assert (radar["seo"].start, radar["seo"].now, radar["seo"].target) == (3, 4, 4)
    assert radar["strategy"].now is None
    assert doc.hours_this_year[LearningGroup.SELF_DIRECTED] == 30


def test_an_empty_year_has_an_empty_document(database) -> None:
    doc = year_document(database, 2030, today=dt.date(2026, 1, 1))
    assert doc.goals == () and doc.items == () and doc.focus is None
    assert doc.as_of == dt.date(2030, 1, 1)
    assert doc.review is not None and doc.review.postings == 0
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(YearPlan)) == 0
