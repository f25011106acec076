"""The Pitch screen driven as a person would: keys, clicks, and a reopened
data file to prove that typing was kept."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from netdesk.domain.clock import FixedClock
from netdesk.domain.goal import JobGoal
from netdesk.domain.pitch import PitchPart, PitchText
from netdesk.domain.trash import RecordKind
from netdesk.services.workspace import Workspace
from netdesk.views.goal_dialog import GoalDialog
from netdesk.views.main_window import MainWindow
from netdesk.views.pitch_editor import PitchPage
from netdesk.views.rehearsal_dialog import RehearsalDialog
from tests.qt.keys import press


@pytest.fixture
def page(window: MainWindow, qtbot) -> PitchPage:
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, "Ctrl+P")
    assert window.current_page() is window.pitch
    return window.pitch


def first_pitch(page: PitchPage, qtbot) -> None:
    assert page.stack.currentIndex() == 0  # the empty state explains what a pitch is
    qtbot.mouseClick(page.first_pitch_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 1
    # The new version's name is open for typing: give it one.
    rename_in_place(qtbot, page, "30-second elevator")
    # Enter after the name moves on to the first part, ready for typing.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.parts[PitchPart.WHO_I_AM])


def rename_in_place(qtbot, page: PitchPage, name: str) -> None:
    editor = QApplication.focusWidget()
    assert editor is not None
    assert page.versions.isAncestorOf(editor)
    qtbot.keyClicks(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The list commits an edit on Enter from its event loop.
    qtbot.waitUntil(lambda: page.versions.currentItem().text() == name)
    qtbot.waitUntil(lambda: page.current_pitch().name == name)


def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_a_new_user_names_a_pitch_and_types_straight_on(page: PitchPage, qtbot, workspace) -> None:
    """Regression: focus stayed on the list, so the first words typed went to
    the list's keyboard search and a space pressed the New button."""
    first_pitch(page, qtbot)
    for text in ("I'm Noor", "museum education", "I guide groups"):
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert page.composed.toPlainText() == "I'm Noor. museum education. I guide groups."
    assert [p.name for p in workspace.pitches.all()] == ["30-second elevator"]


def type_part(qtbot, page: PitchPage, part: PitchPart, text: str) -> None:
    edit = page.parts[part]
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def test_ctrl_p_opens_the_pitch_screen_with_an_invitation(page: PitchPage) -> None:
    assert page.isVisible()
    assert page.stack.currentIndex() == 0
    assert QApplication.focusWidget() is page.first_pitch_button  # Space starts one
    assert (
        "Don't open by asking for a job"
        in page.stack.currentWidget().findChildren(type(page.title))[1].text()
    )


def test_typing_parts_composes_times_and_autosaves(
    page: PitchPage, qtbot, workspace: Workspace, window: MainWindow
) -> None:
    first_pitch(page, qtbot)
    [pitch] = workspace.pitches.all()
    assert pitch.name == "30-second elevator"
    type_part(qtbot, page, PitchPart.WHO_I_AM, "I'm Noor, an art historian")
    type_part(qtbot, page, PitchPart.LOOKING_FOR, "I'm exploring museum education")
    type_part(qtbot, page, PitchPart.CAN_OFFER, "I guide school groups")
    assert page.composed.toPlainText() == (
        "I'm Noor, an art historian. I'm exploring museum education. I guide school groups."
    )
    assert "13 words" in plain(page.timing_label.text())
    assert "on target" in plain(page.timing_label.text())
    # Saved on its own, shortly after typing stops: no Save button, no lost words.
    qtbot.waitUntil(lambda: workspace.pitches.get(pitch.id).text.can_offer != "", timeout=3000)
    assert workspace.pitches.get(pitch.id).text.who_i_am == "I'm Noor, an art historian"


def test_ctrl_z_undoes_typing_in_a_part(page: PitchPage, qtbot, workspace: Workspace) -> None:
    first_pitch(page, qtbot)
    type_part(qtbot, page, PitchPart.WHO_I_AM, "I'm Noor")
    edit = page.parts[PitchPart.WHO_I_AM]
    press(qtbot, page, "Ctrl+Z")
    assert edit.toPlainText() == ""
    assert page.composed.toPlainText() == ""
    # Only the typing was undone, not the window's last step (adding the pitch).
    assert [p.name for p in workspace.pitches.all()] == ["30-second elevator"]


