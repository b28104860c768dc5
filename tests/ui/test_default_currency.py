"""The currency of a new plan item follows the window's language (it was NOK for all)."""

from __future__ import annotations

import pytest

from planner.domain.enums import LearningType
from planner.i18n import set_language
from planner.store.learning import PlanItemFields
from planner.ui.dialogs.learning_dialogs import PlanItemDialog


@pytest.mark.parametrize(("language", "currency"), [("en", "USD"), ("nb", "NOK"), ("sw", "KES")])
def test_a_new_plan_item_starts_in_the_languages_currency(
    qtbot, language: str, currency: str
) -> None:
    set_language(language)
    dialog = PlanItemDialog([], lambda _fields: None)
    qtbot.addWidget(dialog)
    assert dialog.currency_combo.currentData() == currency


def test_a_stored_currency_is_kept(qtbot) -> None:
    set_language("nb")
    item = PlanItemFields("Course", LearningType.COURSE, 2026, currency="GBP")
    dialog = PlanItemDialog([], lambda _fields: None, item=item)
    qtbot.addWidget(dialog)
    assert dialog.currency_combo.currentData() == "GBP"
