"""Dutch that reads naturally on Today and the Pitch screen (not word for
word from English), checked on the Dutch demo network."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel, QSpinBox

from netdesk.i18n import install_translators, remove_translators
from netdesk.services.demo import build_demo_network


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    install_translators(qapp, "nl")
    yield
    remove_translators(qapp)
    QLocale.setDefault(locale)


@pytest.fixture
def dutch_window(qtbot, workspace, settings, dutch):
    from netdesk.views.main_window import MainWindow

    build_demo_network(workspace, "nl")
    win = MainWindow(workspace, settings=settings)
    qtbot.addWidget(win)
    win.resize(1300, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_todays_headings_read_as_dutch(qtbot, dutch_window) -> None:
    today = dutch_window.today
    today.refresh()
    qtbot.waitUntil(lambda: today.agenda is not None)
    texts = " | ".join([*_texts(today), today.streak_box.title()])
    for awkward in ("netwerkreeks", "Toezeggingen die verlopen", "om te sturen"):
        assert awkward not in texts
    assert "Netwerkritme" in texts
    assert "Bedankjes te versturen" in texts
    assert "Toezeggingen die aan de beurt zijn" in texts


def test_the_speaking_rate_says_words_per_minute_in_full(qtbot, dutch_window) -> None:
    dutch_window.show_pitch()
    rate = dutch_window.pitch.findChild(QSpinBox, "speakingRate")
    assert rate.suffix() == " woorden per minuut"
    assert "wpm" not in rate.text()
    # Not cut short, once the screen (built on first show) has been laid out.
    qtbot.waitUntil(lambda: rate.width() >= rate.sizeHint().width())
