"""Add or edit a promise: something someone offered to do for me, or I for them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.errors import ErrorCode, FieldError, ValidationError
from netdesk.domain.promises import Promise, PromiseDirection, PromiseDraft
from netdesk.services.contacts import ContactService
from netdesk.views.contact_picker import ContactPicker
from netdesk.views.record_dialog import RecordDialog
from netdesk.views.widgets import OptionalDateEdit


class PromiseDialog(RecordDialog[PromiseDraft]):
    def __init__(
        self,
        contacts: ContactService,
        save: Callable[[PromiseDraft], object],
        *,
        promise: Promise | None = None,
        contact_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New promise") if promise is None else self.tr("Edit promise")
        super().__init__(title, build=self._draft, save=save, parent=parent)
        self.setObjectName("PromiseDialog")
        self._conversation_id = promise.conversation_id if promise else None
        self.person = ContactPicker(contacts)
        self.theirs = QRadioButton(self.tr("They offered to do something for &me"))
        self.mine = QRadioButton(self.tr("I offered to do something for &them"))
        self.theirs.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.theirs)
        group.addButton(self.mine)
        directions = QVBoxLayout()
        directions.addWidget(self.theirs)
        directions.addWidget(self.mine)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("e.g. introduce me to the head of collections"))
        self.due = OptionalDateEdit(self.tr("&Due by"))
        self.due.setAccessibleName(self.tr("Due by"))
        self.due.edit.setAccessibleName(self.tr("Due date"))
        self.done_box = QCheckBox(self.tr("&Done"))

        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Person:"), self.person)
        self.register_field("contact", self.tr("Person"), self.person)
        form.addRow(self.tr("Who offered:"), directions)
        form.addRow(self.tr("&What:"), self.description)
        self.register_field("description", self.tr("What"), self.description)
        form.addRow(self.tr("Due:"), self.due)
        form.addRow("", self.done_box)

        if promise is not None:
            self.person.set_contact(promise.contact_id, promise.contact_name)
            (self.mine if promise.direction is PromiseDirection.MINE else self.theirs).setChecked(
                True
            )
            self.description.setText(promise.description)
            self.due.set_value(promise.due_on)
            self.done_box.setChecked(promise.is_done)
        elif contact_id is not None:
            contact = contacts.get(contact_id)
            self.person.set_contact(contact.id, contact.display_name)
        (self.description if self.person.contact_id() is not None else self.person).setFocus()
        self.resize(560, 260)

    def _draft(self) -> PromiseDraft:
        unknown = self.person.typed_name()
        if unknown:
            raise ValidationError([FieldError("contact", ErrorCode.NO_MATCH, unknown)])
        return PromiseDraft(
            contact_id=self.person.contact_id(),
            direction=PromiseDirection.MINE if self.mine.isChecked() else PromiseDirection.THEIRS,
            description=self.description.text(),
            due_on=self.due.value(),
            done=self.done_box.isChecked(),
            conversation_id=self._conversation_id,
        )