def test_free_wording_stops_following_the_parts_until_recomposed(
    page: PitchPage, qtbot, workspace: Workspace, window: MainWindow
) -> None:
    first_pitch(page, qtbot)
    type_part(qtbot, page, PitchPart.WHO_I_AM, "I'm Noor")
    page.composed.setFocus()
    page.composed.moveCursor(page.composed.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.composed, " Nice to meet you.")
    assert page.current_text().composed_edited
    assert page.recompose_button.isVisible()
    type_part(qtbot, page, PitchPart.CAN_OFFER, "I guide groups")
    assert page.composed.toPlainText() == "I'm Noor. Nice to meet you."  # untouched
    qtbot.mouseClick(page.recompose_button, Qt.MouseButton.LeftButton)
    assert page.composed.toPlainText() == "I'm Noor. I guide groups."
    assert not page.current_text().composed_edited
    assert not workspace.pitches.all()[0].text.composed_edited
    # The own wording is one window undo away, even after switching versions.
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    page.versions.setCurrentRow(0)
    window.undo_stack.undo()  # the copy
    window.undo_stack.undo()  # the recompose
    assert page.composed.toPlainText() == "I'm Noor. Nice to meet you."
    assert page.current_text().composed_edited
    assert workspace.pitches.all()[0].text.composed == "I'm Noor. Nice to meet you."


def test_hints_name_a_job_request_and_missing_parts(page: PitchPage, qtbot) -> None:
    first_pitch(page, qtbot)
    assert "“What I'm looking for” is still empty" in plain(page.hints_label.text())
    type_part(qtbot, page, PitchPart.REQUEST, "Do you have a job for me?")
    assert "asks for a job outright" in plain(page.hints_label.text())


def test_hint_text_is_escaped(page: PitchPage, qtbot) -> None:
    first_pitch(page, qtbot)
    type_part(qtbot, page, PitchPart.WHO_I_AM, "<b>So</b> " + " ".join(["on"] * 30))
    html = page.hints_label.text()
    assert "A sentence of 33 words (“<b>So</b> on on on on on…”)" in plain(html)
    assert "<b>So" not in html
    assert "&lt;b&gt;So&lt;/b&gt;" in html


def test_too_long_for_the_target_says_by_how_much(page: PitchPage, qtbot) -> None:
    first_pitch(page, qtbot)
    page.target.setValue(5)
    type_part(qtbot, page, PitchPart.WHO_I_AM, " ".join(["word"] * 13))  # 6 s at 130
    assert "1 s too long" in plain(page.timing_label.text())
    page.rate.setValue(160)  # faster speech: 13 words take 5 s
    assert "on target" in plain(page.timing_label.text())


def test_versions_copy_rename_reorder_default_and_delete_with_undo(
    page: PitchPage, qtbot, workspace: Workspace, window: MainWindow
) -> None:
    first_pitch(page, qtbot)
    type_part(qtbot, page, PitchPart.WHO_I_AM, "I'm Noor")
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    names = [p.name for p in workspace.pitches.all()]
    assert names == ["30-second elevator", "30-second elevator (copy)"]
    assert page.parts[PitchPart.WHO_I_AM].toPlainText() == "I'm Noor"

    # Rename in place (F2), then undo it.
    page.versions.setFocus()
    qtbot.keyClick(page.versions, Qt.Key.Key_F2)
    rename_in_place(qtbot, page, "For museum sector")
    assert workspace.pitches.all()[1].name == "For museum sector"
    window.undo_stack.undo()
    assert workspace.pitches.all()[1].name == "30-second elevator (copy)"
    window.undo_stack.redo()

    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in workspace.pitches.all()] == ["For museum sector", "30-second elevator"]
    qtbot.mouseClick(page.default_button, Qt.MouseButton.LeftButton)
    assert workspace.pitches.default().name == "For museum sector"
    assert page.versions.item(0).font().bold()

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in workspace.pitches.all()] == ["30-second elevator"]
    assert page.current_pitch().name == "30-second elevator"
    window.undo_stack.undo()
    assert [p.name for p in workspace.pitches.all()] == ["For museum sector", "30-second elevator"]
    assert workspace.pitches.default().name == "For museum sector"


