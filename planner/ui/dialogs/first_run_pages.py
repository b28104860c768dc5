"""The pages of the first-run guide: profile, language, strengths, quick levels, road.

Each page sets its texts in :meth:`retranslate`, so a language chosen on the
language page shows at once; :mod:`planner.ui.dialogs.first_run_wizard` puts
them together and saves on Finish.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from planner.domain.advisor import Advice, StrengthsInput, validate_focus
from planner.domain.enums import StrengthKind
from planner.i18n import LANGUAGE_NAMES, LANGUAGES, _, current_language
from planner.i18n.formatting import format_number
from planner.i18n.markers import N_
from planner.store.profile import ChoiceRecord
from planner.text.advice import reason_text, reasons_text, suggestion_text
from planner.text.labels import area_name
from planner.ui.kit.direction_editors import AreaLevelsEditor, ChoiceEditor, StrengthsEditor
from planner.ui.kit.widgets import error_label, plain_label, show_error_in

_ARROWS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right})


def _text(text: str = "") -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    return label


class WizardPage(QWizardPage):
    def retranslate(self) -> None:
        """Set every text in the active language."""


class ProfilePage(WizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.intro = _text()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.name_edit.setMaxLength(200)
        self.role_edit = QLineEdit()
        self.role_edit.setObjectName("role")
        self.role_edit.setMaxLength(200)
        self.name_label, self.role_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.role_label.setBuddy(self.role_edit)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.role_label, self.role_edit)
        self.name_hint = _text()
        self.name_edit.textChanged.connect(self._show_hint)
        # Offered when the window can import: certifications, courses and role from LinkedIn.
        self.linkedin_button = QPushButton()
        self.linkedin_button.setObjectName("import-linkedin")
        self.linkedin_button.setVisible(False)
        self.linkedin_note = _text()
        self.linkedin_note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.name_hint)
        layout.addWidget(self.linkedin_note)
        layout.addWidget(self.linkedin_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.registerField("name*", self.name_edit)
        self._show_hint()

    def _show_hint(self) -> None:
        self.name_hint.setVisible(not self.name_edit.text().strip())

    def retranslate(self) -> None:
        self.setTitle(_("Welcome to Career Planner"))
        self.setSubTitle(_("A few questions, and the planner shows where you stand."))
        self.intro.setText(
            _(
                "This short guide asks who you are, your strengths, a quick estimate of"
                " your skills and the road you want to take. You can skip it and come back"
                " to it from the Help menu; everything can be changed later."
            )
        )
        self.name_label.setText(_("N&ame:"))
        self.role_label.setText(_("Current &role:"))
        self.role_edit.setPlaceholderText(_("For example: marketing coordinator"))
        self.linkedin_note.setText(
            _(
                "On LinkedIn already? Import your data export to bring in your certifications,"
                " degrees, finished courses, skills and current role."
            )
        )
        self.linkedin_button.setText(_("Import from &LinkedIn…"))
        self.name_hint.setText(_("Type your name to go on (Next)."))

    def isComplete(self) -> bool:
        return bool(self.name_edit.text().strip())


class LanguagePage(WizardPage):
    def __init__(self, change_language: Callable[[str], None] | None) -> None:
        super().__init__()
        self._change_language = change_language
        self.intro = _text()
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        self.buttons: dict[str, QRadioButton] = {}
        self._arrowing = False
        for code in LANGUAGES:
            button = QRadioButton(LANGUAGE_NAMES[code])  # endonyms: never translated
            button.setObjectName(f"language-{code}")
            button.installEventFilter(self)
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[code] = button
        self.group.buttonToggled.connect(self._toggled)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.buttons[current_language()].setChecked(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An arrow key only moves the choice; Space, a click or Next switch the window.
        if event.type() == QEvent.Type.KeyPress:
            self._arrowing = event.key() in _ARROWS  # type: ignore[attr-defined]
        elif event.type() == QEvent.Type.KeyRelease:
            self._arrowing = False
        return False

    def chosen(self) -> str:
        return next(code for code, own in self.buttons.items() if own.isChecked())

    def _toggled(self, _button: QAbstractButton, on: bool) -> None:
        if on and not self._arrowing:
            self._apply()

    def _apply(self) -> None:
        language = self.chosen()
        if self._change_language is not None and language != current_language():
            self._change_language(language)

    def validatePage(self) -> bool:
        self._apply()
        return True

    def retranslate(self) -> None:
        self.setTitle(_("Language"))
        self.setSubTitle(
            _(
                "Space, a click or Next switches the window; you can switch later"
                " in View > Language."
            )
        )
        self.intro.setText(_("Which language do you want to use?"))


class _EditorPage(WizardPage):
    """One editor under an introducing sentence; the texts are msgids of the subclass."""

    TITLE = SUBTITLE = INTRO = ""

    def __init__(self, editor: StrengthsEditor | AreaLevelsEditor) -> None:
        super().__init__()
        self.intro = _text()
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.editor)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(_(self.TITLE))
        self.setSubTitle(_(self.SUBTITLE))
        self.intro.setText(_(self.INTRO))
        self.editor.retranslate()


class StrengthsPage(_EditorPage):
    TITLE = N_("Your natural strengths")
    SUBTITLE = N_("Know your strengths first: the advice follows from them.")
    INTRO = N_("Rate each strength from 1 (not you at all) to 5 (very much you).")

    def __init__(self) -> None:
        super().__init__(StrengthsEditor())

    def strengths(self) -> StrengthsInput:
        values = self.editor.values()
        return StrengthsInput(*(values[kind] for kind in StrengthKind))


class LevelsPage(_EditorPage):
    TITLE = N_("A quick self-assessment")
    SUBTITLE = N_("One level per area for now; refine each skill later on the Skills page.")
    INTRO = N_(
        "How good are you in each area today, from 0 (unskilled) to 5 (expert)?"
        " Leave an area as “Not assessed yet” if you do not know."
    )

    def __init__(self) -> None:
        super().__init__(AreaLevelsEditor())


class RoadPage(WizardPage):
    def __init__(self, advice: Callable[[], Advice]) -> None:
        super().__init__()
        self._advice = advice
        self.current: ChoiceRecord | None = None  # the stored road, shown on a rerun
        self.suggestion = _text()
        self.suggestion.setStyleSheet("font-weight: bold;")
        self.reasons = _text()
        self.ranking = _text()
        self.editor = ChoiceEditor()
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.reasons)
        layout.addWidget(self.ranking)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        advice = self._advice()
        if self.current is not None:
            self.editor.set_choice(self.current.road, self.current.focus, self.current.rationale)
        else:
            self.editor.set_choice(advice.road, advice.focus, "")
        self._show(advice)

    def _show(self, advice: Advice) -> None:
        self.suggestion.setText(suggestion_text(advice))
        self.reasons.setText(reasons_text(advice.road_reasons))
        top = ", ".join(
            _("{area} ({fit})").format(
                area=area_name(ranked.area_key), fit=format_number(ranked.fit, 1)
            )
            for ranked in advice.ranking[:3]
        )
        self.ranking.setText(_("Best fit for your strengths: {areas}.").format(areas=top))

    def retranslate(self) -> None:
        self.setTitle(_("Choose your road"))
        self.setSubTitle(_("The advisor suggests; you decide. You can change it any time."))
        self.editor.retranslate()
        if self.isVisible():
            self._show(self._advice())

    def validatePage(self) -> bool:
        problems = validate_focus(self.editor.road(), self.editor.focus())
        show_error_in(self.error, " ".join(reason_text(p) for p in problems))
        return not problems
