"""The strengths and specialisation page, driven by mouse and keyboard in en, nb and sw."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.domain.enums import Road, StrengthKind
from planner.store.models import Area, JobPosting
from planner.store.profile import ProfileStore
from planner.ui.changes import Change, Changes
from tests.helpers.dialogs import on_next_dialog

TODAY = dt.date.today()

# The article's three profiles, the area it sends each to, and the strengths
# the reasons for that area must name (in English, nb and sw).
PROFILES = {
    "technical-only": ((5, 1, 1, 1), "seo", ["Technical", "Teknisk", "Kiufundi"]),
    "creative-and-people": ((1, 5, 1, 5), "social_media", ["Creative", "Kreativ", "Ubunifu"]),
    "technical-and-creative": ((5, 5, 1, 1), "crm_email", ["Technical", "Teknisk", "Kiufundi"]),
}


def page_of(window):
    return window.show_page("direction")


def store_of(window) -> ProfileStore:
    return ProfileStore(window.context.database)


TITLES = {"en": "Career Planner", "nb": "Karriereplanlegger", "sw": "Mpango wa Taaluma"}


def switch(window, qtbot, language: str) -> None:
    """Switch the language and wait until the window has re-read its texts."""
    window.choose_language(language)
    qtbot.waitUntil(lambda: window.windowTitle() == TITLES[language])
    QApplication.processEvents()


def set_strengths(page, values: tuple[int, int, int, int]) -> None:
    for kind, value in zip(StrengthKind, values, strict=True):
        page.strengths_editor.spins[kind].setValue(value)


@pytest.mark.parametrize("name", list(PROFILES))
def test_each_article_profile_gets_its_ranking_with_reasons_naming_the_strengths(
    window, qtbot, name: str
) -> None:
    values, first, strength_names = PROFILES[name]
    store_of(window).add_strengths(*values, on=TODAY)
    page = page_of(window)
    page.refresh()
    for language, strength_name in zip(("en", "nb", "sw"), strength_names, strict=True):
        switch(window, qtbot, language)
        assert page.ranked_keys()[0] == first
        reasons = " ".join(page.area_reasons(first))
        assert strength_name in reasons
        assert str(values[0]) in reasons  # the person's own score is named
        if language != "en":
            assert "fits your strengths" not in reasons
            assert "Suggested road" not in page.suggestion_label.text()


def test_technical_and_creative_is_advised_crm_and_creative_and_people_social_media(
    window,
) -> None:
    store = store_of(window)
    store.add_strengths(5, 5, 1, 1, on=TODAY)
    page = page_of(window)
    page.refresh()
    assert page.advice.focus == ("crm_email",)
    assert "CRM and e-mail" in page.suggestion_label.text()
    store.add_strengths(1, 5, 1, 5, on=TODAY)
    window.context.events.announce(Changes(Change.STRENGTHS))
    assert page.ranked_keys()[0] == "social_media"


def test_strengths_by_keyboard_are_saved_and_the_advice_follows(window, qtbot) -> None:
    page = page_of(window)
    assert page.tabs.currentIndex() == 0  # nothing recorded: start with the strengths
    assert page.advice_empty.text().startswith("No strengths are recorded yet")
    spin = page.strengths_editor.spins[StrengthKind.TECHNICAL]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "5")
    for kind in (StrengthKind.CREATIVE, StrengthKind.ANALYTICAL, StrengthKind.PEOPLE):
        other = page.strengths_editor.spins[kind]
        other.setFocus()
        other.selectAll()
        qtbot.keyClicks(other, "1")
    qtbot.keyClicks(page.strengths_note, "From my last <b>review</b>")
    qtbot.keyClick(page.strengths_note, Qt.Key.Key_Return)
    latest = store_of(window).latest_strengths()
    assert (latest.technical, latest.creative, latest.note) == (5, 1, "From my last <b>review</b>")
    assert page.strengths_proxy.rowCount() == 1
    assert page.strengths_proxy.index(0, 5).data() == "From my last <b>review</b>"
    assert page.ranked_keys()[0] == "seo"
    assert page.suggestion_label.text() == "Suggested road: Deep specialist (one area). Focus: SEO."
    window.undo_action.trigger()
    assert store_of(window).strengths_history() == []
    assert page.ranked_keys() == []
    window.redo_action.trigger()
    assert page.ranked_keys()[0] == "seo"


def test_choose_a_road_by_mouse_and_hear_plainly_that_it_differs(window, qtbot) -> None:
    store_of(window).add_strengths(5, 1, 1, 1, on=TODAY)
    page = page_of(window)
    page.refresh()
    page.tabs.setCurrentIndex(2)
    editor = page.choice_editor
    assert editor.road() is Road.DEEP_SPECIALIST and editor.focus() == ("seo",)  # the suggestion

    def click(check) -> None:
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))

    click(editor.focus_checks["seo"])
    click(editor.focus_checks["social_media"])
    qtbot.keyClicks(editor.rationale_edit, "I love content")
    qtbot.mouseClick(page.save_choice_button, Qt.MouseButton.LeftButton)
    choice = store_of(window).latest_choice()
    assert (choice.road, choice.focus, choice.rationale) == (
        Road.DEEP_SPECIALIST,
        ("social_media",),
        "I love content",
    )
    assert choice.review_on == TODAY + dt.timedelta(days=365)
    assert page.road_differs.isVisible()
    text = page.road_differs.text()
    assert "Your choice differs from the suggestion" in text
    assert "You chose Social media, which ranks" in text
    assert page.choices_proxy.rowCount() == 1
    assert page.choices_proxy.index(0, 4).data() == "I love content"

    page.use_suggestion()
    qtbot.mouseClick(page.save_choice_button, Qt.MouseButton.LeftButton)
    assert not page.road_differs.isVisible()
    assert "Your choice matches the suggestion." in page.differs_label.text()


@pytest.mark.parametrize("language", ["en", "nb", "sw"])
def test_a_focus_that_does_not_fit_the_road_is_refused_in_the_users_language(
    window, qtbot, language: str
) -> None:
    switch(window, qtbot, language)
    page = page_of(window)
    page.tabs.setCurrentIndex(2)
    editor = page.choice_editor
    editor.road_combo.setFocus()
    editor.road_combo.setCurrentIndex(editor.road_combo.findData(Road.SEMI_SPECIALIST.value))
    editor.set_choice(Road.SEMI_SPECIALIST, ["seo"])
    qtbot.keyClick(page.save_choice_button, Qt.Key.Key_Space)
    message = page.choice_error.text()
    assert page.choice_error.isVisible()
    expected = {
        "en": "two or three",
        "nb": "to eller tre",
        "sw": "2",
    }[language]
    assert expected in message
    if language != "en":
        assert "semi-specialist" not in message.lower()
    assert store_of(window).choices() == []


def test_delete_strengths_asks_first_and_can_be_undone(window, qtbot) -> None:
    store_of(window).add_strengths(2, 3, 4, 5, on=TODAY)
    page = page_of(window)
    page.refresh()
    page.tabs.setCurrentIndex(0)
    page.strengths_table.selectRow(0)
    page.strengths_table.setFocus()

    def say_yes(box) -> None:
        box.button(QMessageBox.StandardButton.Yes).click()

    driver = on_next_dialog(say_yes, QMessageBox)
    qtbot.keyClick(page.strengths_table, Qt.Key.Key_Delete)
    driver.check()
    assert store_of(window).strengths_history() == []
    window.undo_action.trigger()
    assert [r.people for r in store_of(window).strengths_history()] == [5]


def test_advice_updates_without_restart_on_levels_market_and_strengths(window, qtbot) -> None:
    store = store_of(window)
    store.add_strengths(3, 3, 3, 3, on=TODAY)
    page = page_of(window)
    page.refresh()
    assert "No job postings read yet" in page.market_label.text()
    gaps_before = page.gaps_label.text()
    assert "SEO has no assessed level yet" in gaps_before

    # Levels change on the skills page: the breadth gaps follow.
    skills = window.show_page("skills")
    skills.select_skill("technical_seo")

    def assess(dialog) -> None:
        dialog.level_group.button(3).setChecked(True)
        dialog._save()

    driver = on_next_dialog(assess)
    skills.assess_selected()
    driver.check()
    # Hidden behind the skills page, the advice waits until it is seen again.
    assert page.is_stale
    assert page.gaps_label.text() == gaps_before
    window.show_page("direction")
    assert not page.is_stale
    assert "SEO has no assessed level yet" not in page.gaps_label.text()

    # The market tally changes (another page saves a posting and says so).
    from sqlalchemy import select

    with window.context.database.transaction() as session:
        strategy = session.scalar(select(Area).where(Area.key == "strategy"))
        session.add(JobPosting(seen_on=TODAY, title="Head of marketing", areas=[strategy]))
    window.context.events.announce(Changes(Change.POSTINGS))
    assert page.ranked_keys()[0] == "strategy"  # equal strengths: the market decides
    assert str(TODAY.year) in page.market_label.text()
    assert page.ranking.index(0, 3).data() == "100%"

    # Strengths change.
    page.tabs.setCurrentIndex(0)
    set_strengths(page, (5, 1, 1, 1))
    qtbot.mouseClick(page.save_strengths_button, Qt.MouseButton.LeftButton)
    assert page.ranked_keys()[0] == "seo"


def test_the_t_shape_shows_breadth_and_the_focus_being_chosen(window, qtbot) -> None:
    store = store_of(window)
    store.add_strengths(5, 1, 1, 1, on=TODAY)
    page = page_of(window)
    page.refresh()
    page.tabs.setCurrentIndex(2)
    result = page.chart.render_now()
    assert result.figure is None
    assert "Assess your skills" in result.hint
    store.assess_areas({"seo": 3, "analytics": 1}, TODAY)
    window.context.events.announce(Changes(Change.ASSESSMENTS))
    result = page.chart.render_now()
    assert result.figure is not None
    assert "SEO (focus): 3" in result.alt_text
    assert "Analytics: 1" in result.alt_text
    page.choice_editor.focus_checks["analytics"].setChecked(True)
    assert "Analytics (focus): 1" in page.chart.render_now().alt_text
    switch(window, qtbot, "nb")
    assert "Analyse (fokus): 1" in page.chart.render_now().alt_text


def test_review_dialogs_hold_both_confirmations_and_every_guide_page(window) -> None:
    names = [name for name, _dialog in page_of(window).review_dialogs()]
    assert "delete-strengths" in names and "delete-choice" in names
    assert [n for n in names if n.startswith("first-run-guide")] == [
        f"first-run-guide-{i}" for i in range(5)
    ]
    assert QApplication.instance() is not None
