"""Page one's figures from the store: which activities serve which goal and focus area."""

from __future__ import annotations

import datetime as dt

from planner.domain.enums import LearningGroup, LearningType, PlanStatus, Road
from planner.store.database import Database
from planner.store.learning import LearningStore, PlanItemFields
from planner.store.page_one import page_one
from planner.store.profile import ProfileStore
from planner.store.yearplan import GoalInput, YearPlanStore
from planner.store.yearplan_summary import year_document

TODAY = dt.date(2026, 6, 1)
YEAR = TODAY.year


def item(title: str, kind: LearningType, *skills: str, **fields: object) -> PlanItemFields:
    values: dict = {"estimated_minutes": 600, "plan_year": YEAR, **fields}
    return PlanItemFields(title, kind, skill_keys=skills, **values)


def test_activities_serve_the_goals_skill_and_the_focus_areas(database: Database) -> None:
    learning, plans = LearningStore(database), YearPlanStore(database)
    ProfileStore(database).add_choice(
        Road.SEMI_SPECIALIST,
        ("seo", "analytics"),
        "Fits me.",
        dt.date(YEAR, 1, 2),
        review_on=dt.date(YEAR, 12, 1),
    )
    plans.add_goal(YEAR, GoalInput("Links", "Ten links", skill_key="link_building"))
    plans.add_goal(YEAR, GoalInput("Hours", "100 hours"))
    for fields in (
        item("Mentor", LearningType.MENTOR, "link_building"),
        item(
            "Course",
            LearningType.COURSE,
            "link_building",
            "technical_seo",
            cost_minor=150000,
            currency="NOK",
        ),
        item("Dropped", LearningType.COURSE, "link_building", status=PlanStatus.DROPPED),
        item("Audit", LearningType.JOB_PROJECT, "technical_seo"),
        item(
            "Cert", LearningType.CERTIFICATION, "content_creation", cost_minor=50000, currency="NOK"
        ),
        item("Last year", LearningType.COURSE, "web_analytics", plan_year=YEAR - 1),
    ):
        learning.create_plan_item(fields, today=TODAY)
    one = page_one(database, year_document(database, YEAR, TODAY), TODAY)

    links, hours = one.goals
    assert [i.title for i in links.items] == ["Mentor", "Course"]  # dropped ones never
    assert links.totals.estimated_minutes == 1200
    assert links.totals.cost_by_currency == {"NOK": 150000}
    assert hours.items == ()
    # SEO's other learning; analytics has nothing this year (last year's item is not counted).
    assert [(s.area_key, [i.title for i in s.items]) for s in one.areas] == [("seo", ["Audit"])]
    assert one.bare_areas == ("analytics",)
    assert one.totals.count == 4
    assert one.totals.count_by_group == {
        LearningGroup.PEER: 1,
        LearningGroup.FORMAL: 2,
        LearningGroup.SELF_DIRECTED: 1,
    }
    assert [c.title for c in one.certifications] == ["Cert"]
    assert one.road_review_on == dt.date(YEAR, 12, 1)
    assert one.market.postings == 0 and one.market.areas == ()
