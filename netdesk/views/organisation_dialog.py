"""Add or edit an organisation and the research notes on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from netdesk.domain.organisations import Organisation, OrganisationDraft
from netdesk.views.common import notes_edit
from netdesk.views.record_dialog import RecordDialog


class OrganisationDialog(RecordDialog[OrganisationDraft]):
    def __init__(
        self,
        save: Callable[[OrganisationDraft], object],
        *,
        organisation: Organisation | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("New organisation") if organisation is None else self.tr("Edit organisation")
        )
        super().__init__(title, build=self._draft, save=save, parent=parent)
        self.setObjectName("OrganisationDialog")
        self.name = QLineEdit()
        self.sector = QLineEdit()
        self.sector.setPlaceholderText(self.tr("e.g. museums, publishing, consultancy"))
        self.location = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://")
        self.is_target = QCheckBox(self.tr("I would like to work here (target employer)"))
        self.notes = notes_edit(self.tr("Anything else"), lines=4)
        self.culture = notes_edit(self.tr("How people work there, values, atmosphere"), lines=4)
        self.positions = notes_edit(self.tr("Kinds of jobs, career paths, who does what"), lines=4)
        self.news = notes_edit(self.tr("Recent news, projects, changes"), lines=3)
        self.availability = notes_edit(
            self.tr("Vacancies, how hiring happens, when they recruit"), lines=4
        )

        basics = QFormLayout()
        for name, label, widget in (
            ("name", self.tr("&Name:"), self.name),
            ("sector", self.tr("&Sector:"), self.sector),
            ("location", self.tr("&Location:"), self.location),
            ("website", self.tr("&Website:"), self.website),
            ("is_target", self.tr("Target:"), self.is_target),
            ("notes", self.tr("N&otes:"), self.notes),
        ):
            basics.addRow(label, widget)
            self.register_field(name, label, widget)
        research = QFormLayout()
        for name, label, widget in (
            ("culture_notes", self.tr("Corporate &culture:"), self.culture),
            ("positions_notes", self.tr("&Positions:"), self.positions),
            ("availability_notes", self.tr("&Availability of work:"), self.availability),
            ("news_notes", self.tr("Recent ne&ws:"), self.news),
        ):
            research.addRow(label, widget)
            self.register_field(name, label, widget)
        basics_box = QGroupBox(self.tr("Organisation"))
        basics_box.setLayout(basics)
        research_box = QGroupBox(self.tr("My research"))
        research_box.setLayout(research)
        columns = QHBoxLayout(self.body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(basics_box, 1)
        columns.addWidget(research_box, 1)

        if organisation is not None:
            self._fill(organisation)
        self.name.setFocus()
        self.resize(860, 460)

    def _fill(self, organisation: Organisation) -> None:
        self.name.setText(organisation.name)
        self.sector.setText(organisation.sector)
        self.location.setText(organisation.location)
        self.website.setText(organisation.website)
        self.is_target.setChecked(organisation.is_target)
        self.notes.setPlainText(organisation.notes)
        self.culture.setPlainText(organisation.culture_notes)
        self.positions.setPlainText(organisation.positions_notes)
        self.availability.setPlainText(organisation.availability_notes)
        self.news.setPlainText(organisation.news_notes)

    def _draft(self) -> OrganisationDraft:
        return OrganisationDraft(
            name=self.name.text(),
            sector=self.sector.text(),
            website=self.website.text(),
            location=self.location.text(),
            culture_notes=self.culture.toPlainText(),
            positions_notes=self.positions.toPlainText(),
            availability_notes=self.availability.toPlainText(),
            news_notes=self.news.toPlainText(),
            notes=self.notes.toPlainText(),
            is_target=self.is_target.isChecked(),
        )
