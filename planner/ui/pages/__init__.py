"""The pages of the main window, in navigation order.

Pages are imported and built the first time they are shown, so start-up only
pays for the page the user lands on.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.i18n.markers import N_


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English msgid
    target: str  # "module:Class"


PAGES: tuple[PageSpec, ...] = (
    # The overview comes first: it is the start page.
    PageSpec("overview", N_("Overview"), "planner.ui.pages.overview_page:OverviewPage"),
    PageSpec("skills", N_("Skills"), "planner.ui.pages.skills_page:SkillsPage"),
    PageSpec(
        "direction",
        N_("Strengths and specialisation"),
        "planner.ui.pages.direction.page:DirectionPage",
    ),
    PageSpec("plan", N_("Learning plan"), "planner.ui.pages.plan_page:PlanPage"),
    PageSpec("log", N_("Learning log"), "planner.ui.pages.log_page:LogPage"),
    PageSpec("market", N_("Job market"), "planner.ui.pages.market_page:MarketPage"),
    PageSpec("yearplan", N_("Year plan"), "planner.ui.pages.yearplan_page:YearPlanPage"),
    PageSpec("charts", N_("Charts"), "planner.ui.pages.charts_page:ChartsPage"),
)
