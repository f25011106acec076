"""Pick a person by typing part of their name: suggestions come from the
service as you type (fast at any network size), so no list of 100,000 names
is ever built. Text that matches nobody can become a new contact.

A suggestion reads "Name — Organisation", but choosing one puts only the name
in the field: the organisation is there to tell two people apart, never part
of what is typed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from netdesk.services.contacts import ContactService

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NAME_ROLE = Qt.ItemDataRole.UserRole + 2
_SEPARATOR = " — "


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


class ContactPicker(QLineEdit):
    """``contact_changed(id or None)`` follows every change of who is meant;
    ``contact_picked(id)`` fires once a suggestion has been chosen and the
    field holds its name (after the completer has finished writing to it)."""

    contact_changed = Signal(object)  # int | None
    contact_picked = Signal(int)

    def __init__(
        self,
        contacts: ContactService,
        parent: QWidget | None = None,
        *,
        exclude: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._exclude = exclude
        self._contact_id: int | None = None
        self._contact_name = ""  # the text that stands for the person chosen
        self._chosen_name = ""  # their name as stored
        self._suggestions = QStandardItemModel(self)
        completer = QCompleter(self._suggestions, self)
        # The service has already filtered; show its answer as it is.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        # What a choice writes into the field: the name, not the "— Organisation" shown.
        completer.setCompletionRole(_NAME_ROLE)
        # The QModelIndex overload carries our id; the stubs do not model overloads.
        completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._on_completer_activated
        )
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Type a name…"))
        self.textEdited.connect(self._on_text_edited)

    def contact_id(self) -> int | None:
        return self._contact_id

    def contact_name(self) -> str:
        """The name of the person chosen (whatever the field shows), or ""."""
        return self._chosen_name if self._contact_id is not None else ""

    def typed_name(self) -> str:
        """The text typed, when it names nobody yet (for creating on the spot)."""
        return "" if self._contact_id is not None else " ".join(self.text().split())

    def set_contact(self, contact_id: int | None, name: str = "") -> None:
        self._contact_id = contact_id
        self._contact_name = name
        self._chosen_name = name
        self.setText(name)
        self.contact_changed.emit(contact_id)

    def clear_choice(self) -> None:
        self.set_contact(None, "")

    def choosing(self) -> bool:
        """A suggestion is highlighted in the open list, so Enter will choose it."""
        popup = self.completer().popup()
        return popup is not None and popup.isVisible() and popup.currentIndex().isValid()

    @Slot(str)
    def _on_text_edited(self, text: str) -> None:
        if self._contact_id is not None and text != self._contact_name:
            self._contact_id = None
            self.contact_changed.emit(None)
        self._suggestions.clear()
        if not text.strip():
            return
        # A suggestion's own line pasted or typed back ("Name — Organisation")
        # looks the name up, so it finds that person rather than nobody.
        name_part = text.split(_SEPARATOR, 1)[0]
        for contact_id, name, organisation in self._contacts.suggest(name_part, limit=15):
            if contact_id == self._exclude:
                continue
            label = f"{name}{_SEPARATOR}{organisation}" if organisation else name
            item = QStandardItem(label)
            item.setData(contact_id, _ID_ROLE)
            item.setData(name, _NAME_ROLE)
            item.setEditable(False)
            self._suggestions.appendRow(item)
        # A unique exact match (by name, or by the whole suggestion) is chosen
        # without asking.
        wanted = _folded(text)
        exact = [
            item
            for item in map(self._suggestions.item, range(self._suggestions.rowCount()))
            if wanted in (_folded(item.data(_NAME_ROLE)), _folded(item.text()))
        ]
        if len(exact) == 1:
            self._contact_id = int(exact[0].data(_ID_ROLE))
            self._contact_name = text
            self._chosen_name = str(exact[0].data(_NAME_ROLE))
            self.contact_changed.emit(self._contact_id)

    @Slot(QModelIndex)
    def _on_completer_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        # The completer may hand over an index of its own proxy: read the data off it.
        contact_id = index.data(_ID_ROLE)
        name = index.data(_NAME_ROLE)
        if contact_id is None:
            return
        self.set_contact(int(contact_id), str(name))
        # The line edit writes the completion after this slot has run (and a
        # listener clearing the field now would see it filled again): announce
        # the choice once the event loop is back.
        QTimer.singleShot(0, self, self._announce_pick)

    @Slot()
    def _announce_pick(self) -> None:
        if self._contact_id is not None:
            self.contact_picked.emit(self._contact_id)
