"""Pick a person by typing part of their name: suggestions come from the
service as you type (fast at any network size), so no list of 100,000 names
is ever built. Text that matches nobody can become a new contact."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from netdesk.services.contacts import ContactService

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class ContactPicker(QLineEdit):
    contact_changed = Signal(object)  # int | None

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
        self._contact_name = ""
        self._suggestions = QStandardItemModel(self)
        completer = QCompleter(self._suggestions, self)
        # The service has already filtered; show its answer as it is.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
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

    def typed_name(self) -> str:
        """The text typed, when it names nobody yet (for creating on the spot)."""
        return "" if self._contact_id is not None else " ".join(self.text().split())

    def set_contact(self, contact_id: int | None, name: str = "") -> None:
        self._contact_id = contact_id
        self._contact_name = name
        self.setText(name)
        self.contact_changed.emit(contact_id)

    def clear_choice(self) -> None:
        self.set_contact(None, "")

    @Slot(str)
    def _on_text_edited(self, text: str) -> None:
        if self._contact_id is not None and text != self._contact_name:
            self._contact_id = None
            self.contact_changed.emit(None)
        self._suggestions.clear()
        if not text.strip():
            return
        for contact_id, name, organisation in self._contacts.suggest(text, limit=15):
            if contact_id == self._exclude:
                continue
            label = f"{name} — {organisation}" if organisation else name
            item = QStandardItem(label)
            item.setData(contact_id, _ID_ROLE)
            item.setData(name, _NAME_ROLE)
            item.setEditable(False)
            self._suggestions.appendRow(item)
        # A unique exact match is chosen without asking.
        exact = [
            self._suggestions.item(row)
            for row in range(self._suggestions.rowCount())
            if self._suggestions.item(row).data(_NAME_ROLE).casefold() == text.strip().casefold()
        ]
        if len(exact) == 1:
            self._contact_id = int(exact[0].data(_ID_ROLE))
            self._contact_name = text
            self.contact_changed.emit(self._contact_id)

    @Slot(QModelIndex)
    def _on_completer_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        # The completer may hand over an index of its own proxy: read the data off it.
        contact_id = index.data(_ID_ROLE)
        name = index.data(_NAME_ROLE)
        if contact_id is None:
            return
        self.set_contact(int(contact_id), str(name))
