"""Every file dialog the app opens: Qt's own, never the desktop's.

A GNOME or KDE desktop replaces Qt's static dialogs (``QFileDialog.getOpenFileName``
and friends) with its own, which speak the desktop's language, not the one chosen in
Career Planner. So every file dialog is built here, with
``QFileDialog.Option.DontUseNativeDialog``: Qt draws it, in the app's language, the
same on every desktop. The cost is a dialog that looks plainer than the desktop's.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


class Pick(Enum):
    """What the person picks."""

    FILE = "file"  # one existing file
    FILES = "files"  # one or more existing files
    FOLDER = "folder"  # an existing folder
    SAVE = "save"  # a file to write, existing or not


_MODES = {
    Pick.FILE: QFileDialog.FileMode.ExistingFile,
    Pick.FILES: QFileDialog.FileMode.ExistingFiles,
    Pick.FOLDER: QFileDialog.FileMode.Directory,
    Pick.SAVE: QFileDialog.FileMode.AnyFile,
}


def file_dialog(
    parent: QWidget | None,
    title: str,
    pick: Pick,
    start: str | Path = "",
    *,
    filters: Sequence[str] = (),
    suffix: str = "",
) -> QFileDialog:
    """Qt's own file dialog (never the desktop's), titled ``title``, opened at ``start``.

    For :attr:`Pick.SAVE`, ``start`` may name the suggested file and ``suffix`` is
    added when the person types a name without one.
    """
    start = Path(start) if start else Path.home()
    folder = start if pick is not Pick.SAVE or start.is_dir() else start.parent
    dialog = QFileDialog(parent, title, str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(_MODES[pick])
    dialog.setViewMode(QFileDialog.ViewMode.List)
    if pick is Pick.FOLDER:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if pick is Pick.SAVE:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if suffix:
            dialog.setDefaultSuffix(suffix)
        if start != folder:
            dialog.selectFile(start.name)
    if filters:
        dialog.setNameFilters(list(filters))
    return dialog


def chosen_paths(dialog: QFileDialog) -> list[Path]:
    """Run ``dialog``; the paths chosen, or [] when cancelled."""
    return [Path(p) for p in dialog.selectedFiles()] if dialog.exec() else []


def ask_path(
    parent: QWidget | None,
    title: str,
    pick: Pick,
    start: str | Path = "",
    *,
    filters: Sequence[str] = (),
    suffix: str = "",
) -> Path | None:
    """One path from Qt's own file dialog, or None when cancelled."""
    dialog = file_dialog(parent, title, pick, start, filters=filters, suffix=suffix)
    paths = chosen_paths(dialog)
    del dialog  # PySide owns this constructor's dialog: it goes with its last reference
    return paths[0] if paths else None
