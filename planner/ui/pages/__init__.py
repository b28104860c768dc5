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
    PageSpec("skills", N_("Skills"), "planner.ui.pages.skills_page:SkillsPage"),
    PageSpec("yearplan", N_("Year plan"), "planner.ui.pages.yearplan_page:YearPlanPage"),
)
