"""Prepare a networking interview (or coffee, call, event) step by step.

Finishing saves a planned meeting. Cancelling keeps what was typed as a draft
(or, for a meeting already planned, keeps the edits), so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard
from typing_extensions import override

from netdesk.domain.errors import NetdeskError, ValidationError
from netdesk.domain.meetings import (
    Meeting,
    MeetingDraft,
    MeetingStatus,
    OrganisationResearch,
    readiness,
)
from netdesk.messages import describe_field_error
from netdesk.services.workspace import Workspace
from netdesk.views.meeting_kinds import kind_labels
from netdesk.wizard.pages import (
    IntroductionPage,
    MaterialsPage,
    MeetingPage,
    PageId,
    PurposePage,
    QuestionsPage,
    ResearchPage,
    ReviewPage,
    meeting_moment_text,
)


class InterviewWizard(QWizard):
    """Emits ``saved`` with the meeting's id whenever it is written."""

    saved = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        *,
        meeting: Meeting | None = None,
        contact_id: int | None = None,
        starts_at: datetime | None = None,
        report: Callable[[str, NetdeskError], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("InterviewWizard")
        self.setWindowTitle(self.tr("Prepare a meeting"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self._ws = workspace
        self._report = report
        self._meeting_id = meeting.id if meeting is not None else None
        self._status = meeting.status if meeting is not None else MeetingStatus.DRAFT
        now = workspace.clock.now()
        self.meeting_page = MeetingPage(workspace, now)
        self.purpose_page = PurposePage(workspace.phrases.job_request_phrases())
        self.introduction_page = IntroductionPage(
            workspace.pitches.all(), workspace.pitches.words_per_minute()
        )
        self.research_page = ResearchPage()
        self.questions_page = QuestionsPage()
        self.materials_page = MaterialsPage()
        self.review_page = ReviewPage()
        for page_id, page in (
            (PageId.MEETING, self.meeting_page),
            (PageId.PURPOSE, self.purpose_page),
            (PageId.INTRODUCTION, self.introduction_page),
            (PageId.RESEARCH, self.research_page),
            (PageId.QUESTIONS, self.questions_page),
            (PageId.MATERIALS, self.materials_page),
            (PageId.REVIEW, self.review_page),
        ):
            self.setPage(page_id, page)
        self.currentIdChanged.connect(self._on_current_id_changed)
        # The organisation notes as shown (None: not shown, so never written
        # back) and whose they are; only notes changed from these are saved
        # to the organisation, so newer notes there are not overwritten.
        self._research_base: OrganisationResearch | None = None
        self._research_for: tuple[str, object] | None = None
        self._cancel_warned = False
        self._research_org = ""

        if meeting is not None:
            self._fill(meeting.draft)
        else:
            self.meeting_page.set_person(contact_id)
            self.meeting_page.set_starts_at(starts_at)
            self.introduction_page.choose_default()
        self._initial = self.draft()
        self.resize(1040, 640)

    # Reading the pages ------------------------------------------------------------

    def draft(self, status: MeetingStatus | None = None) -> MeetingDraft:
        meeting = self.meeting_page
        return MeetingDraft(
            contact_id=meeting.person.contact_id(),
            starts_at=meeting.starts_at(),
            place=meeting.place.text(),
            kind=meeting.meeting_kind(),
            purpose=self.purpose_page.purpose.toPlainText(),
            pitch_id=self.introduction_page.pitch_id(),
            introduction=self.introduction_page.words.toPlainText(),
            research=self.research_page.research(),
            position_research=self.research_page.position.toPlainText(),
            person_background=self.research_page.background.toPlainText(),
            questions=self.questions_page.questions(),
            materials=self.materials_page.materials(),
            status=status or self._status,
        )

    def meeting_id(self) -> int | None:
        return self._meeting_id

    def _fill(self, draft: MeetingDraft) -> None:
        page = self.meeting_page
        page.set_person(draft.contact_id)
        page.set_starts_at(draft.starts_at)
        page.place.setText(draft.place)
        page.set_kind(draft.kind)
        self.purpose_page.purpose.setPlainText(draft.purpose)
        self.introduction_page.set_choice(draft.pitch_id, draft.introduction)
        self.research_page.set_research(draft.research)
        if draft.contact_id is not None:
            # The organisation's notes may have grown since: show them.
            current = self._ws.meetings.research_of(draft.contact_id)
            if not current.is_empty:
                self.research_page.set_research(current)
            self._research_base = current
            self._research_for = ("contact", draft.contact_id)
        self.research_page.position.setPlainText(draft.position_research)
        self.research_page.background.setPlainText(draft.person_background)
        self.questions_page.set_questions(draft.questions)
        self.materials_page.set_materials(draft.materials)

    # Moving between pages ------------------------------------------------------------

    def _on_current_id_changed(self, page_id: int) -> None:
        if page_id in (PageId.RESEARCH, PageId.QUESTIONS):
            self._prepare_for_person()
        if page_id == PageId.REVIEW:
            self._show_review()

    def _prepare_for_person(self) -> None:
        """Fill research and flags from what netdesk knows about the person and
        their organisation. Notes the user typed are never overwritten; when
        the person changes, untouched notes follow the new organisation."""
        contact_id = self.meeting_page.person.contact_id()
        ws = self._ws
        earlier = ws.meetings.earlier_talks(contact_id) if contact_id is not None else []
        organisation = ""
        key: tuple[str, object] | None = None
        if contact_id is not None:
            organisation = ws.contacts.get(contact_id).organisation_name
            key = ("contact", contact_id)
        elif self.meeting_page.person.typed_name():
            organisation = self.meeting_page.organisation.text().strip()
            key = ("organisation", organisation.casefold())
        carried_from = ""
        if key != self._research_for:
            known = (
                ws.meetings.research_of(contact_id)
                if contact_id is not None
                else ws.meetings.research_of_organisation(organisation)
            )
            shown = self.research_page.research()
            untouched = shown == (self._research_base or OrganisationResearch())
            if untouched:
                self.research_page.set_research(known)
            elif self._research_base is not None:
                carried_from = self._research_org
            self._research_base = known
            self._research_for = key
            self._research_org = organisation
        self.research_page.show_context(organisation, earlier, carried_from=carried_from)
        self.questions_page.set_bank(
            ws.meetings.question_bank(), self.tr("My own questions"), earlier
        )

    def _show_review(self) -> None:
        draft = self.draft()
        page = self.meeting_page
        who = page.person.text().strip()
        summary = self.tr("{kind} with {person}, {when}{place}.").format(
            kind=kind_labels()[draft.kind],
            person=who,
            when=meeting_moment_text(draft.starts_at),
            place=self.tr(", at {place}").format(place=draft.place) if draft.place else "",
        )
        self.review_page.show_readiness(summary, readiness(draft, self._ws.clock.now()))

    # Saving -------------------------------------------------------------------------------

    @override
    def accept(self) -> None:
        done = self._status is MeetingStatus.DONE  # a logged meeting stays logged
        if self._save(MeetingStatus.DONE if done else MeetingStatus.PLANNED):
            for question in self.questions_page.own_typed_here():
                self._ws.meetings.add_own_question(question)
            super().accept()

    @override
    def reject(self) -> None:
        """Cancel keeps what was typed: a new meeting as a draft, an existing
        one with its edits. A planned meeting is never quietly made a draft:
        if the edits cannot be kept as they are, the user is told, and a
        second Cancel leaves the meeting as it was."""
        if not self._typed_anything() or self._cancel_warned:
            super().reject()
            return
        if self._save(self._status):
            super().reject()
            return
        self._cancel_warned = True
        self.restart()
        self.meeting_page.new_person_note.setText(
            self.tr(
                "A planned meeting needs a person: choose one and finish, or press Cancel "
                "again to leave the meeting as it was."
            )
        )

    def _typed_anything(self) -> bool:
        """Has anything changed since the wizard opened, beyond the notes it
        filled in itself?"""
        draft = self.draft()
        if self._research_base is not None and draft.research == self._research_base:
            draft = replace(draft, research=self._initial.research)
        return draft != self._initial

    def _save(self, status: MeetingStatus) -> bool:
        page = self.meeting_page
        try:
            meeting = self._ws.meetings.save(
                self._meeting_id,
                self.draft(status),
                new_person=page.person.typed_name(),
                organisation=page.organisation.text(),
                research_base=self._research_base,
            )
        except ValidationError as error:
            self.review_page.errors.setText(
                "\n".join(describe_field_error(e, e.field) for e in error.errors)
            )
            return False
        except NetdeskError as error:
            if self._report is not None:
                self._report(self.tr("Save the meeting"), error)
            return False
        self._meeting_id = meeting.id
        self._status = meeting.status
        if page.person.typed_name():
            page.set_person(meeting.draft.contact_id)  # created: now an existing contact
            self._research_for = ("contact", meeting.draft.contact_id)
        if self._research_base is not None:
            self._research_base = meeting.draft.research  # now what the organisation holds
        self._initial = self.draft()
        self.saved.emit(meeting.id)
        return True
