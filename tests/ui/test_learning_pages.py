"""The learning plan and log pages, driven by clicks and keys, in en, nb and sw."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from planner.domain.enums import LearningType, PlanStatus
from planner.i18n.formatting import format_hours
from planner.store.learning import LearningStore, LogEntryFields, PlanItemFields
from planner.ui.dialogs.assess_dialog import AssessDialog
from planner.ui.dialogs.learning_dialogs import LogEntryDialog, PlanItemDialog
from tests.helpers.dialogs import on_next_dialog
from tests.helpers.sql_count import counted_statements

MARKUP = "<b>bold</b> <a href='http://x'>x</a> <img src=/etc/passwd>"


def store(window) -> LearningStore:
    return LearningStore(window.context.database)


def rows(proxy) -> list[list[str]]:
    return [
        [proxy.index(r, c).data() for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


def tick(picker, key: str) -> None:
    for row in range(picker.items.rowCount()):
        if picker.items.item(row).data() == key:
            picker.setCurrentIndex(picker.items.index(row, 0))
            picker.setFocus()
            QApplication.processEvents()
            before = picker.items.item(row).checkState()
            QTest.keyClick(picker.viewport(), Qt.Key.Key_Space)
            if picker.items.item(row).checkState() == before:  # the view had not taken focus
                QTest.keyClick(picker, Qt.Key.Key_Space)
            assert picker.items.item(row).checkState() != before
            return
    raise LookupError(key)


def focus(qtbot, widget) -> None:
    """Keys reach a widget only in the active window: make it so, then focus the widget."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


# -- the plan -------------------------------------------------------------------


def test_build_a_plan_item_by_mouse_with_every_field(window, qtbot) -> None:
    page = window.show_page("plan")

    def fill(dialog: PlanItemDialog) -> None:
        qtbot.keyClicks(dialog.title_edit, "SEO " + MARKUP)
        dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(LearningType.CERTIFICATION))
        qtbot.keyClicks(dialog.provider_edit, "Academy")
        qtbot.keyClicks(dialog.link_edit, "javascript:alert(1)")
        assert not dialog.open_link_button.isEnabled()
        dialog.link_edit.setText("https://example.org/seo")
        assert dialog.open_link_button.isEnabled()
        tick(dialog.skill_picker, "technical_seo")
        tick(dialog.skill_picker, "web_analytics")
        dialog.hours_spin.setValue(10)
        dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("KES"))
        dialog.cost_spin.setValue(12500)
        dialog.priority_combo.setCurrentIndex(0)
        dialog.notes_edit.setPlainText("why")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    driver = on_next_dialog(fill, PlanItemDialog)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    driver.check()
    [item] = store(window).plan_items()
    assert item.title == "SEO " + MARKUP
    assert item.skill_keys == ("technical_seo", "web_analytics")
    assert (item.cost_minor, item.currency, item.estimated_minutes) == (1_250_000, "KES", 600)
    [row] = rows(page.proxy)
    assert row[0] == "SEO " + MARKUP  # literal characters, never markup
    assert [row[4], row[5], row[1], row[3]] == [
        "Certification",
        "Formal education",
        "Planned",
        "High",
    ]
    assert row[6] == "Technical SEO, Web analytics"
    assert row[2] == "0 / 10 h (0%)"
    assert row[8] == "KES12,500.00"

    window.choose_language("nb")
    qtbot.waitUntil(lambda: rows(page.proxy)[0][6] == "Teknisk SEO, Webanalyse", timeout=20_000)
    nb_row = rows(page.proxy)[0]
    assert [nb_row[4], nb_row[5], nb_row[1]] == ["Sertifisering", "Formell utdanning", "Planlagt"]
    assert nb_row[6] == "Teknisk SEO, Webanalyse"
    assert nb_row[2].startswith("0 / 10 t")


def test_a_bad_link_in_the_editor_is_refused_inline(window, qtbot) -> None:
    page = window.show_page("plan")
    seen: list[str] = []

    def fill(dialog: PlanItemDialog) -> None:
        dialog.title_edit.setText("x")
        dialog.link_edit.setText("file:///etc/passwd")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen.append(dialog.error.text())
        assert dialog.isVisible()
        dialog.reject()

    driver = on_next_dialog(fill, PlanItemDialog)
    page.add_item()
    driver.check()
    assert "http" in seen[0]
    assert store(window).plan_items() == []


