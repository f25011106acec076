"""The seven steps of preparing a meeting, one QWizardPage each. Pages are
handed what they need in their constructors and read back by the wizard."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QLocale, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from typing_extensions import override

from netdesk.domain.asks import find_job_requests
from netdesk.domain.meetings import (
    FEWEST_QUESTIONS,
    MOST_QUESTIONS,
    EarlierTalk,
    Gap,
    Materials,
    MeetingKind,
    OrganisationResearch,
    Question,
    QuestionCategory,
    already_covered,
)
from netdesk.domain.pitch import Pitch, timing
from netdesk.models.formatting import from_qdatetime, local_date, numerus, to_local_qdatetime
from netdesk.services.workspace import Workspace
from netdesk.views.common import notes_edit, plain_label, plain_tooltip
from netdesk.views.contact_picker import ContactPicker
from netdesk.views.meeting_kinds import kind_labels
from netdesk.views.rehearsal_dialog import clock_text

_QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1


class _EnterKeepingLine(QLineEdit):
    """Enter adds what was typed and stays here, instead of also pressing
    the wizard's Next button."""

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class _EnterKeepingTree(QTreeWidget):
    """Enter on a question adds it and stays here (see _EnterKeepingLine)."""

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None:
                self.itemActivated.emit(item, 0)
            event.accept()
            return
        super().keyPressEvent(event)


class PageId(IntEnum):
    MEETING = 0
    PURPOSE = 1
    INTRODUCTION = 2
    RESEARCH = 3
    QUESTIONS = 4
    MATERIALS = 5
    REVIEW = 6


def _guide(text: str) -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    label.setObjectName("guide")
    return label


class MeetingPage(QWizardPage):
    """Who, when, where and what kind. The person is the one thing required."""

    def __init__(self, workspace: Workspace, now: datetime) -> None:
        super().__init__()
        self.setTitle(self.tr("The meeting"))
        self.setSubTitle(self.tr("Whom are you meeting, when and where?"))
        self._ws = workspace
        self.person = ContactPicker(workspace.contacts)
        self.person.setAccessibleName(self.tr("Person"))
        self.person.contact_changed.connect(self._on_person_contact_changed)
        self.person.textChanged.connect(self.completeChanged)
        self.person.textChanged.connect(self._show_organisation)
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Organisation of the new person"))
        self.organisation.setPlaceholderText(self.tr("Where the new person works"))
        self.organisation_label = plain_label()
        self.organisation_label.setObjectName("organisationOfPerson")
        self.new_person_note = plain_label()
        self.new_person_note.setObjectName("newPersonNote")
        self.when = QDateTimeEdit(to_local_qdatetime(_next_morning(now)))
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Date and time"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("An address, a café, or a video-call link"))
        self.place.setAccessibleName(self.tr("Place or video link"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of meeting"))
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind.value)
        form = QFormLayout(self)
        form.addRow(self.tr("&Person:"), self.person)
        form.addRow("", self.new_person_note)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow("", self.organisation_label)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("P&lace or link:"), self.place)
        form.addRow(self.tr("&Kind:"), self.kind)
        self._form = form
        self._show_organisation()

    @override
    def isComplete(self) -> bool:
        return self.person.contact_id() is not None or bool(self.person.typed_name())

    def set_person(self, contact_id: int | None) -> None:
        if contact_id is None:
            return
        contact = self._ws.contacts.get(contact_id)
        self.person.set_contact(contact.id, contact.display_name)

    def starts_at(self) -> datetime:
        return from_qdatetime(self.when.dateTime())

    def set_starts_at(self, moment: datetime | None) -> None:
        if moment is not None:
            self.when.setDateTime(to_local_qdatetime(moment))

    def meeting_kind(self) -> MeetingKind:
        return MeetingKind(self.kind.currentData())

    def set_kind(self, kind: MeetingKind) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))

    @Slot(object)
    def _on_person_contact_changed(self, _contact_id: object) -> None:
        self._show_organisation()
        self.completeChanged.emit()

    @Slot()
    def _show_organisation(self) -> None:
        contact_id = self.person.contact_id()
        new_name = self.person.typed_name()
        self.organisation.setVisible(contact_id is None and bool(new_name))
        self._form.labelForField(self.organisation).setVisible(self.organisation.isVisible())
        if contact_id is not None:
            contact = self._ws.contacts.get(contact_id)
            self.organisation_label.setText(
                contact.organisation_name or self.tr("No organisation recorded")
            )
            self.new_person_note.setText("")
        elif new_name:
            self.organisation_label.setText("")
            self.new_person_note.setText(
                self.tr("“{name}” is not in your contacts yet and will be added.").format(
                    name=new_name
                )
            )
        else:
            self.organisation_label.setText("")
            self.new_person_note.setText(self.tr("Pick someone, or type a new name."))


