"""The meeting-preparation wizard and the Meetings screen, driven like a user."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft
from netdesk.domain.meetings import MeetingStatus
from netdesk.domain.organisations import OrganisationDraft
from netdesk.domain.pitch import PitchText
from netdesk.services.workspace import Workspace
from netdesk.views.main_window import MainWindow
from netdesk.views.outcome_dialog import OutcomeDialog
from netdesk.wizard.interview_wizard import InterviewWizard
from netdesk.wizard.pages import PageId
from tests.qt.keys import press


@pytest.fixture
def zoe(workspace: Workspace) -> int:
    workspace.organisations.create(
        OrganisationDraft(name="Rijksmuseum", culture_notes="Quiet, careful")
    )
    return workspace.contacts.create(
        ContactDraft(first_name="Anna", last_name="Jansen", organisation="Rijksmuseum")
    ).id


def select(window: MainWindow, contact_id: int) -> None:
    window.changes.contacts_changed.emit()
    window.contacts.ensure_loaded()
    assert window.contacts.select_id(contact_id)


def open_wizard(qtbot, window: MainWindow) -> InterviewWizard:
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, "Ctrl+I")
    qtbot.waitUntil(lambda: isinstance(window._open_dialog, InterviewWizard))
    wizard = window._open_dialog
    qtbot.waitUntil(wizard.isVisible)
    return wizard


def next_enabled(wizard: QWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def go_next(qtbot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_ctrl_i_on_a_selected_contact_starts_with_that_person(
    qtbot, window: MainWindow, workspace: Workspace, zoe: int
) -> None:
    window.changes.contacts_changed.emit()
    window.contacts.ensure_loaded()
    window.contacts.select_id(zoe)
    wizard = open_wizard(qtbot, window)
    assert wizard.meeting_page.person.contact_id() == zoe
    assert wizard.meeting_page.organisation_label.text() == "Rijksmuseum"
    assert next_enabled(wizard)
    wizard.reject()


def test_the_person_is_required_and_a_new_one_can_be_typed(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    wizard = open_wizard(qtbot, window)
    assert not next_enabled(wizard)  # nobody chosen yet
    qtbot.keyClicks(wizard.meeting_page.person, "Li Wei Zhang")
    assert next_enabled(wizard)
    assert "will be added" in wizard.meeting_page.new_person_note.text()
    assert wizard.meeting_page.organisation.isVisible()
    qtbot.keyClicks(wizard.meeting_page.organisation, "Naturalis")
    wizard.meeting_page.person.clear()
    assert not next_enabled(wizard)
    qtbot.keyClicks(wizard.meeting_page.person, "Li Wei Zhang")
    for _ in range(6):
        go_next(qtbot, wizard)
    assert wizard.currentId() == PageId.REVIEW
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    [meeting] = workspace.meetings.all()
    assert window.current_page() is window.meetings  # the new meeting on show
    assert window.meetings.current_id() == meeting.id
    assert meeting.contact_name == "Li Wei Zhang"
    assert meeting.organisation_name == "Naturalis"
    assert meeting.status is MeetingStatus.PLANNED


def test_a_user_walks_every_page_and_the_research_reaches_the_organisation(
    qtbot, window: MainWindow, workspace: Workspace, zoe: int, clock: FixedClock
) -> None:
    workspace.pitches.create("Elevator", 30, PitchText(who_i_am="I'm Sanne"))
    workspace.conversations.create(
        ConversationDraft(
            contact_id=zoe, occurred_at=clock.now() - timedelta(days=20), topics="Culture, team"
        )
    )
    window.show_meetings()
    wizard = open_wizard(qtbot, window)
    page = wizard.meeting_page
    qtbot.keyClicks(page.person, "Anna Jansen")
    assert page.person.contact_id() == zoe
    qtbot.keyClicks(page.place, "Museumstraat 1")
    go_next(qtbot, wizard)

    purpose = wizard.purpose_page
    qtbot.keyClicks(purpose.purpose, "Are there any vacancies for me?")
    assert "sounds like asking for a job" in purpose.warning.text()
    purpose.purpose.clear()
    qtbot.keyClicks(purpose.purpose, "How do registrars work with data here?")
    assert purpose.warning.text() == ""
    go_next(qtbot, wizard)

    intro = wizard.introduction_page
    assert intro.words.toPlainText() == "I'm Sanne."  # the default pitch, chosen for me
    intro.words.moveCursor(intro.words.textCursor().MoveOperation.End)
    qtbot.keyClicks(intro.words, " Nice to meet you.")
    assert "tailored for this meeting" in intro.timing.text()
    go_next(qtbot, wizard)

    research = wizard.research_page
    assert research.culture.toPlainText() == "Quiet, careful"  # known already
    assert "Culture, team" in research.earlier.toPlainText()
    qtbot.keyClicks(research.news, "New wing opens in May")
    go_next(qtbot, wizard)

    questions = wizard.questions_page
    culture = questions.bank.topLevelItem(0)
    assert culture.child(0).text(1).startswith("talked about on")  # flagged
    for index in range(2):
        questions.bank.itemActivated.emit(culture.child(index), 0)
    questions.bank.itemActivated.emit(culture.child(0), 0)  # not twice
    qtbot.keyClicks(questions.own, "What would you do in my shoes?")
    qtbot.keyClick(questions.own, Qt.Key.Key_Return)
    assert [q.text for q in questions.questions()][-1] == "What would you do in my shoes?"
    assert questions.chosen.count() == 3
    assert "5 to 10 is usual" in questions.count.text()
    go_next(qtbot, wizard)

    materials = wizard.materials_page
    materials.cv.setChecked(True)
    go_next(qtbot, wizard)
    review = wizard.review_page
    assert "Fewer than 5 questions." in review.gaps.text()
    assert "No question about whom else to talk to." in review.gaps.text()
    assert "Networking interview with Anna Jansen" in review.summary.text()
    # Local time as the locale writes it: no seconds, no zone name.
    assert "UTC" not in review.summary.text()
    assert ":00:00" not in review.summary.text()

    # Back and forth keeps what was typed.
    for _ in range(5):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.PURPOSE
    assert purpose.purpose.toPlainText() == "How do registrars work with data here?"
    for _ in range(5):
        go_next(qtbot, wizard)
    assert questions.chosen.count() == 3
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    [meeting] = workspace.meetings.all()
    assert meeting.status is MeetingStatus.PLANNED
    assert meeting.draft.place == "Museumstraat 1"
    assert meeting.draft.introduction == "I'm Sanne. Nice to meet you."
    assert len(meeting.draft.questions) == 3
    assert workspace.organisations.get(meeting.organisation_id).news_notes == (
        "New wing opens in May"
    )
    own = [c for c in workspace.meetings.question_bank() if c.key == "mine"]
    assert own[0].questions == ("What would you do in my shoes?",)
    assert window.meetings.list.topLevelItemCount() == 1


def test_cancelling_half_way_keeps_a_draft_that_reopens(
    qtbot, window: MainWindow, workspace: Workspace, zoe: int
) -> None:
    window.show_meetings()
    wizard = open_wizard(qtbot, window)
    qtbot.keyClicks(wizard.meeting_page.person, "Anna Jansen")
    go_next(qtbot, wizard)
    qtbot.keyClicks(wizard.purpose_page.purpose, "Half a thought")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    [meeting] = workspace.meetings.all()
    assert meeting.status is MeetingStatus.DRAFT
    assert meeting.draft.purpose == "Half a thought"
    item = window.meetings.list.topLevelItem(0)
    assert item.text(4) == "Draft"

    window.meetings.open_meeting(meeting.id)
    again = window._open_dialog
    qtbot.waitUntil(again.isVisible)
    assert again.purpose_page.purpose.toPlainText() == "Half a thought"
    assert again.meeting_page.person.contact_id() == zoe
    again.reject()  # nothing changed: still the same draft
    assert [m.id for m in workspace.meetings.all()] == [meeting.id]


def test_cancel_with_nothing_typed_keeps_nothing(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    window.show_meetings()
    wizard = open_wizard(qtbot, window)
    wizard.reject()
    assert workspace.meetings.all() == []
    assert window.meetings.stack.currentIndex() == 0  # the invitation stays


def test_logging_the_outcome_turns_the_meeting_into_a_conversation(
    qtbot, window: MainWindow, workspace: Workspace, zoe: int, clock: FixedClock
) -> None:
    from netdesk.domain.meetings import MeetingDraft

    meeting = workspace.meetings.create(
        MeetingDraft(contact_id=zoe, starts_at=clock.now() - timedelta(hours=1))
    )
    window.show_meetings()
    window.meetings.reload()
    qtbot.mouseClick(window.meetings.outcome_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window._open_dialog, OutcomeDialog))
    dialog = window._open_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.person.contact_id() == zoe
    qtbot.keyClicks(dialog.topics, "Registration work")
    qtbot.keyClicks(dialog.referral_picker, "Sem de Vries")
    qtbot.keyClick(dialog.referral_picker, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.theirs, "Send me the traineeship page")
    qtbot.keyClick(dialog.theirs, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    done = workspace.meetings.get(meeting.id)
    assert done.status is MeetingStatus.DONE
    conversation = workspace.conversations.get(done.conversation_id)
    assert conversation.topics == "Registration work"
    assert conversation.thanks_sent_at is None
    assert [r.referred_name for r in conversation.referrals] == ["Sem de Vries"]
    assert window.meetings.list.topLevelItem(0).text(4) == "Done"
    assert not window.meetings.outcome_button.isEnabled()


def test_delete_a_meeting_and_bring_it_back(
    qtbot, window: MainWindow, workspace: Workspace, zoe: int, clock: FixedClock
) -> None:
    from netdesk.domain.meetings import MeetingDraft

    workspace.meetings.create(MeetingDraft(contact_id=zoe, starts_at=clock.now()))
    window.show_meetings()
    window.meetings.reload()
    window.meetings.list.setFocus()
    # Edit → Delete and the toolbar's Delete work on the meeting selected.
    assert window.delete_action.isEnabled()
    press(qtbot, window, "Delete")
    assert workspace.meetings.all() == []
    assert "Ctrl+Z brings it back" in window.statusBar().currentMessage()
    press(qtbot, window, "Ctrl+Z")
    assert len(workspace.meetings.all()) == 1
    assert QApplication.focusWidget() is window.meetings.list


def test_a_planned_meeting_shows_on_the_person_and_links_to_the_meetings_screen(
    qtbot, window: MainWindow, workspace: Workspace, zoe: int, clock: FixedClock
) -> None:
    from netdesk.domain.meetings import MeetingDraft

    meeting = workspace.meetings.create(
        MeetingDraft(
            contact_id=zoe, starts_at=clock.now() + timedelta(days=1), purpose="<b>Learn</b>"
        )
    )
    window.changes.contacts_changed.emit()
    window.show_panel(window.contacts)
    window.contacts.ensure_loaded()
    window.contacts.select_id(zoe)
    html = window.contacts.browser.toHtml()
    assert "Meetings being prepared (1)" in window.contacts.browser.toPlainText()
    assert "&lt;b&gt;Learn" in html
    window.contacts.browser.link_activated.emit("meeting", meeting.id)
    assert window.current_page() is window.meetings
    assert window.meetings.current_id() == meeting.id


def test_briefing_preview_and_pdf_from_the_meetings_screen(
    qtbot,
    window: MainWindow,
    workspace: Workspace,
    zoe: int,
    clock: FixedClock,
    tmp_path,
    monkeypatch,
) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from netdesk.domain.meetings import MeetingDraft

    meeting = workspace.meetings.create(
        MeetingDraft(contact_id=zoe, starts_at=clock.now() + timedelta(days=1))
    )
    window.show_meetings()
    qtbot.mouseClick(window.meetings.briefing_button, Qt.MouseButton.LeftButton)
    preview = window.findChild(QPrintPreviewDialog)
    qtbot.waitUntil(lambda: preview is not None and preview.isVisible())
    preview.reject()
    out = tmp_path / "briefing.pdf"
    window.meetings._write_pdf(meeting.id, out)
    assert out.read_bytes().startswith(b"%PDF")
    reports: list[str] = []
    monkeypatch.setattr(window, "_report", lambda action, error: reports.append(action))
    window.meetings._report = window._report
    window.meetings._write_pdf(meeting.id, tmp_path / "missing-folder" / "b.pdf")
    assert reports == ["Save the briefing"]  # told, not silently dropped


def organisation_notes(workspace: Workspace, contact_id: int) -> str:
    contact = workspace.contacts.get(contact_id)
    return workspace.organisations.get(contact.organisation_id).culture_notes


def test_cancel_keeps_the_draft_without_touching_the_organisation_notes(
    qtbot, window: MainWindow, workspace: Workspace, zoe: int
) -> None:
    """Regression: a cancel-saved draft wrote empty research over the notes."""
    window.show_meetings()
    wizard = open_wizard(qtbot, window)
    qtbot.keyClicks(wizard.meeting_page.person, "Anna Jansen")
    go_next(qtbot, wizard)
    qtbot.keyClicks(wizard.purpose_page.purpose, "Learn about registration")
    wizard.reject()
    assert organisation_notes(workspace, zoe) == "Quiet, careful"
    [draft] = workspace.meetings.all()
    assert draft.status is MeetingStatus.DRAFT


def test_only_looking_at_the_pages_keeps_nothing(
    qtbot, window: MainWindow, workspace: Workspace, zoe: int
) -> None:
    select(window, zoe)
    wizard = open_wizard(qtbot, window)
    assert next_enabled(wizard)
    for _ in range(6):
        go_next(qtbot, wizard)
    wizard.reject()
    assert workspace.meetings.all() == []


def test_untouched_notes_follow_a_changed_person(
    qtbot, window: MainWindow, workspace: Workspace, zoe: int
) -> None:
    bob = workspace.contacts.create(ContactDraft(first_name="Bob", organisation="Beta")).id
    beta = workspace.contacts.get(bob).organisation_id
    window.show_meetings()
    wizard = open_wizard(qtbot, window)
    qtbot.keyClicks(wizard.meeting_page.person, "Anna Jansen")
    for _ in range(3):
        go_next(qtbot, wizard)
    assert wizard.research_page.culture.toPlainText() == "Quiet, careful"
    for _ in range(3):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    wizard.meeting_page.person.clear()
    qtbot.keyClicks(wizard.meeting_page.person, "Bob")
    for _ in range(3):
        go_next(qtbot, wizard)
    assert wizard.research_page.culture.toPlainText() == ""  # Beta's (empty) notes
    for _ in range(3):
        go_next(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert workspace.organisations.get(beta).culture_notes == ""  # not Acme's notes
    assert organisation_notes(workspace, zoe) == "Quiet, careful"


def test_a_planned_meeting_is_not_made_a_draft_by_cancel(
    qtbot, window: MainWindow, workspace: Workspace, zoe: int, clock: FixedClock
) -> None:
    from netdesk.domain.meetings import MeetingDraft

    meeting = workspace.meetings.create(MeetingDraft(contact_id=zoe, starts_at=clock.now()))
    window.show_meetings()
    window.meetings.open_meeting(meeting.id)
    wizard = window._open_dialog
    qtbot.waitUntil(wizard.isVisible)
    person = wizard.meeting_page.person
    person.selectAll()
    qtbot.keyClick(person, Qt.Key.Key_Backspace)  # the user empties the person
    assert person.contact_id() is None
    wizard.reject()
    assert wizard.isVisible()  # told why, not closed
    assert "needs a person" in wizard.meeting_page.new_person_note.text()
    wizard.reject()  # again: leave it as it was
    assert not wizard.isVisible()
    kept = workspace.meetings.get(meeting.id)
    assert (kept.status, kept.draft.contact_id) == (MeetingStatus.PLANNED, zoe)


def test_editing_a_meeting_is_one_undo_step(
    qtbot, window: MainWindow, workspace: Workspace, zoe: int, clock: FixedClock
) -> None:
    from netdesk.domain.meetings import MeetingDraft

    meeting = workspace.meetings.create(
        MeetingDraft(contact_id=zoe, starts_at=clock.now(), purpose="Before")
    )
    window.show_meetings()
    window.meetings.open_meeting(meeting.id)
    wizard = window._open_dialog
    qtbot.waitUntil(wizard.isVisible)
    wizard.purpose_page.purpose.setPlainText("After")
    wizard.reject()  # kept, as typed
    assert workspace.meetings.get(meeting.id).draft.purpose == "After"
    window.undo_stack.undo()
    assert workspace.meetings.get(meeting.id).draft.purpose == "Before"


def test_a_logged_meeting_stays_logged_and_its_outcome_can_be_undone(
    qtbot, window: MainWindow, workspace: Workspace, zoe: int, clock: FixedClock
) -> None:
    from netdesk.domain.meetings import MeetingDraft

    meeting = workspace.meetings.create(MeetingDraft(contact_id=zoe, starts_at=clock.now()))
    window.show_meetings()
    window.meetings.reload()
    window.meetings.log_outcome()
    dialog = window._open_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.topics.setText("Work")
    dialog.accept()
    assert workspace.meetings.get(meeting.id).status is MeetingStatus.DONE
    window.undo_stack.undo()
    assert workspace.meetings.get(meeting.id).status is MeetingStatus.PLANNED
    assert workspace.conversations.count() == 0
    window.undo_stack.redo()
    done = workspace.meetings.get(meeting.id)
    assert done.status is MeetingStatus.DONE
    window.meetings.open_meeting(meeting.id)
    wizard = window._open_dialog
    qtbot.waitUntil(wizard.isVisible)
    wizard.purpose_page.purpose.setPlainText("Edited afterwards")
    wizard.accept()
    assert workspace.meetings.get(meeting.id).status is MeetingStatus.DONE


def test_enter_adds_a_question_without_leaving_the_page_and_own_questions_wait_for_finish(
    qtbot, window: MainWindow, workspace: Workspace, zoe: int
) -> None:
    select(window, zoe)
    wizard = open_wizard(qtbot, window)
    assert next_enabled(wizard)
    for _ in range(4):
        go_next(qtbot, wizard)
    assert wizard.currentId() == PageId.QUESTIONS
    questions = wizard.questions_page
    questions.own.setFocus()
    qtbot.keyClicks(questions.own, "Private question?")
    qtbot.keyClick(questions.own, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.QUESTIONS  # Enter added it, and stayed
    questions.bank.setFocus()
    questions.bank.setCurrentItem(questions.bank.topLevelItem(0).child(0))
    qtbot.keyClick(questions.bank, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.QUESTIONS
    assert questions.chosen.count() == 2
    wizard.reject()  # kept as a draft, but the bank only grows on Finish
    assert [c for c in workspace.meetings.question_bank() if c.key == "mine"] == []


def test_tooltips_show_user_text_as_words(
    qtbot, window: MainWindow, workspace: Workspace, zoe: int, clock: FixedClock
) -> None:
    from netdesk.domain.meetings import MeetingDraft

    workspace.meetings.create(
        MeetingDraft(contact_id=zoe, starts_at=clock.now(), purpose='<img src="/etc/x.png">')
    )
    window.show_meetings()
    window.meetings.reload()
    tip = window.meetings.list.topLevelItem(0).toolTip(1)
    assert "<img" not in tip
    assert "&lt;img" in tip


def test_edit_opens_the_selected_meeting_in_the_wizard(
    qtbot, window: MainWindow, workspace: Workspace, zoe: int, clock: FixedClock
) -> None:
    from netdesk.domain.meetings import MeetingDraft

    workspace.meetings.create(MeetingDraft(contact_id=zoe, starts_at=clock.now()))
    window.show_meetings()
    window.meetings.reload()
    window.meetings.list.setFocus()
    assert window.edit_action.isEnabled()  # the toolbar's Edit too
    press(qtbot, window, "Ctrl+E")
    qtbot.waitUntil(lambda: isinstance(window._open_dialog, InterviewWizard))
    window._open_dialog.close()
