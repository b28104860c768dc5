"""Alt+letter keys of a window: which widget each one reaches, and the clashes.

A window's keys are the mnemonics (``&x``) of its menu bar titles and of the
visible buttons, check boxes, group boxes, tabs and buddy labels, plus Alt+letter
shortcuts; each open menu is a scope of its own.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    cleaned = text.replace("&&", "")
    index = cleaned.find("&")
    return cleaned[index + 1].lower() if 0 <= index < len(cleaned) - 1 else None


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget is root or widget.isVisibleTo(root)


def _takes_focus(widget: QWidget) -> bool:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def window_keys(root: QWidget) -> tuple[dict[str, list[str]], list[str]]:
    """({key: [what it reaches]}, [labels with a mnemonic and no buddy]) of one window."""
    keys: dict[str, list[str]] = defaultdict(list)
    dangling: list[str] = []

    def add(text: str, where: str) -> None:
        key = mnemonic(text)
        if key:
            keys[key].append(f"{where} {text!r}")

    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            add(action.text(), "menu")
    for button in root.findChildren(QAbstractButton):
        if _shown(button, root):
            add(button.text(), type(button).__name__)
    for box in root.findChildren(QGroupBox):
        if _shown(box, root) and (box.isCheckable() or box.focusProxy() is not None):
            add(box.title(), "QGroupBox")
    for tabs in root.findChildren(QTabWidget):
        if _shown(tabs, root):
            for index in range(tabs.count()):
                add(tabs.tabText(index), "tab")
    for label in root.findChildren(QLabel):
        if not _shown(label, root) or not mnemonic(label.text()):
            continue
        buddy = label.buddy()
        if buddy is None or not _shown(buddy, root) or not _takes_focus(buddy):
            dangling.append(label.text())
        else:
            add(label.text(), "label")
    for shortcut in root.findChildren(QShortcut):
        parent = shortcut.parent()
        if not shortcut.isEnabled() or not isinstance(parent, QWidget) or not _shown(parent, root):
            continue
        text = shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)
        if text.startswith("Alt+") and len(text) == 5:
            keys[text[-1].lower()].append(f"shortcut {text}")
    return dict(keys), dangling


def menu_clashes(menu: QMenu) -> list[str]:
    found: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        key = mnemonic(action.text())
        if key:
            found[key].append(action.text())
        if action.menu() is not None:
            found_sub = menu_clashes(action.menu())
            if found_sub:
                return found_sub
    return [f"{menu.title()!r}: Alt+{k} {v}" for k, v in found.items() if len(v) > 1]


def problems(root: QWidget, name: str, *, menus: bool = True) -> list[str]:
    keys, dangling = window_keys(root)
    found = [f"{name}: Alt+{key} {what}" for key, what in keys.items() if len(what) > 1]
    found += [f"{name}: label {text!r} has no buddy" for text in dangling]
    if menus and isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.menu() is not None:
                found += [f"{name}: {clash}" for clash in menu_clashes(action.menu())]
    return found
