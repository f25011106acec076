"""Edit the list of conversation channels: add, rename, reorder, archive."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.errors import ErrorCode, FieldError, ValidationError
from netdesk.domain.text import clean_line, fold
from netdesk.messages import describe_field_error
from netdesk.models.channel_names import channel_text
from netdesk.services.channels import ChannelService
from netdesk.views.appearance import Tone, set_tone
from netdesk.views.common import plain_label

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ChannelsDialog(QDialog):
    channels_changed = Signal()

    def __init__(self, channels: ChannelService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChannelsDialog")
        self.setWindowTitle(self.tr("Conversation channels"))
        self._channels = channels
        intro = plain_label(
            self.tr(
                "The ways you talk to people. Archived channels stay on old conversations "
                "but are not offered for new ones."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.error = plain_label()
        set_tone(self.error, Tone.ATTENTION)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.archive_button = QPushButton(self.tr("Ar&chive"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.add_button.clicked.connect(self._on_add)
        self.rename_button.clicked.connect(self._on_rename)
        self.archive_button.clicked.connect(self._on_archive)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(self._on_rename)
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.archive_button,
            self.up_button,
            self.down_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 400)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.list.clear()
        for channel in self._channels.all(include_archived=True):
            text = channel_text(channel)
            if channel.archived:
                text = self.tr("{name} (archived)").format(name=channel_text(channel))
            item = QListWidgetItem(text)
            item.setData(_ID_ROLE, channel.id)
            self.list.addItem(item)
            if channel.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(_ID_ROLE))

    @Slot()
    def _update_buttons(self) -> None:
        channel_id = self._current_id()
        channel = None if channel_id is None else self._channels.get(channel_id)
        for button in (self.rename_button, self.archive_button):
            button.setEnabled(channel is not None)
        self.archive_button.setText(
            self.tr("Un&archive") if channel and channel.archived else self.tr("Ar&chive")
        )
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)

    def _changed(self, select: int | None) -> None:
        self.error.clear()
        self.reload(select)
        self.channels_changed.emit()

    def _report(self, error: ValidationError) -> None:
        self.error.setText(
            "\n".join(describe_field_error(e, self.tr("Channel")) for e in error.errors)
        )

    def _check_shown_names(self, name: str, channel_id: int | None) -> bool:
        """The service keeps stored names unique; a built-in shows translated,
        so a new name must not match what another channel shows either."""
        taken = any(
            fold(channel_text(c)) == fold(clean_line(name)) and c.id != channel_id
            for c in self._channels.all(include_archived=True)
        )
        if taken:
            self._report(ValidationError([FieldError("name", ErrorCode.DUPLICATE, name)]))
        return not taken

    @Slot()
    def _on_add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add channel"), self.tr("Name:"))
        if not ok or not self._check_shown_names(name, None):
            return
        try:
            channel = self._channels.create(name)
        except ValidationError as error:
            self._report(error)
            return
        self._changed(channel.id)

    @Slot()
    def _on_rename(self) -> None:
        channel_id = self._current_id()
        item = self.list.currentItem()
        if channel_id is None or item is None:
            return
        shown = channel_text(self._channels.get(channel_id))
        name, ok = QInputDialog.getText(
            self, self.tr("Rename channel"), self.tr("Name:"), text=shown
        )
        # Unchanged, a built-in keeps its starting name and so its translations.
        if not ok or clean_line(name) == shown or not self._check_shown_names(name, channel_id):
            return
        try:
            self._channels.rename(channel_id, name)
        except ValidationError as error:
            self._report(error)
            return
        self._changed(channel_id)

    @Slot()
    def _on_archive(self) -> None:
        channel_id = self._current_id()
        if channel_id is None:
            return
        current = self._channels.get(channel_id)
        self._channels.set_archived(channel_id, not current.archived)
        self._changed(channel_id)

    def _move(self, step: int) -> None:
        ids = [int(self.list.item(row).data(_ID_ROLE)) for row in range(self.list.count())]
        row = self.list.currentRow()
        target = row + step
        if not (0 <= row < len(ids) and 0 <= target < len(ids)):
            return
        ids[row], ids[target] = ids[target], ids[row]
        self._channels.reorder(ids)
        self._changed(ids[target])
