"""Every input has a name a screen reader announces, Tab reaches every input,
and the window and dialogs still fit when the system font is larger."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft
from netdesk.domain.organisations import OrganisationDraft
from netdesk.domain.promises import PromiseDirection, PromiseDraft
from netdesk.views.channels_dialog import ChannelsDialog
from netdesk.views.contact_dialog import ContactDialog
from netdesk.views.conversation_dialog import ConversationDialog
from netdesk.views.goal_dialog import GoalDialog
from netdesk.views.message_dialog import MessageDialog
from netdesk.views.organisation_dialog import OrganisationDialog
from netdesk.views.phrases_dialog import PhrasesDialog
from netdesk.views.promise_dialog import PromiseDialog
from netdesk.views.templates_dialog import TemplatesDialog

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QCheckBox)


def inputs(root: QWidget) -> list[QWidget]:
    """The inputs a person can see in ``root`` (not the line edit inside a
    combo box or spin box, which is part of that control)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly():
            continue  # a read-only text pane is read, not filled in
        found.append(widget)
    return found


def announced_name(widget: QWidget) -> str:
    """The name assistive technology reads out: an accessible name, the text
    of a label whose buddy it is, or a check box's own text."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    if name.strip():
        return name
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    return ""


def describe(widget: QWidget) -> str:
    return (
        f"{type(widget).__name__} {widget.objectName() or ''} in {type(widget.window()).__name__}"
    )


def unnamed_inputs(root: QWidget) -> list[str]:
    return [describe(w) for w in inputs(root) if not announced_name(w)]


def reached_by_tab(qtbot, root: QWidget) -> set[QWidget]:
    """Every widget that holds the focus while Tab is pressed round ``root``."""
    start = root.focusWidget() or root
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: set[QWidget] = set()
    for _ in range(200):
        current = QApplication.focusWidget()
        if current is None:
            break
        seen.add(current)
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is start:
            break
    return seen


def unreachable_inputs(qtbot, root: QWidget) -> list[str]:
    seen = reached_by_tab(qtbot, root)
    missing = []
    for widget in inputs(root):
        if not widget.isEnabled() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            if widget.isEnabled():
                missing.append(describe(widget) + " (no Tab focus)")
            continue
        proxy = widget.focusProxy() or widget
        if widget not in seen and proxy not in seen:
            missing.append(describe(widget))
    return missing


def shown(qtbot, window, kind):
    qtbot.waitUntil(
        lambda: isinstance(window._open_dialog, kind) and window._open_dialog.isVisible()
    )
    dialog = window._open_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.fixture
def people(workspace, clock):
    ann = workspace.contacts.create(
        ContactDraft(first_name="Ann", last_name="Smith", emails=("ann@example.org",))
    )
    bram = workspace.contacts.create(ContactDraft(first_name="Bram", last_name="de Vries"))
    workspace.organisations.create(OrganisationDraft(name="Museum Het Zuiderlicht"))
    workspace.conversations.create(ConversationDraft(contact_id=ann.id, occurred_at=clock.now()))
    workspace.promises.create(
        PromiseDraft(
            contact_id=ann.id, direction=PromiseDirection.THEIRS, description="Introduce me"
        )
    )
    return ann, bram


def open_each_dialog(qtbot, window, workspace, people) -> Iterator[QWidget]:
    ann, _ = people
    window.changes.contacts_changed.emit()
    window.show_panel(window.contacts)
    window.contacts.select_id(ann.id)
    for action, kind in (
        (window.new_contact_action, ContactDialog),
        (window.new_organisation_action, OrganisationDialog),
        (window.log_conversation_action, ConversationDialog),
        (window.new_promise_action, PromiseDialog),
        (window.message_action, MessageDialog),
        (window.channels_action, ChannelsDialog),
        (window.templates_action, TemplatesDialog),
        (window.edit_action, ContactDialog),  # an existing person, every field filled
    ):
        action.trigger()
        dialog = shown(qtbot, window, kind)
        yield dialog
        dialog.reject()
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    for dialog in (
        GoalDialog(workspace.goal.get(), workspace.goal.target_names(), lambda _d: None),
        PhrasesDialog(workspace.phrases),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        yield dialog
        dialog.reject()


def test_every_dialog_input_has_a_name_a_screen_reader_announces(qtbot, window, workspace, people):
    problems = []
    for dialog in open_each_dialog(qtbot, window, workspace, people):
        problems += unnamed_inputs(dialog)
    assert problems == []


def test_tab_reaches_every_input_in_every_dialog(qtbot, window, workspace, people):
    problems = []
    for dialog in open_each_dialog(qtbot, window, workspace, people):
        problems += unreachable_inputs(qtbot, dialog)
    assert problems == []


SCREENS = ["today", "contacts", "organisations", "inventory", "conversations", "promises"]
SCREENS += ["pitch", "meetings"]


# A table takes Tab for moving between its cells unless told otherwise, so
# the filters after it cannot be reached (TablePanel: setTabKeyNavigation(False)).
def show_screen(qtbot, window, screen: str) -> QWidget:
    window.changes.contacts_changed.emit()
    page = getattr(window, screen)
    window.show_screen(screen)
    qtbot.waitUntil(page.isVisible)
    return page


@pytest.mark.parametrize("screen", SCREENS)
def test_every_input_on_each_screen_has_a_name(qtbot, window, people, screen):
    page = show_screen(qtbot, window, screen)
    assert unnamed_inputs(page) == []


@pytest.mark.parametrize(
    "screen",
    [s for s in SCREENS],
)
def test_tab_reaches_every_input_on_each_screen(qtbot, window, people, screen):
    show_screen(qtbot, window, screen)
    assert unreachable_inputs(qtbot, window) == []


def test_tab_moves_on_from_a_table(qtbot, window, people):
    show_screen(qtbot, window, "contacts")
    window.contacts.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.contacts.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.contacts.table


# Larger text --------------------------------------------------------------------


@contextmanager
def larger_text(factor: float) -> Iterator[None]:
    """The system font made larger, as a person with low vision sets it."""
    original = QApplication.font()
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * factor)
    QApplication.setFont(bigger)
    try:
        yield
    finally:
        QApplication.setFont(original)


def clipped_labels(root: QWidget) -> list[str]:
    """Labels on one line whose words are wider than the room they were given."""
    clipped = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or label.wordWrap() or not label.text():
            continue
        if label.textFormat() == Qt.TextFormat.RichText or "<" in label.text():
            continue
        text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        widest = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        if widest > label.contentsRect().width() + 1:
            clipped.append(f"{text!r} in {type(root).__name__}")
    return clipped


def fixed_pixel_fonts(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()}"
        for w in [root, *root.findChildren(QWidget)]
        if w.font().pixelSize() > 0
    ]


def test_dialogs_grow_with_the_system_font(qtbot, window, workspace, people):
    with larger_text(1.5):
        problems = []
        for dialog in open_each_dialog(qtbot, window, workspace, people):
            dialog.adjustSize()
            hint = dialog.minimumSizeHint()
            assert hint.width() <= 1600
            assert hint.height() <= 1000, type(dialog).__name__
            problems += clipped_labels(dialog) + fixed_pixel_fonts(dialog)
            assert dialog.font().pointSizeF() >= QApplication.font().pointSizeF() - 0.01
        assert problems == []


def test_the_window_keeps_its_words_whole_in_larger_text(qtbot, window, people):
    with larger_text(1.5):
        window.resize(1400, 900)
        for screen in SCREENS:
            show_screen(qtbot, window, screen)
        assert fixed_pixel_fonts(window) == []
        show_screen(qtbot, window, "contacts")
        assert clipped_labels(window.contacts) == []


def test_the_checks_notice_a_squeezed_label_and_an_unnamed_box(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("Keep in touch every", root)
    label.setFixedWidth(20)
    QLineEdit(root)
    root.show()
    assert len(clipped_labels(root)) == 1
    assert len(unnamed_inputs(root)) == 1
