"""After a meeting: log what was said as a conversation, with the referrals
received and the promises made, in one go. The thank-you clock starts then."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from netdesk.domain.conversations import Channel, ConversationDraft
from netdesk.domain.meetings import Meeting
from netdesk.domain.promises import PromiseDirection, PromiseDraft
from netdesk.models.formatting import to_local_qdatetime
from netdesk.services.contacts import ContactService
from netdesk.views.common import notes_edit
from netdesk.views.conversation_dialog import ConversationDialog


class OutcomeDialog(ConversationDialog):
    def __init__(
        self,
        contacts: ContactService,
        channels: Sequence[Channel],
        meeting: Meeting,
        outcome: ConversationDraft,
        save: Callable[[ConversationDraft], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            contacts,
            channels,
            save,
            contact_id=meeting.draft.contact_id,
            now=outcome.occurred_at,
            parent=parent,
        )
        self.setObjectName("OutcomeDialog")
        self.setWindowTitle(
            self.tr("Log the outcome of the meeting with {name}").format(name=meeting.contact_name)
        )
        self.person.setReadOnly(True)  # the meeting's person
        self.when.setDateTime(to_local_qdatetime(outcome.occurred_at))
        index = self.channel.findData(outcome.channel_id)
        if index >= 0:
            self.channel.setCurrentIndex(index)
        self.told_goal.setChecked(outcome.told_goal)
        self.theirs = notes_edit(self.tr("One per line, e.g. Send me the traineeship page"), 3)
        self.mine = notes_edit(self.tr("One per line, e.g. Send her my portfolio"), 3)
        promises = QFormLayout()
        promises.addRow(self.tr("They &offered to:"), self.theirs)
        promises.addRow(self.tr("I promised &to:"), self.mine)
        self.register_field("promises", self.tr("Promises"), self.theirs)
        box = QGroupBox(self.tr("Promises made"))
        box.setLayout(promises)
        layout = self.body.layout()
        assert layout is not None
        layout.addWidget(box)
        self.topics.setFocus()
        self.resize(1180, 560)

    def promise_drafts(self) -> list[PromiseDraft]:
        drafts: list[PromiseDraft] = []
        for direction, edit in (
            (PromiseDirection.THEIRS, self.theirs),
            (PromiseDirection.MINE, self.mine),
        ):
            for line in edit.toPlainText().splitlines():
                if line.strip():
                    drafts.append(
                        PromiseDraft(contact_id=None, direction=direction, description=line)
                    )
        return drafts
