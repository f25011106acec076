"""Custom item data roles shared by every netdesk model."""

from __future__ import annotations

from PySide6.QtCore import Qt

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # int: the record's id
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2  # the domain dataclass itself
