"""Preferences that change what netdesk computes or prints (speaking rate,
character limits, the user's own phrase lists), kept in the data file so they
travel with it and its backups. Window layout lives in QSettings instead."""

from __future__ import annotations

from netdesk.services.query import scalar
from netdesk.store.db import database


class SettingsService:
    def text(self, key: str, default: str = "") -> str:
        value = scalar("SELECT value FROM setting WHERE key = ?", (key,))
        return default if value is None else str(value)

    def set_text(self, key: str, value: str) -> None:
        with database.atomic():
            database.execute_sql(
                "INSERT INTO setting (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def integer(self, key: str, default: int, *, minimum: int, maximum: int) -> int:
        """A whole number within bounds; anything else stored reads as the default."""
        try:
            value = int(self.text(key, str(default)))
        except ValueError:
            return default
        return value if minimum <= value <= maximum else default

    def set_integer(self, key: str, value: int) -> None:
        self.set_text(key, str(int(value)))
