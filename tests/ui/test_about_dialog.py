"""The About dialog: version, licence, and the data and backup folders that open on a click."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox

from planner import __version__
from planner.ui.dialogs.about_dialog import AboutDialog
from tests.helpers.dialogs import on_next_dialog
from tests.helpers.paths import ROOT


def test_help_menu_opens_the_about_dialog_with_version_licence_and_folders(window, data_dir):
    seen = {}

    def read_and_close(dialog) -> None:
        assert isinstance(dialog, AboutDialog)
        seen["version"] = dialog.version_label.text()
        seen["licence"] = dialog.licence_label.text()
        seen["data"] = dialog.findChild(QLineEdit, "data-folder").text()
        seen["backups"] = dialog.findChild(QLineEdit, "backup-folder").text()
        seen["backup_button"] = dialog.open_backup_button.isEnabled()
        seen["note"] = dialog.backup_note.isVisible()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    driver = on_next_dialog(read_and_close)
    window.about_action.trigger()
    driver.check()
    assert seen["version"] == f"Version {__version__}"
    assert "GPL-3.0-or-later" in seen["licence"]
    assert "GNU General Public License" in seen["licence"]
    assert seen["data"] == str(data_dir)
    assert seen["backups"] == str(data_dir / "backups")
    # The window makes a start-up backup, so the folder exists and can be opened.
    has_backups = (data_dir / "backups").is_dir()
    assert seen["backup_button"] is has_backups
    assert seen["note"] is not has_backups


def test_the_licence_id_is_the_one_in_pyproject() -> None:
    import tomllib

    from planner.ui.dialogs.about_dialog import LICENCE_ID

    with (ROOT / "pyproject.toml").open("rb") as handle:
        assert tomllib.load(handle)["project"]["license"] == LICENCE_ID
    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "LICENSE").read_text(encoding="utf-8")[:200]


def test_open_data_folder_by_click_and_by_keyboard(qtbot, window, data_dir):
    dialog = window.about_dialog()
    qtbot.addWidget(dialog)
    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True
    dialog.show()
    qtbot.waitExposed(dialog)
    # By keyboard: Tab from the data folder field to its button, then Space.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.data_path.setFocus()
    QTest.keyClick(dialog.data_path, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.open_data_button
    QTest.keyClick(dialog.open_data_button, Qt.Key.Key_Space)
    # By mouse.
    qtbot.mouseClick(dialog.open_data_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(data_dir), str(data_dir)]


def test_open_backup_folder_once_there_are_backups(qtbot, window, data_dir):
    (data_dir / "backups").mkdir(exist_ok=True)
    dialog = window.about_dialog()
    qtbot.addWidget(dialog)
    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.open_backup_button.isEnabled()
    assert not dialog.backup_note.isVisible()
    qtbot.mouseClick(dialog.open_backup_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(data_dir / "backups")]


def test_a_folder_that_cannot_be_opened_says_so(qtbot, window, data_dir):
    dialog = window.about_dialog()
    qtbot.addWidget(dialog)
    dialog.open_url = lambda _url: False
    dialog.show()
    messages = []

    def read_and_close(box) -> None:
        messages.append(box.text())
        box.accept()

    driver = on_next_dialog(read_and_close, QMessageBox)
    assert dialog.open_folder(data_dir) is False
    driver.check()
    assert messages == [f"The folder {data_dir} could not be opened."]


def test_the_open_dialog_follows_a_language_switch(qtbot, window):
    dialog = window.about_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    window.choose_language("nb")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Om Karriereplanlegger")
    assert dialog.version_label.text() == f"Versjon {__version__}"
    assert dialog.open_data_button.text() == "Å&pne datamappen"
    window.choose_language("sw")
    qtbot.waitUntil(lambda: dialog.version_label.text() == f"Toleo {__version__}")
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.text().replace("&", "") == "Funga"


def test_the_window_carries_the_application_icon(window):
    icon = window.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(32, 32).toImage()
    assert image.width() == 32
    # The tile is opaque in the middle: the SVG was found and drawn.
    assert image.pixelColor(16, 16).alpha() == 255
