"""Channels of conversation (coffee, phone, LinkedIn message, …): an editable list."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from netdesk.domain.clock import Clock
from netdesk.domain.conversations import Channel, ChannelKey
from netdesk.domain.errors import ErrorCode, FieldError, RecordNotFoundError, ValidationError
from netdesk.domain.text import clean_line, fold
from netdesk.domain.validation import check_line
from netdesk.services.query import new_uuid, rows, scalar
from netdesk.store.db import database
from netdesk.store.tables import ChannelRow

# The names every data file starts with (store/migrations/m0001_initial.py,
# which must never change). A built-in channel that still carries its
# starting name has not been renamed, so the UI may show it in the user's
# language; a renamed or own channel shows as typed.
STARTING_NAMES: Mapping[ChannelKey, str] = MappingProxyType(
    {
        ChannelKey.IN_PERSON: "In person",
        ChannelKey.COFFEE: "Coffee",
        ChannelKey.PHONE: "Phone",
        ChannelKey.VIDEO_CALL: "Video call",
        ChannelKey.EMAIL: "Email",
        ChannelKey.LINKEDIN_MESSAGE: "LinkedIn message",
        ChannelKey.EVENT: "Event",
        ChannelKey.NETWORKING_INTERVIEW: "Networking interview",
    }
)
_KEYS_BY_STARTING_NAME = {name: key for key, name in STARTING_NAMES.items()}


def unrenamed_key(channel: Channel) -> ChannelKey | None:
    """The built-in key of a channel that still has its starting name, else None."""
    if channel.key is not None and channel.name == STARTING_NAMES[channel.key]:
        return channel.key
    return None


def starting_name_key(name: str) -> ChannelKey | None:
    """The built-in whose starting name this is, for records that carry only a
    channel's name (a conversation, a meeting on Today). Channel names are
    unique, so the name is the built-in's unless it was renamed and another
    channel took the old name, which then means the same thing anyway."""
    return _KEYS_BY_STARTING_NAME.get(name)


class ChannelService:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def all(self, *, include_archived: bool = False) -> list[Channel]:
        where = "" if include_archived else "WHERE archived = 0"
        return [
            Channel(
                id=row[0],
                uuid=row[1],
                key=ChannelKey(row[2]) if row[2] in ChannelKey.__members__.values() else None,
                name=row[3],
                position=row[4],
                archived=bool(row[5]),
            )
            for row in rows(
                f"SELECT id, uuid, key, name, position, archived FROM channel {where} "
                "ORDER BY position, id"
            )
        ]

    def by_key(self, key: ChannelKey) -> Channel | None:
        return next((c for c in self.all(include_archived=True) if c.key == key), None)

    def create(self, name: str) -> Channel:
        name = self._checked_name(name, channel_id=None)
        now = self._clock.now()
        with database.atomic():
            position = scalar("SELECT coalesce(max(position), -1) + 1 FROM channel")
            row = ChannelRow.create(
                uuid=new_uuid(), name=name, position=position, created_at=now, updated_at=now
            )
        return self.get(row.id)

    def rename(self, channel_id: int, name: str) -> Channel:
        name = self._checked_name(name, channel_id=channel_id)
        with database.atomic():
            ChannelRow.update(name=name, updated_at=self._clock.now()).where(
                ChannelRow.id == channel_id
            ).execute()
        return self.get(channel_id)

    def set_archived(self, channel_id: int, archived: bool) -> Channel:
        """Archived channels stay on old conversations but are not offered for new ones."""
        with database.atomic():
            ChannelRow.update(archived=archived, updated_at=self._clock.now()).where(
                ChannelRow.id == channel_id
            ).execute()
        return self.get(channel_id)

    def reorder(self, channel_ids: list[int]) -> None:
        now = self._clock.now()
        with database.atomic():
            for position, channel_id in enumerate(channel_ids):
                ChannelRow.update(position=position, updated_at=now).where(
                    ChannelRow.id == channel_id
                ).execute()

    def usage(self, channel_id: int) -> int:
        return int(scalar("SELECT count(*) FROM conversation WHERE channel_id = ?", (channel_id,)))

    def get(self, channel_id: int) -> Channel:
        found = [c for c in self.all(include_archived=True) if c.id == channel_id]
        if not found:
            raise RecordNotFoundError("channel", channel_id)
        return found[0]

    def _checked_name(self, name: str, channel_id: int | None) -> str:
        name = clean_line(name)
        errors = check_line("name", name, required=True)
        if not errors and any(
            fold(c.name) == fold(name) and c.id != channel_id
            for c in self.all(include_archived=True)
        ):
            errors.append(FieldError("name", ErrorCode.DUPLICATE, name))
        if errors:
            raise ValidationError(errors)
        return name