def _next_morning(now: datetime) -> datetime:
    local = now.astimezone()
    morning = (local + timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)
    return morning


class PurposePage(QWizardPage):
    def __init__(self, job_request_phrases: Sequence[str]) -> None:
        super().__init__()
        self.setTitle(self.tr("Purpose"))
        self.setSubTitle(self.tr("What do you want to learn from this meeting?"))
        self._phrases = tuple(job_request_phrases)
        reminder = _guide(
            self.tr(
                "A networking interview is for information, orientation and advice. It is not "
                "a job interview: don't ask for a job. Ask what you want to know about the "
                "organisation, the work and the field."
            )
        )
        reminder.setObjectName("purposeReminder")
        reminder.setFrameShape(QLabel.Shape.StyledPanel)
        reminder.setMargin(8)
        self.purpose = notes_edit(
            self.tr(
                "e.g. How do registrars and data people work together here, and what would "
                "make my profile stronger for that kind of role?"
            ),
            lines=6,
        )
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.textChanged.connect(self._check)
        self.warning = plain_label()
        self.warning.setObjectName("purposeWarning")
        self.warning.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(reminder)
        label = QLabel(self.tr("In your own &words:"))
        label.setBuddy(self.purpose)
        layout.addWidget(label)
        layout.addWidget(self.purpose, 1)
        layout.addWidget(self.warning)

    @Slot()
    def _check(self) -> None:
        asks = find_job_requests(self.purpose.toPlainText(), self._phrases)
        self.warning.setText(
            self.tr(
                "“{phrase}” sounds like asking for a job. Keep the purpose to information "
                "and advice."
            ).format(phrase=asks[0])
            if asks
            else ""
        )


