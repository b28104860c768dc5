"""The first-run guide: who you are, your language, strengths, a quick self-assessment, a road.

It opens on the first start with an empty data folder (the profile is not
"onboarded" yet) and from Help > First-run guide. Nothing is saved until
Finish; skipping (the Skip button, or Esc or closing it after a question when
something was typed) only marks the guide as done, so it does not come back at
every start. Run again, it starts from what is stored and saves only what was
changed: strengths, area levels and the road left as they were add nothing.

The quick self-assessment asks for one level per area. It is stored as a
dated assessment of every active skill of that area, so the area's level
(the mean of its skills) is exactly what was chosen, and each skill can be
refined on the Skills page later; the history keeps this first estimate.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from planner.domain.advisor import Advice, StrengthsInput, advise, validate_focus
from planner.domain.enums import StrengthKind
from planner.domain.skills import AreaLevel
from planner.i18n import LANGUAGE_NAMES, LANGUAGES, _, current_language
from planner.i18n.formatting import format_number
from planner.store.errors import StoreError
from planner.store.profile import ChoiceRecord, ProfileStore
from planner.text.advice import reason_text, reasons_text, suggestion_text
from planner.text.labels import area_name
from planner.ui.context import AppContext
from planner.ui.kit.direction_editors import AreaLevelsEditor, ChoiceEditor, StrengthsEditor
from planner.ui.kit.messages import confirm
from planner.ui.kit.widgets import error_label, plain_label, show_error_in

PROFILE_PAGE, LANGUAGE_PAGE, STRENGTHS_PAGE, LEVELS_PAGE, ROAD_PAGE = range(5)
_ARROWS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right})
REVIEW_AFTER_DAYS = 365

_QT_BUTTONS = (
    (QWizard.WizardButton.BackButton, "< &Back"),
    (QWizard.WizardButton.NextButton, "&Next >"),
    (QWizard.WizardButton.FinishButton, "&Finish"),
)


def _text(text: str = "") -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    return label


class _Page(QWizardPage):
    def retranslate(self) -> None:
        """Set every text in the active language."""


class ProfilePage(_Page):
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


class LanguagePage(_Page):
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


class StrengthsPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.intro = _text()
        self.editor = StrengthsEditor()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.editor)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(_("Your natural strengths"))
        self.setSubTitle(_("Know your strengths first: the advice follows from them."))
        self.intro.setText(_("Rate each strength from 1 (not you at all) to 5 (very much you)."))
        self.editor.retranslate()

    def strengths(self) -> StrengthsInput:
        values = self.editor.values()
        return StrengthsInput(*(values[kind] for kind in StrengthKind))


class LevelsPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.intro = _text()
        self.editor = AreaLevelsEditor()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.editor)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(_("A quick self-assessment"))
        self.setSubTitle(
            _("One level per area for now; refine each skill later on the Skills page.")
        )
        self.intro.setText(
            _(
                "How good are you in each area today, from 0 (unskilled) to 5 (expert)?"
                " Leave an area as “Not assessed yet” if you do not know."
            )
        )
        self.editor.retranslate()


class RoadPage(_Page):
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


class FirstRunWizard(QWizard):
    PAGE_IDS = (PROFILE_PAGE, LANGUAGE_PAGE, STRENGTHS_PAGE, LEVELS_PAGE, ROAD_PAGE)

    completed = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        change_language: Callable[[str], None] | None = None,
        start_id: int | None = None,
        import_linkedin: Callable[[QWidget], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first-run-guide")
        self.context = context
        self.store = ProfileStore(context.database)
        self._review = start_id is not None  # built for review: never saves
        self._skipping = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.customButtonClicked.connect(self._custom_button)
        self.setMinimumSize(640, 520)
        # Tab from the last field goes to Next / Finish (Enter then goes on, not back);
        # Back stays one key away with Alt+B.
        self.button(QWizard.WizardButton.BackButton).setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.profile_page = ProfilePage()
        self.language_page = LanguagePage(change_language)
        self.strengths_page = StrengthsPage()
        self.levels_page = LevelsPage()
        self.road_page = RoadPage(self.advice)
        for page_id, page in zip(
            self.PAGE_IDS,
            (
                self.profile_page,
                self.language_page,
                self.strengths_page,
                self.levels_page,
                self.road_page,
            ),
            strict=True,
        ):
            self.setPage(page_id, page)
        if import_linkedin is not None:
            page = self.profile_page
            page.linkedin_button.setVisible(True)
            page.linkedin_note.setVisible(True)
            page.linkedin_button.clicked.connect(lambda: import_linkedin(self))
            # Tab from the last field still reaches Next; the import comes after it (or Alt+L).
            QWidget.setTabOrder(self.button(QWizard.WizardButton.NextButton), page.linkedin_button)
        self._prefill()
        if start_id is not None:
            self.setStartId(start_id)
        self.retranslate()

    def _prefill(self) -> None:
        profile = self.store.profile()
        self.profile_page.name_edit.setText(profile.name)
        self.profile_page.role_edit.setText(profile.role)
        latest = self.store.latest_strengths()
        if latest is not None:
            self.strengths_page.editor.set_values({k: latest.of(k) for k in StrengthKind})
        self._stored_strengths = self.strengths_page.editor.values() if latest else None
        for key, level in self.store.area_levels().items():
            if level.current is not None and key in self.levels_page.editor.combos:
                self.levels_page.editor.set_level(key, round(level.current))
        self._stored_levels = self.levels_page.editor.levels()
        self.road_page.current = self.store.latest_choice()

    def imported(self, *_args: object) -> None:
        """After an import from LinkedIn: show the role it brought."""
        role = self.store.profile().role
        if role:
            self.profile_page.role_edit.setText(role)

    def pages(self) -> list[_Page]:
        return [self.page(page_id) for page_id in self.PAGE_IDS]  # type: ignore[misc]

    def retranslate(self) -> None:
        self.setWindowTitle(_("First-run guide"))
        for which, text in _QT_BUTTONS:
            self.setButtonText(which, QCoreApplication.translate("QWizard", text))
        self.setButtonText(QWizard.WizardButton.CustomButton1, _("&Skip the guide"))
        for page in self.pages():
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the advice for what has been entered so far ----------------------

    def levels(self) -> dict[str, AreaLevel]:
        levels = dict(self.store.area_levels())
        for key, level in self.levels_page.editor.levels().items():
            levels[key] = AreaLevel(current=level, target=levels.get(key, AreaLevel()).target)
        return levels

    def advice(self) -> Advice:
        _year, _count, demand = self.store.market_demand()
        return advise(self.strengths_page.strengths(), levels=self.levels(), demand=demand)

    # -- finishing -------------------------------------------------------

    def _custom_button(self, _which: int) -> None:
        self.skip()

    def skip(self) -> None:
        """The Skip button: asked for in so many words, so no question."""
        self._skipping = True
        try:
            self.reject()
        finally:
            self._skipping = False

    def has_changes(self) -> bool:
        """Whether anything was typed or chosen that Finish would save."""
        profile = self.store.profile()
        page = self.profile_page
        return (
            (page.name_edit.text().strip(), page.role_edit.text().strip())
            != (profile.name, profile.role)
            or self._changed_levels() != {}
            or (
                self._stored_strengths is not None
                and self.strengths_page.editor.values() != self._stored_strengths
            )
        )

    def reject(self) -> None:
        if (
            not self._review
            and not self._skipping
            and self.isVisible()
            and self.has_changes()
            and not confirm(self, _("Close the guide? What you entered here is not saved."))
        ):
            return
        if not self._review:
            # On a store error the guide simply shows again next time.
            with contextlib.suppress(StoreError):
                self.store.set_onboarded(True)
        super().reject()

    def accept(self) -> None:
        if self._review:
            super().accept()
            return
        try:
            self.save()
        except StoreError as error:
            show_error_in(self.road_page.error, error.message(_))
            return
        super().accept()
        self.completed.emit()

    def _changed_levels(self) -> dict[str, int]:
        """Area levels chosen here that differ from the stored ones (a rerun keeps the rest)."""
        stored = self._stored_levels
        return {
            key: level
            for key, level in self.levels_page.editor.levels().items()
            if stored.get(key) != level
        }

    def save(self) -> None:
        """Save what is new; what was shown as stored and left alone adds nothing."""
        today = dt.date.today()
        page = self.profile_page
        self.store.set_profile(page.name_edit.text(), page.role_edit.text())
        values = self.strengths_page.editor.values()
        if values != self._stored_strengths:
            self.store.add_strengths(*(values[kind] for kind in StrengthKind), on=today)
        levels = self._changed_levels()
        if levels:
            self.store.assess_areas(levels, today)
        editor = self.road_page.editor
        current = self.road_page.current
        if current is None or (current.road, current.focus, current.rationale) != (
            editor.road(),
            editor.focus(),
            editor.rationale(),
        ):
            self.store.add_choice(
                editor.road(),
                editor.focus(),
                editor.rationale(),
                today,
                today + dt.timedelta(days=REVIEW_AFTER_DAYS),
            )
        self.store.set_onboarded(True)
