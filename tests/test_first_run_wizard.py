"""The first-run guide, by keyboard and by mouse, in en, nb and sw."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWizard

from planner.domain.enums import Road, StrengthKind
from planner.store.profile import ProfileStore
from planner.store.skills import SkillStore
from planner.ui.dialogs.first_run_wizard import (
    LANGUAGE_PAGE,
    LEVELS_PAGE,
    PROFILE_PAGE,
    ROAD_PAGE,
    STRENGTHS_PAGE,
)

TITLES = {"en": "First-run guide", "nb": "Oppstartsveiviser", "sw": "Mwongozo wa mwanzo"}
SUGGESTED = {"en": "Suggested road", "nb": "Foreslått vei", "sw": "Njia inayopendekezwa"}


def store_of(window) -> ProfileStore:
    return ProfileStore(window.context.database)


def open_guide(window, qtbot):
    wizard = window.open_first_run_guide()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    return wizard


def press_enter(wizard, qtbot) -> None:
    qtbot.keyClick(wizard, Qt.Key.Key_Return)


def type_into_spin(qtbot, spin, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


@pytest.mark.parametrize("language", ["en", "nb", "sw"])
def test_the_guide_by_keyboard_alone_switches_language_and_saves_everything(
    window, qtbot, language: str
) -> None:
    wizard = open_guide(window, qtbot)
    assert wizard.currentId() == PROFILE_PAGE
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # a name is needed first
    qtbot.keyClicks(wizard.profile_page.name_edit, "Amina <Juma>")
    qtbot.keyClick(wizard.profile_page.name_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(wizard.profile_page.role_edit, "Marketing coordinator")
    press_enter(wizard, qtbot)

    assert wizard.currentId() == LANGUAGE_PAGE
    radio = wizard.language_page.buttons[language]
    radio.setFocus()
    qtbot.keyClick(radio, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.windowTitle() == TITLES[language])
    assert window.context.settings.get("language") in (language, None)
    press_enter(wizard, qtbot)

    assert wizard.currentId() == STRENGTHS_PAGE
    editor = wizard.strengths_page.editor
    for kind, value in zip(StrengthKind, (5, 5, 1, 1), strict=True):
        type_into_spin(qtbot, editor.spins[kind], value)
    press_enter(wizard, qtbot)

    assert wizard.currentId() == LEVELS_PAGE
    combo = wizard.levels_page.editor.combos["crm_email"]
    combo.setFocus()
    for _step in range(3):  # not assessed -> 0 -> 1 -> 2
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == 2
    seo = wizard.levels_page.editor.combos["seo"]
    seo.setFocus()
    for _step in range(4):
        qtbot.keyClick(seo, Qt.Key.Key_Down)
    press_enter(wizard, qtbot)

    assert wizard.currentId() == ROAD_PAGE
    page = wizard.road_page
    assert page.suggestion.text().startswith(SUGGESTED[language])  # shown before picking
    assert page.editor.road() is Road.DEEP_SPECIALIST
    assert page.editor.focus() == ("crm_email",)
    page.editor.rationale_edit.setFocus()
    qtbot.keyClicks(page.editor.rationale_edit, "Both sides of me")
    press_enter(wizard, qtbot)
    qtbot.waitUntil(lambda: not wizard.isVisible())

    store = store_of(window)
    profile = store.profile()
    assert (profile.name, profile.role, profile.onboarded) == (
        "Amina <Juma>",
        "Marketing coordinator",
        True,
    )
    strengths = store.latest_strengths()
    assert (strengths.technical, strengths.creative, strengths.analytical) == (5, 5, 1)
    levels = store.area_levels()
    assert levels["crm_email"].current == 2
    assert levels["seo"].current == 3
    assert levels["analytics"].current is None
    assert SkillStore(window.context.database).skill("email_campaigns").current_level == 2
    choice = store.latest_choice()
    assert (choice.road, choice.focus, choice.rationale) == (
        Road.DEEP_SPECIALIST,
        ("crm_email",),
        "Both sides of me",
    )
    assert choice.review_on == dt.date.today() + dt.timedelta(days=365)
    # The user lands on their advice.
    assert window.current_page_key() == "direction"
    direction = window.page("direction")
    assert direction.tabs.currentIndex() == 1
    assert direction.ranked_keys()[0] == "crm_email"


def test_the_guide_by_mouse_with_a_road_that_does_not_fit_its_focus(window, qtbot) -> None:
    wizard = open_guide(window, qtbot)
    wizard.profile_page.name_edit.setText("Ole")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    radio = wizard.language_page.buttons["nb"]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    qtbot.waitUntil(lambda: wizard.windowTitle() == TITLES["nb"])
    assert next_button.text().replace("&", "") == "Neste >"
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    spin = wizard.strengths_page.editor.spins[StrengthKind.PEOPLE]
    spin.setValue(1)
    for _click in range(4):  # 1 -> 5 by the up arrow
        qtbot.mouseClick(spin, Qt.MouseButton.LeftButton, pos=QPoint(spin.width() - 6, 4))
    assert spin.value() == 5
    wizard.strengths_page.editor.spins[StrengthKind.CREATIVE].setValue(5)
    wizard.strengths_page.editor.spins[StrengthKind.TECHNICAL].setValue(1)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ROAD_PAGE
    editor = wizard.road_page.editor
    assert editor.focus()[0] in {"social_media", "strategy"}
    assert "Sosiale medier" in wizard.road_page.ranking.text()
    editor.road_combo.setCurrentIndex(editor.road_combo.findData(Road.SEMI_SPECIALIST.value))
    for check in editor.focus_checks.values():
        check.setChecked(False)
    check = editor.focus_checks["social_media"]
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.isVisible()  # refused, in Norwegian, nothing saved
    assert "to eller tre" in wizard.road_page.error.text()
    assert store_of(window).latest_choice() is None
    check = editor.focus_checks["strategy"]
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    choice = store_of(window).latest_choice()
    assert choice.focus == ("social_media", "strategy")
    assert store_of(window).profile().onboarded


def test_skipping_marks_the_guide_done_and_saves_nothing_else(window, qtbot) -> None:
    wizard = window.open_first_run_guide_if_new()
    assert wizard is not None
    qtbot.waitExposed(wizard)
    wizard.profile_page.name_edit.setText("Not saved")
    skip = wizard.button(QWizard.WizardButton.CustomButton1)
    assert skip.text().replace("&", "") == "Skip the guide"
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    store = store_of(window)
    assert store.profile().onboarded
    assert store.profile().name == ""
    assert store.latest_strengths() is None
    assert window.open_first_run_guide_if_new() is None  # not at the next start


def test_the_guide_reopens_from_the_help_menu(window, qtbot) -> None:
    store_of(window).set_onboarded(True)
    store_of(window).set_profile("Kari", "SEO specialist")
    assert window.guide_action in window.help_menu.actions()
    window.guide_action.trigger()
    wizard = QApplication.activeModalWidget() or next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QWizard) and w.isVisible()
    )
    assert isinstance(wizard, QWizard)
    assert wizard.profile_page.name_edit.text() == "Kari"  # what is known is filled in
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
