"""The main window: the record screens in tabs, menus and shortcuts, one undo
stack for every edit, and a status bar with the size of the network."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Protocol, TypeVar, cast, runtime_checkable

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)
from typing_extensions import override

from netdesk import __version__
from netdesk.domain.errors import NetdeskError
from netdesk.domain.trash import RecordKind
from netdesk.messages import describe_error
from netdesk.models.changes import Changes
from netdesk.models.formatting import numerus
from netdesk.services.workspace import Workspace
from netdesk.views.appearance import appearance_menu
from netdesk.views.background import BackgroundJob, Progress
from netdesk.views.common import plain_label, show_error
from netdesk.views.icons import apply_icons
from netdesk.views.interchange_actions import InterchangeActions
from netdesk.views.lazy_page import LazyPage, page_content, tab_page_of
from netdesk.views.today_panel import TodayPanel
from netdesk.views.tour import TOUR_DONE_KEY, TourDialog, TourStop

if TYPE_CHECKING:  # the other screens are imported when first shown
    from netdesk.domain.contacts import ContactDraft
    from netdesk.domain.conversations import ConversationDraft
    from netdesk.domain.organisations import OrganisationDraft
    from netdesk.domain.promises import PromiseDraft
    from netdesk.domain.trash import TrashItem
    from netdesk.views.inventory_panel import InventoryPanel
    from netdesk.views.meetings_page import MeetingsPage
    from netdesk.views.panels import (
        ContactsPanel,
        ConversationsPanel,
        OrganisationsPanel,
        PromisesPanel,
    )
    from netdesk.views.pitch_editor import PitchPage
    from netdesk.views.table_panel import TablePanel
    from netdesk.views.welcome import WelcomePage

D = TypeVar("D")


@runtime_checkable
class _Loadable(Protocol):
    """A screen that reads its data when first shown, and again when stale."""

    def ensure_loaded(self) -> None: ...


# The record tables, in the order of their tabs and Ctrl+1…4.
TABLE_KEYS = ("contacts", "organisations", "conversations", "promises")
_FIRST_COUNTS_DELAY_MS = 200


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        *,
        demo: bool = False,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.workspace = workspace
        self.changes = Changes(self)
        self.undo_stack = QUndoStack(self)
        self._settings = settings or QSettings()
        self._demo = demo
        self._open_dialog: QWidget | None = None
        self.tour: TourDialog | None = None
        self.welcome: WelcomePage | None = None
        # The tour follows the first step a new user takes from the welcome.
        self._tour_after_welcome = False

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.today = TodayPanel(workspace, self.changes, self.undo_stack, self._report)
        self._connect_today()
        self.tabs.addTab(self.today, self.tr("&Today"))
        # Every other screen is built the first time it is shown or needed.
        self.tab_pages: dict[str, QWidget] = {"today": self.today}
        for key, title, build in (
            ("contacts", self.tr("&Contacts"), self._build_contacts),
            ("organisations", self.tr("&Organisations"), self._build_organisations),
            ("inventory", self.tr("I&nventory"), self._build_inventory),
            ("conversations", self.tr("Conversation&s"), self._build_conversations),
            ("promises", self.tr("&Promises"), self._build_promises),
            ("pitch", self.tr("P&itch"), self._build_pitch),
            ("meetings", self.tr("&Meetings"), self._build_meetings),
        ):
            page = LazyPage(key, build)
            self.tab_pages[key] = page
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.setCentralWidget(self.tabs)

        self.counts_label = plain_label()
        self.counts_label.setObjectName("networkCounts")
        self.statusBar().addPermanentWidget(self.counts_label)

        self.interchange = InterchangeActions(
            self,
            workspace,
            self.changes,
            self.undo_stack,
            self._show_dialog,
            self._selected_contact_ids,
            self._report,
        )
        self._build_actions()
        apply_icons(self)
        self._connect_changes()
        self._connect_empty_lists()
        # Edit → Delete on Meetings and Pitch follows where the focus is.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.setAcceptDrops(True)  # a contacts file dropped anywhere is imported
        self._start_daily_backups()

        title = self.tr("netdesk")
        if demo:
            # Qt adds " — netdesk" (the application's display name) itself.
            title = self.tr("Demo network (changes are not kept)")
        self.setWindowTitle(title)
        self.resize(1280, 780)
        self._restore_settings()
        self._update_actions()
        self._update_welcome()

    # Building ----------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work wherever focus is in the window
        return action

    def _build_actions(self) -> None:
        tr = self.tr
        self.new_contact_action = self._action(
            tr("New &contact…"), self.new_contact, "Ctrl+N", tr("Add a person to your network")
        )
        self.new_organisation_action = self._action(
            tr("New &organisation…"),
            self.new_organisation,
            "Ctrl+Shift+N",
            tr("Add an organisation, e.g. an employer you would like to work for"),
        )
        self.log_conversation_action = self._action(
            tr("&Log conversation…"),
            self.log_conversation,
            "Ctrl+L",
            tr("Note whom you spoke to, about what, and whom they referred you to"),
        )
        self.new_promise_action = self._action(
            tr("New &promise…"),
            self.new_promise,
            "Ctrl+Shift+P",
            tr("Note something someone offered to do for you, or you for them"),
        )
        self.open_folder_action = self._action(
            tr("Open data &folder"),
            self.open_data_folder,
            tip=tr("Show the folder with your data file and its backups"),
        )
        self.quit_action = self._action(
            tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, tr("Close netdesk")
        )

        self.undo_action = self.undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action.setStatusTip(tr("Take back the last change"))
        self.redo_action.setStatusTip(tr("Do again what was just taken back"))
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.edit_action = self._action(
            tr("&Edit…"), self.edit_current, "Ctrl+E", tr("Edit the selected record")
        )
        self.delete_action = self._action(
            tr("&Delete"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            tr("Move the selected records to the trash (Ctrl+Z brings them back)"),
        )
        self.thanks_action = self._action(
            tr("Mark &thanks sent"),
            self.toggle_thanks,
            "Ctrl+T",
            tr("Record that you thanked this person for the conversation"),
        )
        self.done_action = self._action(
            tr("Mark promise &done"),
            self.toggle_done,
            "Ctrl+D",
            tr("Tick off the selected promise"),
        )
        self.find_action = self._action(
            tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find, tr("Search this list")
        )
        self.trash_action = self._action(
            tr("&Trash…"), self.show_trash, tip=tr("Restore deleted records or empty the trash")
        )
        self.channels_action = self._action(
            tr("C&hannels…"),
            self.edit_channels,
            tip=tr("Edit the list of ways you talk to people (coffee, phone, …)"),
        )
        self.about_action = self._action(
            tr("&About netdesk"),
            self.show_about,
            tip=tr("Version, licence, and the folder that holds your data"),
        )
        self.guide_action = self._action(
            tr("&Networking guide"),
            self.show_guide,
            QKeySequence.StandardKey.HelpContents,
            tr("The networking advice netdesk is built on, with the screen for each point"),
        )
        self.shortcuts_action = self._action(
            tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            "Ctrl+/",
            tr("Every key netdesk answers to, searchable"),
        )
        self.tour_action = self._action(
            tr("&Tour"),
            self.start_tour,
            tip=tr("A short walk past the main screens and what each is for"),
        )
        self.prepare_meeting_action = self._action(
            tr("Prepare a &meeting…"),
            self.prepare_meeting,
            "Ctrl+I",
            tr("Prepare a networking interview step by step, with the selected person"),
        )
        self.meetings_action = self._action(
            tr("&Meetings"), self.show_meetings, tip=tr("Meetings being prepared and coming up")
        )
        self.today_action = self._action(
            tr("&Today"), self.show_today, "Ctrl+0", tr("What to do today: thanks, follow-ups")
        )
        self.inventory_action = self._action(
            tr("&Inventory"),
            self.show_inventory,
            tip=tr("Where your contacts work, by sector; target employers where you know nobody"),
        )
        self.message_action = self._action(
            tr("&Write a message…"),
            self.write_message,
            "Ctrl+M",
            tr("Write to someone from a template (the selected person, or pick one)"),
        )
        self.templates_action = self._action(
            tr("Message &templates…"),
            self.edit_templates,
            tip=tr("Edit the message templates, or restore the ones netdesk ships with"),
        )
        self.pitch_action = self._action(
            tr("My &pitch"),
            self.show_pitch,
            "Ctrl+P",
            tr("Write, time and rehearse your personal introduction"),
        )

        menu = self.menuBar()
        file_menu = menu.addMenu(tr("&File"))
        for action in (
            self.new_contact_action,
            self.new_organisation_action,
            self.log_conversation_action,
            self.new_promise_action,
            self.prepare_meeting_action,
            self.message_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.interchange.import_action)
        file_menu.addAction(self.interchange.export_action)
        file_menu.addAction(self.interchange.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.open_folder_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(tr("&Edit"))
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (self.edit_action, self.delete_action, self.thanks_action, self.done_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.trash_action)
        edit_menu.addAction(self.channels_action)
        edit_menu.addAction(self.templates_action)
        view_menu = menu.addMenu(tr("&View"))
        # The record tables by key, named as their tabs are.
        self.panel_actions: dict[str, QAction] = {}
        for number, key in enumerate(TABLE_KEYS, start=1):
            label = self.tabs.tabText(self.tabs.indexOf(self.tab_pages[key]))
            action = self._action(
                label, partial(self.show_screen, key), f"Ctrl+{number}", self._panel_tips()[key]
            )
            self.panel_actions[key] = action
            view_menu.addAction(action)
        view_menu.insertAction(view_menu.actions()[0], self.today_action)
        view_menu.addSeparator()
        view_menu.addAction(self.inventory_action)
        view_menu.addAction(self.pitch_action)
        view_menu.addAction(self.meetings_action)
        view_menu.addSeparator()
        view_menu.addMenu(appearance_menu(self, self._settings))
        self._add_language_menu(view_menu)
        tools_menu = menu.addMenu(tr("Too&ls"))
        tools_menu.addAction(self.interchange.duplicates_action)
        help_menu = menu.addMenu(tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.tour_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self.menus = [file_menu, edit_menu, view_menu, tools_menu, help_menu]

        toolbar = QToolBar(tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.new_contact_action,
            self.log_conversation_action,
            self.new_promise_action,
            self.prepare_meeting_action,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.edit_action)
        toolbar.addAction(self.delete_action)
        self.addToolBar(toolbar)

    def _connect_today(self) -> None:
        today = self.today
        today.dialog_requested.connect(self._show_dialog)
        today.open_record_requested.connect(self.navigate_to)
        today.log_conversation_requested.connect(self.log_conversation_with)
        today.goal_requested.connect(self._on_today_goal_requested)
        today.prepare_requested.connect(self._on_today_prepare_requested)
        today.briefing_requested.connect(self.show_briefing)
        today.to_do_changed.connect(self._on_today_to_do_changed)

    def _connect_changes(self) -> None:
        c = self.changes
        for signal in (
            c.contacts_changed,
            c.organisations_changed,
            c.conversations_changed,
            c.promises_changed,
            c.trash_changed,
        ):
            signal.connect(self._schedule_counts)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.timeout.connect(self._update_counts)

    # The screens, built when first needed --------------------------------------

    def _build_contacts(self) -> QWidget:
        from netdesk.views.panels import ContactsPanel

        panel = ContactsPanel(self.workspace)
        self.changes.contacts_changed.connect(panel.mark_stale)
        self.changes.promises_changed.connect(panel.show_current_detail)  # open promises
        panel.add_requested.connect(self.new_contact)
        return self._wire_table_panel(panel)

    def _build_organisations(self) -> QWidget:
        from netdesk.views.panels import OrganisationsPanel

        panel = OrganisationsPanel(self.workspace)
        self.changes.organisations_changed.connect(panel.mark_stale)
        panel.add_requested.connect(self.new_organisation)
        return self._wire_table_panel(panel)

    def _build_conversations(self) -> QWidget:
        from netdesk.views.panels import ConversationsPanel

        panel = ConversationsPanel(self.workspace)
        self.changes.conversations_changed.connect(panel.mark_stale)
        self.changes.channels_changed.connect(panel.mark_stale)
        panel.add_requested.connect(self.log_conversation)
        return self._wire_table_panel(panel)

    def _build_promises(self) -> QWidget:
        from netdesk.views.panels import PromisesPanel

        panel = PromisesPanel(self.workspace)
        self.changes.promises_changed.connect(panel.mark_stale)
        panel.add_requested.connect(self.new_promise)
        return self._wire_table_panel(panel)

    def _wire_table_panel(self, panel: TablePanel) -> TablePanel:
        panel.activated.connect(partial(self.edit_record, panel.kind))
        panel.current_changed.connect(self._update_actions)
        panel.counts_changed.connect(self._update_actions)
        panel.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        panel.table.customContextMenuRequested.connect(self._on_table_context_menu)
        browser = getattr(panel, "browser", None)
        if browser is not None:
            browser.link_activated.connect(self.navigate_to)
        panel.restore_state(self._settings, f"panels/{panel.objectName()}")
        return panel

    def _build_inventory(self) -> QWidget:
        from netdesk.views.inventory_panel import InventoryPanel

        inventory = InventoryPanel(self.workspace)
        inventory.open_record_requested.connect(self.navigate_to)
        for signal in (self.changes.organisations_changed, self.changes.contacts_changed):
            signal.connect(inventory.mark_stale)
        return inventory

    def _build_pitch(self) -> QWidget:
        from netdesk.views.pitch_editor import PitchPage

        pitch = PitchPage(self.workspace, self.changes, self.undo_stack, self._report)
        pitch.dialog_requested.connect(self._show_dialog)
        pitch.status_message.connect(self._show_status)
        # The page refills its list with signals blocked: look again after a change.
        pitch.versions.currentItemChanged.connect(self._update_actions)
        self.changes.pitches_changed.connect(self._update_actions)
        splitter = self._settings.value("pitch/splitter")
        if isinstance(splitter, QByteArray):
            pitch.splitter.restoreState(splitter)
        return pitch

    def _build_meetings(self) -> QWidget:
        from netdesk.views.meetings_page import MeetingsPage

        meetings = MeetingsPage(self.workspace, self.changes, self.undo_stack, self._report)
        meetings.dialog_requested.connect(self._show_dialog)
        meetings.status_message.connect(self._show_status)
        meetings.show_requested.connect(self.show_meetings)
        meetings.list.currentItemChanged.connect(self._update_actions)
        self.changes.meetings_changed.connect(self._update_actions)
        return meetings

    def _page(self, key: str) -> QWidget:
        return page_content(self.tab_pages[key])

    def _built(self, key: str) -> QWidget | None:
        """A screen if it has been built, without building it."""
        page = self.tab_pages[key]
        return page.built if isinstance(page, LazyPage) else page

    def current_key(self) -> str:
        """The key of the screen on show (see screen_page)."""
        current = self.tabs.currentWidget()
        return next(key for key, page in self.tab_pages.items() if page is current)

    def current_page(self) -> QWidget:
        """The screen on show (built, since it is on show)."""
        return self._page(self.current_key())

    @property
    def contacts(self) -> ContactsPanel:
        return cast("ContactsPanel", self._page("contacts"))

    @property
    def organisations(self) -> OrganisationsPanel:
        return cast("OrganisationsPanel", self._page("organisations"))

    @property
    def conversations(self) -> ConversationsPanel:
        return cast("ConversationsPanel", self._page("conversations"))

    @property
    def promises(self) -> PromisesPanel:
        return cast("PromisesPanel", self._page("promises"))

    @property
    def inventory(self) -> InventoryPanel:
        return cast("InventoryPanel", self._page("inventory"))

    @property
    def pitch(self) -> PitchPage:
        return cast("PitchPage", self._page("pitch"))

    @property
    def meetings(self) -> MeetingsPage:
        return cast("MeetingsPage", self._page("meetings"))

    # What is selected ---------------------------------------------------------

    def current_panel(self) -> TablePanel | None:
        """The record table on show, or None on a screen without one."""
        key = self.current_key()
        return cast("TablePanel", self._page(key)) if key in TABLE_KEYS else None

    def show_meetings(self) -> None:
        self.tabs.setCurrentWidget(self.tab_pages["meetings"])
        self.meetings.ensure_loaded()
        self.meetings.focus_start()

    @Slot()
    def show_today(self) -> None:
        self.tabs.setCurrentWidget(self.today)
        self.today.ensure_loaded()
        self.today.setFocus()

    def show_inventory(self) -> None:
        self.tabs.setCurrentWidget(self.tab_pages["inventory"])

    @Slot(int)
    def show_briefing(self, meeting_id: int) -> None:
        from netdesk.printing.briefing_print import show_briefing_preview

        show_briefing_preview(self, self.workspace, meeting_id)

    @Slot()
    def _on_today_goal_requested(self) -> None:
        self.show_pitch()
        self.pitch.edit_goal()

    @Slot(int)
    def _on_today_prepare_requested(self, conversation_id: int) -> None:
        try:
            planned = self.workspace.conversations.get(conversation_id)
        except NetdeskError as error:
            self._report(self.tr("Prepare the meeting"), error)
            return
        self.meetings.prepare(planned.contact_id, starts_at=planned.occurred_at)

    @Slot(int)
    def _on_today_to_do_changed(self, count: int) -> None:
        index = self.tabs.indexOf(self.today)
        if not self.today.showing_agenda():
            # Records may have arrived by a way that sent no change (a refresh after
            # another program wrote, say): look again while the welcome is up.
            self._update_welcome()
        if not self.today.showing_agenda():
            count = 0  # the welcome asks nothing of a new user yet
        title = self.tr("&Today") if count == 0 else self.tr("&Today ({count})").format(count=count)
        self.tabs.setTabText(index, title)

    @Slot()
    def write_message(self) -> None:
        from netdesk.domain.templates import TemplateKind
        from netdesk.views.message_dialog import MessageDialog, SentMessageCommand

        # With nobody selected (always so on Today, Organisations, Pitch,
        # Meetings) the dialog asks whom to write to.
        dialog = MessageDialog(
            self.workspace.outreach,
            self._selected_contact_id(),
            TemplateKind.KEEP_IN_TOUCH,
            contacts=self.workspace.contacts,
            parent=self,
        )
        # Undoable like every edit; a thank-you, reminder or report-back also
        # marks its conversation, promise or referral, so everything refreshes.
        dialog.message_sent.connect(
            lambda message_id: self.undo_stack.push(
                SentMessageCommand(self.workspace.outreach, message_id, self.changes, self._report)
            )
        )
        dialog.message_sent.connect(lambda _id: self.changes.everything())
        self._show_dialog(dialog)

    @Slot()
    def edit_templates(self) -> None:
        from netdesk.views.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self.workspace.outreach, parent=self)
        dialog.templates_changed.connect(self.today.mark_stale)
        self._show_dialog(dialog)

    @Slot()
    def prepare_meeting(self) -> None:
        """The wizard, for the person selected (on Contacts, Conversations, Promises)."""
        self.meetings.prepare(self._selected_contact_id())

    def show_pitch(self) -> None:
        self.tabs.setCurrentWidget(self.tab_pages["pitch"])
        self.pitch.ensure_loaded()
        self.pitch.focus_start()

    def show_panel(self, panel: TablePanel) -> None:
        self.tabs.setCurrentWidget(tab_page_of(panel))
        panel.table.setFocus()

    def _selected_contact_id(self) -> int | None:
        panel = self.current_panel()
        if panel is None:
            return None
        record = panel.model.record_at(panel.table.currentIndex().row())
        if panel.kind is RecordKind.CONTACT:
            return panel.current_id()
        contact_id = getattr(record, "contact_id", None)
        return contact_id if isinstance(contact_id, int) else None

    def _selected_contact_ids(self) -> list[int]:
        """The contacts selected in the Contacts list, when it is on show."""
        return self.contacts.selected_ids() if self.current_key() == "contacts" else []

    # Commands ---------------------------------------------------------------

    def _report(self, action: str, error: NetdeskError) -> None:
        show_error(
            self, self.tr("Could not {action}").format(action=action.lower()), describe_error(error)
        )

    def _push_created(self, text: str, kind: RecordKind, record_id: int) -> None:
        from netdesk.views.commands import creation_command

        self.undo_stack.push(
            creation_command(
                text, kind, record_id, self.workspace.trash, self.changes, self._report
            )
        )

    def _push_edit(
        self, text: str, kind: RecordKind, apply: Callable[[D], object], before: D, after: D
    ) -> None:
        from netdesk.views.commands import edit_command

        self.undo_stack.push(
            edit_command(text, kind, apply, before, after, self.changes, self._report)
        )

    @Slot(str)
    def _show_status(self, text: str) -> None:
        """A screen's note on what it just did, shown as the record tables' are."""
        self.statusBar().showMessage(text, 8000)

    def _show_dialog(self, dialog: QWidget) -> None:
        """Dialogs are window-modal and non-blocking; keep one reference alive."""
        self._open_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    @Slot()
    def new_contact(self, *, show_in_list: bool = True) -> None:
        """The new-contact dialog; the person added is then shown in Contacts
        (from the welcome, Today comes first and the tour goes on from there)."""
        from netdesk.views.contact_dialog import ContactDialog

        ws = self.workspace

        def save(draft: ContactDraft) -> None:
            contact = ws.contacts.create(draft)
            self._push_created(
                self.tr("Add {name}").format(name=contact.display_name),
                RecordKind.CONTACT,
                contact.id,
            )
            if show_in_list:
                self._select_after_change(self.contacts, contact.id)

        self._show_dialog(ContactDialog(ws.contacts, ws.organisations, save, parent=self))

    @Slot()
    def new_organisation(self) -> None:
        from netdesk.views.organisation_dialog import OrganisationDialog

        ws = self.workspace

        def save(draft: OrganisationDraft) -> None:
            organisation = ws.organisations.create(draft)
            self._push_created(
                self.tr("Add {name}").format(name=organisation.name),
                RecordKind.ORGANISATION,
                organisation.id,
            )
            self._select_after_change(self.organisations, organisation.id)

        self._show_dialog(OrganisationDialog(save, parent=self))

    @Slot()
    def log_conversation(self) -> None:
        self.log_conversation_with(self._selected_contact_id())

    @Slot(int)
    def log_conversation_with(self, contact_id: int | None) -> None:
        from netdesk.views.conversation_dialog import ConversationDialog

        ws = self.workspace

        def save(draft: ConversationDraft) -> None:
            conversation = ws.conversations.create(draft)
            self._push_created(
                self.tr("Log conversation with {name}").format(name=conversation.contact_name),
                RecordKind.CONVERSATION,
                conversation.id,
            )
            if self.current_key() == "conversations":
                self._select_after_change(self.conversations, conversation.id)

        self._show_dialog(
            ConversationDialog(
                ws.contacts,
                ws.channels.all(),
                save,
                contact_id=contact_id,
                now=ws.clock.now(),
                parent=self,
            )
        )

    @Slot()
    def new_promise(self) -> None:
        from netdesk.views.promise_dialog import PromiseDialog

        ws = self.workspace

        def save(draft: PromiseDraft) -> None:
            promise = ws.promises.create(draft)
            self._push_created(
                self.tr("Add promise “{what}”").format(what=promise.description),
                RecordKind.PROMISE,
                promise.id,
            )
            if self.current_key() == "promises":
                self._select_after_change(self.promises, promise.id)

        self._show_dialog(
            PromiseDialog(ws.contacts, save, contact_id=self._selected_contact_id(), parent=self)
        )

    @Slot()
    def edit_current(self) -> None:
        if self.current_key() == "meetings":
            self.meetings.open_current()  # its preparation, in the wizard
            return
        panel = self.current_panel()
        if panel is None:
            return
        record_id = panel.current_id()
        if record_id is not None:
            self.edit_record(panel.kind, record_id)

    def edit_record(self, kind: RecordKind, record_id: int) -> None:
        from netdesk.views.contact_dialog import ContactDialog
        from netdesk.views.conversation_dialog import ConversationDialog
        from netdesk.views.organisation_dialog import OrganisationDialog
        from netdesk.views.promise_dialog import PromiseDialog

        ws = self.workspace
        try:
            if kind is RecordKind.CONTACT:
                contact = ws.contacts.get(record_id)

                def save_contact(draft: ContactDraft) -> None:
                    after = ws.contacts.update(record_id, draft)
                    self._push_edit(
                        self.tr("Edit {name}").format(name=after.display_name),
                        kind,
                        lambda d: ws.contacts.update(record_id, d),
                        contact.to_draft(),
                        after.to_draft(),
                    )

                dialog: QWidget = ContactDialog(
                    ws.contacts, ws.organisations, save_contact, contact=contact, parent=self
                )
            elif kind is RecordKind.ORGANISATION:
                organisation = ws.organisations.get(record_id)

                def save_organisation(draft: OrganisationDraft) -> None:
                    after = ws.organisations.update(record_id, draft)
                    self._push_edit(
                        self.tr("Edit {name}").format(name=after.name),
                        kind,
                        lambda d: ws.organisations.update(record_id, d),
                        organisation.to_draft(),
                        after.to_draft(),
                    )

                dialog = OrganisationDialog(
                    save_organisation, organisation=organisation, parent=self
                )
            elif kind is RecordKind.CONVERSATION:
                conversation = ws.conversations.get(record_id)

                def save_conversation(draft: ConversationDraft) -> None:
                    after = ws.conversations.update(record_id, draft)
                    self._push_edit(
                        self.tr("Edit conversation with {name}").format(name=after.contact_name),
                        kind,
                        lambda d: ws.conversations.update(record_id, d),
                        conversation.to_draft(),
                        after.to_draft(),
                    )

                dialog = ConversationDialog(
                    ws.contacts,
                    ws.channels.all(include_archived=True),
                    save_conversation,
                    conversation=conversation,
                    now=ws.clock.now(),
                    parent=self,
                )
            else:
                promise = ws.promises.get(record_id)

                def save_promise(draft: PromiseDraft) -> None:
                    after = ws.promises.update(record_id, draft)
                    self._push_edit(
                        self.tr("Edit promise “{what}”").format(what=after.description),
                        kind,
                        lambda d: ws.promises.update(record_id, d),
                        promise.to_draft(),
                        after.to_draft(),
                    )

                dialog = PromiseDialog(ws.contacts, save_promise, promise=promise, parent=self)
        except NetdeskError as error:
            self._report(self.tr("Edit"), error)
            return
        self._show_dialog(dialog)

    @Slot()
    def delete_selected(self) -> None:
        """Edit → Delete (the Delete key): the selected records, meeting or pitch."""
        from netdesk.views.commands import push_trash

        key = self.current_key()
        if key == "meetings":
            self.meetings.delete()
            return
        if key == "pitch":
            self.pitch.delete()
            return
        panel = self.current_panel()
        if panel is None:
            return
        ids = panel.selected_ids()
        if not ids:
            return
        n = len(ids)
        noun = numerus(
            {
                RecordKind.CONTACT: self.tr("%n contact(s)", None, n),
                RecordKind.ORGANISATION: self.tr("%n organisation(s)", None, n),
                RecordKind.CONVERSATION: self.tr("%n conversation(s)", None, n),
                RecordKind.PROMISE: self.tr("%n promise(s)", None, n),
            }[panel.kind],
            n,
        )
        text = self.tr("Delete {what}").format(what=noun)
        if push_trash(
            self.undo_stack, text, panel.kind, ids, self.workspace.trash, self.changes, self._report
        ):
            self.statusBar().showMessage(
                self.tr("Moved {what} to the trash. Ctrl+Z brings it back.").format(what=noun), 8000
            )

    @Slot()
    def toggle_thanks(self) -> None:
        if self.current_key() != "conversations":
            return
        ws = self.workspace
        for conversation_id in self.conversations.selected_ids():
            conversation = ws.conversations.get(conversation_id)
            before = conversation.thanks_sent_at
            after: datetime | None = None if before is not None else ws.clock.now()
            ws.conversations.set_thanks_sent(conversation_id, after)
            self._push_edit(
                self.tr("Thanks to {name}").format(name=conversation.contact_name),
                RecordKind.CONVERSATION,
                partial(ws.conversations.set_thanks_sent, conversation_id),
                before,
                after,
            )

    @Slot()
    def toggle_done(self) -> None:
        if self.current_key() != "promises":
            return
        ws = self.workspace
        for promise_id in self.promises.selected_ids():
            promise = ws.promises.get(promise_id)
            ws.promises.set_done(promise_id, not promise.is_done)
            self._push_edit(
                self.tr("Promise “{what}” done").format(what=promise.description),
                RecordKind.PROMISE,
                partial(ws.promises.set_done, promise_id),
                promise.is_done,
                not promise.is_done,
            )

    @Slot()
    def focus_search(self) -> None:
        panel = self.current_panel()
        if panel is not None:
            panel.focus_search()

    @Slot()
    def show_trash(self) -> None:
        from netdesk.views.commands import TrashCommand
        from netdesk.views.trash_dialog import TrashDialog

        ws = self.workspace

        def restore(items: Sequence[TrashItem]) -> None:
            for kind in RecordKind:
                ids = [item.id for item in items if item.kind is kind]
                if ids:
                    self.undo_stack.push(
                        TrashCommand(
                            self.tr("Restore from trash"),
                            kind,
                            ids,
                            ws.trash,
                            self.changes,
                            self._report,
                            restoring=True,
                        )
                    )

        def purge(items: Sequence[TrashItem]) -> None:
            ws.trash.purge(items)
            # Undo steps may refer to what is now gone for good.
            self.undo_stack.clear()
            self.changes.everything()

        self._show_dialog(TrashDialog(ws.trash, restore=restore, purge=purge, parent=self))

    @Slot()
    def edit_channels(self) -> None:
        from netdesk.views.channels_dialog import ChannelsDialog

        dialog = ChannelsDialog(self.workspace.channels, parent=self)
        dialog.channels_changed.connect(self.changes.channels_changed)
        self._show_dialog(dialog)

    @Slot()
    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.workspace.data_dir)))

    @Slot()
    def show_about(self) -> None:
        from netdesk.views.about_dialog import AboutDialog

        ws = self.workspace
        self._show_dialog(AboutDialog(__version__, ws.data_dir, ws.data_file, parent=self))

    @Slot()
    def show_guide(self) -> None:
        from netdesk.views.guide_dialog import GuideDialog

        dialog = GuideDialog(parent=self)
        dialog.screen_requested.connect(self.show_screen)
        self._show_dialog(dialog)

    @Slot()
    def show_shortcuts(self) -> None:
        from netdesk.views.shortcuts_dialog import ShortcutsDialog

        self._show_dialog(ShortcutsDialog(self.menus, parent=self))

    def screen_page(self, key: str) -> QWidget:
        """A screen by its key: today, contacts, organisations, inventory,
        conversations, promises, pitch, meetings (built if it was not yet)."""
        return self._page(key)

    @Slot(str)
    def show_screen(self, key: str) -> None:
        if key == "today":
            self.show_today()
        elif key == "pitch":
            self.show_pitch()
        elif key == "meetings":
            self.show_meetings()
        elif key == "inventory":
            self.show_inventory()
        else:
            self.show_panel(cast("TablePanel", self._page(key)))

    # Welcome and tour -------------------------------------------------------------

    def _panel_tips(self) -> dict[str, str]:
        tr = self.tr
        return {
            "contacts": tr("Everyone you know, and where they work"),
            "organisations": tr("Employers, with your research and the people there"),
            "conversations": tr("Whom you spoke to, about what, and who they referred"),
            "promises": tr("What people offered to do for you, and you for them"),
        }

    def _connect_empty_lists(self) -> None:
        """Leave the welcome once there is data, and come back to it when there is none."""
        for signal in (
            self.changes.contacts_changed,
            self.changes.organisations_changed,
            self.changes.conversations_changed,
            self.changes.trash_changed,
        ):
            signal.connect(self._update_welcome)

    def has_records(self) -> bool:
        """Anything of the user's own yet? (Cheap: three counts.)"""
        ws = self.workspace
        return bool(ws.contacts.count() or ws.organisations.count() or ws.conversations.count())

    @Slot()
    def _update_welcome(self) -> None:
        """An empty data file opens on the welcome; once there is data, on Today."""
        try:
            empty = not self.has_records()
        except NetdeskError:
            return  # the agenda reports a data file problem itself
        if empty and not self._demo:
            if self.welcome is None:
                from netdesk.views.welcome import WelcomePage

                self.welcome = WelcomePage()
                self.welcome.import_requested.connect(self._on_welcome_import_requested)
                self.welcome.add_contact_requested.connect(self._on_welcome_add_contact_requested)
                self.welcome.demo_requested.connect(self._on_welcome_demo_requested)
            self.today.show_instead(self.welcome)
            self.tabs.setTabText(self.tabs.indexOf(self.today), self.tr("&Today"))
            return
        was_welcome = not self.today.showing_agenda()
        self.today.show_instead(None)
        if was_welcome:
            self.today.mark_stale()
            if self._tour_after_welcome:
                self._tour_after_welcome = False
                self.show_today()
                self.maybe_start_tour()

    @Slot()
    def _on_welcome_import_requested(self) -> None:
        self._tour_after_welcome = True
        self.interchange.choose_import()

    @Slot()
    def _on_welcome_add_contact_requested(self) -> None:
        self._tour_after_welcome = True
        self.new_contact(show_in_list=False)

    @Slot()
    def _on_welcome_demo_requested(self) -> None:
        from netdesk.views.welcome import start_demo

        if start_demo():
            self.statusBar().showMessage(
                self.tr("The demo network opens in a window of its own; your data is not touched."),
                10000,
            )
        else:
            show_error(
                self,
                self.tr("Could not open the demo network"),
                self.tr("netdesk could not start a second window for the demo."),
            )

    def tour_stops(self) -> list[TourStop]:
        def stop(key: str, action: QAction) -> TourStop:
            return TourStop(key, self.tab_pages[key], action.shortcut())

        return [
            stop("today", self.today_action),
            stop("contacts", self.panel_actions["contacts"]),
            stop("organisations", self.panel_actions["organisations"]),
            stop("inventory", self.inventory_action),
            stop("conversations", self.panel_actions["conversations"]),
            stop("promises", self.panel_actions["promises"]),
            stop("pitch", self.pitch_action),
            # Meetings has no key of its own (Ctrl+I prepares a new meeting).
            stop("meetings", self.meetings_action),
        ]

    @Slot()
    def start_tour(self) -> None:
        if self.tour is not None:
            self.tour.close()
        tour = TourDialog(self.tour_stops(), self._show_tour_page, parent=self)
        tour.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        tour.ended.connect(self._on_tour_ended)
        self.tour = tour
        tour.show()
        tour.place_beside(self)
        tour.raise_()
        tour.activateWindow()

    def maybe_start_tour(self) -> None:
        """Once, automatically: after the first step from the welcome, or in the demo."""
        if self._settings.value(TOUR_DONE_KEY, False, type=bool):
            return
        if self.isVisible():
            self.start_tour()

    def _show_tour_page(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(tab_page_of(page))

    @Slot(bool)
    def _on_tour_ended(self, _finished: bool) -> None:
        # Skipped or finished, it is not shown by itself again (Help → Tour is).
        self._settings.setValue(TOUR_DONE_KEY, True)
        self.tour = None

    # Navigation and state -----------------------------------------------------

    @Slot(str, int)
    def navigate_to(self, kind: str, record_id: int) -> None:
        if kind == "meeting":
            self.show_meetings()
            self.meetings.select(record_id)
            return
        key = {
            "contact": "contacts",
            "organisation": "organisations",
            "conversation": "conversations",
            "promise": "promises",
        }.get(kind)
        if key is None:
            return
        panel = cast("TablePanel", self._page(key))
        self.tabs.setCurrentWidget(tab_page_of(panel))
        panel.ensure_loaded()
        if key == "promises" and self.promises.open_only.isChecked():
            self.promises.open_only.setChecked(False)
        if key == "organisations" and self.organisations.targets_only.isChecked():
            self.organisations.targets_only.setChecked(False)
        panel.select_id(record_id)

    def _select_after_change(self, panel: TablePanel, record_id: int) -> None:
        """Show what was just created: its tab, its row, its details."""
        self.tabs.setCurrentWidget(tab_page_of(panel))
        panel.ensure_loaded()
        if not panel.select_id(record_id):
            self.statusBar().showMessage(
                self.tr("Saved. It is hidden by the current search."), 6000
            )

    @Slot(QPoint)
    def _on_table_context_menu(self, position: QPoint) -> None:
        panel = self.current_panel()
        if panel is None:
            return
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        if panel.kind is RecordKind.CONTACT:
            menu.addAction(self.log_conversation_action)
            menu.addAction(self.new_promise_action)
            menu.addAction(self.prepare_meeting_action)
            menu.addAction(self.message_action)
        if panel.kind is RecordKind.CONVERSATION:
            menu.addAction(self.thanks_action)
        if panel.kind is RecordKind.PROMISE:
            menu.addAction(self.done_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.popup(panel.table.viewport().mapToGlobal(position))

    @Slot(int)
    def _on_tabs_current_changed(self, _index: int) -> None:
        key = self.current_key()
        page = self._page(key)
        if isinstance(page, _Loadable):  # the inventory loads itself when shown
            page.ensure_loaded()
        pitch = self._built("pitch")
        if key != "pitch" and pitch is not None:
            cast("PitchPage", pitch).save_now()
        self._update_actions()

    @Slot()
    def _update_actions(self) -> None:
        panel = self.current_panel()
        has_current = panel is not None and panel.current_id() is not None
        key = self.current_key()
        # On Meetings and Pitch, Delete means the list's current entry, and only
        # while the list has the focus (not a button or the tab bar).
        if key == "meetings":
            meetings = self.meetings
            has_current = meetings.current_id() is not None
            deletable = has_current and meetings.list.hasFocus()
        elif key == "pitch":
            versions = self.pitch.versions
            deletable = versions.currentItem() is not None and versions.hasFocus()
        else:
            deletable = has_current
        self.edit_action.setEnabled(has_current)
        self.delete_action.setEnabled(deletable)
        kind = panel.kind if panel is not None else None
        self.thanks_action.setEnabled(has_current and kind is RecordKind.CONVERSATION)
        self.done_action.setEnabled(has_current and kind is RecordKind.PROMISE)

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self.current_key() in ("meetings", "pitch"):
            self._update_actions()

    @Slot()
    def _schedule_counts(self) -> None:
        self._counts_timer.start(0)

    @Slot()
    def _update_counts(self) -> None:
        c = self.workspace.counts()
        parts = [
            numerus(self.tr("%n contact(s)", None, c.contacts), c.contacts),
            numerus(self.tr("%n organisation(s)", None, c.organisations), c.organisations),
            numerus(self.tr("%n conversation(s)", None, c.conversations), c.conversations),
            numerus(self.tr("%n open promise(s)", None, c.open_promises), c.open_promises),
        ]
        if c.trash:
            parts.append(numerus(self.tr("%n in the trash", None, c.trash), c.trash))
        self.counts_label.setText(" · ".join(parts))

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.show_screen(self.current_key())
        # The counts can wait until the window has been painted.
        self._counts_timer.start(_FIRST_COUNTS_DELAY_MS)
        if self._demo and not self._settings.value(TOUR_DONE_KEY, False, type=bool):
            # Exploring the demo is a first step too: the tour, once the window is up.
            QTimer.singleShot(0, self, self.maybe_start_tour)

    # Language -------------------------------------------------------------------

    def _add_language_menu(self, view_menu: QMenu) -> None:
        """System / English / Nederlands; the choice applies from the next start."""
        from netdesk.i18n import language_setting

        menu = view_menu.addMenu(self.tr("&Language"))
        menu.menuAction().setStatusTip(self.tr("The language netdesk speaks"))
        group = QActionGroup(self)
        current = language_setting(self._settings)
        # The languages' own names are not translated: each is read by its speakers.
        for value, text in (
            ("system", self.tr("Like the &system")),
            ("en", "&English"),
            ("nl", "&Nederlands"),
        ):
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(current == value)
            action.setStatusTip(self.tr("Speak this language from the next start"))
            group.addAction(action)
            action.triggered.connect(partial(self._choose_language, value))

    def _choose_language(self, value: str, _checked: bool = False) -> None:
        from netdesk.i18n import save_language_setting

        save_language_setting(value, self._settings)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("netdesk speaks the chosen language from its next start."),
        )

    # Backups --------------------------------------------------------------------

    def _start_daily_backups(self) -> None:
        """One backup a day while netdesk runs (one is also taken on closing):
        checked hourly, and five minutes after start."""
        self._backup_job: BackgroundJob | None = None
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(60 * 60 * 1000)
        self._backup_timer.timeout.connect(self._on_backup_timer_timeout)
        self._backup_timer.start()
        QTimer.singleShot(5 * 60 * 1000, self, self._on_backup_timer_timeout)

    @Slot()
    def _on_backup_timer_timeout(self) -> None:
        """The copy runs on a worker: seconds at 100,000 contacts."""
        if self._demo or self._backup_job is not None or not self.workspace.backups.daily_due():
            return
        backups = self.workspace.backups

        def work(_progress: Progress) -> object:
            return backups.take_daily_if_due()

        job = BackgroundJob(work, self.workspace.thread_connection)
        job.failed.connect(self._on_backup_job_failed)
        job.finished.connect(self._on_backup_job_finished)
        self._backup_job = job
        job.start()

    @Slot(object)
    def _on_backup_job_finished(self, _job: object) -> None:
        self._backup_job = None

    @Slot(object)
    def _on_backup_job_failed(self, error: object) -> None:
        """Backups that silently stop are no backups: say so (it is tried again hourly)."""
        reason = describe_error(error) if isinstance(error, NetdeskError) else str(error)
        self.statusBar().showMessage(
            self.tr("Today's backup could not be made: {reason}").format(reason=reason), 30_000
        )

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.interchange.drag_enter(event)

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        self.interchange.drop(event)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        pitch = self._built("pitch")
        if pitch is not None:
            cast("PitchPage", pitch).save_now()
        self._save_settings()
        self._counts_timer.stop()
        self._backup_timer.stop()
        # Imports roll back, restores and backups complete: the data file
        # closes after the window, and no worker may still be using it then.
        BackgroundJob.finish_all()
        super().closeEvent(event)

    def _save_settings(self) -> None:
        s = self._settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        for key in TABLE_KEYS:  # a screen never built keeps what it saved last time
            panel = self._built(key)
            if panel is not None:
                cast("TablePanel", panel).save_state(s, f"panels/{panel.objectName()}")
        pitch = self._built("pitch")
        if pitch is not None:
            s.setValue("pitch/splitter", cast("PitchPage", pitch).splitter.saveState())
        s.sync()

    def _restore_settings(self) -> None:
        s = self._settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        # Each screen restores its own layout when it is built.
        # Every start opens on Today: what to do this morning comes first.
        self.tabs.setCurrentWidget(self.today)
