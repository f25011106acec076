"""Add or edit a contact: everything netdesk keeps about a person."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.contacts import Contact, ContactDraft, Relevance
from netdesk.domain.errors import ErrorCode, FieldError, ValidationError
from netdesk.domain.text import fold, split_lines, split_tags
from netdesk.models.formatting import relevance_text
from netdesk.services.contacts import ContactService
from netdesk.services.organisations import OrganisationService
from netdesk.views.common import notes_edit, plain_label
from netdesk.views.contact_picker import ContactPicker
from netdesk.views.record_dialog import RecordDialog
from netdesk.views.widgets import OptionalDateEdit


class ContactDialog(RecordDialog[ContactDraft]):
    def __init__(
        self,
        contacts: ContactService,
        organisations: OrganisationService,
        save: Callable[[ContactDraft], object],
        *,
        contact: Contact | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New contact") if contact is None else self.tr("Edit contact")
        super().__init__(title, build=self._draft, save=save, parent=parent)
        self.setObjectName("ContactDialog")
        self._organisations = organisations
        known = organisations.names()
        self._known_organisations = {fold(name) for name in known}

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("Where they work"))
        completer = QCompleter(QStringListModel(known, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)
        self.organisation_hint = plain_label()
        self.organisation_hint.setObjectName("hint")
        self.organisation.textChanged.connect(self._on_organisation_text_changed)
        self.position = QLineEdit()
        self.emails = notes_edit(self.tr("One address per line"), lines=2)
        self.phones = notes_edit(self.tr("One number per line"), lines=2)
        self.linkedin_url = QLineEdit()
        self.linkedin_url.setPlaceholderText("https://www.linkedin.com/in/…")
        self.links = notes_edit(self.tr("Other profiles or pages, one per line"), lines=2)

        self.how_met = QLineEdit()
        self.how_met.setPlaceholderText(self.tr("e.g. alumni event, internship, a friend"))
        self.first_met = OptionalDateEdit(self.tr("Known"))
        self.met_through = ContactPicker(
            contacts, exclude=contact.id if contact is not None else None
        )
        self.relevance = QComboBox()
        for level in Relevance:
            self.relevance.addItem(relevance_text(level) or self.tr("Not set"), level)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("e.g. alumni, museum, mentor"))
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 3650)
        self.cadence.setSingleStep(30)
        self.cadence.setSpecialValueText(self.tr("Off"))
        self.cadence.setSuffix(self.tr(" days"))
        self.notes = notes_edit(self.tr("Anything worth remembering about them"), lines=5)

        person = QFormLayout()
        self._add(person, "first_name", self.tr("&First name:"), self.first_name)
        self._add(person, "last_name", self.tr("&Last name:"), self.last_name)
        org_box = QVBoxLayout()
        org_box.setSpacing(2)
        org_box.addWidget(self.organisation)
        org_box.addWidget(self.organisation_hint)
        self._add(person, "organisation", self.tr("&Organisation:"), self.organisation, org_box)
        self._add(person, "position", self.tr("&Position:"), self.position)
        self._add(person, "emails", self.tr("&Email:"), self.emails)
        self._add(person, "phones", self.tr("P&hone:"), self.phones)
        self._add(person, "linkedin_url", self.tr("Lin&kedIn:"), self.linkedin_url)
        self._add(person, "links", self.tr("Other lin&ks:"), self.links)

        relation = QFormLayout()
        self._add(relation, "how_met", self.tr("&How we met:"), self.how_met)
        self._add(relation, "first_met", self.tr("First &met:"), self.first_met)
        self._add(relation, "met_through", self.tr("Met &through:"), self.met_through)
        self._add(relation, "relevance", self.tr("&Relevance:"), self.relevance)
        self._add(relation, "tags", self.tr("T&ags:"), self.tags)
        self._add(relation, "cadence_days", self.tr("Keep in to&uch every:"), self.cadence)
        self._add(relation, "notes", self.tr("&Notes:"), self.notes)

        person_box = QGroupBox(self.tr("Who they are"))
        person_box.setLayout(person)
        relation_box = QGroupBox(self.tr("How I know them"))
        relation_box.setLayout(relation)
        columns = QHBoxLayout(self.body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(person_box, 1)
        columns.addWidget(relation_box, 1)

        if contact is not None:
            self._fill(contact)
        self.first_name.setFocus()
        self.resize(860, 520)

    def _add(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        widget: QWidget,
        row: QVBoxLayout | None = None,
    ) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)  # the & mnemonic focuses the field
        form.addRow(caption, widget if row is None else row)
        self.register_field(name, label, widget)

    def _fill(self, contact: Contact) -> None:
        self.first_name.setText(contact.first_name)
        self.last_name.setText(contact.last_name)
        self.organisation.setText(contact.organisation_name)
        self.position.setText(contact.position)
        self.emails.setPlainText("\n".join(contact.emails))
        self.phones.setPlainText("\n".join(contact.phones))
        self.linkedin_url.setText(contact.linkedin_url)
        self.links.setPlainText("\n".join(contact.links))
        self.how_met.setText(contact.how_met)
        self.first_met.set_value(contact.first_met)
        if contact.met_through_id is not None:
            self.met_through.set_contact(contact.met_through_id, contact.met_through_name)
        self.relevance.setCurrentIndex(self.relevance.findData(contact.relevance))
        self.tags.setText(", ".join(contact.tags))
        self.cadence.setValue(contact.cadence_days or 0)
        self.notes.setPlainText(contact.notes)

    def _draft(self) -> ContactDraft:
        unknown = self.met_through.typed_name()
        if unknown:
            raise ValidationError([FieldError("met_through", ErrorCode.NO_MATCH, unknown)])
        return ContactDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            organisation=self.organisation.text(),
            position=self.position.text(),
            emails=split_lines(self.emails.toPlainText()),
            phones=split_lines(self.phones.toPlainText()),
            linkedin_url=self.linkedin_url.text(),
            links=split_lines(self.links.toPlainText()),
            how_met=self.how_met.text(),
            first_met=self.first_met.value(),
            met_through_id=self.met_through.contact_id(),
            relevance=Relevance(self.relevance.currentData()),
            tags=split_tags(self.tags.text()),
            notes=self.notes.toPlainText(),
            cadence_days=self.cadence.value() or None,
        )

    @Slot(str)
    def _on_organisation_text_changed(self, text: str) -> None:
        name = " ".join(text.split())
        is_new = bool(name) and fold(name) not in self._known_organisations
        self.organisation_hint.setText(
            self.tr("“{name}” will be added as a new organisation.").format(name=name)
            if is_new
            else ""
        )
        self.organisation_hint.setVisible(is_new)
