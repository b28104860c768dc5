"""A small import plan with something in every part, for the review screenshots and checks."""

from __future__ import annotations

import datetime as dt

from planner.domain.enums import LearningType, PlanStatus
from planner.exchange.linkedin.parse import SKIP_DELETED, SKIP_NOT_FINISHED, Skipped
from planner.exchange.linkedin.plan import ImportPlan, MatchedSkill
from planner.store.bulk_import import NewPlanItem
from planner.store.learning import PlanItemFields


def sample_plan(today: dt.date | None = None) -> ImportPlan:
    year = (today or dt.date.today()).year
    done = PlanStatus.DONE

    def item(title: str, kind: LearningType, provider: str, on: dt.date | None) -> NewPlanItem:
        status = done if on else PlanStatus.IDEA
        fields = PlanItemFields(title, kind, on.year if on else year, provider, status=status)
        return NewPlanItem(fields, on)

    return ImportPlan(
        new_items=(
            item(
                "Google Ads Search Certification",
                LearningType.CERTIFICATION,
                "Google",
                dt.date(2023, 8, 31),
            ),
            item(
                "Bachelor of Commerce",
                LearningType.DEGREE,
                "University of Nairobi",
                dt.date(2019, 12, 31),
            ),
            item("SEO Foundations", LearningType.COURSE, "LinkedIn Learning", dt.date(2023, 4, 17)),
            item("Advanced Google Analytics", LearningType.COURSE, "LinkedIn Learning", None),
        ),
        matched=(
            MatchedSkill("Search Engine Optimization (SEO)", "technical_seo"),
            MatchedSkill("Google Ads", "search_ads"),
            MatchedSkill("Email Marketing", "email_campaigns"),
        ),
        custom=("Public Speaking",),
        role="Digital Marketing Manager, Acme Media",
        skipped=(
            Skipped(
                "Learning.csv", 4, "CONTENT METADATA NO LONGER EXISTS - urn:li:…", SKIP_DELETED
            ),
            Skipped("Learning.csv", 5, "Email Marketing: Strategy", SKIP_NOT_FINISHED),
        ),
    )
