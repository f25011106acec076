"""Prepare a networking interview (or coffee, call, event) step by step.

Finishing saves a planned meeting. Cancelling keeps what was typed as a draft
(or, for a meeting already planned, keeps the edits), so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard
from typing_extensions import override

from netdesk.domain.errors import NetdeskError, ValidationError
from netdesk.domain.meetings import (
    Meeting,
    MeetingDraft,
    MeetingStatus,
    readiness,
)
from netdesk.messages import describe_field_error
from netdesk.models.formatting import local_date_time_long
from netdesk.services.workspace import Workspace
from netdesk.wizard.pages import (
    IntroductionPage,
    MaterialsPage,
    MeetingPage,
    PageId,
    PurposePage,
    QuestionsPage,
    ResearchPage,
    ReviewPage,
    kind_labels,
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
        self._prepared_for: int | None = None  # the person the later pages were filled for

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
        self.research_page.position.setPlainText(draft.position_research)
        self.research_page.background.setPlainText(draft.person_background)
        self.questions_page.set_questions(draft.questions)
        self.materials_page.set_materials(draft.materials)
        self._prepared_for = draft.contact_id

    # Moving between pages ------------------------------------------------------------

    def _on_current_id_changed(self, page_id: int) -> None:
        if page_id in (PageId.RESEARCH, PageId.QUESTIONS):
            self._prepare_for_person()
        if page_id == PageId.REVIEW:
            self._show_review()

    def _prepare_for_person(self) -> None:
        """Fill research and flags from what netdesk knows about the person,
        once per person (what the user typed is never overwritten)."""
        contact_id = self.meeting_page.person.contact_id()
        ws = self._ws
        earlier = ws.meetings.earlier_talks(contact_id) if contact_id is not None else []
        organisation = ""
        if contact_id is not None:
            organisation = ws.contacts.get(contact_id).organisation_name
        elif self.meeting_page.person.typed_name():
            organisation = self.meeting_page.organisation.text().strip()
        self.research_page.show_context(organisation, earlier)
        self.questions_page.set_bank(
            ws.meetings.question_bank(), self.tr("My own questions"), earlier
        )
        if self._prepared_for != contact_id and self.research_page.research().is_empty:
            self.research_page.set_research(ws.meetings.research_of(contact_id))
        self._prepared_for = contact_id

    def _show_review(self) -> None:
        draft = self.draft()
        page = self.meeting_page
        who = page.person.text().strip()
        summary = self.tr("{kind} with {person}, {when}{place}.").format(
            kind=kind_labels(self)[draft.kind],
            person=who,
            when=local_date_time_long(draft.starts_at),
            place=self.tr(", at {place}").format(place=draft.place) if draft.place else "",
        )
        self.review_page.show_readiness(summary, readiness(draft, self._ws.clock.now()))

    # Saving -------------------------------------------------------------------------------

    @override
    def accept(self) -> None:
        if self._save(MeetingStatus.PLANNED):
            super().accept()

    @override
    def reject(self) -> None:
        """Cancel keeps what was typed: a draft, or the edits of a planned meeting."""
        if self.draft() != self._initial:
            keep = MeetingStatus.DRAFT if self._status is MeetingStatus.DRAFT else self._status
            if not self._save(keep):
                self._save(MeetingStatus.DRAFT)
        super().reject()

    def _save(self, status: MeetingStatus) -> bool:
        page = self.meeting_page
        try:
            meeting = self._ws.meetings.save(
                self._meeting_id,
                self.draft(status),
                new_person=page.person.typed_name(),
                organisation=page.organisation.text(),
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
        for question in self.questions_page.own_added():
            self._ws.meetings.add_own_question(question)
        self._initial = self.draft()
        self.saved.emit(meeting.id)
        return True
