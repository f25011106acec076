"""A channel's name as the user reads it: the built-ins in the user's
language while they keep their starting name, any other channel as typed.

The data file stores the English starting names (services.channels); the
translation happens here, at the edge, so the domain and services stay
Qt-free. QtCore only, so ``netdesk today`` can use it without widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netdesk.domain.conversations import Channel, ChannelKey
from netdesk.services.channels import starting_name_key, unrenamed_key


def _tr(text: str) -> str:
    return QCoreApplication.translate("channels", text)


def built_in_channel_text(key: ChannelKey) -> str:
    return {
        ChannelKey.IN_PERSON: _tr("In person"),
        ChannelKey.COFFEE: _tr("Coffee"),
        ChannelKey.PHONE: _tr("Phone"),
        ChannelKey.VIDEO_CALL: _tr("Video call"),
        ChannelKey.EMAIL: _tr("Email"),
        ChannelKey.LINKEDIN_MESSAGE: _tr("LinkedIn message"),
        ChannelKey.EVENT: _tr("Event"),
        ChannelKey.NETWORKING_INTERVIEW: _tr("Networking interview"),
    }[key]


def channel_text(channel: Channel) -> str:
    """How a channel from the channel list reads."""
    key = unrenamed_key(channel)
    return channel.name if key is None else built_in_channel_text(key)


def channel_name_text(name: str) -> str:
    """How a channel reads from the name a record carries (a conversation's
    ``channel_name``, a meeting on Today)."""
    key = starting_name_key(name)
    return name if key is None else built_in_channel_text(key)
