"""The overview names certifications that expire soon or have expired: once, in the language."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from PySide6.QtCore import Qt

from planner.domain.enums import LearningType
from planner.store.learning import LearningStore, PlanItemFields
from planner.ui.pages.overview_page import DISMISSED_SETTING


def due_texts(page) -> list[str]:
    return [label.text() for label, _button in page.due_rows]


def certification(title: str, until: dt.date, renewal_id: int | None = None) -> PlanItemFields:
    return PlanItemFields(
        title, LearningType.CERTIFICATION, until.year, valid_until=until, renewal_id=renewal_id
    )


def test_an_expiring_certification_is_named_once_until_its_state_changes(window, qtbot) -> None:
    today = dt.date.today()
    store = LearningStore(window.context.database)
    renewal = store.create_plan_item(certification("Blueprint 2", today + dt.timedelta(days=800)))
    until = today + dt.timedelta(days=30)
    item = store.create_plan_item(certification("Meta Blueprint", until, renewal.id))
    page = window.show_page("overview")
    page.refresh()
    date = format_date(until, "medium", locale="en")
    expected = (
        f"The certification “Meta Blueprint” is valid for 30 more days, until {date}."
        " Renewal planned: Blueprint 2."
    )
    assert expected in due_texts(page)
    assert len(page.dismiss_buttons) == 1
    qtbot.mouseClick(page.dismiss_buttons[0], Qt.MouseButton.LeftButton)
    assert expected not in due_texts(page)
    page.refresh()  # dismissed stays dismissed, across refreshes and restarts (settings)
    assert not any("Meta Blueprint" in text for text in due_texts(page))
    assert window.context.settings.get(DISMISSED_SETTING) == {str(item.id): f"expiring:{until}"}
    # Expired is a new state: named again, once.
    gone = today - dt.timedelta(days=2)
    store.update_plan_item(item.id, certification("Meta Blueprint", gone, renewal.id))
    page.refresh()
    assert any(
        text.startswith("The certification “Meta Blueprint” has expired")
        for text in due_texts(page)
    )
    # The button opens the plan with the certification selected.
    buttons = [b for label, b in page.due_rows if "Meta Blueprint" in label.text()]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "plan"
    assert window.page("plan").selected_item().id == item.id


def test_due_lines_in_norwegian_and_swahili_use_the_locale_dates(window, qtbot) -> None:
    today = dt.date.today()
    store = LearningStore(window.context.database)
    soon = today + dt.timedelta(days=45)
    gone = today - dt.timedelta(days=10)
    store.create_plan_item(certification("Google Ads", soon))
    store.create_plan_item(certification("HubSpot", gone))
    page = window.show_page("overview")
    page.refresh()

    def day(value: dt.date, language: str) -> str:
        return format_date(value, "medium", locale=language)

    expected = {
        "nb": [
            f"Sertifiseringen «HubSpot» har gått ut: den gjaldt til {day(gone, 'nb')}.",
            f"Sertifiseringen «Google Ads» gjelder 45 dager til, til {day(soon, 'nb')}.",
        ],
        "sw": [
            f"Udhibitisho “HubSpot” umekwisha muda: ulitumika hadi {day(gone, 'sw')}.",
            f"Udhibitisho “Google Ads” unatumika kwa siku 45 zaidi, hadi {day(soon, 'sw')}.",
        ],
    }
    for language, lines in expected.items():
        window.choose_language(language)
        qtbot.waitUntil(
            lambda lines=lines: all(line in due_texts(page) for line in lines), timeout=20_000
        )
        dismiss = {"nb": "Lukk varselet", "sw": "Ondoa"}[language]
        assert [b.text() for b in page.dismiss_buttons] == [dismiss, dismiss]


def test_the_plan_item_form_sets_validity_and_renewal_for_certifications_only(
    window, qtbot
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from planner.ui.dialogs.learning_dialogs import PlanItemDialog
    from tests.helpers.dialogs import on_next_dialog

    learning = LearningStore(window.context.database)
    renewal = learning.create_plan_item(
        PlanItemFields("Renew Google Ads", LearningType.CERTIFICATION, 2027)
    )
    page = window.show_page("plan")
    page.refresh()
    until = dt.date(2027, 3, 31)

    def fill(dialog: PlanItemDialog) -> None:
        qtbot.keyClicks(dialog.title_edit, "Google Ads Search")
        assert not dialog.valid_until_edit.isVisibleTo(dialog)  # a course by default
        dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(LearningType.CERTIFICATION))
        assert dialog.valid_until_edit.isVisibleTo(dialog)
        assert dialog.renewal_combo.isVisibleTo(dialog)
        assert dialog.renewal_combo.itemText(0) == "No renewal planned"
        dialog.valid_until_edit.setDate(until)
        dialog.renewal_combo.setCurrentIndex(dialog.renewal_combo.findData(renewal.id))
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    driver = on_next_dialog(fill, PlanItemDialog)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    driver.check()
    [item] = [i for i in learning.plan_items() if i.title == "Google Ads Search"]
    assert (item.valid_until, item.renewal_id) == (until, renewal.id)
