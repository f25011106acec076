"""The Pitch screen: named versions of my introduction, written in parts,
composed into one spoken text, timed, checked, rehearsed and printed.

Typing is saved on its own a moment after it stops (and when leaving the
version or the window); each text box keeps its own Ctrl+Z. Changes to the
list of versions (new, copy, rename, reorder, default, delete) go on the
window's undo stack like every other edit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextDocument,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netdesk.domain.errors import NetdeskError
from netdesk.domain.goal import JobGoal, join_items
from netdesk.domain.pitch import (
    DEFAULT_TARGET_SECONDS,
    MAX_TARGET_SECONDS,
    MAX_WORDS_PER_MINUTE,
    MIN_TARGET_SECONDS,
    MIN_WORDS_PER_MINUTE,
    Hint,
    HintKind,
    Pitch,
    PitchPart,
    PitchText,
    Rehearsal,
    Timing,
    TimingVerdict,
    check_pitch,
    compose,
    copy_name,
    timing,
)
from netdesk.domain.trash import RecordKind
from netdesk.models.changes import Changes
from netdesk.models.formatting import numerus
from netdesk.printing.pitch_html import pitch_html
from netdesk.services.workspace import Workspace
from netdesk.views.appearance import Tone, tone_colour
from netdesk.views.commands import ErrorReporter, creation_command, edit_command, push_trash
from netdesk.views.common import esc, invitation, plain_label
from netdesk.views.goal_dialog import GoalDialog, GoalForm
from netdesk.views.phrases_dialog import PhrasesDialog
from netdesk.views.rehearsal_dialog import RehearsalDialog, clock_text

D = TypeVar("D")
AUTOSAVE_DELAY_MS = 400
_ID_ROLE = Qt.ItemDataRole.UserRole


class _FullHeightLabel(QLabel):
    """Plain, word-wrapped text that always gets the height of all its lines.

    A layout sizes a wrapped label from its first guess at the width; in a
    narrow side column a longer (Dutch) text then lost its last line. Asking
    for the height the text needs at the width it really got fixes that."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    @override
    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        needed = self.heightForWidth(max(self.width(), 1))
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class PitchPage(QWidget):
    """Emits ``dialog_requested`` with a dialog the window should show."""

    dialog_requested = Signal(QWidget)
    status_message = Signal(str)  # a line for the window's status bar

    def __init__(
        self,
        workspace: Workspace,
        changes: Changes,
        undo_stack: QUndoStack,
        report: ErrorReporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PitchPage")
        self._ws = workspace
        self._changes = changes
        self._undo = undo_stack
        self._report = report
        self._current: Pitch | None = None
        self._text = PitchText()
        # Words typed but not yet written, with the pitch they belong to: a
        # save that runs after the list changed still lands in the right one.
        self._pending: tuple[int, PitchText] | None = None
        self._loading = False
        self._loaded = False
        self._naming_new = False  # the name of a just-created version is being typed
        # The phrase lists, read once (not per keystroke) and after editing them.
        self._job_requests: tuple[str, ...] = ()
        self._filler_words: tuple[str, ...] = ()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("pitchSplitter")
        splitter.addWidget(self._build_versions())
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_empty_state())
        self.stack.addWidget(self._build_editor())
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1000])
        self.splitter = splitter
        layout = QVBoxLayout(self)  # the style's margins, as the record tables have
        layout.addWidget(splitter)
        changes.pitches_changed.connect(self.reload)
        changes.organisations_changed.connect(self._show_goal)

    # Building ----------------------------------------------------------------

    def _build_versions(self) -> QWidget:
        tr = self.tr
        self.versions = QListWidget()
        self.versions.setObjectName("pitchVersions")
        self.versions.setAccessibleName(tr("Pitch versions"))
        self.versions.setEditTriggers(
            QListWidget.EditTrigger.EditKeyPressed | QListWidget.EditTrigger.DoubleClicked
        )
        self.versions.currentItemChanged.connect(self._on_versions_current_item_changed)
        self.versions.itemChanged.connect(self._on_versions_item_changed)
        self.versions.itemDelegate().closeEditor.connect(self._on_name_editor_closed)
        # The Delete key is the window's Edit → Delete, which calls delete() here.

        def button(text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
            widget = QToolButton()
            widget.setText(text)
            widget.setToolTip(tip)
            widget.setAccessibleName(tip)
            widget.clicked.connect(lambda _checked=False: slot())
            return widget

        self.new_button = button(tr("New"), tr("Start a new pitch version"), self.new_pitch)
        self.duplicate_button = button(
            tr("Copy"), tr("Copy this version, e.g. to tailor it for a sector"), self.duplicate
        )
        self.rename_button = button(tr("Rename"), tr("Rename this version (F2)"), self.rename)
        self.delete_button = button(
            tr("Delete"), tr("Move this version to the trash (Ctrl+Z brings it back)"), self.delete
        )
        self.up_button = button("↑", tr("Move this version up"), lambda: self.move_version(-1))
        self.down_button = button("↓", tr("Move this version down"), lambda: self.move_version(1))
        self.default_button = button(
            tr("Make default"),
            tr("Use this version when preparing a meeting, unless you choose another"),
            self.make_default,
        )
        row1 = QHBoxLayout()
        for widget in (
            self.new_button,
            self.duplicate_button,
            self.rename_button,
            self.delete_button,
        ):
            row1.addWidget(widget)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        for widget in (self.up_button, self.down_button, self.default_button):
            row2.addWidget(widget)
        row2.addStretch(1)

        versions_box = QGroupBox(tr("Versions"))
        box = QVBoxLayout(versions_box)
        box.addWidget(self.versions, 1)
        box.addLayout(row1)
        box.addLayout(row2)

        goal_box = QGroupBox(tr("My job goal"))
        goal_layout = QVBoxLayout(goal_box)
        self.goal_summary = _FullHeightLabel()
        self.goal_summary.setObjectName("goalSummary")
        self.goal_button = QPushButton(tr("Edit my &goal…"))
        self.goal_button.setToolTip(tr("Roles, sectors, regions and organisations you aim for"))
        self.goal_button.clicked.connect(self.edit_goal)
        goal_layout.addWidget(self.goal_summary)
        goal_layout.addWidget(self.goal_button)

        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(versions_box, 1)
        layout.addWidget(goal_box)
        return side

    def _build_empty_state(self) -> QWidget:
        self.first_pitch_button = QPushButton(self.tr("Write my first pitch"))
        self.first_pitch_button.setObjectName("firstPitch")
        self.first_pitch_button.clicked.connect(self.new_pitch)
        return invitation(
            self.tr("Have your introduction ready"),
            self.tr(
                "Before any networking conversation, have a brief, clear introduction ready: "
                "who you are, what you are looking for and what you can offer, with one clear "
                "request such as “who else should I talk to?”. Don't open by asking for a job.\n\n"
                "Write it here in parts, time it, and rehearse it out loud."
            ),
            self.first_pitch_button,
        )

    def _build_editor(self) -> QWidget:
        tr = self.tr
        self.title = plain_label()
        self.title.setObjectName("pitchTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        # A long name is cut short rather than widening the window.
        self.title.setMinimumWidth(40)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.target = QSpinBox()
        self.target.setObjectName("pitchTarget")
        self.target.setRange(MIN_TARGET_SECONDS, MAX_TARGET_SECONDS)
        self.target.setSingleStep(5)
        self.target.setSuffix(tr(" s"))
        self.target.setAccessibleName(tr("Target length in seconds"))
        self.target.valueChanged.connect(self._on_target_value_changed)
        self.rate = QSpinBox()
        self.rate.setObjectName("speakingRate")
        self.rate.setRange(MIN_WORDS_PER_MINUTE, MAX_WORDS_PER_MINUTE)
        self.rate.setSingleStep(5)
        self.rate.setSuffix(tr(" wpm"))
        self.rate.setAccessibleName(tr("Speaking rate in words per minute"))
        self.rate.setToolTip(tr("How fast you speak; most people say about 130 words a minute"))
        self.rate.valueChanged.connect(self._on_rate_value_changed)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        target_label = QLabel(tr("Target &length:"))
        target_label.setBuddy(self.target)
        rate_label = QLabel(tr("Speaking &rate:"))
        rate_label.setBuddy(self.rate)
        for header_widget in (target_label, self.target, rate_label, self.rate):
            header.addWidget(header_widget)

        placeholders = {
            PitchPart.WHO_I_AM: tr(
                "e.g. I'm Noor, I recently graduated in art history in Leiden, and I have "
                "guided school groups at a city museum for two years."
            ),
            PitchPart.LOOKING_FOR: tr(
                "e.g. I'm exploring roles in museum education in the Randstad."
            ),
            PitchPart.CAN_OFFER: tr(
                "e.g. I make collections come alive for children and teachers, and I'm at "
                "ease with groups of thirty."
            ),
            PitchPart.REQUEST: tr(
                "e.g. Who else do you think I should talk to? May I mention your name?"
            ),
        }
        labels = self.part_labels()
        parts_form = QFormLayout()
        parts_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.parts: dict[PitchPart, QPlainTextEdit] = {}
        for part in PitchPart:
            edit = QPlainTextEdit()
            edit.setObjectName(f"part_{part.value}")
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(placeholders[part])
            edit.setAccessibleName(labels[part])
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
            edit.textChanged.connect(self._on_part_text_changed)
            label = QLabel(labels[part] + ":")
            label.setBuddy(edit)
            label.setWordWrap(True)
            parts_form.addRow(label, edit)
            self.parts[part] = edit
        parts_box = QGroupBox(tr("In parts"))
        parts_box.setLayout(parts_form)

        self.composed = QPlainTextEdit()
        self.composed.setObjectName("composedPitch")
        self.composed.setAccessibleName(tr("The pitch as you will say it"))
        self.composed.setTabChangesFocus(True)
        composed_font = QFont(self.composed.font())
        composed_font.setPointSizeF(composed_font.pointSizeF() * 1.15)
        self.composed.setFont(composed_font)
        self.composed.textChanged.connect(self._on_composed_text_changed)
        self.composed_note = plain_label()
        self.composed_note.setObjectName("composedNote")
        self.composed_note.setWordWrap(True)
        self.recompose_button = QPushButton(tr("Recompose from the parts"))
        self.recompose_button.setToolTip(
            tr("Replace your own wording with the parts joined again (Ctrl+Z brings it back)")
        )
        self.recompose_button.clicked.connect(self.recompose)
        self.timing_label = QLabel()
        self.timing_label.setObjectName("pitchTiming")
        self.timing_label.setTextFormat(Qt.TextFormat.RichText)
        self.hints_label = QLabel()
        self.hints_label.setObjectName("pitchHints")
        self.hints_label.setTextFormat(Qt.TextFormat.RichText)
        self.hints_label.setWordWrap(True)
        self.hints_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hints_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.hints_label.setMargin(8)
        self.hints_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.hints_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hints_label.setAccessibleName(tr("Suggestions"))
        self.rehearsals_label = plain_label()
        self.rehearsals_label.setObjectName("rehearsalTimes")

        self.rehearse_button = _tool_button(tr("Rehe&arse…"))
        self.rehearse_button.setObjectName("rehearse")
        self.rehearse_button.setToolTip(tr("Say it out loud against the clock (F5)"))
        self.rehearse_button.clicked.connect(self.rehearse)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.rehearse)
        self.copy_button = _tool_button(tr("Cop&y"))
        self.copy_button.setToolTip(tr("Copy the pitch as plain text"))
        self.copy_button.clicked.connect(self.copy_text)
        self.print_button = _tool_button(tr("Print…"))
        self.print_button.setToolTip(tr("Print this pitch on its own"))
        self.print_button.clicked.connect(self.print_pitch)
        self.phrases_button = QPushButton(tr("Phrases…"))
        self.phrases_button.setToolTip(
            tr("Add your own phrases that ask for a job, and your own filler words")
        )
        self.phrases_button.clicked.connect(self.edit_phrases)
        actions = QHBoxLayout()
        for widget in (self.rehearse_button, self.copy_button, self.print_button):
            actions.addWidget(widget)
        actions.addStretch(1)

        spoken_box = QGroupBox(tr("As you will say it"))
        spoken = QVBoxLayout(spoken_box)
        spoken.addWidget(self.composed, 1)
        spoken.addWidget(self.composed_note)
        spoken.addWidget(self.recompose_button, 0, Qt.AlignmentFlag.AlignRight)
        spoken.addWidget(self.timing_label)
        spoken.addWidget(self.rehearsals_label)
        spoken.addLayout(actions)
        hints_box = QGroupBox(tr("Suggestions"))
        hints_layout = QVBoxLayout(hints_box)
        hints_layout.addWidget(self.hints_label, 1)
        hints_layout.addWidget(self.phrases_button, 0, Qt.AlignmentFlag.AlignRight)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(spoken_box, 3)
        right_layout.addWidget(hints_box, 2)
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.setChildrenCollapsible(False)
        columns.addWidget(parts_box)
        columns.addWidget(right)
        columns.setSizes([520, 520])

        editor = QWidget()
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(columns, 1)
        return editor

    def part_labels(self) -> dict[PitchPart, str]:
        return {
            PitchPart.WHO_I_AM: self.tr("Who I am"),
            PitchPart.LOOKING_FOR: self.tr("What I'm looking for"),
            PitchPart.CAN_OFFER: self.tr("What I can offer"),
            PitchPart.REQUEST: self.tr("One clear request (optional)"),
        }

    # Loading -------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    @Slot()
    def reload(self) -> None:
        """Rebuild the list of versions, keeping the current one if it is still there."""
        self._loaded = True
        self.save_now()
        self._read_phrases()
        pitches = self._ws.pitches.all()
        current_id = self._current.id if self._current is not None else None
        with QSignalBlocker(self.versions):
            self.versions.clear()
            for pitch in pitches:
                self.versions.addItem(self._item(pitch))
        self._show_goal()
        with QSignalBlocker(self.rate):
            self.rate.setValue(self._ws.pitches.words_per_minute())
        if not pitches:
            self._current = None
            self.stack.setCurrentIndex(0)
            self._update_buttons()
            return
        self.stack.setCurrentIndex(1)
        ids = [pitch.id for pitch in pitches]
        wanted = current_id if current_id in ids else next(p.id for p in pitches if p.is_default)
        row = ids.index(wanted)
        with QSignalBlocker(self.versions):
            self.versions.setCurrentRow(row)
        if current_id != wanted:
            self._load(pitches[row])
        elif pitches[row].text != self._text:
            self._load(pitches[row])  # the words changed underneath (undo, redo)
        else:
            fresh = pitches[row]
            self._current = fresh
            self.title.setText(fresh.name)
            with QSignalBlocker(self.target):
                self.target.setValue(fresh.target_seconds)
            self._analyse()
        self._update_buttons()

    def _item(self, pitch: Pitch) -> QListWidgetItem:
        item = QListWidgetItem(pitch.name)
        item.setData(_ID_ROLE, pitch.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setToolTip(self._item_tooltip(pitch))
        if pitch.is_default:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("default version"))
        return item

    def _item_tooltip(self, pitch: Pitch) -> str:
        length = clock_text(pitch.target_seconds)
        if pitch.is_default:
            return self.tr("Default version · target {length}").format(length=length)
        return self.tr("Target {length}").format(length=length)

    def _load(self, pitch: Pitch) -> None:
        self._current = pitch
        self._text = pitch.text
        self._loading = True
        try:
            self.title.setText(pitch.name)
            with QSignalBlocker(self.target):
                self.target.setValue(pitch.target_seconds)
            for part, edit in self.parts.items():
                edit.setPlainText(pitch.text.part(part))
            self.composed.setPlainText(pitch.text.spoken)
        finally:
            self._loading = False
        self._analyse()
        self._show_rehearsals(self._ws.pitches.rehearsals(pitch.id))

    def focus_start(self) -> None:
        """Where the keyboard should be on arrival: the first step there is."""
        if self.stack.currentIndex() == 0:
            self.first_pitch_button.setFocus()
        else:
            self.versions.setFocus()

    def current_pitch(self) -> Pitch | None:
        return self._current

    def current_text(self) -> PitchText:
        return self._text

    # Typing and autosave ---------------------------------------------------------

    @Slot()
    def _on_part_text_changed(self) -> None:
        if self._loading or self._current is None:
            return
        text = self._text
        for part, edit in self.parts.items():
            text = text.with_part(part, edit.toPlainText())
        self._text = text
        if not text.composed_edited:
            self._loading = True
            try:
                self.composed.setPlainText(compose(text))
            finally:
                self._loading = False
        self._changed()

    @Slot()
    def _on_composed_text_changed(self) -> None:
        if self._loading or self._current is None:
            return
        self._text = PitchText(
            self._text.who_i_am,
            self._text.looking_for,
            self._text.can_offer,
            self._text.request,
            composed=self.composed.toPlainText(),
            composed_edited=True,
        )
        self._changed()

    def _changed(self) -> None:
        if self._current is not None:
            self._pending = (self._current.id, self._text)
        self._save_timer.start()
        self._analyse()

    @Slot()
    def save_now(self) -> None:
        """Write pending typing to the data file (also called on leaving).

        A pitch moved to the trash meanwhile still receives its words, so
        they come back with it.
        """
        self._save_timer.stop()
        pending, self._pending = self._pending, None
        if pending is None:
            return
        try:
            self._ws.pitches.save_text(*pending)
        except NetdeskError as error:
            self._report(self.tr("Save the pitch"), error)

    @Slot()
    def recompose(self) -> None:
        """Back to the parts joined. The user's own wording is one Ctrl+Z
        (Edit → Undo) away for as long as the window is open."""
        if self._current is None:
            return
        self.save_now()
        pitch_id = self._current.id
        before = self._text
        after = PitchText(before.who_i_am, before.looking_for, before.can_offer, before.request)
        try:
            self._ws.pitches.save_text(pitch_id, after)
        except NetdeskError as error:
            self._report(self.tr("Recompose the pitch"), error)
            return
        self._push_edit(
            self.tr("Recompose pitch “{name}”").format(name=self._current.name),
            lambda text: self._ws.pitches.save_text(pitch_id, text),
            before,
            after,
        )
        self.versions.setFocus()  # so that Ctrl+Z undoes this step

    # Timing and hints --------------------------------------------------------------

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._analyse()  # the verdict's colour follows light and dark

    def _analyse(self) -> None:
        if self._current is None:
            return
        text = self._text
        target = self.target.value()
        rate = self.rate.value()
        timed = timing(text.spoken, rate, target)
        self.timing_label.setText(self._timing_html(timed))
        self.timing_label.setAccessibleName(_plain_text(self.timing_label.text()))
        hints = check_pitch(
            text,
            words_per_minute=rate,
            target_seconds=target,
            job_request_phrases=self._job_requests,
            filler_words=self._filler_words,
        )
        self.hints_label.setText(self._hints_html(hints))
        self.composed.setReadOnly(not text.has_parts and not text.composed_edited)
        if text.composed_edited:
            self.composed_note.setText(
                self.tr("Your own wording: changing the parts no longer changes it.")
            )
        elif text.has_parts:
            self.composed_note.setText(
                self.tr("Follows the parts. Edit it freely to make it your own.")
            )
        else:
            self.composed_note.setText(self.tr("Write the parts first; they are joined here."))
        self.recompose_button.setVisible(text.composed_edited)

    def _timing_html(self, timed: Timing) -> str:
        words = numerus(self.tr("%n word(s)", None, timed.words), timed.words)
        length = clock_text(timed.seconds)
        target = clock_text(timed.target_seconds)
        if timed.verdict is TimingVerdict.EMPTY:
            return esc(self.tr("No words yet · target {target}").format(target=target))
        if timed.verdict is TimingVerdict.TOO_LONG:
            verdict = self.tr("{seconds} s too long").format(seconds=timed.over_by)
            # In the shade that reads on this background; the words say it too.
            style = f" style='color: {tone_colour(Tone.ATTENTION, self.palette()).name()};'"
        else:
            verdict = self.tr("on target")
            if timed.to_spare >= 5:
                verdict = self.tr("on target, {seconds} s to spare").format(seconds=timed.to_spare)
            style = ""  # good news in the plain text colour, bold
        summary = self.tr("{words} · about {length} spoken · target {target}").format(
            words=words, length=length, target=target
        )
        return f"{esc(summary)} · <b{style}>{esc(verdict)}</b>"

    def _hints_html(self, hints: list[Hint]) -> str:
        if not hints:
            return esc(self.tr("Nothing to suggest. Now say it out loud a few times."))
        items = "".join(f"<li>{esc(self.hint_text(hint))}</li>" for hint in hints)
        return f"<ul style='margin-left: -20px;'>{items}</ul>"

    def hint_text(self, hint: Hint) -> str:
        labels = self.part_labels()
        if hint.kind is HintKind.PART_MISSING and hint.part is not None:
            return self.tr("“{part}” is still empty.").format(part=labels[hint.part])
        if hint.kind is HintKind.TOO_LONG:
            return self.tr(
                "About {seconds} s longer than the target: keep one example per part."
            ).format(seconds=hint.excerpt)
        if hint.kind is HintKind.ASKS_FOR_JOB:
            return self.tr(
                "“{phrase}” asks for a job outright. A networking conversation asks for "
                "information and advice; ask whom else to talk to instead."
            ).format(phrase=hint.excerpt or hint.phrases[0][0])
        if hint.kind is HintKind.LONG_SENTENCE:
            return self.tr(
                "A sentence of {words} words (“{start}”) is hard to follow when spoken; split it."
            ).format(words=hint.words, start=hint.excerpt)
        found = ", ".join(
            phrase
            if count == 1
            else self.tr("{phrase} ({count} times)").format(phrase=phrase, count=count)
            for phrase, count in hint.phrases
        )
        return self.tr("Filler words: {found}. Leave them out when you speak.").format(found=found)

    def _show_rehearsals(self, runs: list[Rehearsal]) -> None:
        if not runs:
            self.rehearsals_label.setText(self.tr("Not rehearsed yet."))
            return
        times = " · ".join(clock_text(run.seconds) for run in runs)
        self.rehearsals_label.setText(self.tr("Rehearsed: {times}").format(times=times))

    @Slot(int)
    def _on_target_value_changed(self, seconds: int) -> None:
        if self._current is None:
            return
        try:
            self._ws.pitches.set_target(self._current.id, seconds)
        except NetdeskError as error:
            self._report(self.tr("Set the target"), error)
            return
        item = self.versions.currentItem()
        if item is not None:
            item.setToolTip(self._item_tooltip(self._ws.pitches.get(self._current.id)))
        self._analyse()

    @Slot(int)
    def _on_rate_value_changed(self, rate: int) -> None:
        self._ws.pitches.set_words_per_minute(rate)
        self._analyse()

    # Versions -----------------------------------------------------------------------

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_versions_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        self.save_now()
        if current is None:
            return
        try:
            self._load(self._ws.pitches.get(int(current.data(_ID_ROLE))))
        except NetdeskError as error:
            self._report(self.tr("Open the pitch"), error)
        self._update_buttons()

    @Slot(QListWidgetItem)
    def _on_versions_item_changed(self, item: QListWidgetItem) -> None:
        """A name edited in place (F2 or double-click)."""
        pitch_id = int(item.data(_ID_ROLE))
        before = self._ws.pitches.get(pitch_id).name
        after = " ".join(item.text().split())
        if after == before:
            return
        try:
            self._ws.pitches.rename(pitch_id, after)
        except NetdeskError as error:
            with QSignalBlocker(self.versions):
                item.setText(before)
            self._report(self.tr("Rename the pitch"), error)
            return
        self._push_edit(
            self.tr("Rename pitch “{name}”").format(name=after),
            lambda name: self._ws.pitches.rename(pitch_id, name),
            before,
            after,
        )

    def _push_edit(self, text: str, apply: Callable[[D], object], before: D, after: D) -> None:
        self._undo.push(
            edit_command(text, RecordKind.PITCH, apply, before, after, self._changes, self._report)
        )

    @Slot()
    def new_pitch(self) -> None:
        self.save_now()
        existing = [pitch.name for pitch in self._ws.pitches.all()]
        name = copy_name(self.tr("My pitch"), existing, self.tr("{name}{number}"))
        text = PitchText(looking_for=self.goal_sentence(self._ws.goal.get()))
        self._create(lambda: self._ws.pitches.create(name, DEFAULT_TARGET_SECONDS, text))
        item = self.versions.currentItem()
        if item is not None:
            # Type the name straight away; Enter then moves on to the first part.
            self._naming_new = True
            self.versions.setFocus()
            self.versions.editItem(item)

    @Slot()
    def _on_name_editor_closed(self) -> None:
        if self._naming_new:
            self._naming_new = False
            # After the view has taken the focus back from its editor.
            QTimer.singleShot(0, self.parts[PitchPart.WHO_I_AM].setFocus)

    @Slot()
    def duplicate(self) -> None:
        if self._current is None:
            return
        self.save_now()
        original = self._current
        existing = [pitch.name for pitch in self._ws.pitches.all()]
        name = copy_name(original.name, existing, self.tr("{name} (copy{number})"))
        self._create(lambda: self._ws.pitches.duplicate(original.id, name))

    def _create(self, create: Callable[[], Pitch]) -> None:
        try:
            pitch = create()
        except NetdeskError as error:
            self._report(self.tr("Create the pitch"), error)
            return
        self.save_now()
        self._current = pitch
        self._text = pitch.text
        self._undo.push(
            creation_command(
                self.tr("Add pitch “{name}”").format(name=pitch.name),
                RecordKind.PITCH,
                pitch.id,
                self._ws.trash,
                self._changes,
                self._report,
            )
        )
        # The announcement reloaded the list around the new current pitch.
        self._load(self._ws.pitches.get(pitch.id))
        self.parts[PitchPart.WHO_I_AM].setFocus()

    @Slot()
    def rename(self) -> None:
        item = self.versions.currentItem()
        if item is not None:
            self.versions.setFocus()
            self.versions.editItem(item)

    @Slot()
    def delete(self) -> None:
        if self._current is None:
            return
        self.save_now()
        pitch = self._current
        if push_trash(
            self._undo,
            self.tr("Delete pitch “{name}”").format(name=pitch.name),
            RecordKind.PITCH,
            [pitch.id],
            self._ws.trash,
            self._changes,
            self._report,
        ):
            self.status_message.emit(
                self.tr("Moved pitch “{name}” to the trash. Ctrl+Z brings it back.").format(
                    name=pitch.name
                )
            )
        self.versions.setFocus()  # so that Ctrl+Z undoes this, not typing

    def move_version(self, offset: int) -> None:
        if self._current is None:
            return
        before = self._ws.pitches.move(self._current.id, offset)
        after = self._ws.pitches.order()
        if before == after:
            return
        self._push_edit(
            self.tr("Move pitch “{name}”").format(name=self._current.name),
            self._ws.pitches.set_order,
            before,
            after,
        )

    @Slot()
    def make_default(self) -> None:
        if self._current is None or self._current.is_default:
            return
        previous = self._ws.pitches.default()
        self._ws.pitches.set_default(self._current.id)
        self._push_edit(
            self.tr("Make “{name}” the default pitch").format(name=self._current.name),
            self._ws.pitches.set_default,
            previous.id if previous is not None else self._current.id,
            self._current.id,
        )

    def _update_buttons(self) -> None:
        has = self._current is not None
        row = self.versions.currentRow()
        for widget in (self.duplicate_button, self.rename_button, self.delete_button):
            widget.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.versions.count() - 1)
        self.default_button.setEnabled(has and not (self._current and self._current.is_default))

    # Goal, phrases, rehearsal, copy and print -----------------------------------------

    def goal_sentence(self, goal: JobGoal) -> str:
        """The "what I'm looking for" part a new pitch starts with."""
        if not goal.roles and not goal.sectors:
            return ""
        joined = self.tr("and")
        parts: list[str] = []
        if goal.roles:
            parts.append(
                self.tr("I'm looking for a role as {roles}").format(
                    roles=join_items(goal.roles, self.tr("or"))
                )
            )
        else:
            parts.append(self.tr("I'm looking for my next step"))
        if goal.sectors:
            parts.append(self.tr("in {sectors}").format(sectors=join_items(goal.sectors, joined)))
        if goal.regions:
            parts.append(
                self.tr("around {regions}").format(regions=join_items(goal.regions, joined))
            )
        return " ".join(parts) + "."

    @Slot()
    def _show_goal(self) -> None:
        goal = self._ws.goal.get()
        targets = self._ws.goal.target_names()
        if not goal.is_set and not targets:
            self.goal_summary.setText(
                self.tr("Not set yet. Say what you are looking for, and new pitches start with it.")
            )
            return
        lines: list[str] = []
        if goal.roles:
            lines.append(self.tr("Roles: {items}").format(items=", ".join(goal.roles)))
        if goal.sectors:
            lines.append(self.tr("Sectors: {items}").format(items=", ".join(goal.sectors)))
        if goal.regions:
            lines.append(self.tr("Regions: {items}").format(items=", ".join(goal.regions)))
        if targets:
            lines.append(self.tr("Targets: {items}").format(items=", ".join(targets)))
        self.goal_summary.setText("\n".join(lines))

    @Slot()
    def edit_goal(self) -> None:
        def save(form: GoalForm) -> None:
            self._ws.goal.save(form.goal, form.targets)
            self._changes.organisations_changed.emit()  # target marks

        self.dialog_requested.emit(
            GoalDialog(self._ws.goal.get(), self._ws.goal.target_names(), save, parent=self)
        )

    @Slot()
    def edit_phrases(self) -> None:
        dialog = PhrasesDialog(self._ws.phrases, parent=self)
        dialog.accepted.connect(self._on_phrases_accepted)
        self.dialog_requested.emit(dialog)

    def _read_phrases(self) -> None:
        self._job_requests = self._ws.phrases.job_request_phrases()
        self._filler_words = self._ws.phrases.filler_words()

    @Slot()
    def _on_phrases_accepted(self) -> None:
        self._read_phrases()
        self._analyse()

    @Slot()
    def rehearse(self) -> None:
        pitch = self._current
        if pitch is None or self.stack.currentIndex() != 1:
            return
        self.save_now()
        pitches = self._ws.pitches

        def record(started_at: datetime, seconds: float) -> list[Rehearsal]:
            pitches.record_rehearsal(pitch.id, started_at, seconds)
            runs = pitches.rehearsals(pitch.id)
            if self._current is not None and self._current.id == pitch.id:
                self._show_rehearsals(runs)
            return runs

        dialog = RehearsalDialog(
            pitch.name,
            self._text.spoken,
            self.target.value(),
            pitches.rehearsals(pitch.id),
            record=record,
            now=self._ws.clock.now,
            parent=self,
        )
        self.dialog_requested.emit(dialog)

    @Slot()
    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self._text.spoken)

    def document_html(self) -> str:
        pitch = self._current
        if pitch is None:
            return ""
        timed = timing(self._text.spoken, self.rate.value(), self.target.value())
        labels = self.part_labels()
        labels[PitchPart.REQUEST] = self.tr("One clear request")
        return pitch_html(
            pitch.name,
            self._text.spoken,
            self.tr(
                "{words} words · about {length} spoken at {rate} words a minute · target {target}"
            ).format(
                words=timed.words,
                length=clock_text(timed.seconds),
                rate=self.rate.value(),
                target=clock_text(timed.target_seconds),
            ),
            [(labels[part], self._text.part(part)) for part in PitchPart],
            self.tr("Printed from netdesk"),
        )

    @Slot()
    def print_pitch(self) -> None:
        if self._current is not None:
            self.save_now()
            from netdesk.printing.document import print_html  # print support: when used

            print_html(self, self.document_html(), self._current.name)


def _tool_button(text: str) -> QToolButton:
    """A compact push button: as wide as its text, no wider."""
    button = QToolButton()
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def _plain_text(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()
