"""The built-in channels read in the user's language everywhere a channel is
shown, until the person renames one; a renamed or own channel reads as typed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from netdesk.domain.agenda import MeetingItem
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ChannelKey, ConversationDraft
from netdesk.i18n import install_translators, remove_translators
from netdesk.models.tables import ConversationTableModel
from netdesk.views.channels_dialog import ChannelsDialog
from netdesk.views.conversation_dialog import ConversationDialog
from netdesk.views.details import conversation_html
from netdesk.views.today_text import meeting_text


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    install_translators(qapp, "nl")
    yield
    remove_translators(qapp)
    QLocale.setDefault(locale)


@pytest.fixture
def coffee_talk(workspace, clock):
    ann = workspace.contacts.create(ContactDraft(first_name="Ann", last_name="Veld"))
    coffee = workspace.channels.by_key(ChannelKey.COFFEE)
    return workspace.conversations.create(
        ConversationDraft(
            contact_id=ann.id, occurred_at=clock.now() - timedelta(days=1), channel_id=coffee.id
        )
    )


def _channel_cell(workspace, clock) -> str:
    model = ConversationTableModel(workspace.conversations, clock=clock)
    model.refresh()
    column = [c.key for c in model.columns].index("channel")
    return model.index(0, column).data(Qt.ItemDataRole.DisplayRole)


def test_dutch_shows_a_built_in_channel_in_dutch(qtbot, workspace, clock, coffee_talk, dutch):
    assert _channel_cell(workspace, clock) == "Koffie"
    assert "Koffie" in conversation_html(coffee_talk, clock.now())
    item = MeetingItem(
        conversation_id=1,
        contact_id=coffee_talk.contact_id,
        contact_name="Ann Veld",
        organisation_name="",
        occurred_at=clock.now() + timedelta(days=2),
        channel_name="Video call",
        topics="",
    )
    assert "Videogesprek" in meeting_text(item, clock.now().date())

    dialog = ConversationDialog(
        workspace.contacts, workspace.channels.all(), lambda _draft: None, now=clock.now()
    )
    qtbot.addWidget(dialog)
    names = [dialog.channel.itemText(i) for i in range(dialog.channel.count())]
    assert names[:3] == ["Persoonlijk", "Koffie", "Telefoon"]
    assert "Coffee" not in names


def test_english_keeps_the_english_names(qtbot, workspace, clock, coffee_talk):
    assert _channel_cell(workspace, clock) == "Coffee"


def test_a_renamed_channel_reads_as_typed_in_any_language(
    qtbot, workspace, clock, coffee_talk, dutch
):
    coffee = workspace.channels.by_key(ChannelKey.COFFEE)
    workspace.channels.rename(coffee.id, "Coffee date")
    assert _channel_cell(workspace, clock) == "Coffee date"


def test_the_channels_dialog_in_dutch_renames_from_the_shown_name(
    qtbot, workspace, monkeypatch, dutch
):
    dialog = ChannelsDialog(workspace.channels)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert texts[:2] == ["Persoonlijk", "Koffie"]
    assert "Netwerkgesprek" in texts
    dialog.list.setCurrentRow(1)

    offered: list[str] = []

    def answer(typed: str):
        def get_text(*args, **kwargs):
            offered.append(kwargs.get("text", ""))
            return typed, True

        return get_text

    # Confirming the shown name changes nothing: still the built-in, still translated.
    monkeypatch.setattr(QInputDialog, "getText", answer("Koffie"))
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert offered == ["Koffie"]
    assert workspace.channels.by_key(ChannelKey.COFFEE).name == "Coffee"

    # Another channel may not take a name a built-in shows.
    monkeypatch.setattr(QInputDialog, "getText", answer("koffie"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text()
    assert len(workspace.channels.all()) == len(ChannelKey)

    monkeypatch.setattr(QInputDialog, "getText", answer("Koffie met taart"))
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert dialog.list.item(1).text() == "Koffie met taart"
    assert workspace.channels.by_key(ChannelKey.COFFEE).name == "Koffie met taart"