def test_edit_by_enter_delete_by_key_with_confirmation_and_undo(window, qtbot) -> None:
    made = store(window).create_plan_item(
        PlanItemFields("Mentor talks", LearningType.MENTOR, dt.date.today().year)
    )
    page = window.show_page("plan")
    page.refresh()
    page.select_item(made.id)

    def rename(dialog: PlanItemDialog) -> None:
        dialog.title_edit.setText("Mentor talks with Amina")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    driver = on_next_dialog(rename, PlanItemDialog)
    focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    driver.check()
    assert store(window).plan_item(made.id).title == "Mentor talks with Amina"

    driver = on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.No).click())
    focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    driver.check()
    assert len(store(window).plan_items()) == 1

    texts: list[str] = []

    def answer(box: QMessageBox) -> None:
        texts.append(box.text())
        assert box.textFormat() == Qt.TextFormat.PlainText
        yes(box)

    driver = on_next_dialog(answer, QMessageBox)
    focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    driver.check()
    assert "Mentor talks with Amina" in texts[0]
    assert store(window).plan_items() == []
    assert page.proxy.rowCount() == 0
    window.undo_action.trigger()
    assert [i.title for i in store(window).plan_items()] == ["Mentor talks with Amina"]
    window.undo_action.trigger()
    assert store(window).plan_item(made.id).title == "Mentor talks"


def test_gaps_with_and_without_plan_items(window, qtbot) -> None:
    skills = window.context.skills
    skills.assess("technical_seo", 2, dt.date.today())
    skills.set_target("technical_seo", 4)
    skills.set_target("brand_strategy", 3)
    store(window).create_plan_item(
        PlanItemFields(
            MARKUP, LearningType.COURSE, dt.date.today().year, skill_keys=("technical_seo",)
        )
    )
    page = window.show_page("plan")
    page.refresh()
    found = {row[0]: row for row in rows(page.gap_box.proxy)}
    assert found["Technical SEO"][3:] == ["+2", MARKUP]
    assert found["Brand strategy"][3:] == ["+3", "No plan item yet"]
    assert page.gap_box.summary.text() == "2 skills have a gap. 1 has no plan item yet."
    assert page.gap_box.summary.textFormat() == Qt.TextFormat.PlainText
    window.choose_language("sw")
    assert "Bado hakuna kipengele cha mpango" in {r[4] for r in rows(page.gap_box.proxy)}


def test_marking_done_offers_to_reassess_the_skills_it_builds(window, qtbot) -> None:
    made = store(window).create_plan_item(
        PlanItemFields(
            "GA4", LearningType.CERTIFICATION, dt.date.today().year, skill_keys=("web_analytics",)
        )
    )
    page = window.show_page("plan")
    page.refresh()
    page.select_item(made.id)
    questions: list[str] = []

    def answer(box: QMessageBox) -> None:
        questions.append(box.text())
        yes(box)

    def assess(dialog: AssessDialog) -> None:
        dialog.level_group.button(3).setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    first = on_next_dialog(answer, QMessageBox)
    second = on_next_dialog(assess, AssessDialog)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    first.check()
    second.check()
    assert "GA4" in questions[0]
    assert store(window).plan_item(made.id).status == PlanStatus.DONE
    assert store(window).plan_item(made.id).completed_on == dt.date.today()
    assert [a.level for a in window.context.skills.assessments("web_analytics")] == [3]
    window.undo_action.trigger()  # the assessment
    window.undo_action.trigger()  # done
    assert window.context.skills.assessments("web_analytics") == []
    assert store(window).plan_item(made.id).status == PlanStatus.PLANNED


