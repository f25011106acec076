"""Hostile text is shown as the words it is: in the printed briefing, the
detail pane and the tables' tooltips no tag is interpreted (no image, no
bold), and the text reads back from the rendered document literally."""

from __future__ import annotations

import unicodedata
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft
from netdesk.domain.meetings import MeetingDraft, Question
from netdesk.domain.promises import PromiseDraft
from netdesk.domain.text import clean_line
from netdesk.domain.validation import MAX_LINE
from netdesk.models.tables import ContactTableModel
from netdesk.printing.briefing_print import briefing_html_for
from netdesk.services.workspace import Workspace
from netdesk.views.detail_browser import DetailBrowser
from netdesk.views.details import contact_html

MARKUP = (
    '<img src=x onerror="alert(1)">',
    "<b>bold</b> &amp; &lt;tag&gt;",
    "<a href='https://evil.example'>click</a>",
    "<script>alert('x')</script><style>p{display:none}</style>",
    '=HYPERLINK("http://evil.example","click")',
    "+cmd|' /C calc'!A0",
    "@SUM(A1:A9)",
    "\u202eevil\u202c right-to-left",
    "e\u0301\u0301 combining",
    "{name} %s {{x}}",
    "nul\x00byte bell\x07",
    "lone \ud800 surrogate",
)
EXAMPLES = {"count": 0}
text_value = st.one_of(
    st.sampled_from(MARKUP),
    st.lists(st.sampled_from(MARKUP) | st.text(max_size=6), min_size=1, max_size=4).map(" ".join),
)


def printable(value: str) -> bool:
    """Text a rendered document gives back character for character (controls
    and line separators are the renderer's business, not markup)."""
    return not any(unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") for ch in value)


def rendered(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    return document


def formats_in(document: QTextDocument) -> tuple[int, list[str]]:
    """How many images the document shows, and where its links go."""
    images, links = 0, []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            char_format = it.fragment().charFormat()
            images += char_format.isImageFormat()
            if char_format.isAnchor():
                links.append(char_format.anchorHref())
            it += 1
        block = block.next()
    return images, links


def assert_literal(document: QTextDocument, value: str) -> None:
    images, links = formats_in(document)
    assert images == 0
    assert not any("evil" in link for link in links), links
    shown = clean_line(value)
    if shown and printable(shown):
        assert shown in " ".join(document.toPlainText().split()), shown


def person_with(ws: Workspace, value: str) -> tuple[int, int]:
    """A person, an organisation, a talk, a promise and a meeting, all in ``value``."""
    name = clean_line(value) or "x"
    person = ws.contacts.create(
        ContactDraft(
            first_name=name,
            last_name="Shown",
            organisation=name,
            position=value,
            how_met=value,
            notes=value,
        )
    )
    now = ws.clock.now()
    ws.conversations.create(
        ConversationDraft(contact_id=person.id, occurred_at=now, topics=value, notes=value)
    )
    ws.promises.create(PromiseDraft(contact_id=person.id, description=name))
    meeting = ws.meetings.create(
        MeetingDraft(
            contact_id=person.id,
            starts_at=now + timedelta(days=1),
            place=value,
            purpose=value,
            person_background=value,
            questions=(Question(name),),
        )
    )
    return person.id, meeting.id


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(value=text_value)
def test_hostile_text_is_shown_literally(
    qapp: QApplication, workspace: Workspace, value: str
) -> None:
    EXAMPLES["count"] += 1
    if len(clean_line(value)) > MAX_LINE:
        return
    person_id, meeting_id = person_with(workspace, value)

    briefing = rendered(briefing_html_for(workspace, meeting_id))
    assert_literal(briefing, value)

    browser = DetailBrowser()
    browser.setHtml(contact_html(workspace.overview.contact(person_id), workspace.clock.now()))
    assert_literal(browser.document(), value)

    model = ContactTableModel(workspace.contacts)
    model.refresh()
    row = next(r for r in range(model.rowCount()) if model.id_at(r) == person_id)
    for column in range(model.columnCount()):
        tip: Any = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
        shown: Any = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
        if tip:
            document = rendered(tip)
            assert formats_in(document) == (0, [])
            typed = clean_line(value)
            if isinstance(shown, str) and printable(shown) and typed and typed in shown:
                assert typed in " ".join(document.toPlainText().split())


@pytest.mark.parametrize("value", MARKUP)
def test_each_sample_is_shown_literally(
    qapp: QApplication, workspace: Workspace, value: str
) -> None:
    _, meeting_id = person_with(workspace, value)
    html = briefing_html_for(workspace, meeting_id)
    assert "<img" not in html
    assert "<b>bold" not in html
    assert_literal(rendered(html), value)


def test_report_examples(qapp: QApplication) -> None:
    print(f"\nhypothesis examples run (display): {EXAMPLES['count']}")
