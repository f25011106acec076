"""Write a message from a template: pick the template, adjust the filled-in
text, copy it or open it in the mail program, and mark it as sent.

The text is checked as it is typed: a LinkedIn note against LinkedIn's limit,
placeholders with nothing to fill in, and (in a first message) asking for a
job straight away, in the subject or the text, the guidance's main don't.

Opened with nobody chosen yet (File → Write a message… with no person
selected), the dialog starts with a person picker; the text follows once a
person is picked. While my own name is unknown, a field for it stands in the
form: it is kept in the settings and fills in {my_name} from then on.

Marking a message sent can be undone: ``SentMessageCommand`` is the undo-stack
command for it (OutreachService.undo_sent and redo_sent).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netdesk.domain.errors import NetdeskError
from netdesk.domain.templates import (
    ComposedMessage,
    Message,
    MessageChannel,
    MessageTemplate,
    Placeholder,
    ProblemKind,
    TemplateKind,
    TemplateProblem,
    UnsentMessage,
    mailto_url,
)
from netdesk.domain.trash import RecordKind
from netdesk.models.changes import Changes
from netdesk.services.contacts import ContactService
from netdesk.services.outreach import OutreachService
from netdesk.views.appearance import Tone, set_tone
from netdesk.views.commands import ErrorReporter, announce
from netdesk.views.common import plain_label, show_error
from netdesk.views.contact_picker import ContactPicker


def _tr(text: str) -> str:
    return QCoreApplication.translate("MessageDialog", text)


_HINT_STYLE = "color: palette(placeholder-text);"


def kind_names() -> dict[TemplateKind, str]:
    return {
        TemplateKind.LINKEDIN_CONNECTION: _tr("LinkedIn connection request"),
        TemplateKind.COFFEE_INVITATION: _tr("Coffee invitation"),
        TemplateKind.THANK_YOU: _tr("Thank-you"),
        TemplateKind.REMINDER: _tr("Reminder of an offer to help"),
        TemplateKind.KEEP_IN_TOUCH: _tr("Keep in touch"),
        TemplateKind.REPORT_BACK: _tr("Report back to a referrer"),
        TemplateKind.REFERRAL_REQUEST: _tr("Referral request"),
    }


def placeholder_names() -> dict[str, str]:
    """What each placeholder stands for, as the user reads it."""
    return {
        Placeholder.FIRST_NAME: _tr("their first name"),
        Placeholder.LAST_NAME: _tr("their last name"),
        Placeholder.FULL_NAME: _tr("their full name"),
        Placeholder.ORGANISATION: _tr("their organisation"),
        Placeholder.POSITION: _tr("their position"),
        Placeholder.TOPICS: _tr("what we talked about"),
        Placeholder.HOW_HELPED: _tr("how the conversation helped"),
        Placeholder.PROMISE: _tr("what they offered to do"),
        Placeholder.REFERRER_FIRST_NAME: _tr("the first name of who referred me"),
        Placeholder.REFERRER_NAME: _tr("who referred me"),
        Placeholder.REFERRED_FIRST_NAME: _tr("the first name of whom they referred me to"),
        Placeholder.REFERRED_NAME: _tr("whom they referred me to"),
        Placeholder.MY_GOAL: _tr("my job goal"),
        Placeholder.MY_NAME: _tr("my name"),
    }


def problems_text(problems: tuple[TemplateProblem, ...] | list[TemplateProblem]) -> str:
    """One sentence per kind of problem, naming the placeholders."""
    names = placeholder_names()
    empty = [names.get(p.name, p.name) for p in problems if p.kind is ProblemKind.EMPTY_VALUE]
    unknown = [p.name for p in problems if p.kind is ProblemKind.UNKNOWN_PLACEHOLDER]
    stray = any(p.kind is ProblemKind.STRAY_BRACE for p in problems)
    lines = []
    if empty:
        lines.append(
            _tr("Not known yet, so shown as … in the text: {names}.").format(names="; ".join(empty))
        )
    if unknown:
        lines.append(
            _tr("Unknown placeholders: {names}.").format(
                names=", ".join("{" + name + "}" for name in unknown)
            )
        )
    if stray:
        lines.append(
            _tr("A { or } that is not part of a placeholder (write {{ or }} for a brace).")
        )
    return "\n".join(lines)


class SentMessageCommand(QUndoCommand):
    """A message just marked as sent, on an undo stack: undo takes it back with
    everything marking it changed, redo puts it back as it was. Push it right
    after the message is sent (the first redo only announces the change)."""

    def __init__(
        self,
        outreach: OutreachService,
        message_id: int,
        changes: Changes,
        report: ErrorReporter,
    ) -> None:
        super().__init__(_tr("Mark message sent"))
        self._outreach = outreach
        self._message_id = message_id
        self._unsent: UnsentMessage | None = None
        self._changes = changes
        self._report = report
        self._first = True

    @override
    def redo(self) -> None:
        if self._first:
            self._first = False
        elif self._unsent is not None:
            try:
                self._message_id = self._outreach.redo_sent(self._unsent).id
                self._unsent = None
            except NetdeskError as error:
                self._report(self.text(), error)
        # It marks thanks, reminders and reports back, and keeps people in touch.
        announce(self._changes, RecordKind.CONTACT)

    @override
    def undo(self) -> None:
        try:
            self._unsent = self._outreach.undo_sent(self._message_id)
        except NetdeskError as error:
            self._report(self.text(), error)
        announce(self._changes, RecordKind.CONTACT)


class MessageDialog(QDialog):
    """Emits ``message_sent(message_id)`` once the message is marked as sent;
    ``sent`` then holds it. To make that undoable, push
    ``SentMessageCommand(outreach, message_id, changes, report)``.

    ``tells_goal``: tick "this message tells them my goal" whatever the
    template (by default it is ticked when the template states my goal).

    ``contact_id`` None: the dialog asks whom to write to first, with a person
    picker over ``contacts`` (required then)."""

    message_sent = Signal(int)

    def __init__(
        self,
        outreach: OutreachService,
        contact_id: int | None,
        kind: TemplateKind,
        *,
        contacts: ContactService | None = None,
        conversation_id: int | None = None,
        referral_id: int | None = None,
        promise_id: int | None = None,
        tells_goal: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MessageDialog")
        self._outreach = outreach
        self._contact_id = contact_id
        self._ids = {
            "conversation_id": conversation_id,
            "referral_id": referral_id,
            "promise_id": promise_id,
        }
        self._opened: MessageChannel | None = None
        self._tells_goal = tells_goal
        self._goal_ticked_by_hand = False
        self.composed: ComposedMessage | None = None
        self.sent: Message | None = None

        self.template_box = QComboBox()
        self.template_box.setAccessibleName(self.tr("Template"))
        names = kind_names()
        templates = outreach.templates()
        for template in templates:
            label = (
                template.name if template.builtin else f"{template.name} ({names[template.kind]})"
            )
            self.template_box.addItem(label, template.key)
        self._templates = {t.key: t for t in templates}
        self.person: ContactPicker | None = None
        if contact_id is None:
            if contacts is None:
                raise ValueError("a person picker needs the contacts")
            self.person = ContactPicker(contacts)
            self.person.setAccessibleName(self.tr("Write to"))
            self.person.contact_changed.connect(self._on_person_contact_changed)
        self.my_name: QLineEdit | None = None
        if not outreach.my_name():
            self.my_name = QLineEdit()
            self.my_name.setAccessibleName(self.tr("My name"))
            self.my_name.setPlaceholderText(self.tr("How you sign your messages"))
            self.my_name.setToolTip(
                self.tr(
                    "Kept for every message from now on; change it later under "
                    "Edit → Message templates."
                )
            )
            self.my_name.editingFinished.connect(self._on_my_name_editing_finished)
        self.recipient = plain_label()
        self.recipient.setObjectName("recipient")
        self.recipient.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Message"))
        self.body.setTabChangesFocus(True)
        self.body.setMinimumSize(520, 220)
        self.count = plain_label()
        self.count.setObjectName("characterCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.gaps = plain_label()
        self.gaps.setObjectName("gaps")
        self.gaps.setWordWrap(True)
        self.gaps.setStyleSheet(_HINT_STYLE)
        self.tells_goal = QCheckBox(self.tr("This message tells them my job &goal"))
        self.tells_goal.setToolTip(
            self.tr("Once it is sent, they are no longer on Today's “not yet told”.")
        )
        self.tells_goal.clicked.connect(self._on_tells_goal_clicked)
        self.warning = plain_label()
        self.warning.setObjectName("jobRequestWarning")
        self.warning.setWordWrap(True)
        set_tone(self.warning, Tone.ATTENTION)

        self.copy_button = QPushButton(self.tr("&Copy text"))
        self.copy_button.setToolTip(
            self.tr("Copy the message, to paste it into LinkedIn or anywhere")
        )
        self.mail_button = QPushButton(self.tr("Open in &mail program"))
        self.linkedin_button = QPushButton(self.tr("Open &LinkedIn profile"))
        self.sent_button = QPushButton(self.tr("Mark as &sent"))
        self.sent_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.mail_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.linkedin_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.sent_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.sent_button.clicked.connect(self.accept)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.mail_button.clicked.connect(self._on_mail_button_clicked)
        self.linkedin_button.clicked.connect(self._on_linkedin_button_clicked)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

        form = QFormLayout()
        if self.person is not None:
            form.addRow(self.tr("&Write to:"), self.person)
        form.addRow(self.tr("&Template:"), self.template_box)
        form.addRow(self.tr("To:"), self.recipient)
        self.subject_label = QLabel(self.tr("S&ubject:"))
        self.subject_label.setBuddy(self.subject)
        form.addRow(self.subject_label, self.subject)
        if self.my_name is not None:
            form.addRow(self.tr("Sign &as (my name):"), self.my_name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        below = QHBoxLayout()
        below.addWidget(self.gaps, 1)
        below.addWidget(self.count)
        layout.addLayout(below)
        layout.addWidget(self.tells_goal)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)

        self.template_box.currentIndexChanged.connect(self._on_template_box_current_index_changed)
        self.body.textChanged.connect(self._on_body_text_changed)
        self.subject.textChanged.connect(self._on_subject_text_changed)
        start = outreach.builtin(kind).key
        with QSignalBlocker(self.template_box):
            self.template_box.setCurrentIndex(max(0, self.template_box.findData(start)))
        self.resize(680, 480)
        if self.person is None:
            self._compose()
            self.body.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._show_nobody()
            self.person.setFocus(Qt.FocusReason.OtherFocusReason)

    # Reading -------------------------------------------------------------------

    def template(self) -> MessageTemplate:
        return self._templates[str(self.template_box.currentData())]

    def text(self) -> str:
        return self.body.toPlainText()

    # Composing -------------------------------------------------------------------

    def _show_nobody(self) -> None:
        """No person chosen yet: nothing to fill in or send."""
        self.composed = None
        self.setWindowTitle(self.tr("Write a message"))
        self.recipient.setText(self.tr("Choose whom to write to first."))
        for widget in (self.body, self.subject, self.copy_button, self.mail_button):
            widget.setEnabled(False)
        self.sent_button.setEnabled(False)
        self.linkedin_button.setVisible(False)
        self.gaps.setVisible(False)
        self.warning.setVisible(False)
        self.count.clear()

    def _compose(self) -> None:
        if self._contact_id is None:
            self._show_nobody()
            return
        template = self.template()
        try:
            composed = self._outreach.compose(template, self._contact_id, **self._ids)
        except NetdeskError as error:
            show_error(self, self.tr("Could not fill in the template"), str(error))
            return
        self.composed = composed
        for widget in (self.body, self.subject, self.copy_button, self.sent_button):
            widget.setEnabled(True)
        self.setWindowTitle(
            self.tr("{template} — {name}").format(
                template=kind_names()[template.kind], name=composed.contact_name
            )
        )
        to = composed.contact_name
        if composed.emails:
            to = f"{to} <{composed.emails[0]}>"
        self.recipient.setText(to)
        linkedin_note = template.kind.has_limit
        self.subject.setVisible(not linkedin_note)
        self.subject_label.setVisible(not linkedin_note)
        self.subject.setText(composed.subject)
        # Replace the text as one undoable edit: Ctrl+Z brings back what was there.
        cursor = self.body.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(composed.body)
        cursor.endEditBlock()
        self.body.moveCursor(QTextCursor.MoveOperation.Start)
        self.mail_button.setEnabled(bool(composed.emails))
        self.mail_button.setToolTip(
            "" if composed.emails else self.tr("No email address is known for this person.")
        )
        self.linkedin_button.setVisible(bool(composed.linkedin_url))
        self.gaps.setText(problems_text(composed.problems))
        self.gaps.setVisible(bool(composed.problems))
        if not self._goal_ticked_by_hand:
            self.tells_goal.setChecked(self._tells_goal or composed.tells_goal)
        self._check()

    def _check(self) -> None:
        if self.composed is None:
            return
        check = self.composed.check(self.text(), self._subject())
        if check.limit is None:
            self.count.setText(self.tr("{count} characters").format(count=check.characters))
            set_tone(self.count, None)
        else:
            self.count.setText(
                self.tr("{count} / {limit} characters").format(
                    count=check.characters, limit=check.limit
                )
            )
            if check.over_limit:
                self.count.setText(
                    self.count.text()
                    + " "
                    + self.tr("({over} too many for LinkedIn)").format(over=check.over_limit)
                )
            set_tone(self.count, Tone.ATTENTION if check.over_limit else None)
        if check.warn_job_request:
            self.warning.setText(
                self.tr(
                    "This is your first message to them, and it asks for a job (“{phrase}”). "
                    "Networking is about information and advice: ask about their work, and "
                    "let a job come up later."
                ).format(phrase=check.job_requests[0])
            )
        self.warning.setVisible(check.warn_job_request)

    # Slots ----------------------------------------------------------------------

    @Slot(int)
    def _on_template_box_current_index_changed(self, _index: int) -> None:
        self._compose()

    def _subject(self) -> str:
        """The subject, if the message has one (a LinkedIn note has none)."""
        return "" if self.template().kind.has_limit else self.subject.text()

    @Slot()
    def _on_body_text_changed(self) -> None:
        self._check()

    @Slot()
    def _on_subject_text_changed(self) -> None:
        self._check()

    @Slot(object)
    def _on_person_contact_changed(self, contact_id: int | None) -> None:
        if contact_id == self._contact_id:
            return
        self._contact_id = contact_id
        self._compose()

    @Slot()
    def _on_my_name_editing_finished(self) -> None:
        if self.my_name is None or self.my_name.text().strip() == self._outreach.my_name():
            return
        try:
            self._outreach.set_my_name(self.my_name.text())
        except NetdeskError as error:
            show_error(self, self.tr("Could not keep your name"), str(error))
            return
        # Fill the name in, unless the text was already edited by hand (that
        # would be lost): then it signs the next message.
        if self.composed is not None and self.text() == self.composed.body:
            self._compose()

    @Slot()
    def _on_tells_goal_clicked(self) -> None:
        self._goal_ticked_by_hand = True

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy_button.setText(self.tr("&Copied"))
        if self.template().kind.has_limit:
            self._opened = self._opened or MessageChannel.LINKEDIN

    @Slot()
    def _on_mail_button_clicked(self) -> None:
        if self.composed is None or not self.composed.emails:
            return
        url = mailto_url(self.composed.emails[:1], self.subject.text(), self.text())
        if QDesktopServices.openUrl(QUrl(url)):
            self._opened = MessageChannel.EMAIL
        else:
            show_error(
                self,
                self.tr("No mail program"),
                self.tr("No mail program opened. Copy the text and paste it into your mail."),
            )

    @Slot()
    def _on_linkedin_button_clicked(self) -> None:
        if self.composed is not None and self.composed.linkedin_url:
            QDesktopServices.openUrl(QUrl(self.composed.linkedin_url))
            self._opened = MessageChannel.LINKEDIN

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter after typing my name keeps it and goes on to the text; it must
        # not press "Mark as sent".
        is_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if is_enter and self.my_name is not None and self.my_name.hasFocus():
            event.accept()
            self.body.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().keyPressEvent(event)

    @override
    def accept(self) -> None:
        """Mark as sent: record the message (and what it answers), then close."""
        if self.composed is None:
            return
        channel = self._opened or (
            MessageChannel.LINKEDIN if self.template().kind.has_limit else MessageChannel.OTHER
        )
        draft = self.composed.draft(
            self.text(), self._subject(), channel, told_goal=self.tells_goal.isChecked()
        )
        try:
            message = self._outreach.mark_sent(draft)
        except NetdeskError as error:
            show_error(self, self.tr("Could not mark the message as sent"), str(error))
            return
        self.sent = message
        self.message_sent.emit(message.id)
        super().accept()
