"""Who deletes what (README): Qt deletes what has a parent, Python what it owns, never both.

Issue 23: the suite crashed now and then in the set-up of a test, while Qt ran
the deferred delete of a layout that Python owned (the overview took its rows
out with ``takeAt`` and then called ``deleteLater`` on them).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import Shiboken

from tests.helpers.qt_cleanup import PythonOwnedDeleteLaterError, flush_deletes


def test_delete_later_on_an_object_python_owns_fails_the_test(qtbot) -> None:
    orphan = QObject()
    with pytest.raises(PythonOwnedDeleteLaterError, match="QObject that Python owns"):
        orphan.deleteLater()
    assert Shiboken.isValid(orphan)


def test_a_parented_widget_scheduled_for_deletion_is_gone_after_the_flush(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    child = QLabel("going", parent)
    parent.show()
    child.deleteLater()
    assert Shiboken.isValid(child)
    flush_deletes()
    assert not Shiboken.isValid(child)
    assert Shiboken.isValid(parent) and not parent.isVisible()  # closed, Python still owns it


def test_the_overview_rows_are_replaced_whole_and_the_old_ones_deleted(window, qtbot) -> None:
    page = window.show_page("overview")
    old_rows = list(page.due_rows)
    old_list = page.due_list
    page.refresh()
    assert old_list.isHidden()  # gone from the screen at once
    labels = [label for label, _button in page.due_rows]
    qtbot.waitUntil(lambda: all(label.isVisible() for label in labels))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not Shiboken.isValid(old_list)
    assert all(not Shiboken.isValid(label) for label, _button in old_rows)
    assert labels and all(Shiboken.isValid(label) for label in labels)
