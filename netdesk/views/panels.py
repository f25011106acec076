"""The four record screens of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QCheckBox, QWidget
from typing_extensions import override

from netdesk.domain.errors import RecordNotFoundError
from netdesk.domain.trash import RecordKind
from netdesk.models.formatting import numerus
from netdesk.models.tables import (
    ContactTableModel,
    ConversationTableModel,
    OrganisationTableModel,
    PromiseTableModel,
)
from netdesk.services.workspace import Workspace
from netdesk.views.detail_browser import DetailBrowser
from netdesk.views.details import contact_html, conversation_html, organisation_html
from netdesk.views.table_panel import TablePanel


def _n(text: str, count: int) -> str:
    return numerus(QCoreApplication.translate("panels", text, None, count), count)


class ContactsPanel(TablePanel):
    kind = RecordKind.CONTACT

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        self._workspace = workspace
        self.browser = DetailBrowser()
        self.browser.setObjectName("contactDetail")
        super().__init__(
            ContactTableModel(workspace.contacts, clock=workspace.clock),
            search_placeholder=self.tr("Search names, organisations, positions, tags, notes…"),
            empty_title=self.tr("No contacts yet"),
            empty_text=self.tr(
                "Everyone you know belongs here: former colleagues, fellow students, "
                "teachers, friends and their friends. Start your inventory of who you know "
                "and where they work: add a person with Ctrl+N, or import your LinkedIn "
                "connections from File → Import."
            ),
            add_text=self.tr("Add a contact"),
            no_match_title=self.tr("No contact matches “{text}”"),
            count_format=lambda n: _n("%n contact(s)", n),
            total=workspace.contacts.count,
            detail=self.browser,
            parent=parent,
        )
        self.setObjectName("ContactsPanel")
        self.table.setColumnWidth(0, 180)

    @override
    def show_current_detail(self) -> None:
        contact_id = self.current_id()
        if contact_id is None:
            self.browser.show_placeholder(self.tr("Select a person to see everything about them."))
            return
        try:
            overview = self._workspace.overview.contact(contact_id)
        except RecordNotFoundError:
            self.browser.show_placeholder("")
            return
        self.browser.setHtml(contact_html(overview, self._workspace.clock.now()))


class OrganisationsPanel(TablePanel):
    kind = RecordKind.ORGANISATION

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        self._workspace = workspace
        self.browser = DetailBrowser()
        self.browser.setObjectName("organisationDetail")
        self.organisation_model = OrganisationTableModel(
            workspace.organisations, clock=workspace.clock
        )
        super().__init__(
            self.organisation_model,
            search_placeholder=self.tr("Search organisations, sectors, places, notes…"),
            empty_title=self.tr("No organisations yet"),
            empty_text=self.tr(
                "The places where your contacts work, and the employers you would like to "
                "work for. They appear here when you name one for a contact, or add one "
                "with Ctrl+Shift+N and keep notes on its culture, positions and work."
            ),
            add_text=self.tr("Add an organisation"),
            no_match_title=self.tr("No organisation matches “{text}”"),
            count_format=lambda n: _n("%n organisation(s)", n),
            total=workspace.organisations.count,
            detail=self.browser,
            parent=parent,
        )
        self.setObjectName("OrganisationsPanel")
        self.targets_only = QCheckBox(self.tr("Target employers only"))
        self.targets_only.toggled.connect(self._on_targets_only_toggled)
        self.filters.addWidget(self.targets_only)
        self.table.setColumnWidth(0, 220)

    @Slot(bool)
    def _on_targets_only_toggled(self, checked: bool) -> None:
        self.organisation_model.set_targets_only(checked)

    @override
    def show_current_detail(self) -> None:
        organisation_id = self.current_id()
        if organisation_id is None:
            self.browser.show_placeholder(
                self.tr("Select an organisation to see your research and the people there.")
            )
            return
        try:
            organisation = self._workspace.organisations.get(organisation_id)
        except RecordNotFoundError:
            self.browser.show_placeholder("")
            return
        contacts = self._workspace.contacts
        people = contacts.get_many(contacts.search_ids(organisation_id=organisation_id))
        self.browser.setHtml(organisation_html(organisation, people))


class ConversationsPanel(TablePanel):
    kind = RecordKind.CONVERSATION

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        self._workspace = workspace
        self.browser = DetailBrowser()
        self.browser.setObjectName("conversationDetail")
        super().__init__(
            ConversationTableModel(workspace.conversations, clock=workspace.clock),
            search_placeholder=self.tr("Search people, topics, notes, channels…"),
            empty_title=self.tr("No conversations logged yet"),
            empty_text=self.tr(
                "Keep an overview of whom you spoke to, about what and when, whom they "
                "referred you to, and whether you thanked them. Log one with Ctrl+L after "
                "every coffee, call or message."
            ),
            add_text=self.tr("Log a conversation"),
            no_match_title=self.tr("No conversation matches “{text}”"),
            count_format=lambda n: _n("%n conversation(s)", n),
            total=workspace.conversations.count,
            detail=self.browser,
            parent=parent,
        )
        self.setObjectName("ConversationsPanel")
        self.table.setColumnWidth(0, 140)
        self.table.setColumnWidth(4, 260)

    @override
    def show_current_detail(self) -> None:
        conversation_id = self.current_id()
        if conversation_id is None:
            self.browser.show_placeholder(self.tr("Select a conversation to read it in full."))
            return
        try:
            conversation = self._workspace.conversations.get(conversation_id)
        except RecordNotFoundError:
            self.browser.show_placeholder("")
            return
        self.browser.setHtml(conversation_html(conversation, self._workspace.clock.now()))


class PromisesPanel(TablePanel):
    kind = RecordKind.PROMISE

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        self._workspace = workspace
        self.promise_model = PromiseTableModel(workspace.promises, workspace.clock)
        super().__init__(
            self.promise_model,
            search_placeholder=self.tr("Search promises and people…"),
            empty_title=self.tr("No promises yet"),
            empty_text=self.tr(
                "When someone offers to help (an introduction, a vacancy to forward) or you "
                "offer something, note it here with Ctrl+Shift+P so nobody forgets. Today "
                "reminds you when one is due."
            ),
            add_text=self.tr("Note a promise"),
            no_match_title=self.tr("No promise matches “{text}”"),
            count_format=lambda n: _n("%n promise(s)", n),
            total=workspace.promises.count_open,
            parent=parent,
        )
        self.setObjectName("PromisesPanel")
        self.open_only = QCheckBox(self.tr("Open only"))
        self.open_only.toggled.connect(self._on_open_only_toggled)
        self.filters.addWidget(self.open_only)
        self.table.setColumnWidth(2, 150)
        self.table.setColumnWidth(3, 380)

    @Slot(bool)
    def _on_open_only_toggled(self, checked: bool) -> None:
        self.promise_model.set_open_only(checked)

    @override
    def empty_message(self) -> tuple[str, str, str]:
        if self.open_only.isChecked() and not self.model.filter_text:
            return (
                self.tr("No open promises"),
                self.tr(
                    "Everything promised has been done. Untick “Open only” to see every "
                    "promise, or note a new one with Ctrl+Shift+P."
                ),
                self._add_text,
            )
        return super().empty_message()
