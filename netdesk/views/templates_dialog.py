"""Edit the message templates: the built-in ones (with "restore default") and
the user's own, plus how messages are signed and LinkedIn's note limit.

Edits are kept when another template is chosen; a text with an unknown
placeholder is not kept until it is fixed. Closing with unsaved edits asks
whether to save or discard them. "Restore default" puts the shipped text in
the editor as an edit (Ctrl+Z takes it back): it is kept only when saved.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netdesk.domain.errors import ValidationError
from netdesk.domain.templates import (
    MAX_LINKEDIN_LIMIT,
    MIN_LINKEDIN_LIMIT,
    MessageTemplate,
    TemplateDraft,
    TemplateKind,
    template_problems,
)
from netdesk.messages import describe_field_error
from netdesk.services.outreach import OutreachService, TemplateError
from netdesk.views.appearance import Tone, set_tone
from netdesk.views.common import confirm, plain_label
from netdesk.views.message_dialog import kind_names, placeholder_names, problems_text

_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplatesDialog(QDialog):
    templates_changed = Signal()

    def __init__(self, outreach: OutreachService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TemplatesDialog")
        self.setWindowTitle(self.tr("Message templates"))
        self._outreach = outreach
        self._current: MessageTemplate | None = None
        self._dirty = False
        self._loading = False
        # Asking whether to save on closing (window-modal, so never a nested loop).
        self.question: QMessageBox | None = None

        intro = plain_label(
            self.tr(
                "Texts for the messages netdesk helps you write. Words in braces, like "
                "{first_name}, are filled in from the person, the conversation and your job goal."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setMinimumWidth(230)
        self.new_button = QPushButton(self.tr("&New from this one"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)

        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind, label in kind_names().items():
            self.kind.addItem(label, kind.value)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumSize(420, 240)
        self.insert = QComboBox()
        self.insert.addItem(self.tr("Insert a placeholder…"), "")
        for placeholder, meaning in placeholder_names().items():
            self.insert.addItem(f"{{{placeholder}}} — {meaning}", str(placeholder))
        self.problems = plain_label()
        self.problems.setObjectName("templateProblems")
        self.problems.setWordWrap(True)
        set_tone(self.problems, Tone.ATTENTION)
        self.save_button = QPushButton(self.tr("&Save"))
        self.restore_button = QPushButton(self.tr("&Restore default"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&For:"), self.kind)
        self.subject_label = QLabel(self.tr("S&ubject:"))
        self.subject_label.setBuddy(self.subject)
        form.addRow(self.subject_label, self.subject)
        form.addRow(self.tr("&Text:"), self.body)
        form.addRow("", self.insert)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addWidget(self.problems)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.restore_button)
        actions.addWidget(self.save_button)
        right.addLayout(actions)

        self.my_name = QLineEdit(outreach.my_name())
        self.my_name.setPlaceholderText(self.tr("fills in {my_name}"))
        self.limit = QSpinBox()
        self.limit.setRange(MIN_LINKEDIN_LIMIT, MAX_LINKEDIN_LIMIT)
        self.limit.setValue(outreach.linkedin_limit())
        self.limit.setSuffix(self.tr(" characters"))
        self.limit.setToolTip(
            self.tr(
                "LinkedIn allows 300 characters in an invitation note (200 on some free accounts)."
            )
        )
        settings = QFormLayout()
        settings.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.my_name.setMinimumWidth(260)
        settings.addRow(self.tr("Sign messages &as:"), self.my_name)
        settings.addRow(self.tr("&LinkedIn note limit:"), self.limit)
        self.settings_error = plain_label()
        set_tone(self.settings_error, Tone.ATTENTION)
        self.settings_error.setVisible(False)

        middle = QHBoxLayout()
        middle.addLayout(left)
        middle.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addLayout(settings)
        layout.addWidget(self.settings_error)
        layout.addWidget(buttons)

        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        for edit in (self.name, self.subject):
            edit.textEdited.connect(self._on_edited)
        self.body.textChanged.connect(self._on_edited)
        self.kind.currentIndexChanged.connect(self._on_edited)
        self.insert.activated.connect(self._on_insert_activated)
        self.my_name.editingFinished.connect(self._on_my_name_editing_finished)
        self.limit.valueChanged.connect(self._on_limit_value_changed)
        self.resize(900, 600)
        self.reload()

    # The list -------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        select = select or (self._current.key if self._current else None)
        self._loading = True
        try:
            self.list.clear()
            names = kind_names()
            chosen: QListWidgetItem | None = None
            bold = QFont(self.font())
            bold.setBold(True)
            last_kind: TemplateKind | None = None
            for template in self._outreach.templates():
                if template.kind is not last_kind:
                    header = QListWidgetItem(names[template.kind])
                    header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a choice
                    header.setFont(bold)
                    self.list.addItem(header)
                    last_kind = template.kind
                if template.builtin:
                    label = self.tr("Default, edited") if template.modified else self.tr("Default")
                else:
                    label = template.name
                item = QListWidgetItem("    " + label)
                item.setData(_KEY_ROLE, template.key)
                self.list.addItem(item)
                if chosen is None and (select is None or template.key == select):
                    chosen = item
        finally:
            self._loading = False
        if chosen is not None:
            self.list.setCurrentItem(chosen)

    def select(self, key: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_KEY_ROLE) == key:
                self.list.setCurrentItem(item)
                return

    def current(self) -> MessageTemplate | None:
        return self._current

    def _show(self, template: MessageTemplate) -> None:
        self._current = template
        self._loading = True
        try:
            self.name.setText(template.name)
            self.name.setReadOnly(template.builtin)
            with QSignalBlocker(self.kind):
                self.kind.setCurrentIndex(self.kind.findData(template.kind.value))
            self.kind.setEnabled(not template.builtin)
            self.subject.setText(template.subject)
            self.body.setPlainText(template.body)
        finally:
            self._loading = False
        self._set_dirty(False)
        self._update_subject()
        self._check()

    def _update_subject(self) -> None:
        kind = TemplateKind(str(self.kind.currentData()))
        self.subject.setVisible(not kind.has_limit)
        self.subject_label.setVisible(not kind.has_limit)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        template = self._current
        self.save_button.setEnabled(dirty)
        self.restore_button.setVisible(template is not None and template.builtin)
        self.restore_button.setEnabled(
            template is not None and template.builtin and (template.modified or dirty)
        )
        self.delete_button.setEnabled(template is not None and not template.builtin)

    def _check(self) -> bool:
        problems = template_problems(self.subject.text(), "subject") + template_problems(
            self.body.toPlainText()
        )
        self.problems.setText(problems_text(problems))
        self.problems.setVisible(bool(problems))
        return not problems

    # Saving -----------------------------------------------------------------------

    def save(self) -> bool:
        """Keep the edits of the current template; False (and why) if they cannot be."""
        template = self._current
        if template is None or not self._dirty:
            return True
        if not self._check():
            return False
        kind = TemplateKind(str(self.kind.currentData()))
        try:
            if template.builtin:
                saved = self._outreach.save_builtin(
                    template.kind, self.subject.text(), self.body.toPlainText()
                )
            else:
                assert template.id is not None
                saved = self._outreach.update_template(
                    template.id,
                    TemplateDraft(
                        kind, self.name.text(), self.subject.text(), self.body.toPlainText()
                    ),
                )
        except TemplateError as error:
            self.problems.setText(problems_text(error.problems))
            self.problems.setVisible(True)
            return False
        except ValidationError as error:
            labels = {
                "name": self.tr("Name"),
                "subject": self.tr("Subject"),
                "body": self.tr("Text"),
            }
            self.problems.setText(
                "\n".join(
                    describe_field_error(e, labels.get(e.field, e.field)) for e in error.errors
                )
            )
            self.problems.setVisible(True)
            return False
        self._current = saved
        self._set_dirty(False)
        self.templates_changed.emit()
        self.reload(select=saved.key)
        return True

    # Closing (QDialog closes through reject(), the window's close button too) ----

    @override
    def reject(self) -> None:
        """Esc or Close: with unsaved edits, first ask to save or discard them."""
        if not self._dirty:
            super().reject()
        elif self.question is None:
            self._ask_about_edits()

    def _ask_about_edits(self) -> None:
        valid = self._check()
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        name = self._current.name if self._current is not None else ""
        box.setText(self.tr("Save your changes to “{name}”?").format(name=name))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        if not valid:
            box.setInformativeText(
                self.tr("The text has a problem to fix before it can be saved: {problems}").format(
                    problems=self.problems.text()
                )
            )
            box.button(buttons.Save).setEnabled(False)
        box.setDefaultButton(buttons.Save if valid else buttons.Cancel)
        box.setEscapeButton(buttons.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(self._on_question_finished)
        self.question = box
        box.open()

    @Slot(int)
    def _on_question_finished(self, _result: int) -> None:
        box = self.question
        self.question = None
        if box is None:
            return
        clicked = box.clickedButton()
        choice = box.standardButton(clicked) if clicked is not None else None
        box.deleteLater()
        if choice == QMessageBox.StandardButton.Save:
            if self.save():
                super().reject()
        elif choice == QMessageBox.StandardButton.Discard:
            if self._current is not None:
                self._show(self._current)  # the text as stored
            super().reject()

    # Slots ------------------------------------------------------------------------

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_list_current_item_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self._loading or current is None:
            return
        if previous is not None and self._dirty and not self.save():
            with QSignalBlocker(self.list):
                self.list.setCurrentItem(previous)  # fix the problem first
            return
        key = current.data(_KEY_ROLE)
        if key:
            self._show(self._outreach.template(str(key)))

    @Slot()
    def _on_edited(self) -> None:
        if self._loading:
            return
        self._set_dirty(True)
        self._update_subject()
        self._check()

    @Slot(int)
    def _on_insert_activated(self, index: int) -> None:
        name = self.insert.itemData(index)
        self.insert.setCurrentIndex(0)
        if name:
            self.body.insertPlainText("{" + str(name) + "}")
            self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        """The shipped text into the editor, as an edit: Ctrl+Z takes it back,
        Save keeps it (and forgets the edited version), Discard drops it."""
        template = self._current
        if template is None or not template.builtin:
            return
        shipped = self._outreach.shipped(template.kind)
        self.subject.selectAll()
        self.subject.insert(shipped.subject)  # unlike setText, undoable
        cursor = self.body.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(shipped.body)
        cursor.endEditBlock()
        self._on_edited()

    @Slot()
    def _on_new_button_clicked(self) -> None:
        if not self.save():
            return
        base = self._current
        kind = base.kind if base is not None else TemplateKind.KEEP_IN_TOUCH
        name = self.tr("My {kind}").format(kind=kind_names()[kind].lower())
        created = self._outreach.create_template(
            TemplateDraft(
                kind,
                name,
                base.subject if base is not None else "",
                base.body if base is not None else "{first_name}",
            )
        )
        self.templates_changed.emit()
        self.reload(select=created.key)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name.selectAll()

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        template = self._current
        if template is None or template.builtin or template.id is None:
            return
        if not confirm(
            self,
            self.tr("Delete template"),
            self.tr("Delete the template “{name}”? Messages already sent keep their text.").format(
                name=template.name
            ),
            self.tr("Delete"),
        ):
            return
        self._outreach.delete_template(template.id)
        self._current = None
        self._dirty = False
        self.templates_changed.emit()
        self.reload(select=self._outreach.builtin(template.kind).key)

    @Slot()
    def _on_my_name_editing_finished(self) -> None:
        try:
            self._outreach.set_my_name(self.my_name.text())
        except ValidationError as error:
            label = self.tr("Sign messages as")
            self.settings_error.setText(
                "\n".join(describe_field_error(e, label) for e in error.errors)
            )
            self.settings_error.setVisible(True)
            return
        self.settings_error.setVisible(False)

    @Slot(int)
    def _on_limit_value_changed(self, value: int) -> None:
        self._outreach.set_linkedin_limit(value)