def test_a_new_pitch_starts_from_my_job_goal(
    page: PitchPage, qtbot, workspace: Workspace, window: MainWindow
) -> None:
    qtbot.mouseClick(page.goal_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(GoalDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.roles, "museum educator")
    qtbot.keyClicks(dialog.sectors, "museums")
    dialog.regions.setFocus()
    qtbot.keyClicks(dialog.regions, "Amsterdam")
    qtbot.keyClicks(dialog.targets, "Rijksmuseum")
    qtbot.keyClick(dialog.targets, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert workspace.goal.get() == JobGoal(("museum educator",), ("museums",), ("Amsterdam",))
    assert workspace.goal.target_names() == ["Rijksmuseum"]
    assert "Targets: Rijksmuseum" in page.goal_summary.text()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    first_pitch(page, qtbot)
    assert page.parts[PitchPart.LOOKING_FOR].toPlainText() == (
        "I'm looking for a role as museum educator in museums around Amsterdam."
    )


def test_rehearsal_times_the_run_with_a_controllable_clock(
    page: PitchPage, qtbot, workspace: Workspace, window: MainWindow, clock: FixedClock
) -> None:
    first_pitch(page, qtbot)
    type_part(qtbot, page, PitchPart.WHO_I_AM, "I'm Noor")
    ticks = [100.0]
    page.rehearse()
    dialog = window.findChild(RehearsalDialog)
    dialog._monotonic = lambda: ticks[0]  # a stopwatch the test moves
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.words.text() == "I'm Noor."
    qtbot.waitUntil(dialog.isActiveWindow)
    press(qtbot, dialog, "Space")  # start
    assert dialog.running
    ticks[0] += 34.4
    dialog._show_elapsed()
    assert dialog.elapsed.text() == "0:34 / 0:30"
    qtbot.mouseClick(dialog.start_stop, Qt.MouseButton.LeftButton)  # stop
    assert not dialog.running
    assert "4 s over your target" in dialog.verdict.text()
    [run] = workspace.pitches.rehearsals(page.current_pitch().id)
    assert run.seconds == pytest.approx(34.4)
    assert run.started_at == clock.now()
    assert "0:34" in dialog.history.text()
    assert page.rehearsals_label.text() == "Rehearsed: 0:34"
    dialog.reject()


def test_copy_puts_the_spoken_text_on_the_clipboard(page: PitchPage, qtbot) -> None:
    first_pitch(page, qtbot)
    type_part(qtbot, page, PitchPart.WHO_I_AM, "I'm Noor")
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "I'm Noor."


def test_pitch_prints_to_pdf_with_escaped_text(page: PitchPage, qtbot, tmp_path: Path) -> None:
    from netdesk.printing.document import export_pdf

    first_pitch(page, qtbot)
    type_part(qtbot, page, PitchPart.WHO_I_AM, "I'm <Noor> & co")
    html = page.document_html()
    assert "I&#x27;m &lt;Noor&gt; &amp; co." in html
    path = tmp_path / "pitch.pdf"
    export_pdf(html, "Elevator", path)
    assert path.read_bytes().startswith(b"%PDF")


def test_typing_survives_closing_the_window_at_once(
    qtbot, tmp_path: Path, settings, clock: FixedClock
) -> None:
    """Closed before the autosave delay ran out: the words are still kept."""
    data = tmp_path / "own"
    ws = Workspace.open(data, clock=clock)
    ws.pitches.create("Elevator", 30, PitchText(who_i_am="Old"))
    window = MainWindow(ws, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.show_pitch()
    edit = window.pitch.parts[PitchPart.WHO_I_AM]
    edit.selectAll()
    qtbot.keyClicks(edit, "New words")
    window.close()
    ws.close()
    clock.advance(timedelta(minutes=1))
    again = Workspace.open(data, clock=clock)
    try:
        assert again.pitches.all()[0].text.who_i_am == "New words"
    finally:
        again.close()


def test_words_typed_just_before_undoing_the_new_pitch_stay_with_it(
    page: PitchPage, qtbot, workspace: Workspace, window: MainWindow
) -> None:
    """Regression: the pending save ran after the pitch had gone to the trash,
    failed, and the next new pitch was saved with the lost words."""
    first_pitch(page, qtbot)
    [pitch] = workspace.pitches.all()
    type_part(qtbot, page, PitchPart.WHO_I_AM, "Secret words")
    window.undo_stack.undo()  # the rename
    window.undo_stack.undo()  # adding the pitch, before the autosave ran
    assert workspace.pitches.all() == []
    qtbot.mouseClick(page.first_pitch_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    page.save_now()
    [fresh] = workspace.pitches.all()
    assert fresh.text.who_i_am == ""
    workspace.trash.restore(RecordKind.PITCH, [pitch.id])
    assert workspace.pitches.get(pitch.id).text.who_i_am == "Secret words"


def test_autosave_reaches_the_file_itself(page: PitchPage, qtbot, workspace: Workspace) -> None:
    """Read back through a separate connection, as a restarted app would."""
    first_pitch(page, qtbot)
    type_part(qtbot, page, PitchPart.CAN_OFFER, "I guide groups")

    def on_disk() -> str:
        uri = f"{workspace.data_file.resolve().as_uri()}?mode=ro"
        connection = sqlite3.connect(uri, uri=True)
        try:
            return str(connection.execute("SELECT can_offer FROM pitch").fetchone()[0])
        finally:
            connection.close()

    qtbot.waitUntil(lambda: on_disk() == "I guide groups", timeout=3000)


def test_the_delete_key_in_the_list_deletes_and_ctrl_z_brings_it_back(
    page: PitchPage, qtbot, workspace: Workspace, window: MainWindow
) -> None:
    first_pitch(page, qtbot)
    page.versions.setFocus()
    press(qtbot, window, "Delete")
    assert workspace.pitches.all() == []
    assert window.statusBar().currentMessage() == (
        "Moved pitch “30-second elevator” to the trash. Ctrl+Z brings it back."
    )
    assert page.stack.currentIndex() == 0
    page.versions.setFocus()
    press(qtbot, window, "Ctrl+Z")
    assert [p.name for p in workspace.pitches.all()] == ["30-second elevator"]


@pytest.mark.parametrize(
    ("seconds", "shown", "verdict"),
    [
        (30.6, "0:31 / 0:30", "1 s over your target"),
        (29.6, "0:30 / 0:30", "Right on target"),
        (29.4, "0:29 / 0:30", "with 1 s to spare"),
    ],
)
def test_rehearsal_rounds_one_way_everywhere(
    page: PitchPage, qtbot, window: MainWindow, seconds: float, shown: str, verdict: str
) -> None:
    first_pitch(page, qtbot)
    ticks = [0.0]
    page.rehearse()
    dialog = window.findChild(RehearsalDialog)
    dialog._monotonic = lambda: ticks[0]
    qtbot.mouseClick(dialog.start_stop, Qt.MouseButton.LeftButton)
    ticks[0] = seconds
    qtbot.mouseClick(dialog.start_stop, Qt.MouseButton.LeftButton)
    assert dialog.elapsed.text() == shown
    assert verdict in dialog.verdict.text()
    dialog.reject()


def test_my_own_phrase_is_flagged_once_saved(
    page: PitchPage, qtbot, window: MainWindow, workspace: Workspace
) -> None:
    from netdesk.views.phrases_dialog import PhrasesDialog

    first_pitch(page, qtbot)
    type_part(qtbot, page, PitchPart.REQUEST, "Would you take me on?")
    assert "asks for a job" not in plain(page.hints_label.text())
    qtbot.mouseClick(page.phrases_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(PhrasesDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.job_requests, "take me on")
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert "“take me on” asks for a job outright" in plain(page.hints_label.text())


def test_the_delete_key_on_a_button_deletes_nothing(
    page: PitchPage, qtbot, workspace: Workspace, window: MainWindow
) -> None:
    first_pitch(page, qtbot)
    page.rehearse_button.setFocus()
    press(qtbot, window, "Delete")
    assert [p.name for p in workspace.pitches.all()] == ["30-second elevator"]