# -- the log --------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nb", "sw"])
def test_ctrl_n_logs_against_a_plan_item_by_keyboard_alone(window, qtbot, language) -> None:
    item = store(window).create_plan_item(
        PlanItemFields(
            "Mentor", LearningType.MENTOR, dt.date.today().year, skill_keys=("content_creation",)
        )
    )
    window.choose_language(language)
    focus(qtbot, window.show_page("skills").table)

    def type_it(dialog: LogEntryDialog) -> None:
        focus = QApplication.focusWidget
        assert focus() is dialog.minutes_spin
        qtbot.keyClicks(focus(), "90")
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
        assert focus() is dialog.plan_combo
        qtbot.keyClick(focus(), Qt.Key.Key_Down)  # the plan item fills type and skills
        assert dialog.type_combo.currentData() == LearningType.MENTOR
        assert dialog.skill_picker.chosen() == ("content_creation",)
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
        assert focus() is dialog.type_combo
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
        assert focus() is dialog.skill_picker
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
        assert focus() is dialog.learned_edit
        qtbot.keyClicks(focus(), MARKUP)
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
        assert focus() is dialog.apply_edit
        qtbot.keyClicks(focus(), "Weekly threads")
        qtbot.keyClick(focus(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    driver = on_next_dialog(type_it, LogEntryDialog)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    driver.check()
    [entry] = store(window).entries()
    assert (entry.minutes, entry.learning_type, entry.plan_item_id) == (
        90,
        LearningType.MENTOR,
        item.id,
    )
    assert entry.logged_on == dt.date.today()
    assert (entry.learned, entry.apply) == (MARKUP, "Weekly threads")
    page = window.show_page("log")
    [row] = rows(page.proxy)
    assert row[6] == MARKUP
    assert row[2] == ("Mentor eller kollega" if language == "nb" else "Mshauri au mwenzako")
    plan = window.show_page("plan")
    assert ("1,5" if language == "nb" else "1.5") in rows(plan.proxy)[0][2]


def test_search_filters_totals_edit_and_delete_with_undo(window, qtbot) -> None:
    today = dt.date.today()
    store(window).add_entries(
        [
            LogEntryFields(today, 60, LearningType.MENTOR, ("content_creation",), None, "Canva"),
            LogEntryFields(
                dt.date(today.year - 1, 5, 1), 30, LearningType.COURSE, (), None, "GA4 funnels"
            ),
            LogEntryFields(today, 45, LearningType.BOOK_PODCAST, ("reporting",), None, "Podcast"),
        ]
    )
    page = window.show_page("log")
    page.refresh()
    assert page.proxy.rowCount() == 3
    assert page.shown_label.text() == f"3 entries shown, {format_hours(135)}"
    qtbot.keyClicks(page.search, "ga4")
    assert [r[6] for r in rows(page.proxy)] == ["GA4 funnels"]
    assert page.shown_label.text() == "1 entry shown, 30 minutes"
    page.search.clear()
    page.group_filter.setCurrentIndex(page.group_filter.findData(LearningType.MENTOR.group))
    assert [r[6] for r in rows(page.proxy)] == ["Canva"]
    page.group_filter.setCurrentIndex(0)
    page.skill_filter.setCurrentIndex(page.skill_filter.findData("reporting"))
    assert [r[6] for r in rows(page.proxy)] == ["Podcast"]
    page.skill_filter.setCurrentIndex(0)
    page.type_filter.setCurrentIndex(page.type_filter.findData(LearningType.COURSE))
    assert [r[6] for r in rows(page.proxy)] == ["GA4 funnels"]
    page.type_filter.setCurrentIndex(0)
    page.from_edit.setDate(today)
    assert sorted(r[6] for r in rows(page.proxy)) == ["Canva", "Podcast"]
    page.from_edit.setDate(page.from_edit.minimumDate())
    assert page.proxy.rowCount() == 3
    assert "This year: 1.8 hours" in page.period_label.text()
    assert "Share from peers: 100%" in page.balance_figures.text()
    assert "formal education" in page.balance_advice.text()

    page.select_entry(store(window).entries(None)[0].id)
    chosen = page.selected_entry()

    def change(dialog: LogEntryDialog) -> None:
        dialog.minutes_spin.setValue(120)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    driver = on_next_dialog(change, LogEntryDialog)
    focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    driver.check()
    assert store(window).entry(chosen.id).minutes == 120
    window.undo_action.trigger()
    assert store(window).entry(chosen.id).minutes == chosen.minutes

    page.select_entry(chosen.id)
    driver = on_next_dialog(yes, QMessageBox)
    focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    driver.check()
    assert len(store(window).entries()) == 2
    assert page.proxy.rowCount() == 2
    window.undo_action.trigger()
    assert store(window).entry(chosen.id) == chosen


def test_export_from_the_file_menu_is_spreadsheet_safe(window, qtbot, tmp_path: Path) -> None:
    store(window).add_entry(
        LogEntryFields(dt.date(2025, 3, 9), 30, LearningType.COMMUNITY, (), None, "=2+3", "@x")
    )
    window.choose_language("nb")
    target = tmp_path / "logg.csv"
    titles: list[str] = []

    def choose(dialog: QFileDialog) -> None:
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        titles.append(dialog.windowTitle())
        dialog.setDirectory(str(tmp_path))
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.clear()
        qtbot.keyClicks(name, "logg")  # the default suffix adds .csv
        qtbot.keyClick(name, Qt.Key.Key_Return)

    picker = on_next_dialog(choose, QFileDialog)
    reports: list[str] = []

    def report(box: QMessageBox) -> None:
        reports.append(box.text())
        box.accept()

    done = on_next_dialog(report, QMessageBox)
    window.export_log_action.trigger()
    picker.check()
    done.check()
    assert titles == ["Eksporter læringslogg som CSV"]
    assert reports == [f"1 loggføring skrevet til {target}."]
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert table[0][:3] == ["Dato", "Minutter", "Læringsform"]
    assert table[1][:4] == ["2025-03-09", "30", "Fellesskap", "Læring fra kolleger"] or (
        table[1][0] == "2025-03-09" and table[1][1] == "30"
    )
    assert table[1][6:] == ["'=2+3", "'@x"]


def test_markup_typed_anywhere_stays_characters(window, qtbot) -> None:
    item = store(window).create_plan_item(
        PlanItemFields(MARKUP, LearningType.COURSE, dt.date.today().year)
    )
    store(window).add_entry(
        LogEntryFields(dt.date.today(), 30, LearningType.COURSE, (), item.id, MARKUP, MARKUP)
    )
    page = window.show_page("log")
    page.refresh()
    row = rows(page.proxy)[0]
    assert row[5] == row[6] == row[7] == MARKUP
    for label in page.findChildren(QLabel):
        if label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText or "<" not in label.text()
    seen: list[str] = []

    def look(dialog: LogEntryDialog) -> None:
        seen.append(dialog.learned_edit.toPlainText())
        seen.append(dialog.plan_combo.currentText())
        dialog.reject()

    page.select_entry(store(window).entries()[0].id)
    driver = on_next_dialog(look, LogEntryDialog)
    page.edit_selected()
    driver.check()
    assert seen == [MARKUP, MARKUP]


def test_a_search_keystroke_over_20000_entries_filters_once_and_reads_nothing(
    window, qtbot, monkeypatch
) -> None:
    """Per keystroke: one pass over the folded texts; no query, no reset, no text made again.

    How long a keystroke takes on ten years is ``make bench``'s "Log page: one
    search keystroke" row.
    """
    start = dt.date.today() - dt.timedelta(days=3 * 365)
    kinds = list(LearningType)
    store(window).add_entries(
        [
            LogEntryFields(
                start + dt.timedelta(days=i % 1000),
                15 + i % 120,
                kinds[i % len(kinds)],
                ("technical_seo",) if i % 3 == 0 else (),
                None,
                f"Reflection {i} on audits",
                "Apply at work",
            )
            for i in range(20_000)
        ]
    )
    page = window.show_page("log")
    page.refresh()
    assert page.loading  # a long log fills in the background; the page paints first
    assert window.context.tasks.wait()
    assert not page.loading
    assert page.proxy.rowCount() == 20_000
    page.search.setFocus()
    passes, texts_made, resets = [], [], []
    recompute, haystack = page.proxy._recompute, page.model._haystack
    monkeypatch.setattr(page.proxy, "_recompute", lambda: passes.append(1) or recompute())
    monkeypatch.setattr(page.model, "_haystack", lambda *a: texts_made.append(1) or haystack(*a))
    page.model.modelAboutToBeReset.connect(lambda: resets.append(1))
    with counted_statements() as seen:
        for key in "12345":
            qtbot.keyClick(page.search, key)  # the proxy filters synchronously on textChanged
    assert page.search.text() == "12345"
    assert page.proxy.rowCount() == 1  # "Reflection 12345 on audits"
    assert len(passes) == 5  # one pass per keystroke, not one per row
    assert texts_made == [] and resets == [] and len(seen) == 0, seen.sql[:3]
    monkeypatch.undo()
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    page.search.clear()
    assert page.proxy.index(0, 1).data() == format_hours(15)
