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

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QWidget,
    QWizard,
)

from planner.domain.advisor import Advice, advise
from planner.domain.enums import StrengthKind
from planner.domain.skills import AreaLevel
from planner.i18n import _
from planner.store.errors import StoreError
from planner.store.profile import ProfileStore
from planner.ui.context import AppContext
from planner.ui.dialogs.first_run_pages import (
    LanguagePage,
    LevelsPage,
    ProfilePage,
    RoadPage,
    StrengthsPage,
    WizardPage,
)
from planner.ui.kit.messages import confirm
from planner.ui.kit.widgets import show_error_in

PROFILE_PAGE, LANGUAGE_PAGE, STRENGTHS_PAGE, LEVELS_PAGE, ROAD_PAGE = range(5)
REVIEW_AFTER_DAYS = 365

_QT_BUTTONS = (
    (QWizard.WizardButton.BackButton, "< &Back"),
    (QWizard.WizardButton.NextButton, "&Next >"),
    (QWizard.WizardButton.FinishButton, "&Finish"),
)


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

    def pages(self) -> list[WizardPage]:
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
