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


def test_rerunning_the_guide_keeps_levels_and_adds_no_duplicates(window, qtbot) -> None:
    """Bug: a rerun re-assessed every skill at its area's average and added a profile."""
    skills = SkillStore(window.context.database)
    store = store_of(window)
    store.set_profile("Kari", "SEO specialist")
    store.add_strengths(4, 2, 5, 3, on=dt.date(2026, 1, 5))
    skills.assess("technical_seo", 5, dt.date(2026, 1, 5))
    skills.assess("link_building", 2, dt.date(2026, 1, 5))
    store.add_choice(Road.DEEP_SPECIALIST, ("seo",), "Mine", dt.date(2026, 1, 5), None)
    store.set_onboarded(True)
    before = (len(store.strengths_history()), len(store.choices()))
    wizard = open_guide(window, qtbot)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    for _page in range(4):
        press_enter(wizard, qtbot)
    assert wizard.currentId() == ROAD_PAGE
    assert wizard.road_page.editor.rationale() == "Mine"  # the stored road, not a new one
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert (len(store.strengths_history()), len(store.choices())) == before
    assert skills.skill("technical_seo").current_level == 5
    assert skills.skill("link_building").current_level == 2
    assert len(skills.assessments("technical_seo")) == 1


def test_a_changed_area_level_is_the_only_new_assessment(window, qtbot) -> None:
    skills = SkillStore(window.context.database)
    store_of(window).set_profile("Kari", "")
    skills.assess("technical_seo", 5, dt.date(2026, 1, 5))
    wizard = open_guide(window, qtbot)
    wizard.levels_page.editor.set_level("analytics", 3)
    assert wizard.has_changes()
    wizard.accept()
    assert skills.skill("technical_seo").current_level == 5
    assert skills.skill("web_analytics").current_level == 3


def test_esc_asks_before_throwing_away_what_was_typed(window, qtbot) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.helpers.dialogs import on_next_dialog

    wizard = open_guide(window, qtbot)
    hint = wizard.profile_page.name_hint
    assert hint.isVisible() and "name" in hint.text()
    qtbot.keyClicks(wizard.profile_page.name_edit, "Amina")
    assert not hint.isVisible()
    driver = on_next_dialog(
        lambda box: box.button(QMessageBox.StandardButton.No).click(), QMessageBox
    )
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    driver.check()
    assert wizard.isVisible()  # kept
    driver = on_next_dialog(
        lambda box: box.button(QMessageBox.StandardButton.Yes).click(), QMessageBox
    )
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    driver.check()
    assert not wizard.isVisible()
    assert store_of(window).profile().name == ""


def test_tab_from_the_last_field_reaches_next_and_arrows_do_not_switch_language(
    window, qtbot
) -> None:
    wizard = open_guide(window, qtbot)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    qtbot.keyClicks(wizard.profile_page.name_edit, "Amina")
    wizard.profile_page.role_edit.setFocus()
    qtbot.keyClick(wizard.profile_page.role_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.button(QWizard.WizardButton.NextButton)
    press_enter(wizard, qtbot)
    assert wizard.currentId() == LANGUAGE_PAGE
    radio = wizard.language_page.buttons["en"]
    radio.setFocus()
    qtbot.keyClick(radio, Qt.Key.Key_Down)
    assert wizard.language_page.chosen() == "nb"
    assert wizard.windowTitle() == TITLES["en"]  # one arrow key does not switch the window
    press_enter(wizard, qtbot)  # Next does
    qtbot.waitUntil(lambda: wizard.windowTitle() == TITLES["nb"])
    assert wizard.currentId() == STRENGTHS_PAGE


def test_the_profile_editor_from_the_edit_menu(window, qtbot) -> None:
    from tests.helpers.dialogs import on_next_dialog

    store_of(window).set_profile("Kari", "SEO specialist")
    assert window.profile_action in window.edit_menu.actions()

    def edit(dialog) -> None:
        assert QApplication.focusWidget() is dialog.name_edit
        dialog.role_edit.setText("Head of SEO")
        qtbot.keyClick(dialog.role_edit, Qt.Key.Key_Return)

    driver = on_next_dialog(edit)
    window.profile_action.trigger()
    driver.check()
    assert store_of(window).profile().role == "Head of SEO"
    window.context.undo_stack.undo()
    assert store_of(window).profile().role == "SEO specialist"

    def empty(dialog) -> None:
        dialog.name_edit.clear()
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.error.text()
        dialog.reject()

    driver = on_next_dialog(empty)
    window.profile_action.trigger()
    driver.check()
    assert store_of(window).profile().name == "Kari"
