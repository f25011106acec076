"""Log or edit a conversation: who, when, how, about what, whom they referred
me to, and whether I have thanked them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTime, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netdesk.domain.conversations import (
    Channel,
    Conversation,
    ConversationDraft,
    Initiator,
    ReferralDraft,
)
from netdesk.domain.errors import ErrorCode, FieldError, ValidationError
from netdesk.models.channel_names import channel_text
from netdesk.models.formatting import from_qdate, from_qdatetime, to_local_qdatetime, to_qdate
from netdesk.services.contacts import ContactService
from netdesk.views.common import notes_edit
from netdesk.views.contact_picker import ContactPicker
from netdesk.views.record_dialog import RecordDialog
from netdesk.views.widgets import OptionalDateEdit

_REFERRAL_ROLE = Qt.ItemDataRole.UserRole + 1


class ConversationDialog(RecordDialog[ConversationDraft]):
    def __init__(
        self,
        contacts: ContactService,
        channels: Sequence[Channel],
        save: Callable[[ConversationDraft], object],
        *,
        conversation: Conversation | None = None,
        contact_id: int | None = None,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("Log a conversation") if conversation is None else self.tr("Edit conversation")
        )
        super().__init__(title, build=self._draft, save=save, parent=parent)
        self.setObjectName("ConversationDialog")
        self._contacts = contacts
        self._now = now
        self._original_thanks = conversation.thanks_sent_at if conversation else None

        self.person = ContactPicker(contacts)
        self.when = QDateTimeEdit(to_local_qdatetime(now))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(self.when.displayFormat())
        self.channel = QComboBox()
        current_channel = conversation.channel_id if conversation else None
        for channel in channels:
            if not channel.archived or channel.id == current_channel:
                self.channel.addItem(channel_text(channel), channel.id)
        self.by_me = QRadioButton(self.tr("&Me"))
        self.by_them = QRadioButton(self.tr("The&y"))
        self.by_me.setChecked(True)
        starters = QButtonGroup(self)
        starters.addButton(self.by_me)
        starters.addButton(self.by_them)
        started = QHBoxLayout()
        started.addWidget(self.by_me)
        started.addWidget(self.by_them)
        started.addStretch(1)
        self.topics = QLineEdit()
        self.topics.setPlaceholderText(self.tr("e.g. how registrars get hired at the museum"))
        self.notes = notes_edit(self.tr("What I learned, advice, what to follow up"), lines=6)
        self.told_goal = QCheckBox(self.tr("I told them what &job I am looking for"))

        self.referrals = QListWidget()
        self.referrals.setMaximumHeight(96)
        self.referral_picker = ContactPicker(contacts)
        self.referral_picker.setPlaceholderText(self.tr("Name of someone they suggested"))
        self.referral_picker.returnPressed.connect(self._on_referral_picker_return_pressed)
        # Choosing a suggestion adds that person at once and empties the field.
        self.referral_picker.contact_picked.connect(self._on_add_referral)
        add = QPushButton(self.tr("&Add"))
        add.setObjectName("addReferral")
        add.clicked.connect(self._on_add_referral)
        remove = QPushButton(self.tr("Remo&ve"))
        remove.clicked.connect(self._on_remove_referral)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.referral_picker, 1)
        picker_row.addWidget(add)
        referral_box = QVBoxLayout()
        referral_box.addLayout(picker_row)
        referral_box.addWidget(self.referrals)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(remove)
        referral_box.addLayout(remove_row)

        self.thanks = OptionalDateEdit(self.tr("&Sent on"))
        self.how_helped = notes_edit(
            self.tr("How the conversation helped me (for the thank-you note)"), lines=4
        )

        about = QFormLayout()
        self._row(about, "contact", self.tr("&Person:"), self.person)
        self._row(about, "occurred_at", self.tr("&When:"), self.when)
        self._row(about, "channel", self.tr("&Channel:"), self.channel)
        about.addRow(self.tr("Started by:"), started)
        self._row(about, "topics", self.tr("A&bout:"), self.topics)
        self._row(about, "notes", self.tr("&Notes:"), self.notes)
        about.addRow("", self.told_goal)
        after = QFormLayout()
        after.addRow(self.tr("Referred me to:"), referral_box)
        self.register_field("referrals", self.tr("Referred me to"), self.referral_picker)
        self._row(after, "thanks_sent_at", self.tr("Thank&s:"), self.thanks)
        self._row(after, "how_helped", self.tr("&How it helped:"), self.how_helped)

        about_box = QGroupBox(self.tr("The conversation"))
        about_box.setLayout(about)
        after_box = QGroupBox(self.tr("Referrals and thanks"))
        after_box.setLayout(after)
        columns = QHBoxLayout(self.body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(about_box, 3)
        columns.addWidget(after_box, 2)

        if conversation is not None:
            self._fill(conversation)
        elif contact_id is not None:
            contact = contacts.get(contact_id)
            self.person.set_contact(contact.id, contact.display_name)
        (self.topics if self.person.contact_id() is not None else self.person).setFocus()
        self.resize(900, 520)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the referral box adds the person; it must not also save.
        is_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if is_enter and self.referral_picker.hasFocus():
            event.accept()
            return
        super().keyPressEvent(event)

    def _row(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        form.addRow(label, widget)
        self.register_field(name, label, widget)

    def _fill(self, conversation: Conversation) -> None:
        self.person.set_contact(conversation.contact_id, conversation.contact_name)
        self.when.setDateTime(to_local_qdatetime(conversation.occurred_at))
        index = self.channel.findData(conversation.channel_id)
        if index >= 0:
            self.channel.setCurrentIndex(index)
        (self.by_me if conversation.initiated_by is Initiator.ME else self.by_them).setChecked(True)
        self.topics.setText(conversation.topics)
        self.notes.setPlainText(conversation.notes)
        self.told_goal.setChecked(conversation.told_goal)
        for referral in conversation.referrals:
            draft = ReferralDraft(contact_id=referral.referred_id, note=referral.note)
            self._add_referral_item(draft, referral.referred_name)
        if conversation.thanks_sent_at is not None:
            self.thanks.set_value(
                from_qdate(to_local_qdatetime(conversation.thanks_sent_at).date())
            )
        self.how_helped.setPlainText(conversation.how_helped)

    def referral_drafts(self) -> tuple[ReferralDraft, ...]:
        return tuple(
            self.referrals.item(row).data(_REFERRAL_ROLE) for row in range(self.referrals.count())
        )

    def _draft(self) -> ConversationDraft:
        unknown = self.person.typed_name()
        if unknown:
            raise ValidationError([FieldError("contact", ErrorCode.NO_MATCH, unknown)])
        pending = self.referral_picker.text().strip()
        if pending:  # typed but not added: add it rather than lose it
            self._on_add_referral()
        return ConversationDraft(
            contact_id=self.person.contact_id(),
            occurred_at=from_qdatetime(self.when.dateTime()),
            channel_id=self.channel.currentData(),
            initiated_by=Initiator.ME if self.by_me.isChecked() else Initiator.THEM,
            topics=self.topics.text(),
            notes=self.notes.toPlainText(),
            told_goal=self.told_goal.isChecked(),
            referrals=self.referral_drafts(),
            thanks_sent_at=self._thanks_moment(),
            how_helped=self.how_helped.toPlainText(),
        )

    def _thanks_moment(self) -> datetime | None:
        day = self.thanks.value()
        if day is None:
            return None
        original = self._original_thanks
        if original is not None and from_qdate(to_local_qdatetime(original).date()) == day:
            return original  # unchanged: keep the exact moment recorded
        local_now = to_local_qdatetime(self._now)
        same_day = from_qdate(local_now.date()) == day
        moment = QDateTime(to_qdate(day), local_now.time() if same_day else QTime(12, 0))
        return from_qdatetime(moment)

    def _add_referral_item(self, draft: ReferralDraft, name: str) -> None:
        text = (
            name
            if draft.contact_id is not None
            else self.tr("{name} (new contact)").format(name=name)
        )
        item = QListWidgetItem(text)
        item.setData(_REFERRAL_ROLE, draft)
        self.referrals.addItem(item)

    @Slot()
    def _on_referral_picker_return_pressed(self) -> None:
        # Enter on a highlighted suggestion: the line edit hears it before the
        # completer, whose choice (contact_picked) then adds the person.
        if not self.referral_picker.choosing():
            self._on_add_referral()

    @Slot()
    def _on_add_referral(self) -> None:
        """Add whom the field names: the person chosen, or a new contact by the
        name typed; someone already in the list is not added again."""
        contact_id = self.referral_picker.contact_id()
        name = self.referral_picker.contact_name() or self.referral_picker.typed_name()
        if not name:
            return
        if not self._already_referred(contact_id, name):
            draft = (
                ReferralDraft(contact_id=contact_id)
                if contact_id is not None
                else ReferralDraft(new_contact_name=name)
            )
            self._add_referral_item(draft, name)
        self.referral_picker.clear_choice()
        self.referral_picker.setFocus()

    def _already_referred(self, contact_id: int | None, name: str) -> bool:
        drafts = self.referral_drafts()
        if contact_id is not None:
            return any(d.contact_id == contact_id for d in drafts)
        folded = name.casefold()
        return any(" ".join(d.new_contact_name.split()).casefold() == folded for d in drafts)

    @Slot()
    def _on_remove_referral(self) -> None:
        for item in self.referrals.selectedItems():
            self.referrals.takeItem(self.referrals.row(item))
