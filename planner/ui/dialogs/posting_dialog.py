"""Enter job postings one after another, by keyboard alone, or correct one.

Made for coding dozens of postings in one sitting: Enter saves and opens the
next empty form (the date and the source stay), Esc stops. Areas and skills
are picked by typing part of their name: the completer offers matches, Enter
adds the one shown (or the only match), Backspace in the empty field removes
the last one picked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import Seniority
from planner.i18n import _
from planner.store.errors import StoreError
from planner.store.market import PostingData
from planner.text.labels import enum_label
from planner.ui.kit.widgets import (
    date_edit,
    error_label,
    from_qdate,
    plain_label,
    show_error_in,
    to_qdate,
)

SaveCallback = Callable[[PostingData], None]


class _PickerEdit(QLineEdit):
    """Enter with text picks; Enter on an empty field goes on to the dialog (saves)."""

    pick = Signal()
    remove_last = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self.pick.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Backspace and not self.text():
            self.remove_last.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def match_rank(needle: str, key: str, name: str) -> int | None:
    """How well a typed (casefolded) text names an option; lower is better, None: not at all.

    0 the whole name or key, 1 the name starts with it as a word, 2 a whole word of
    the name, 3 the start of the name, 4 the start of a word, 5 anywhere in it.
    Ties go to the shorter name: "content" means Content creation, not Content and
    on-page SEO.
    """
    folded = name.casefold()
    if needle in (folded, key):
        return 0
    if needle not in folded:
        return None
    words = re.findall(r"\w+", folded)
    phrase = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    if phrase.match(folded):
        return 1
    if phrase.search(folded):
        return 2
    if folded.startswith(needle):
        return 3
    if any(word.startswith(needle) for word in words):
        return 4
    return 5


class KeyPicker(QWidget):
    """Pick several keys (areas or skills) by typing part of their translated names."""

    changed = Signal()
    no_match = Signal(str)  # what was typed, when no name matches it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._options: list[tuple[str, str]] = []  # (key, name in the active language)
        self._picked: list[str] = []
        self.edit = _PickerEdit()
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.edit.setCompleter(self.completer)
        self.completer.activated.connect(self._picked_from_list)
        self.edit.pick.connect(self.pick_typed)
        self.edit.remove_last.connect(self.remove_last)
        self.shown = plain_label()
        self.shown.setWordWrap(True)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Backspace does it by key
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.shown)
        self.setFocusProxy(self.edit)

    def set_options(self, options: Sequence[tuple[str, str]]) -> None:
        self._options = list(options)
        self.names.setStringList([name for _key, name in self._options])
        self._show()

    def keys(self) -> tuple[str, ...]:
        return tuple(self._picked)

    def set_keys(self, keys: Sequence[str]) -> None:
        self._picked = [k for k in dict.fromkeys(keys)]
        self._show()

    def clear(self) -> None:
        self._picked = []
        self.edit.clear()
        self._show()

    def add(self, key: str) -> None:
        if key not in self._picked:
            self._picked.append(key)
            self._show()

    def remove_last(self) -> None:
        if self._picked:
            self._picked.pop()
            self._show()

    def match(self, text: str) -> str | None:
        """The key a typed text means: the best of the names containing it."""
        needle = text.strip().casefold()
        if not needle:
            return None
        ranked = [
            (rank, len(name), index, key)
            for index, (key, name) in enumerate(self._options)
            if (rank := match_rank(needle, key, name)) is not None
        ]
        return min(ranked)[3] if ranked else None

    def pick_typed(self) -> None:
        popup = self.completer.popup()
        text = self.edit.text()
        if popup.isVisible():
            index = popup.currentIndex()
            if index.isValid():
                text = index.data()
            popup.hide()
        key = self.match(text)
        if key is None:
            self.no_match.emit(text.strip())
            return
        self.add(key)
        self.edit.clear()

    def _picked_from_list(self, text: str) -> None:
        key = self.match(text)
        if key is not None:
            self.add(key)
        # The completer writes its text into the field after this signal.
        QTimer.singleShot(0, self.edit.clear)

    def _show(self) -> None:
        names = dict(self._options)
        self.shown.setText(", ".join(names.get(k, k) for k in self._picked))
        self.shown.setVisible(bool(self._picked))
        self.changed.emit()


class PostingDialog(QDialog):
    """The entry form. ``series=True``: Save and next (Enter) keeps the form open."""

    def __init__(
        self,
        on_save: SaveCallback,
        *,
        area_options: Sequence[tuple[str, str]],
        skill_options: Sequence[tuple[str, str]],
        sources: Sequence[str] = (),
        posting: PostingData | None = None,
        last_date: dt.date | None = None,
        last_source: str = "",
        series: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_save = on_save
        self.series = series
        self.saved = 0
        self.setWindowTitle(_("New job posting") if series else _("Edit job posting"))
        self.setMinimumWidth(560)

        self.date_edit = date_edit(last_date)
        self.date_edit.setMaximumDate(to_qdate(dt.date.today()))
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(500)
        self.employer_edit = QLineEdit()
        self.employer_edit.setMaxLength(500)
        self.source_edit = QLineEdit(last_source)
        self.source_edit.setMaxLength(500)
        source_completer = QCompleter(list(sources), self)
        source_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.source_edit.setCompleter(source_completer)
        self.link_edit = QLineEdit()
        self.link_edit.setMaxLength(2000)
        self.location_edit = QLineEdit()
        self.location_edit.setMaxLength(500)
        self.seniority_combo = QComboBox()
        self.seniority_combo.addItem(_("Not stated"), None)
        for member in Seniority:
            self.seniority_combo.addItem(enum_label(member), member.value)
        self.areas = KeyPicker()
        self.areas.set_options(area_options)
        self.skills = KeyPicker()
        self.skills.set_options(skill_options)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        self.areas.no_match.connect(
            lambda text: self._show_error(_("No area matches “{text}”.").format(text=text))
        )
        self.skills.no_match.connect(
            lambda text: self._show_error(_("No skill matches “{text}”.").format(text=text))
        )
        for picker in (self.areas, self.skills):
            picker.changed.connect(lambda: self._show_error(""))
            picker.clear_button.setToolTip(_("Remove all"))
            picker.edit.setPlaceholderText(_("Type part of a name, then Enter"))

        self.form = QFormLayout()
        self.form.addRow(_("&Date seen:"), self.date_edit)
        self.form.addRow(_("&Title:"), self.title_edit)
        self.form.addRow(_("&Employer:"), self.employer_edit)
        self.form.addRow(_("Sou&rce:"), self.source_edit)
        self.form.addRow(_("&Link:"), self.link_edit)
        self.form.addRow(_("Locat&ion:"), self.location_edit)
        self.form.addRow(_("Seniorit&y:"), self.seniority_combo)
        self.form.addRow(_("&Skills:"), self.skills)
        self.form.addRow(_("&Areas:"), self.areas)
        self.form.addRow(_("N&otes:"), self.notes_edit)

        self.hint = plain_label(
            _(
                "Enter saves and opens the next empty form; the date and source stay."
                " Esc stops. Skills and areas: type part of a name and press Enter;"
                " Backspace removes the last one."
            )
            if series
            else _("Skills and areas: type part of a name and press Enter.")
        )
        self.hint.setWordWrap(True)
        self.status = plain_label()
        self.error = error_label()

        self.buttons = QDialogButtonBox()
        if series:
            self.save_button = QPushButton(_("Save and &next"))
            self.close_button = QPushButton(_("&Close"))
            self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        else:
            self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
            self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        save_key = QShortcut(QKeySequence("Ctrl+Return"), self)
        save_key.activated.connect(self._save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        if posting is not None:
            self._fill(posting)
        self.title_edit.setFocus()

    def _show_error(self, text: str) -> None:
        show_error_in(self.error, text)

    def _fill(self, posting: PostingData) -> None:
        self.date_edit.setDate(to_qdate(posting.seen_on))
        self.title_edit.setText(posting.title)
        self.employer_edit.setText(posting.employer)
        self.source_edit.setText(posting.source)
        self.link_edit.setText(posting.url)
        self.location_edit.setText(posting.location)
        value = posting.seniority.value if posting.seniority else None
        self.seniority_combo.setCurrentIndex(max(self.seniority_combo.findData(value), 0))
        self.areas.set_keys(posting.area_keys)
        self.skills.set_keys(posting.skill_keys)
        self.notes_edit.setPlainText(posting.notes)

    def data(self) -> PostingData:
        seniority = self.seniority_combo.currentData()
        return PostingData(
            seen_on=from_qdate(self.date_edit.date()),
            title=self.title_edit.text(),
            employer=self.employer_edit.text(),
            source=self.source_edit.text(),
            url=self.link_edit.text(),
            location=self.location_edit.text(),
            seniority=Seniority(seniority) if seniority else None,
            area_keys=self.areas.keys(),
            skill_keys=self.skills.keys(),
            notes=self.notes_edit.toPlainText(),
        )

    def _save(self) -> None:
        posting = self.data()
        try:
            self._on_save(posting)
        except StoreError as error:
            show_error_in(self.error, error.message(_))
            return
        show_error_in(self.error, "")
        self.saved += 1
        if not self.series:
            self.accept()
            return
        self.status.setText(
            _("Saved “{title}”. {count} saved in this sitting.").format(
                title=" ".join(posting.title.split()), count=self.saved
            )
        )
        self._next()

    def _next(self) -> None:
        """An empty form for the next posting; the date and the source stay."""
        for edit in (self.title_edit, self.employer_edit, self.link_edit, self.location_edit):
            edit.clear()
        self.seniority_combo.setCurrentIndex(0)
        self.areas.clear()
        self.skills.clear()
        self.notes_edit.clear()
        self.title_edit.setFocus()
