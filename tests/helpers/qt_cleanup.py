"""Make a Qt ownership mistake fail in the test that made it.

Two tools, used by the autouse fixture in ``conftest.py``:

- :func:`guard_delete_later` makes ``deleteLater()`` refuse an object Python
  owns (no parent, or handed to Python by ``takeAt()``/``setParent(None)``).
  Such an object is deleted twice over: once by Qt's deferred delete and once
  when PySide lets its wrapper go, and the suite died of it "now and then"
  (issue 23). The rule is in the README, "Who deletes what".
- :func:`flush_deletes` closes the windows a test left open, runs the
  deferred deletes Qt still holds and collects garbage, so whatever a test
  scheduled for deletion is deleted before the next test starts.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

ALLOWED_CALLERS = ("pytestqt",)
"""pytest-qt closes and deleteLater()s the top-level widgets given to qtbot.addWidget;
the fixture flushes those deletes at once, before Python can let the wrappers go."""


class PythonOwnedDeleteLaterError(AssertionError):
    pass


def _caller_allowed(frame: FrameType | None) -> bool:
    return frame is not None and any(name in frame.f_code.co_filename for name in ALLOWED_CALLERS)


def guard_delete_later() -> Callable[[], None]:
    """Make ``QObject.deleteLater`` fail on an object Python owns; returns the undo."""
    original = QObject.deleteLater

    def delete_later(self: QObject) -> None:
        if Shiboken.ownedByPython(self) and not _caller_allowed(sys._getframe(1)):
            raise PythonOwnedDeleteLaterError(
                f"deleteLater() on a {type(self).__name__} that Python owns: give it a"
                " parent, or drop the last reference instead (README, 'Who deletes what')"
            )
        original(self)

    QObject.deleteLater = delete_later  # type: ignore[method-assign]

    def undo() -> None:
        QObject.deleteLater = original  # type: ignore[method-assign]

    return undo


def flush_deletes(used_qtbot: bool = True) -> None:
    """Close every top-level widget, run the pending deferred deletes, collect garbage.

    Does nothing after a test that neither used qtbot nor left a window behind.
    """
    app = QApplication.instance()
    if app is None:
        return
    windows = QApplication.topLevelWidgets()
    if not used_qtbot and not windows:
        return
    for widget in windows:
        # Closing one window may delete another (a popup menu, a delete-on-close dialog).
        if Shiboken.isValid(widget) and widget.isVisible():
            widget.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # a collected wrapper's
