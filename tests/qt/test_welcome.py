"""A new user's first minutes: the welcome on an empty data file, the empty
lists that say what belongs in them, and the short tour."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from netdesk.domain.contacts import ContactDraft
from netdesk.views import welcome
from netdesk.views.contact_dialog import ContactDialog
from netdesk.views.main_window import MainWindow
from netdesk.views.tour import TOUR_DONE_KEY, TourDialog, TourStop


def make_window(qtbot, workspace, settings, *, demo: bool = False) -> MainWindow:
    win = MainWindow(workspace, settings=settings, demo=demo)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_an_empty_data_file_opens_on_the_welcome_with_the_first_way_focused(
    qtbot, workspace, settings
):
    win = make_window(qtbot, workspace, settings)
    assert win.current_page() is win.today
    assert win.welcome is not None
    assert win.today.pages.currentWidget() is win.welcome
    assert win.welcome.isVisible()
    win.today.refresh()  # the agenda behind asks for a goal; the welcome asks nothing yet
    assert win.tabs.tabText(win.tabs.indexOf(win.today)) == "&Today"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.welcome.import_button)
    texts = [b.text() for b in (win.welcome.import_button, win.welcome.add_button)]
    assert texts == ["Import my LinkedIn connections…", "Add my first contact…"]
    win.close()


def test_a_data_file_with_people_opens_on_today_without_the_welcome(qtbot, workspace, settings):
    workspace.contacts.create(ContactDraft(first_name="Noor", last_name="Veldkamp"))
    win = make_window(qtbot, workspace, settings)
    assert win.welcome is None
    assert win.today.showing_agenda()
    win.close()


def test_add_my_first_contact_then_today_and_the_tour(qtbot, workspace, settings):
    win = make_window(qtbot, workspace, settings)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.welcome.import_button)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is win.welcome.add_button
    qtbot.keyClick(win.welcome.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(win._open_dialog, ContactDialog))
    dialog = win._open_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.first_name, "Mirthe")
    qtbot.keyClicks(dialog.last_name, "Oosterhuis")
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert workspace.contacts.count() == 1
    qtbot.waitUntil(win.today.showing_agenda)
    assert win.current_page() is win.today
    assert win.today.agenda_page.isVisible()
    # The tour follows the first step, once.
    qtbot.waitUntil(lambda: win.tour is not None and win.tour.isVisible())
    win.tour.reject()
    assert settings.value(TOUR_DONE_KEY, False, type=bool)
    win.close()


def test_import_from_the_welcome_opens_file_import(qtbot, workspace, settings, monkeypatch):
    win = make_window(qtbot, workspace, settings)
    asked: list[bool] = []
    monkeypatch.setattr(win.interchange, "choose_import", lambda: asked.append(True))
    # The signal connection calls the bound slot, so patch before clicking.
    qtbot.mouseClick(win.welcome.import_button, Qt.MouseButton.LeftButton)
    assert asked == [True]
    win.close()


def test_the_demo_starts_a_separate_netdesk(qtbot, workspace, settings, monkeypatch):
    started: list[tuple[str, list[str]]] = []

    def fake_start(program: str, arguments: list[str]) -> tuple[bool, int]:
        started.append((program, arguments))
        return True, 4242

    monkeypatch.setattr(welcome.QProcess, "startDetached", fake_start)
    win = make_window(qtbot, workspace, settings)
    qtbot.mouseClick(win.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert started == [(sys.executable, ["-m", "netdesk", "--demo"])]
    assert "demo" in win.statusBar().currentMessage()
    assert workspace.contacts.count() == 0  # the user's file is untouched
    win.close()


def test_a_frozen_netdesk_runs_its_own_program_for_the_demo(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert welcome.demo_command() == (sys.executable, ["--demo"])


def test_every_empty_list_says_what_belongs_there_and_offers_its_button(qtbot, window):
    expected = {
        window.contacts: "Add a contact",
        window.organisations: "Add an organisation",
        window.conversations: "Log a conversation",
        window.promises: "Note a promise",
    }
    for panel, button_text in expected.items():
        window.show_panel(panel)
        panel.ensure_loaded()
        assert panel.stack.currentWidget() is panel.empty
        assert panel.empty.heading.text()
        assert len(panel.empty.body.text()) > 60
        assert panel.empty.button.text() == button_text
        assert panel.empty.button.isVisible()


def test_the_empty_list_button_opens_the_new_record_dialog(qtbot, window):
    window.show_panel(window.contacts)
    qtbot.mouseClick(window.contacts.empty.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window._open_dialog, ContactDialog))
    window._open_dialog.reject()


def test_a_search_without_result_names_it_and_clears_with_one_click(qtbot, window, workspace):
    workspace.contacts.create(ContactDraft(first_name="Sanne", last_name="Dekker"))
    window.changes.contacts_changed.emit()
    window.show_panel(window.contacts)
    qtbot.keyClicks(window.contacts.search, "xyz")
    qtbot.waitUntil(lambda: window.contacts.stack.currentWidget() is window.contacts.empty)
    assert window.contacts.empty.heading.text() == "No contact matches “xyz”"
    assert "Esc" in window.contacts.empty.body.text()
    qtbot.mouseClick(window.contacts.empty.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)
    assert window.contacts.search.text() == ""


def test_a_quiet_day_on_today_says_what_today_will_show(qtbot, workspace, settings):
    from netdesk.domain.goal import JobGoal

    workspace.contacts.create(ContactDraft(first_name="Daan", last_name="Mulder"))
    workspace.goal.save(JobGoal(summary="a job in a museum"))
    win = make_window(qtbot, workspace, settings)
    win.show_today()
    win.today.refresh()
    assert win.today.all_done.isVisible()
    assert "thank-you notes" in win.today.all_done_hint.text()
    assert win.today.all_done_hint.isVisible()
    win.close()


# The tour ------------------------------------------------------------------------------


def test_the_tour_walks_the_screens_with_next_and_back(qtbot, window, settings):
    window.start_tour()
    tour = window.tour
    assert isinstance(tour, TourDialog)
    # Every tab, in the order of the tabs.
    assert [stop.page for stop in tour.stops] == [
        window.tabs.widget(i) for i in range(window.tabs.count())
    ]
    assert window.current_page() is window.today
    assert "Step 1 of" in tour.progress.text()
    assert "Ctrl+0" in tour.key_label.text()
    assert not tour.back_button.isEnabled()

    qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.contacts
    assert tour.title.text() == "Contacts"
    assert "Ctrl+1" in tour.key_label.text()
    qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.organisations
    qtbot.mouseClick(tour.back_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.contacts

    for _ in range(len(tour.stops) - 2):
        qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.meetings
    assert tour.title.text() == "Meetings"
    # Ctrl+I prepares a meeting; it does not open the Meetings screen.
    assert "Ctrl+I" not in tour.key_label.text()
    assert tour.next_button.text() == "Done"
    with qtbot.waitSignal(tour.ended) as ended:
        qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert ended.args == [True]
    assert window.current_page() is window.today
    assert window.tour is None
    assert settings.value(TOUR_DONE_KEY, False, type=bool)


def test_the_tour_shows_the_inventory_after_organisations(qtbot, window, settings):
    window.start_tour()
    tour = window.tour
    for _ in range(3):
        qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.inventory
    assert tour.title.text() == "Inventory"
    assert "sector" in tour.body.text()
    tour.reject()


def test_done_goes_back_to_the_first_screen_but_skip_stays(qtbot):
    pages = [QWidget(), QWidget(), QWidget()]
    shown: list[QWidget] = []
    stops = [
        TourStop(key, page, QKeySequence())
        for key, page in zip(("today", "pitch", "meetings"), pages, strict=True)
    ]
    tour = TourDialog(stops, shown.append)
    qtbot.addWidget(tour)
    for _ in range(2):
        qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert shown[-1] is pages[2]
    assert not tour.key_label.isVisibleTo(tour)  # no shortcut, no "Open it with"
    with qtbot.waitSignal(tour.ended):
        qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert shown[-1] is pages[0]

    skipped = TourDialog(stops, shown.append)
    qtbot.addWidget(skipped)
    qtbot.mouseClick(skipped.next_button, Qt.MouseButton.LeftButton)
    skipped.reject()
    assert shown[-1] is pages[1]


def test_escape_skips_the_tour_and_it_is_not_shown_by_itself_again(qtbot, window, settings):
    window.start_tour()
    tour = window.tour
    qtbot.waitUntil(tour.isVisible)
    with qtbot.waitSignal(tour.ended) as ended:
        qtbot.keyClick(tour, Qt.Key.Key_Escape)
    assert ended.args == [False]
    assert settings.value(TOUR_DONE_KEY, False, type=bool)
    window.maybe_start_tour()
    assert window.tour is None  # once is enough; Help → Tour still shows it


def test_the_demo_shows_the_tour_once(qtbot, workspace, settings):
    workspace.contacts.create(ContactDraft(first_name="Iris", last_name="Bakker"))
    win = make_window(qtbot, workspace, settings, demo=True)
    qtbot.waitUntil(lambda: win.tour is not None and win.tour.isVisible())
    win.tour.reject()
    win.close()

    again = make_window(
        qtbot, workspace, QSettings(settings.fileName(), settings.format()), demo=True
    )
    QApplication.processEvents()
    assert again.tour is None
    again.close()


def test_open_only_with_every_promise_kept_says_so(qtbot, window, workspace):
    from netdesk.domain.promises import PromiseDirection, PromiseDraft

    ann = workspace.contacts.create(ContactDraft(first_name="Ann"))
    kept = workspace.promises.create(
        PromiseDraft(contact_id=ann.id, direction=PromiseDirection.THEIRS, description="Intro")
    )
    workspace.promises.set_done(kept.id, True)
    window.changes.promises_changed.emit()
    window.show_panel(window.promises)
    qtbot.waitUntil(lambda: window.promises.model.rowCount() == 1)

    window.promises.open_only.setChecked(True)

    qtbot.waitUntil(lambda: window.promises.stack.currentWidget() is window.promises.empty)
    assert "No open promises" in window.promises.empty.text()
    assert "Untick" in window.promises.empty.text()
