"""The skills page, driven as a person would: clicks, keys and typed text."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from planner.i18n.formatting import format_date
from planner.text.labels import level_label
from tests.helpers.dialogs import on_next_dialog


def skills_page(window):
    return window.show_page("skills")


def select(page, key: str) -> None:
    page.select_skill(key)
    assert page.selected_skill().key == key


def history_texts(page) -> list[list[str]]:
    model = page.history_proxy
    return [
        [model.index(row, col).data() for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_page_lists_the_catalogue_with_sortable_columns(window) -> None:
    page = skills_page(window)
    assert page.proxy.rowCount() == 19
    headers = [page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Area", "Skill", "Current level", "Target level", "Gap", "Last assessed"]


@pytest.mark.parametrize("language", ["en", "nb", "sw"])
def test_assess_by_keyboard_alone(window, qtbot, language: str) -> None:
    window.choose_language(language)
    page = skills_page(window)
    select(page, "link_building")
    page.table.setFocus()

    def fill(dialog) -> None:
        focused = QApplication.focusWidget()
        assert focused is dialog.level_group.button(0)
        for _step in range(4):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        assert dialog.selected_level() == 4
        qtbot.keyClick(dialog, Qt.Key.Key_Tab)  # to the date
        qtbot.keyClick(dialog, Qt.Key.Key_Tab)  # to the note
        qtbot.keyClicks(dialog.note_edit, "Ran <b>outreach</b> for a client")
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        if dialog.isVisible():
            qtbot.keyClick(dialog.link_edit, Qt.Key.Key_Return)

    driver = on_next_dialog(fill)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    driver.check()
    record = page.selected_skill()
    assert record.current_level == 4
    assert record.last_assessed == dt.date.today()
    rows = history_texts(page)
    assert rows[0][:3] == [
        format_date(dt.date.today()),
        level_label(4),
        "Ran <b>outreach</b> for a client",
    ]


@pytest.mark.parametrize("language", ["en", "nb", "sw"])
def test_assess_by_mouse_then_undo_and_redo(window, qtbot, language: str) -> None:
    window.choose_language(language)
    page = skills_page(window)
    select(page, "technical_seo")

    def fill(dialog) -> None:
        radio = dialog.level_group.button(3)
        # Click the round indicator: a radio button only reacts to its indicator and text.
        indicator = QPoint(8, radio.height() // 2)
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=indicator)
        dialog.link_edit.setText("https://example.org/audit")
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    driver = on_next_dialog(fill)
    qtbot.mouseClick(page.assess_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert page.selected_skill().current_level == 3
    assert len(window.context.skills.assessments("technical_seo")) == 1

    window.undo_action.trigger()
    assert window.context.skills.assessments("technical_seo") == []
    assert page.selected_skill().current_level is None
    window.redo_action.trigger()
    assert [a.level for a in window.context.skills.assessments("technical_seo")] == [3]


def test_a_bad_link_is_refused_and_nothing_is_saved(window, qtbot) -> None:
    page = skills_page(window)
    select(page, "reporting")
    messages: list[str] = []

    def fill(dialog) -> None:
        dialog.link_edit.setText("javascript:alert(1)")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        messages.append(dialog.error.text())
        assert dialog.isVisible()
        dialog.reject()

    driver = on_next_dialog(fill)
    page.assess_selected()
    driver.check()
    assert "http" in messages[0]
    assert window.context.skills.assessments("reporting") == []


def test_history_shows_every_assessment_with_locale_dates(window, qtbot) -> None:
    skills = window.context.skills
    skills.assess("social_listening", 1, dt.date(2024, 3, 5))
    skills.assess("social_listening", 2, dt.date(2025, 1, 31))
    page = skills_page(window)
    page.refresh()
    select(page, "social_listening")
    assert [row[0] for row in history_texts(page)] == ["Jan 31, 2025", "Mar 5, 2024"]
    window.choose_language("nb")
    assert [row[0] for row in history_texts(page)] == ["31. jan. 2025", "5. mars 2024"]
    assert history_texts(page)[0][1] == "2 – Nybegynner"
    window.choose_language("sw")
    assert history_texts(page)[1][0] == format_date(dt.date(2024, 3, 5))
    assert "2024" in history_texts(page)[1][0]
    assert QLocale().name() == "sw_KE"


def test_edit_and_delete_history_with_confirmation_and_undo(window, qtbot) -> None:
    skills = window.context.skills
    skills.assess("web_analytics", 2, dt.date(2025, 2, 1), "first")
    page = skills_page(window)
    page.refresh()
    select(page, "web_analytics")
    page.history_table.selectRow(0)

    def change(dialog) -> None:
        dialog.level_group.button(3).setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    driver = on_next_dialog(change)
    page.edit_assessment()
    driver.check()
    assert [a.level for a in skills.assessments("web_analytics")] == [3]

    driver = on_next_dialog(
        lambda box: box.button(QMessageBox.StandardButton.No).click(), QMessageBox
    )
    page.history_table.selectRow(0)
    page.delete_assessment()
    driver.check()
    assert len(skills.assessments("web_analytics")) == 1

    driver = on_next_dialog(
        lambda box: box.button(QMessageBox.StandardButton.Yes).click(), QMessageBox
    )
    page.history_table.selectRow(0)
    window.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(window.isActiveWindow)
    page.history_table.setFocus()
    qtbot.keyClick(page.history_table, Qt.Key.Key_Delete)
    driver.check()
    assert skills.assessments("web_analytics") == []

    window.undo_action.trigger()
    assert [(a.level, a.note) for a in skills.assessments("web_analytics")] == [(3, "first")]
    window.undo_action.trigger()
    assert [a.level for a in skills.assessments("web_analytics")] == [2]


def test_target_and_gap(window, qtbot) -> None:
    window.context.skills.assess("brand_strategy", 2, dt.date(2025, 5, 1))
    page = skills_page(window)
    page.refresh()
    select(page, "brand_strategy")

    def choose(dialog) -> None:
        dialog.combo.setCurrentIndex(5)  # "4 – Advanced"
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    driver = on_next_dialog(choose)
    page.set_target_selected()
    driver.check()
    record = page.selected_skill()
    assert record.target_level == 4
    row = page.table.currentIndex().row()
    assert page.proxy.index(row, 4).data() == "+2"
    window.undo_action.trigger()
    assert window.context.skills.skill("brand_strategy").target_level is None


def test_custom_skill_add_rename_archive(window, qtbot) -> None:
    page = skills_page(window)
    select(page, "content_creation")

    def add(dialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "TikTok <img src=/etc/passwd>")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    driver = on_next_dialog(add)
    page.add_skill()
    driver.check()
    record = page.selected_skill()
    assert record.custom_name == "TikTok <img src=/etc/passwd>"
    assert record.area_key == "social_media"

    def rename(dialog) -> None:
        dialog.name_edit.setText("TikTok video")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    driver = on_next_dialog(rename)
    page.rename_selected()
    driver.check()
    assert page.selected_skill().custom_name == "TikTok video"

    page.toggle_archive_selected()
    assert page.proxy.rowCount() == 19  # archived skills are hidden by default
    page.show_archived.setChecked(True)
    assert page.proxy.rowCount() == 20
    window.undo_action.trigger()
    page.show_archived.setChecked(False)
    assert page.proxy.rowCount() == 20


def test_an_empty_name_is_refused(window, qtbot) -> None:
    page = skills_page(window)
    errors: list[str] = []

    def add(dialog) -> None:
        dialog.name_edit.setText("   ")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        errors.append(dialog.error.text())
        dialog.reject()

    driver = on_next_dialog(add)
    page.add_skill()
    driver.check()
    assert errors == ["The name cannot be empty."]


def test_search_and_area_filter(window, qtbot) -> None:
    page = skills_page(window)
    qtbot.keyClicks(page.search, "link")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    page.area_filter.setCurrentIndex(page.area_filter.findData("social_media"))
    assert page.proxy.rowCount() == 4


def test_sorting_uses_values_not_text(window, qtbot) -> None:
    skills = window.context.skills
    skills.assess("reporting", 5, dt.date(2024, 12, 1))
    skills.assess("leadership", 1, dt.date(2025, 1, 2))
    page = skills_page(window)
    page.refresh()
    page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    first = page.proxy.record_at(0)
    assert first.key == "leadership"
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert page.proxy.record_at(0).key == "reporting"


def test_window_remembers_its_size_and_the_last_page(qtbot, data_dir) -> None:
    from PySide6.QtWidgets import QApplication

    from planner.ui.shell.app import build_window

    app = QApplication.instance()
    first = build_window(app, data_dir, "en")
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    qtbot.waitExposed(first)
    first.show_page("skills")
    first.close()
    first.context.database.close()
    second = build_window(app, data_dir, "en")
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)
    assert second.current_page_key() == "skills"  # back where the user left
    second.context.database.close()


def test_building_the_window_loads_neither_matplotlib_nor_alembic(data_dir) -> None:
    import subprocess
    import sys

    from planner.store.database import open_database

    open_database(data_dir).close()  # the schema is current: Alembic has no work
    code = (
        "import sys; from pathlib import Path; from PySide6.QtWidgets import QApplication;"
        "from planner.ui.shell.app import build_window, make_application;"
        f"w = build_window(make_application(), Path({str(data_dir)!r}), 'en'); w.show();"
        "QApplication.processEvents();"
        "print(sorted(m for m in ('matplotlib', 'alembic') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"
