"""Which detailed sections follow page one of the printed plan: chosen once, remembered.

The choice lives in ``settings.json`` (:data:`SETTINGS_KEY`), so preview,
print and PDF from the window and ``career-planner plan`` without
``--sections`` print the same document, also after a restart. A
:class:`SectionChooser` shows one check box per section; every chooser of the
window follows the same :class:`SectionChoice`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from planner.i18n import _
from planner.report.sections import (
    SECTION_NAMES,
    SETTINGS_KEY,
    normalise,
    remembered,
    section_help,
    section_label,
)
from planner.settings import Settings


class SectionChoice(QObject):
    """The remembered choice of sections; ``changed`` tells every chooser."""

    changed = Signal(tuple)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

    def sections(self) -> tuple[str, ...]:
        return remembered(self._settings.get(SETTINGS_KEY))

    def set_sections(self, sections: tuple[str, ...]) -> None:
        sections = normalise(sections)
        if sections == self.sections() and self._settings.get(SETTINGS_KEY) is not None:
            return
        self._settings.set(SETTINGS_KEY, list(sections))
        self.changed.emit(sections)


class SectionChooser(QWidget):
    """ "After page one: [x] Learning plan table [x] Charts ..." bound to a SectionChoice."""

    def __init__(self, choice: SectionChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        self.label = QLabel()
        self.boxes = {name: QCheckBox() for name in SECTION_NAMES}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        for box in self.boxes.values():
            layout.addWidget(box)
            box.toggled.connect(self._save)
        layout.addStretch(1)
        choice.changed.connect(self._show)
        self._show(choice.sections())
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(_("Print after page one:"))
        for name, box in self.boxes.items():
            box.setText(section_label(name))
            box.setToolTip(section_help(name))

    def sections(self) -> tuple[str, ...]:
        return tuple(name for name, box in self.boxes.items() if box.isChecked())

    def _show(self, sections: tuple[str, ...]) -> None:
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(name in sections)
            box.blockSignals(False)

    def _save(self) -> None:
        self.choice.set_sections(self.sections())
