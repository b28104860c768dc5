"""The one form dialog base and the one link opener, as a user meets them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from planner.store.errors import StoreError
from planner.ui.kit import links
from planner.ui.kit.form_dialog import FormDialog, FormError


class NameDialog(FormDialog):
    def __init__(self, refuse_with: Exception | None = None, quick_save: bool = False) -> None:
        super().__init__("Name", quick_save=quick_save)
        self.refuse_with = refuse_with
        self.saved_names: list[str] = []
        self.name_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.form.addRow("&Name:", self.name_edit)
        self.form.addRow("N&otes:", self.notes_edit)

    def save(self) -> None:
        if self.refuse_with is not None:
            raise self.refuse_with
        self.saved_names.append(self.name_edit.text())


def test_enter_saves_and_closes_escape_cancels(qtbot) -> None:
    dialog = NameDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Amina")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.saved_names == ["Amina"] and not dialog.isVisible()

    other = NameDialog()
    qtbot.addWidget(other)
    other.show()
    qtbot.keyClick(other.name_edit, Qt.Key.Key_Escape)
    assert other.saved_names == [] and not other.isVisible()


def test_a_refused_save_says_why_and_keeps_the_form_open(qtbot) -> None:
    shown = "Give the full path of the folder."
    dialog = NameDialog(refuse_with=FormError(shown))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Amina")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == shown
    assert dialog.name_edit.text() == "Amina"


def test_a_store_error_is_shown_in_the_error_line(qtbot) -> None:
    dialog = NameDialog(refuse_with=StoreError(detail="disk full"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "disk full" in dialog.error.text()


def test_ctrl_enter_saves_from_a_multi_line_field_only_with_quick_save(qtbot) -> None:
    plain = NameDialog()
    qtbot.addWidget(plain)
    plain.show()
    plain.activateWindow()
    plain.notes_edit.setFocus()
    qtbot.keyClick(plain.notes_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert plain.saved_names == []

    quick = NameDialog(quick_save=True)
    qtbot.addWidget(quick)
    quick.show()
    quick.activateWindow()
    qtbot.waitUntil(quick.isActiveWindow)
    quick.notes_edit.setFocus()
    qtbot.keyClick(quick.notes_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert quick.saved_names == [""] and not quick.isVisible()


def test_folders_open_only_when_they_exist(qapp, tmp_path: Path, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    assert links.open_folder(tmp_path)
    assert not links.open_folder(tmp_path / "missing")
    assert opened == [str(tmp_path)]
    handed: list[QUrl] = []
    assert links.open_folder(tmp_path, lambda url: handed.append(url) or True)
    assert [url.toLocalFile() for url in handed] == [str(tmp_path)] and len(opened) == 1


def test_the_plan_item_editor_opens_its_link_through_the_one_opener(qtbot, monkeypatch) -> None:
    from planner.ui.dialogs.learning_dialogs import PlanItemDialog

    opened: list[str] = []
    monkeypatch.setattr(links, "_desktop_open", lambda url: opened.append(url.toString()) or True)
    dialog = PlanItemDialog([], lambda _fields: None)
    qtbot.addWidget(dialog)
    dialog.link_edit.setText("javascript:alert(1)")
    dialog.open_link()
    dialog.link_edit.setText(" https://example.org/course ")
    qtbot.mouseClick(dialog.open_link_button, Qt.MouseButton.LeftButton)
    assert opened == ["https://example.org/course"]
