"""Review job ads read from pages or pasted text, one by one, before they are saved.

Each ad shows its extracted fields and the skills suggested from its text
(ticked and marked "suggested"), and the ad itself as plain text. Keyboard:
Enter accepts the ad as shown and moves on; Alt+→ skips it; Alt+← goes back;
Space ticks a skill in the list (type its first letters to get there); when
every ad is decided, Enter saves the accepted ones, all in one transaction.
Esc cancels (after a question, once something was decided): nothing is saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import Seniority
from planner.exchange.job_ads import AdDraft, Duplicate
from planner.i18n import LANGUAGE_NAMES, _, ngettext
from planner.store.errors import StoreError
from planner.store.market import PostingData, clean_posting
from planner.text.labels import enum_label
from planner.ui.kit.messages import confirm
from planner.ui.kit.widgets import (
    date_edit,
    error_label,
    from_qdate,
    plain_label,
    show_error_in,
    to_qdate,
)

KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class SkillOption:
    key: str
    name: str
    area_key: str


class Decision(Enum):
    OPEN = "open"
    ACCEPTED = "accepted"
    SKIPPED = "skipped"


def _duplicate_text(reason: Duplicate) -> str:
    reasons = {
        Duplicate.LINK: _("the same link"),
        Duplicate.IDENTIFIER: _("the same job-board number"),
        Duplicate.SAME: _("the same title, employer and date"),
    }
    return _(
        "Already kept: a job posting with {reason}. It is skipped unless you accept it."
    ).format(reason=reasons[reason])


class AdReviewDialog(QDialog):
    def __init__(
        self,
        drafts: Sequence[AdDraft],
        skills: Sequence[SkillOption],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ad-review")
        self.drafts = list(drafts)
        self.skills = list(skills)
        self.postings: list[PostingData] = [d.posting for d in self.drafts]
        self.decisions = [Decision.SKIPPED if d.duplicate else Decision.OPEN for d in self.drafts]
        self.current = -1
        self._build()
        self.retranslate()
        self._fill_ads()
        self.show_ad(self._next_open(0))

    # -- building --------------------------------------------------------

    def _build(self) -> None:
        self.position = plain_label()
        self.counts = plain_label()
        self.duplicate_label = error_label()
        self.error = error_label()
        self.ads = QListWidget()
        self.ads.setObjectName("ads")
        self.ads.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.ads.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ads.currentRowChanged.connect(self._row_chosen)
        self.title = QLineEdit()
        self.employer = QLineEdit()
        self.date = date_edit()
        self.source = QLineEdit()
        self.link = QLineEdit()
        self.location = QLineEdit()
        self.seniority = QComboBox()
        self.skill_list = QListWidget()
        self.skill_list.setObjectName("skills")
        self.hint = plain_label()
        self.hint.setWordWrap(True)
        self.text = QPlainTextEdit()  # plain text: the ad's markup is never rendered
        self.text.setReadOnly(True)
        self.text.setObjectName("ad-text")

        self.form = QFormLayout()
        self.labels = [plain_label() for _i in range(9)]
        fields = (self.title, self.employer, self.date, self.source, self.link, self.location,
                  self.seniority, self.skill_list, self.text)  # fmt: skip
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        splitter = self._split_view()
        self._build_buttons(splitter)

    def _split_view(self) -> QSplitter:
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.duplicate_label)
        right_layout.addLayout(self.form, 1)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.error)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.ads)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 660])

        return splitter

    def _build_buttons(self, splitter: QSplitter) -> None:
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.previous)
        self.skip_button = QPushButton()
        self.skip_button.clicked.connect(self.skip)
        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(self.accept_ad)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        for key, action in (
            (QKeySequence(QKeySequence.StandardKey.Save), self.save),
            (QKeySequence("Alt+Right"), self.skip),
            (QKeySequence("Alt+Left"), self.previous),
        ):
            QShortcut(key, self).activated.connect(action)
        buttons = QHBoxLayout()
        for button in (self.back_button, self.skip_button, self.accept_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        top = QHBoxLayout()
        top.addWidget(self.position)
        top.addStretch(1)
        top.addWidget(self.counts)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(940, 680)

    def retranslate(self) -> None:
        self.setWindowTitle(_("Review job ads"))
        names = (_("&Title:"), _("E&mployer:"), _("&Date seen:"), _("S&ource:"), _("&Link:"),
                 _("Lo&cation:"), _("Se&niority:"), _("S&kills:"), _("The ad:"))  # fmt: skip
        for label, name in zip(self.labels, names, strict=True):
            label.setText(name)
        self.seniority.clear()
        self.seniority.addItem(_("Not stated"), None)
        for member in Seniority:
            self.seniority.addItem(enum_label(member), member)
        self.back_button.setText(_("&Previous"))
        self.back_button.setToolTip(_("The ad before this one (Alt+Left)"))
        self.skip_button.setText(_("&Skip"))
        self.skip_button.setToolTip(_("Leave this ad out and go to the next (Alt+Right)"))
        self.accept_button.setText(_("&Accept"))
        self.accept_button.setToolTip(_("Keep this ad as shown and go to the next (Enter)"))
        self.cancel_button.setText(_("Cancel"))
        self._update_counts()

    def _fill_ads(self) -> None:
        self.ads.blockSignals(True)
        self.ads.clear()
        for index, draft in enumerate(self.drafts):
            item = QListWidgetItem(self._ad_text(index, draft))
            self.ads.addItem(item)
        self.ads.blockSignals(False)

    def _ad_text(self, index: int, draft: AdDraft) -> str:
        mark = {Decision.OPEN: "○", Decision.ACCEPTED: "✓", Decision.SKIPPED: "–"}
        return f"{mark[self.decisions[index]]} {self.postings[index].title or draft.ad.origin}"

    # -- showing one ad --------------------------------------------------

    def show_ad(self, index: int) -> None:
        if not self.drafts:
            return
        if 0 <= self.current < len(self.drafts) and self.current != index:
            self._keep_form()
        self.current = index
        draft, posting = self.drafts[index], self.postings[index]
        self.ads.blockSignals(True)
        self.ads.setCurrentRow(index)
        self.ads.blockSignals(False)
        self.title.setText(posting.title)
        self.employer.setText(posting.employer)
        self.date.setDate(to_qdate(posting.seen_on))
        self.source.setText(posting.source)
        self.link.setText(posting.url)
        self.location.setText(posting.location)
        self.seniority.setCurrentIndex(max(self.seniority.findData(posting.seniority), 0))
        self._fill_skills(draft, posting)
        self.text.setPlainText(draft.ad.text)
        show_error_in(
            self.duplicate_label, _duplicate_text(draft.duplicate) if draft.duplicate else ""
        )
        show_error_in(self.error, "")
        self.hint.setText(
            _(
                "Ticked skills marked “suggested” were found in the ad's text ({language})."
                " Space ticks or unticks a skill."
            ).format(language=LANGUAGE_NAMES.get(draft.language, draft.language))
        )
        self._update_counts()
        self.title.setFocus()
        self.title.selectAll()

    def _fill_skills(self, draft: AdDraft, posting: PostingData) -> None:
        self.skill_list.clear()
        chosen = set(posting.skill_keys)
        for option in self.skills:
            suggested = option.key in draft.suggested
            text = _("{skill} (suggested)").format(skill=option.name) if suggested else option.name
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, option.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if option.key in chosen else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            if suggested:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.skill_list.addItem(item)
        self.skill_list.setCurrentRow(0)

    def _form_posting(self) -> PostingData:
        area_of = {o.key: o.area_key for o in self.skills}
        keys = tuple(
            str(item.data(KEY_ROLE))
            for item in (self.skill_list.item(r) for r in range(self.skill_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
        return replace(
            self.postings[self.current],
            title=self.title.text(),
            employer=self.employer.text(),
            seen_on=from_qdate(self.date.date()),
            source=self.source.text(),
            url=self.link.text(),
            location=self.location.text(),
            seniority=self.seniority.currentData(),
            skill_keys=keys,
            area_keys=tuple(dict.fromkeys(area_of[k] for k in keys)),
        )

    def _keep_form(self) -> None:
        self.postings[self.current] = self._form_posting()
        self.ads.item(self.current).setText(self._ad_text(self.current, self.drafts[self.current]))

    def _row_chosen(self, row: int) -> None:
        if row >= 0:
            self.show_ad(row)

    # -- deciding --------------------------------------------------------

    def _next_open(self, start: int) -> int:
        for offset in range(len(self.drafts)):
            index = (start + offset) % max(len(self.drafts), 1)
            if self.decisions[index] is Decision.OPEN:
                return index
        return min(start, max(len(self.drafts) - 1, 0))

    def _decide(self, decision: Decision) -> None:
        self.decisions[self.current] = decision
        self._keep_form()
        if Decision.OPEN in self.decisions:
            self.show_ad(self._next_open(self.current + 1))
            return
        self._update_counts()
        self.save_button.setDefault(True)
        self.save_button.setFocus()

    def accept_ad(self) -> None:
        """Enter: keep this ad as the form shows it, then the next open one."""
        if not self.drafts:
            return
        try:
            clean_posting(self._form_posting())
        except StoreError as error:
            show_error_in(self.error, error.message(_))
            return
        self._decide(Decision.ACCEPTED)

    def skip(self) -> None:
        if self.drafts:
            self._decide(Decision.SKIPPED)

    def previous(self) -> None:
        if self.current > 0:
            self.show_ad(self.current - 1)

    def _update_counts(self) -> None:
        total = len(self.drafts)
        accepted = self.decisions.count(Decision.ACCEPTED)
        skipped = self.decisions.count(Decision.SKIPPED)
        self.position.setText(
            _("Ad {number} of {total}").format(number=self.current + 1, total=total)
        )
        self.counts.setText(
            _("{accepted} accepted, {skipped} skipped").format(accepted=accepted, skipped=skipped)
        )
        self.save_button.setText(
            ngettext("Sa&ve {count} posting", "Sa&ve {count} postings", accepted).format(
                count=accepted
            )
        )
        self.save_button.setEnabled(accepted > 0)
        done = Decision.OPEN not in self.decisions
        self.accept_button.setDefault(not done)
        self.save_button.setDefault(done and accepted > 0)

    # -- the end ---------------------------------------------------------

    def accepted_postings(self) -> list[PostingData]:
        return [
            clean_posting(p)
            for p, d in zip(self.postings, self.decisions, strict=True)
            if d is Decision.ACCEPTED
        ]

    def save(self) -> None:
        if self.decisions.count(Decision.ACCEPTED):
            self.accept()

    def reject(self) -> None:
        decided = any(
            d is not Decision.OPEN
            for d, r in zip(self.decisions, self.drafts, strict=True)
            if not r.duplicate
        )
        if decided and not confirm(self, _("Close the review? The accepted ads are not saved.")):
            return
        super().reject()
