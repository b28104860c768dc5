"""The strengths tab: rate the four natural strengths, and their history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import StrengthKind
from planner.i18n import _
from planner.store.errors import StoreError
from planner.store.profile import StrengthsRecord
from planner.ui.kit.direction_editors import StrengthsEditor
from planner.ui.kit.widgets import (
    current_record,
    error_label,
    from_qdate,
    localize_date_edit,
    show_error_in,
)
from planner.ui.models.direction import strengths_model
from planner.ui.models.table import RecordFilterProxy
from planner.ui.operations import direction as direction_ops
from planner.ui.pages.base import Page
from planner.ui.pages.direction.common import history_box, history_table, past_date, wrapped
from planner.ui.pages.parts import buddy_label, button_row, push_button, stack


class StrengthsTab(QWidget):
    def __init__(self, page: Page) -> None:
        super().__init__()
        self.page = page
        self._shown: int | None = None  # the id of the stored strengths in the editor
        form = self._build_form()
        self.model = strengths_model(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = history_table(self.proxy, stretch=5)
        self.history_box, self.delete_button = history_box(self.table, self.delete)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.history_box, 1)

    def _build_form(self) -> QGroupBox:
        self.intro = wrapped()
        self.editor = StrengthsEditor()
        self.date = past_date()
        self.note = QLineEdit()
        self.note.setMaxLength(2000)
        self.note.returnPressed.connect(self.save)
        self.date_label = buddy_label(self.date)
        self.note_label = buddy_label(self.note)
        fields = QFormLayout()
        fields.addRow(self.date_label, self.date)
        fields.addRow(self.note_label, self.note)
        self.error = error_label()
        self.save_button = push_button(self.save)

        self.box = QGroupBox()
        buttons = button_row((), (self.save_button,))
        stack(self.box, self.intro, self.editor, fields, self.error, buttons)
        return self.box

    def retranslate(self) -> None:
        self.box.setTitle(_("Your natural strengths"))
        self.intro.setText(
            _(
                "Rate each strength from 1 (not you at all) to 5 (very much you)."
                " Know your strengths first: the advice follows from them, and the"
                " job market only breaks near-ties."
            )
        )
        self.editor.retranslate()
        self.date_label.setText(_("D&ate:"))
        self.note_label.setText(_("N&ote:"))
        self.note.setPlaceholderText(_("Optional: what these ratings are based on"))
        localize_date_edit(self.date)
        self.save_button.setText(_("Save stren&gths"))
        self.history_box.setTitle(_("History of your strengths"))
        self.delete_button.setText(_("Delete"))
        self.model.retranslate()

    def show_records(self, history: list[StrengthsRecord], latest: StrengthsRecord | None) -> None:
        self.model.set_records(history)
        if latest is not None and latest.id != self._shown:
            # Only when the stored strengths changed: unsaved edits survive other updates.
            self.editor.set_values({k: latest.of(k) for k in StrengthKind})
        self._shown = latest.id if latest else None
        self.delete_button.setEnabled(self.model.rowCount() > 0)

    def save(self) -> None:
        values = self.editor.values()
        on, note = from_qdate(self.date.date()), self.note.text().strip()
        try:
            direction_ops.add_strengths(self.page.context, self.page.ask(), values, on, note)
        except StoreError as error:
            show_error_in(self.error, error.message(_))
            return
        show_error_in(self.error, "")
        self.note.clear()

    def delete(self) -> None:
        record = current_record(self.table)
        if isinstance(record, StrengthsRecord):
            direction_ops.delete_strengths(self.page.context, self.page.ask(), record)
