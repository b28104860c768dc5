"""Editors shared by the strengths and specialisation page and the first-run guide."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.advisor import MAX_STRENGTH, MIN_STRENGTH
from planner.domain.catalogue import default_catalogue
from planner.domain.enums import Road, StrengthKind
from planner.domain.scale import LEVELS
from planner.i18n import _
from planner.i18n.markers import N_
from planner.text.labels import area_description, area_name, level_label
from planner.ui.kit.widgets import plain_label

STRENGTH_HINTS: dict[StrengthKind, str] = {
    StrengthKind.TECHNICAL: N_("At home with tools, code, set-ups and how websites work."),
    StrengthKind.CREATIVE: N_("Ideas, words and pictures: you make content people want to see."),
    StrengthKind.ANALYTICAL: N_("Numbers, data and patterns: you measure and draw conclusions."),
    StrengthKind.PEOPLE: N_("You understand others, influence and persuade, sell ideas and lead."),
}

ROAD_HINTS: dict[Road, str] = {
    Road.DEEP_SPECIALIST: N_("Deep knowledge in one area, on a base in every channel."),
    Road.SEMI_SPECIALIST: N_("Depth in two or three areas, on a base in every channel."),
    Road.GENERALIST_LEADER: N_(
        "A general understanding of every channel; leadership and strategic, commercial"
        " thinking are your specialism."
    ),
    Road.COMMUNICATION_BRAND: N_(
        "Communication and strategic marketing, as brand managers do; digital marketing"
        " is a solid base, not the specialism."
    ),
}


def _hint(text: str = "") -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class StrengthsEditor(QWidget):
    """Four spin boxes, 1-5, each with its strength's name and a one-line explanation."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.spins: dict[StrengthKind, QSpinBox] = {}
        self.names: dict[StrengthKind, QLabel] = {}
        self.hints: dict[StrengthKind, QLabel] = {}
        for row, kind in enumerate(StrengthKind):
            spin = QSpinBox()
            spin.setRange(MIN_STRENGTH, MAX_STRENGTH)
            spin.setValue(3)
            spin.setObjectName(f"strength-{kind.value}")
            spin.valueChanged.connect(self._value_changed)
            name = QLabel()
            name.setBuddy(spin)
            hint = _hint()
            grid.addWidget(name, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(hint, row, 2)
            self.spins[kind], self.names[kind], self.hints[kind] = spin, name, hint
        grid.setColumnStretch(2, 1)
        self.retranslate()

    def _value_changed(self, _value: int) -> None:
        self.changed.emit()

    def retranslate(self) -> None:
        for kind in StrengthKind:
            self.names[kind].setText(_("{strength}:").format(strength=_(kind.label)))
            self.hints[kind].setText(_(STRENGTH_HINTS[kind]))
            self.spins[kind].setToolTip(_("1 = not you at all, 5 = very much you"))

    def values(self) -> dict[StrengthKind, int]:
        return {kind: spin.value() for kind, spin in self.spins.items()}

    def set_values(self, values: dict[StrengthKind, int]) -> None:
        for kind, value in values.items():
            self.spins[kind].setValue(value)


class ChoiceEditor(QWidget):
    """A road, its focus areas (check boxes) and a rationale in the user's words."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.road_label = QLabel()
        self.road_combo = QComboBox()
        self.road_combo.setObjectName("road")
        for road in Road:
            self.road_combo.addItem("", road.value)
        self.road_label.setBuddy(self.road_combo)
        self.road_hint = _hint()
        self.focus_box = QGroupBox()
        focus_layout = QGridLayout(self.focus_box)
        self.focus_checks: dict[str, QCheckBox] = {}
        for index, area in enumerate(default_catalogue().areas):
            check = QCheckBox()
            check.setObjectName(f"focus-{area.key}")
            check.toggled.connect(self._focus_toggled)
            focus_layout.addWidget(check, index // 2, index % 2)
            self.focus_checks[area.key] = check
        self.rationale_label = QLabel()
        self.rationale_edit = QPlainTextEdit()
        self.rationale_edit.setTabChangesFocus(True)
        self.rationale_edit.setFixedHeight(64)
        self.rationale_label.setBuddy(self.rationale_edit)
        self.road_combo.currentIndexChanged.connect(self._road_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.road_label)
        layout.addWidget(self.road_combo)
        layout.addWidget(self.road_hint)
        layout.addWidget(self.focus_box)
        layout.addWidget(self.rationale_label)
        layout.addWidget(self.rationale_edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.road_label.setText(_("R&oad:"))
        for index, road in enumerate(Road):
            self.road_combo.setItemText(index, _(road.label))
        self.road_hint.setText(_(ROAD_HINTS[self.road()]))
        self.focus_box.setTitle(_("Focus areas"))
        for key, check in self.focus_checks.items():
            check.setText(area_name(key))
            check.setToolTip(area_description(key))
        self.rationale_label.setText(_("Rationa&le, in your own words:"))
        self.rationale_edit.setPlaceholderText(_("Why this road suits you now"))

    def _focus_toggled(self, _checked: bool) -> None:
        if not self._quiet:
            self.changed.emit()

    def _road_changed(self) -> None:
        self.road_hint.setText(_(ROAD_HINTS[self.road()]))
        if not self._quiet:
            self.changed.emit()

    def road(self) -> Road:
        return Road(self.road_combo.currentData())

    def focus(self) -> tuple[str, ...]:
        return tuple(key for key, check in self.focus_checks.items() if check.isChecked())

    def rationale(self) -> str:
        return self.rationale_edit.toPlainText().strip()

    def set_choice(self, road: Road, focus: Iterable[str], rationale: str | None = None) -> None:
        chosen = set(focus)
        self._quiet = True
        self.road_combo.setCurrentIndex(self.road_combo.findData(road.value))
        for key, check in self.focus_checks.items():
            check.setChecked(key in chosen)
        if rationale is not None:
            self.rationale_edit.setPlainText(rationale)
        self._quiet = False
        self.road_hint.setText(_(ROAD_HINTS[self.road()]))
        self.changed.emit()


class AreaLevelsEditor(QWidget):
    """One level per area for a quick self-assessment; "not assessed" is allowed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[str, QComboBox] = {}
        self.names: dict[str, QLabel] = {}
        for row, area in enumerate(default_catalogue().areas):
            combo = QComboBox()
            combo.setObjectName(f"level-{area.key}")
            combo.addItem("", None)
            for entry in LEVELS:
                combo.addItem("", entry.value)
            name = QLabel()
            name.setBuddy(combo)
            grid.addWidget(name, row, 0)
            grid.addWidget(combo, row, 1)
            self.combos[area.key], self.names[area.key] = combo, name
        grid.setColumnStretch(1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        for key, combo in self.combos.items():
            self.names[key].setText(area_name(key))
            self.names[key].setToolTip(area_description(key))
            combo.setItemText(0, _("Not assessed yet"))
            for entry in LEVELS:
                combo.setItemText(entry.value + 1, level_label(entry.value))

    def levels(self) -> dict[str, int]:
        """The levels chosen; areas left at "not assessed yet" are left out."""
        return {
            key: combo.currentData()
            for key, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def set_level(self, area_key: str, level: int | None) -> None:
        self.combos[area_key].setCurrentIndex(0 if level is None else level + 1)
