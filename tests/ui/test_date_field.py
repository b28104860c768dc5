"""Bug: an empty ("Not set") date could not be typed; two-digit years were ambiguous.

Every date field is the shared DateField: typed in the locale's order with a
four-digit year, starting from today when empty, calendar on today's month.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDateEdit

from planner.ui.dialogs.learning_dialogs import PlanItemDialog
from planner.ui.kit.date_field import DateField, four_digit_year
from tests.helpers.dialogs import on_next_dialog

TITLES = {"en": "Career Planner", "nb": "Karriereplanlegger", "sw": "Mpango wa Taaluma"}
DAY = dt.date(2026, 2, 12)


def typed(field: DateField, day: dt.date) -> str:
    """The date as a person types it in the field's locale and order."""
    return field.locale().toString(
        field.date().fromString(day.isoformat(), "yyyy-MM-dd"), field.displayFormat()
    )


@pytest.mark.parametrize(
    ("pattern", "full"),
    [("M/d/yy", "M/d/yyyy"), ("dd.MM.yyyy", "dd.MM.yyyy"), ("y-MM-dd", "yyyy-MM-dd")],
)
def test_the_year_is_always_four_digits(pattern: str, full: str) -> None:
    assert four_digit_year(pattern) == full


def _type_into(qtbot, field: DateField, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)


@pytest.mark.parametrize("language", ["en", "nb", "sw"])
def test_a_not_set_date_is_typed_in_the_locale_order(window, qtbot, language: str) -> None:
    window.choose_language(language)
    qtbot.waitUntil(lambda: window.windowTitle() == TITLES[language])
    field = DateField(optional=True, empty_text="–")
    qtbot.addWidget(field)
    field.show()
    assert "yyyy" in field.displayFormat()
    assert field.value() is None
    _type_into(qtbot, field, typed(field, DAY))
    assert field.value() == DAY
    assert "2026" in field.text()
    field.lineEdit().selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None and field.text() == "–"


@pytest.mark.qt_log_ignore("This plugin does not support")  # the popup, offscreen
def test_the_calendar_opens_on_today_when_empty(qtbot) -> None:
    field = DateField(optional=True, empty_text="–")
    qtbot.addWidget(field)
    field.show()
    arrow = QPoint(field.width() - 5, field.height() // 2)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=arrow)  # opens the calendar
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = dt.date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    calendar.window().hide()
    assert field.value() is None  # looking at the calendar does not set a date


def test_plan_item_dates_and_log_filters_take_typed_dates(window, qtbot) -> None:
    def fill(dialog: PlanItemDialog) -> None:
        assert isinstance(dialog.start_edit, DateField)
        qtbot.keyClicks(dialog.title_edit, "GA4 course")
        _type_into(qtbot, dialog.start_edit, typed(dialog.start_edit, DAY))
        _type_into(qtbot, dialog.end_edit, typed(dialog.end_edit, DAY + dt.timedelta(days=30)))
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    page = window.show_page("plan")
    driver = on_next_dialog(fill, PlanItemDialog)
    page.add_item()
    driver.check()
    from planner.store.learning import LearningStore

    [item] = LearningStore(window.context.database).plan_items()
    assert (item.planned_start, item.planned_end) == (DAY, DAY + dt.timedelta(days=30))

    log = window.show_page("log")
    assert isinstance(log.from_edit, DateField) and isinstance(log.to_edit, DateField)
    _type_into(qtbot, log.from_edit, typed(log.from_edit, DAY))
    assert log.from_edit.value() == DAY


def test_every_date_field_in_every_dialog_is_the_shared_one(window, qtbot) -> None:
    from planner.ui.pages import PAGES

    found = []
    for spec in PAGES:
        page = window.show_page(spec.key)
        found += [type(e).__name__ for e in page.findChildren(QDateEdit)]
        for _name, dialog in page.review_dialogs():
            found += [type(e).__name__ for e in dialog.findChildren(QDateEdit)]
    assert found and set(found) == {"DateField"}
    assert QApplication.instance() is not None
