"""Bug: in December the reminder to review the year pointed at the wrong plan.

The review of year Y is written in the plan for Y+1 ("Looking back: review of
Y"); the reminder's button opens that plan with the cursor in the review.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton

from planner.store.stats import Due
from planner.store.yearplan import YearPlanStore
from planner.ui.pages.overview_page import due_lines


def test_the_reminder_opens_the_review_of_the_year_ending(window, qtbot) -> None:
    due = Due((), 0, False, (), 2026)
    [line] = [line for line in due_lines(due, 19) if line.page == "yearplan"]
    assert "2026" in line.text and "2027" in line.text
    assert line.button == "Review 2026"
    overview = window.show_page("overview")
    overview.go_to(line.page, line.focus, line.review_year)
    page = window.stack.currentWidget()
    assert page is window.page("yearplan")
    assert page.year() == 2027
    assert page.review_box.title() == "Looking back: review of 2026"
    assert QApplication.focusWidget() is page.review_edit
    qtbot.keyClicks(page.review_edit, "A year of SEO")
    page.flush_edits()
    assert YearPlanStore(window.context.database).plan(2027).review == "A year of SEO"


def test_the_year_plan_page_says_where_this_years_review_goes(window, qtbot) -> None:
    page = window.show_page("yearplan")
    page.set_year(2026)
    assert page.review_box.title() == "Looking back: review of 2025"
    assert "review of 2026 is written in the plan for 2027" in page.this_year_hint.text()
    assert isinstance(page.this_year_button, QPushButton)
    page.this_year_button.click()
    assert page.year() == 2027
    assert QApplication.focusWidget() is page.review_edit