class IntroductionPage(QWizardPage):
    def __init__(self, pitches: Sequence[Pitch], words_per_minute: int) -> None:
        super().__init__()
        self.setTitle(self.tr("My introduction"))
        self.setSubTitle(self.tr("Choose a pitch version; tailor this meeting's copy if you like."))
        self._pitches = {pitch.id: pitch for pitch in pitches}
        self._rate = words_per_minute
        self.pitch = QComboBox()
        self.pitch.setAccessibleName(self.tr("Pitch version"))
        self.pitch.addItem(self.tr("(none)"), None)
        for pitch in pitches:
            self.pitch.addItem(pitch.name, pitch.id)
        self.pitch.currentIndexChanged.connect(self._on_pitch_current_index_changed)
        self.words = notes_edit(self.tr("Your introduction for this meeting"), lines=8)
        self.words.setAccessibleName(self.tr("Introduction for this meeting"))
        self.words.textChanged.connect(self._show_timing)
        self.reset = QPushButton(self.tr("Use the version's &words again"))
        self.reset.clicked.connect(self._use_pitch_words)
        self.timing = plain_label()
        self.timing.setObjectName("introductionTiming")
        self.no_pitch_note = _guide(
            self.tr("You have no pitch yet: write one under Pitch (Ctrl+P), or type it here.")
        )
        self.no_pitch_note.setVisible(not pitches)
        form = QFormLayout()
        form.addRow(self.tr("&Version:"), self.pitch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.no_pitch_note)
        layout.addLayout(form)
        layout.addWidget(self.words, 1)
        row = QHBoxLayout()
        row.addWidget(self.timing, 1)
        row.addWidget(self.reset)
        layout.addLayout(row)
        self._show_timing()

    def pitch_id(self) -> int | None:
        value = self.pitch.currentData()
        return int(value) if value is not None else None

    def set_choice(self, pitch_id: int | None, words: str) -> None:
        with QSignalBlocker(self.pitch):
            self.pitch.setCurrentIndex(max(0, self.pitch.findData(pitch_id)))
        self.words.setPlainText(words)

    def choose_default(self) -> None:
        default = next((p for p in self._pitches.values() if p.is_default), None)
        if default is not None:
            self.pitch.setCurrentIndex(self.pitch.findData(default.id))

    @Slot(int)
    def _on_pitch_current_index_changed(self, _index: int) -> None:
        self._use_pitch_words()

    @Slot()
    def _use_pitch_words(self) -> None:
        pitch = self._pitches.get(self.pitch_id() or -1)
        self.words.setPlainText(pitch.text.spoken if pitch is not None else "")

    @Slot()
    def _show_timing(self) -> None:
        pitch = self._pitches.get(self.pitch_id() or -1)
        target = pitch.target_seconds if pitch is not None else 60
        timed = timing(self.words.toPlainText(), self._rate, target)
        words = numerus(self.tr("%n word(s)", None, timed.words), timed.words)
        text = self.tr("{words} · about {length} spoken").format(
            words=words, length=clock_text(timed.seconds)
        )
        if pitch is not None:
            text += " · " + self.tr("target {target}").format(target=clock_text(target))
        tailored = pitch is not None and self.words.toPlainText() != pitch.text.spoken
        if tailored:
            text += " · " + self.tr("tailored for this meeting")
        self.timing.setText(text)
        self.reset.setEnabled(tailored)


class ResearchPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Research"))
        self.setSubTitle(
            self.tr("What do you know, and what don't you know yet? Research well in advance.")
        )
        self.culture = notes_edit(self.tr("How people work there, values, atmosphere"), 3)
        self.positions = notes_edit(self.tr("Kinds of jobs, career paths, who does what"), 3)
        self.availability = notes_edit(self.tr("Vacancies, how hiring happens, when"), 3)
        self.news = notes_edit(self.tr("Recent news, projects, changes"), 2)
        self.position = notes_edit(self.tr("The position or field you are curious about"), 3)
        self.background = notes_edit(self.tr("Their background: role, path, interests"), 3)
        self.organisation_note = plain_label()
        self.organisation_note.setObjectName("researchSavedTo")
        self.organisation_note.setWordWrap(True)
        self.earlier = QPlainTextEdit()
        self.earlier.setObjectName("earlierConversations")
        self.earlier.setReadOnly(True)
        self.earlier.setAccessibleName(self.tr("Earlier conversations with this person"))
        self.earlier.setMaximumHeight(self.earlier.fontMetrics().lineSpacing() * 5 + 12)
        form = QFormLayout()
        for label, widget, name in (
            (self.tr("Corporate &culture:"), self.culture, self.tr("Corporate culture")),
            (self.tr("&Positions:"), self.positions, self.tr("Positions")),
            (self.tr("&Availability of work:"), self.availability, self.tr("Availability")),
            (self.tr("Recent ne&ws:"), self.news, self.tr("Recent news")),
            (self.tr("The p&osition or field:"), self.position, self.tr("Position or field")),
            (self.tr("The person's bac&kground:"), self.background, self.tr("Background")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        form.addRow(self.tr("Earlier talks:"), self.earlier)
        layout = QVBoxLayout(self)
        layout.addWidget(self.organisation_note)
        layout.addLayout(form)

    def research(self) -> OrganisationResearch:
        return OrganisationResearch(
            self.culture.toPlainText(),
            self.positions.toPlainText(),
            self.availability.toPlainText(),
            self.news.toPlainText(),
        )

    def set_research(self, research: OrganisationResearch) -> None:
        self.culture.setPlainText(research.culture)
        self.positions.setPlainText(research.positions)
        self.availability.setPlainText(research.availability)
        self.news.setPlainText(research.news)

    def show_context(
        self, organisation: str, earlier: Sequence[EarlierTalk], *, carried_from: str = ""
    ) -> None:
        if organisation:
            text = self.tr(
                "What you write about the organisation is kept on {organisation} too, "
                "so the next meeting there starts from it."
            ).format(organisation=organisation)
            if carried_from and carried_from != organisation:
                text += " " + self.tr(
                    "The notes below were started for {previous}: check them before they "
                    "are saved to {organisation}."
                ).format(previous=carried_from, organisation=organisation)
            self.organisation_note.setText(text)
        else:
            self.organisation_note.setText(
                self.tr("No organisation is recorded for this person; notes stay with the meeting.")
            )
        lines = [
            f"{local_date(talk.occurred_at)}: {talk.topics or self.tr('(no topics noted)')}"
            for talk in earlier
        ]
        self.earlier.setPlainText(
            "\n".join(lines) or self.tr("You have not spoken to this person before.")
        )


class QuestionsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Questions"))
        self.setSubTitle(
            self.tr(
                "What don't you know yet? Pick {fewest} to {most} questions to guide the "
                "conversation; edit them (F2), reorder them, add your own."
            ).format(fewest=FEWEST_QUESTIONS, most=MOST_QUESTIONS)
        )
        self._bank: tuple[QuestionCategory, ...] = ()
        self._earlier: list[EarlierTalk] = []
        self._typed_here: list[str] = []
        self.bank = _EnterKeepingTree()
        self.bank.setObjectName("questionBank")
        self.bank.setAccessibleName(self.tr("Question bank"))
        self.bank.setHeaderLabels([self.tr("Question bank"), self.tr("Covered before?")])
        self.bank.setRootIsDecorated(True)
        self.bank.setWordWrap(True)
        header = self.bank.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.bank.itemActivated.connect(self._on_bank_item_activated)
        self.chosen = QListWidget()
        self.chosen.setObjectName("chosenQuestions")
        self.chosen.setAccessibleName(self.tr("Your questions, in order"))
        self.chosen.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.chosen.setWordWrap(True)
        self.chosen.setEditTriggers(
            QListWidget.EditTrigger.EditKeyPressed | QListWidget.EditTrigger.DoubleClicked
        )
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.remove_selected),
            ("Alt+Up", lambda: self.move_selected(-1)),
            ("Alt+Down", lambda: self.move_selected(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.chosen)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.chosen.model().rowsInserted.connect(self._changed)
        self.chosen.model().rowsRemoved.connect(self._changed)
        self.chosen.model().rowsMoved.connect(self._changed)
        self.add_button = QPushButton(self.tr("&Add →"))
        self.add_button.setToolTip(self.tr("Add the selected bank question (or double-click it)"))
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton("↑")
        self.up_button.setAccessibleName(self.tr("Move question up"))
        self.up_button.setToolTip(self.tr("Move the question up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton("↓")
        self.down_button.setAccessibleName(self.tr("Move question down"))
        self.down_button.setToolTip(self.tr("Move the question down (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.own = _EnterKeepingLine()
        self.own.setPlaceholderText(self.tr("Your own question, then Enter"))
        self.own.setAccessibleName(self.tr("Your own question"))
        self.own.returnPressed.connect(self.add_own)
        self.keep_own = QCheckBox(self.tr("&Keep my own questions in the bank"))
        self.keep_own.setChecked(True)
        self.count = plain_label()
        self.count.setObjectName("questionCount")

        right = QVBoxLayout()
        right.addWidget(self.chosen, 1)
        buttons = QHBoxLayout()
        for button in (self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        right.addWidget(self.own)
        right.addWidget(self.keep_own)
        right.addWidget(self.count)
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.add_button)
        middle.addStretch(1)
        columns = QHBoxLayout(self)
        columns.addWidget(self.bank, 3)
        columns.addLayout(middle)
        columns.addLayout(right, 2)
        self._changed()

    def set_bank(
        self, bank: tuple[QuestionCategory, ...], own_title: str, earlier: list[EarlierTalk]
    ) -> None:
        self._bank = bank
        self._earlier = earlier
        self.bank.clear()
        for category in bank:
            parent = QTreeWidgetItem([category.title or own_title, ""])
            parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for text in category.questions:
                question = Question(text, category.key)
                child = QTreeWidgetItem([text, self._covered_text(question)])
                child.setData(0, _QUESTION_ROLE, (text, category.key))
                child.setToolTip(0, plain_tooltip(text))
                parent.addChild(child)
            self.bank.addTopLevelItem(parent)
        self.bank.expandAll()
        self._refresh_flags()

    def _covered_text(self, question: Question) -> str:
        covered = already_covered(question, self._bank, self._earlier)
        if covered is None:
            return ""
        when = local_date(covered.occurred_at)
        if covered.asked_before:
            return self.tr("asked on {date}").format(date=when)
        return self.tr("talked about on {date}").format(date=when)

    def questions(self) -> tuple[Question, ...]:
        return tuple(
            Question(item.text(), str(item.data(_QUESTION_ROLE) or ""))
            for item in (self.chosen.item(row) for row in range(self.chosen.count()))
            if item is not None and item.text().strip()
        )

    def set_questions(self, questions: Sequence[Question]) -> None:
        self.chosen.clear()
        for question in questions:
            self._append(question)

    def own_typed_here(self) -> list[str]:
        """Own questions typed in this wizard and still chosen, to keep in the
        bank if the user wants (questions of an earlier visit are not asked again)."""
        if not self.keep_own.isChecked():
            return []
        chosen = {q.text for q in self.questions()}
        return [text for text in self._typed_here if text in chosen]

    def _append(self, question: Question) -> None:
        item = QListWidgetItem(question.text)
        item.setData(_QUESTION_ROLE, question.category)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        covered = self._covered_text(question)
        if covered:
            item.setToolTip(
                plain_tooltip(self.tr("May already be answered: {when}").format(when=covered))
            )
        self.chosen.addItem(item)

    @Slot()
    def add_selected(self) -> None:
        for item in self.bank.selectedItems():
            self._add_from_bank(item)

    @Slot(QTreeWidgetItem, int)
    def _on_bank_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self._add_from_bank(item)

    def _add_from_bank(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, _QUESTION_ROLE)
        if data is None:
            return
        text, category = data
        if text in [q.text for q in self.questions()]:
            return
        self._append(Question(text, category))

    @Slot()
    def add_own(self) -> None:
        text = " ".join(self.own.text().split())
        if text:
            self._append(Question(text, ""))
            self._typed_here.append(text)
            self.own.clear()

    @Slot()
    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))

    def move_selected(self, offset: int) -> None:
        row = self.chosen.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.chosen.count():
            return
        item = self.chosen.takeItem(row)
        self.chosen.insertItem(target, item)
        self.chosen.setCurrentRow(target)

    @Slot()
    def _changed(self) -> None:
        n = self.chosen.count()
        text = numerus(self.tr("%n question(s)", None, n), n)
        if n < FEWEST_QUESTIONS or n > MOST_QUESTIONS:
            text += " · " + self.tr("{fewest} to {most} is usual").format(
                fewest=FEWEST_QUESTIONS, most=MOST_QUESTIONS
            )
        self.count.setText(text)
        self._refresh_flags()

    def _refresh_flags(self) -> None:
        chosen = {q.text for q in self.questions()}
        iterator = QTreeWidgetItemIterator(self.bank)
        while (item := iterator.value()) is not None:
            if item.data(0, _QUESTION_ROLE) is not None:
                font = item.font(0)
                font.setItalic(item.text(0) in chosen)  # already in my list
                item.setFont(0, font)
            iterator += 1


class MaterialsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Materials and logistics"))
        self.setSubTitle(self.tr("Don't go ill-prepared."))
        self.cv = QCheckBox(self.tr("My &CV is up to date and with me"))
        self.business_card = QCheckBox(self.tr("B&usiness cards"))
        self.route_checked = QCheckBox(self.tr("&Route or video link checked"))
        self.confirmed = QCheckBox(self.tr("Meeting confir&med (a day or two before)"))
        layout = QVBoxLayout(self)
        for box in (self.cv, self.business_card, self.route_checked, self.confirmed):
            layout.addWidget(box)
        layout.addStretch(1)

    def materials(self) -> Materials:
        return Materials(
            self.cv.isChecked(),
            self.business_card.isChecked(),
            self.route_checked.isChecked(),
            self.confirmed.isChecked(),
        )

    def set_materials(self, materials: Materials) -> None:
        self.cv.setChecked(materials.cv)
        self.business_card.setChecked(materials.business_card)
        self.route_checked.setChecked(materials.route_checked)
        self.confirmed.setChecked(materials.confirmed)


class ReviewPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Ready?"))
        self.summary = plain_label()
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.gaps = plain_label()
        self.gaps.setObjectName("reviewGaps")
        self.gaps.setWordWrap(True)
        self.gaps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.gaps.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.errors = plain_label()
        self.errors.setObjectName("reviewErrors")
        self.errors.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(self.gaps)
        layout.addWidget(self.errors)
        layout.addStretch(1)

    def show_readiness(self, summary: str, gaps: Sequence[Gap]) -> None:
        self.summary.setText(summary)
        texts = gap_texts(self)
        if gaps:
            self.setSubTitle(self.tr("Still missing (you may finish anyway):"))
            self.gaps.setText("\n".join(f"• {texts[gap]}" for gap in gaps))
        else:
            self.setSubTitle(self.tr("Everything is prepared. Good luck!"))
            self.gaps.setText("")
        self.errors.setText("")


def meeting_moment_text(moment: datetime | None) -> str:
    """When a meeting starts, in local time as the user's locale writes it:
    the date in full and the time of day, without seconds or a zone name."""
    if moment is None:
        return ""
    local = to_local_qdatetime(moment)
    locale = QLocale()
    return QCoreApplication.translate("ReviewPage", "{date} at {time}").format(
        date=locale.toString(local.date(), QLocale.FormatType.LongFormat),
        time=locale.toString(local.time(), QLocale.FormatType.ShortFormat),
    )


def gap_texts(owner: QWidget) -> dict[Gap, str]:
    def tr(text: str) -> str:  # the review page's context, whoever asks
        return QCoreApplication.translate("ReviewPage", text)

    return {
        Gap.NO_PURPOSE: tr("No purpose: what do you want to learn?"),
        Gap.NO_INTRODUCTION: tr("No introduction: choose or write your pitch."),
        Gap.NO_RESEARCH: tr("No research on the organisation, the position or the person."),
        Gap.NO_QUESTIONS: tr("No questions prepared."),
        Gap.FEW_QUESTIONS: tr("Fewer than {n} questions.").format(n=FEWEST_QUESTIONS),
        Gap.MANY_QUESTIONS: tr("More than {n} questions: choose the best.").format(
            n=MOST_QUESTIONS
        ),
        Gap.NO_REFERRAL_QUESTION: tr("No question about whom else to talk to."),
        Gap.NOT_CONFIRMED: tr("The meeting is not confirmed yet."),
        Gap.NO_CV: tr("Your CV is not ticked as ready."),
        Gap.ROUTE_NOT_CHECKED: tr("The route or video link is not checked."),
    }
