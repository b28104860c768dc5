"""The data-safety menu items and start-up recovery, driven through the window."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from sqlalchemy import event

from planner.settings import BACKUP_FOLDER_SETTING, Settings
from planner.store.database import database_path, open_database
from planner.store.safety import back_up, list_backups
from planner.store.skills import SkillStore
from planner.store.transfer import export_document
from tests.helpers.dialogs import on_next_dialog


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def menu_texts(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.file_menu.actions() if a.text()]


def run_and_wait(window, qtbot, action) -> None:
    with qtbot.waitSignal(window.data_actions.task_finished, timeout=20_000):
        action()


def answer(button: QMessageBox.StandardButton, seen: list[str] | None = None) -> Any:
    def act(box: QMessageBox) -> None:
        if seen is not None:
            seen.append(box.text())
        box.button(button).click()

    return on_next_dialog(act, QMessageBox)


def answer_in_turn(seen: list[str], *buttons: QMessageBox.StandardButton) -> list[Any]:
    """Answer several message boxes that open one after the other."""
    drivers: list[Any] = []

    def make(index: int) -> Any:
        def act(box: QMessageBox) -> None:
            seen.append(box.text())
            box.button(buttons[index]).click()
            if index + 1 < len(buttons):
                drivers.append(on_next_dialog(make(index + 1), QMessageBox))

        return act

    drivers.append(on_next_dialog(make(0), QMessageBox))
    return drivers


def test_file_menu_has_the_data_items_in_every_language(window, qtbot) -> None:
    assert menu_texts(window)[-7:] == [
        "Export…",
        "Import…",
        "Back up now",
        "Restore from backup…",
        "Check data",
        "Preferences…",
        "Quit",
    ]
    window.choose_language("nb")
    qtbot.waitUntil(lambda: menu_texts(window)[-7] != "Export…")
    assert menu_texts(window)[-7:] == [
        "Eksporter…",
        "Importer…",
        "Sikkerhetskopier nå",
        "Gjenopprett fra sikkerhetskopi…",
        "Kontroller dataene",
        "Innstillinger…",
        "Avslutt",
    ]
    window.choose_language("sw")
    qtbot.waitUntil(lambda: menu_texts(window)[-7] != "Eksporter…")
    assert menu_texts(window)[-7:] == [
        "Hamisha…",
        "Ingiza…",
        "Tengeneza nakala rudufu sasa",
        "Rejesha kutoka nakala rudufu…",
        "Kagua data",
        "Mipangilio…",
        "Toka",
    ]


def test_start_up_makes_the_daily_backup_once(window, data_dir: Path) -> None:
    backups = list_backups(data_dir / "backups")
    assert [b.reason for b in backups] == ["daily"]
    from planner.ui.shell.app import daily_backup

    daily_backup(data_dir)  # a second start the same day adds none
    assert len(list_backups(data_dir / "backups")) == 1


def test_back_up_now_by_shortcut_runs_in_the_background(window, qtbot, data_dir: Path) -> None:
    window.context.skills.assess("technical_seo", 2, dt.date.today(), "before")
    with qtbot.waitSignal(window.data_actions.task_finished, timeout=20_000):
        qtbot.keyClick(
            window,
            Qt.Key.Key_B,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert window.data_actions.busy()  # the work is running, the window is not blocked
    manual = [b for b in list_backups(data_dir / "backups") if b.reason == "manual"]
    assert len(manual) == 1
    assert "Backup written to" in window.statusBar().currentMessage()
    with sqlite3.connect(manual[0].path) as connection:
        assert connection.execute("SELECT note FROM assessments").fetchone()[0] == "before"


def test_check_data_says_what_it_found(window, qtbot) -> None:
    seen: list[str] = []
    driver = answer(QMessageBox.StandardButton.Ok, seen)
    run_and_wait(window, qtbot, window.data_actions.check_action.trigger)
    driver.check()
    assert "Integrity check: no problems found." in seen[0]
    assert "Reference check: no broken references found." in seen[0]


def test_restore_from_the_menu_replaces_the_data_and_keeps_the_old(
    window, qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    skills = window.context.skills
    skills.assess("technical_seo", 2, dt.date.today(), "kept in the backup")
    saved = back_up(database_path(data_dir), data_dir / "backups", "manual")
    skills.assess("technical_seo", 4, dt.date.today(), "made after the backup")
    page = window.show_page("skills")
    page.refresh()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(saved.path), ""))
    )
    seen: list[str] = []
    driver = answer(QMessageBox.StandardButton.Yes, seen)
    run_and_wait(window, qtbot, window.data_actions.restore_action.trigger)
    driver.check()
    assert "backed up first" in seen[0]
    notes = [a.note for a in window.context.skills.assessments("technical_seo")]
    assert notes == ["kept in the backup"]
    page.select_skill("technical_seo")
    assert page.selected_skill().current_level == 2  # the page shows the restored data
    assert window.context.undo_stack.count() == 0
    before_restore = [b for b in list_backups(data_dir / "backups") if b.reason == "before-restore"]
    assert len(before_restore) == 1
    window.context.skills.assess("search_ads", 1, dt.date.today())  # and it still works


def test_a_restore_that_fails_leaves_the_data_and_says_why(
    window, qtbot, data_dir: Path, tmp_path: Path
) -> None:
    window.context.skills.assess("technical_seo", 2, dt.date.today(), "mine")
    bogus = tmp_path / "planner-20260101-000000-000000-manual.sqlite3"
    bogus.write_bytes(b"not a database" * 100)
    seen: list[str] = []
    drivers = answer_in_turn(seen, QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    run_and_wait(window, qtbot, lambda: window.data_actions.restore_from(bogus))
    assert len(drivers) == 2
    for driver in drivers:
        driver.check()
    assert "is not a Career Planner database" in seen[1]
    assert [a.note for a in window.context.skills.assessments("technical_seo")] == ["mine"]


def test_export_and_import_from_the_menu(
    window, qtbot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    skills = window.context.skills
    skills.assess("technical_seo", 3, dt.date.today(), "exported")
    target = tmp_path / "all.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    run_and_wait(window, qtbot, window.data_actions.export_action.trigger)
    assert json.loads(target.read_text())["tables"]["assessments"][0]["note"] == "exported"
    skills.assess("technical_seo", 5, dt.date.today(), "not in the export")

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    seen: list[str] = []
    driver = answer(QMessageBox.StandardButton.Yes, seen)
    with qtbot.waitSignal(window.data_actions.task_finished, timeout=20_000):
        window.data_actions.import_action.trigger()
    qtbot.waitUntil(lambda: not window.data_actions.busy(), timeout=20_000)
    driver.check()
    assert "Replace all your data" in seen[0]
    qtbot.waitUntil(
        lambda: [a.note for a in skills.assessments("technical_seo")] == ["exported"],
        timeout=20_000,
    )
    assert [b.reason for b in list_backups(data_dir / "backups")].count("before-import") == 1


def test_a_bad_import_file_says_where_and_changes_nothing(window, qtbot, tmp_path: Path) -> None:
    window.context.skills.assess("technical_seo", 3, dt.date.today(), "mine")
    before = export_document(window.context.database)
    bad = tmp_path / "bad.json"
    document = json.loads(json.dumps(before))
    document["tables"]["assessments"][0]["level"] = "high"
    bad.write_text(json.dumps(document))
    seen: list[str] = []
    driver = answer(QMessageBox.StandardButton.Ok, seen)
    run_and_wait(window, qtbot, lambda: window.data_actions.import_from(bad))
    driver.check()
    assert "$.tables.assessments[0].level" in seen[0] and "Nothing was changed" in seen[0]
    assert export_document(window.context.database) == before


def connect_pragma(window, pragma: str) -> Any:
    engine = window.context.database.engine

    def apply(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(pragma)

    event.listen(engine, "connect", apply)
    return lambda: event.remove(engine, "connect", apply)


@pytest.mark.parametrize("kind", ["disk-full", "read-only", "locked"])
def test_the_assess_dialog_keeps_the_edit_when_saving_fails(window, qtbot, kind: str) -> None:
    page = window.show_page("skills")
    page.select_skill("technical_seo")
    path = window.context.database.path
    blocker = None
    if kind == "disk-full":
        with sqlite3.connect(path) as connection:
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.close()
        undo = connect_pragma(window, f"PRAGMA max_page_count={pages}")
        expected = "The disk is full"
    elif kind == "read-only":
        undo = connect_pragma(window, "PRAGMA query_only=ON")
        expected = "cannot be written to"
    else:
        undo = connect_pragma(window, "PRAGMA busy_timeout=20")
        blocker = sqlite3.connect(path, isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")
        expected = "locked by another program"
    note = "A long reflection on the audit. " * 600
    seen: dict[str, Any] = {}

    def fill(dialog) -> None:
        dialog.level_group.button(4).setChecked(True)
        dialog.note_edit.setPlainText(note)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.isVisible()
        seen["kept"] = dialog.note_edit.toPlainText() == note and dialog.selected_level() == 4
        seen["saved"] = window.context.skills.assessments("technical_seo")
        if blocker is not None:
            blocker.rollback()
        undo()  # the person frees space / fixes the folder / closes the other program
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # and retries
        seen["closed"] = not dialog.isVisible()

    driver = on_next_dialog(fill)
    page.assess_selected()
    driver.check()
    if blocker is not None:
        blocker.close()
    assert expected in seen["error"] and "Nothing was saved" in seen["error"]
    assert "Traceback" not in seen["error"]
    assert seen["open"] and seen["kept"]
    assert seen["saved"] == []  # nothing half written
    assert seen["closed"]
    records = window.context.skills.assessments("technical_seo")
    assert [(r.level, r.note) for r in records] == [(4, note.strip())]


def test_preferences_change_the_backup_folder(window, qtbot, tmp_path: Path) -> None:
    chosen = tmp_path / "my backups"

    def fill(dialog) -> None:
        dialog.folder_edit.setText("relative/path")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.isVisible() and "full path" in dialog.error.text()
        dialog.folder_edit.setText(str(chosen))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    driver = on_next_dialog(fill)
    window.data_actions.preferences_action.trigger()
    driver.check()
    assert Settings(window.context.data_dir).get(BACKUP_FOLDER_SETTING) == str(chosen)
    run_and_wait(window, qtbot, window.data_actions.backup_action.trigger)
    assert [b.reason for b in list_backups(chosen)] == ["manual"]


# -- a damaged database at start-up --------------------------------------------


@pytest.fixture
def damaged(data_dir: Path) -> Path:
    db = open_database(data_dir)
    SkillStore(db).assess("technical_seo", 3, dt.date(2026, 1, 1), "safe in the backup")
    back_up(db.path, data_dir / "backups", "daily")
    db.close()
    path = database_path(data_dir)
    data = bytearray(path.read_bytes())
    data[:16] = b"garbage garbage!"
    path.write_bytes(bytes(data))
    return path


def test_start_up_offers_the_newest_good_backup_and_keeps_the_damaged_file(
    qtbot, data_dir: Path, damaged: Path
) -> None:
    from planner.ui.shell.app import open_window

    original = digest(damaged)
    seen: list[str] = []
    driver = answer(QMessageBox.StandardButton.Yes, seen)
    window = open_window(QApplication.instance(), data_dir, "en")
    qtbot.addWidget(window)
    driver.check()
    assert "is not a Career Planner database" in seen[0]
    assert "Restore the newest good backup" in seen[0]
    notes = [a.note for a in window.context.skills.assessments("technical_seo")]
    assert notes == ["safe in the backup"]
    aside = [
        p for p in data_dir.glob("planner.sqlite3.damaged-*") if not p.name.endswith(("wal", "shm"))
    ]
    assert len(aside) == 1 and digest(aside[0]) == original
    window.context.database.close()


def test_start_up_without_restoring_leaves_the_file_alone(
    qtbot, data_dir: Path, damaged: Path
) -> None:
    from planner.ui.shell.app import RecoveryDeclinedError, open_window

    original = digest(damaged)
    driver = answer(QMessageBox.StandardButton.No)
    with pytest.raises(RecoveryDeclinedError):
        open_window(QApplication.instance(), data_dir, "nb")
    driver.check()
    assert digest(damaged) == original
    assert not list(data_dir.glob("planner.sqlite3.damaged-*"))
