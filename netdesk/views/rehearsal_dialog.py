"""Rehearse a pitch: the words in large type and a start/stop timer against
the target length. Each finished run is kept, the last few shown."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netdesk.domain.pitch import Rehearsal
from netdesk.views.common import plain_label

_TICK_MS = 100


def clock_text(seconds: float) -> str:
    """0:07, 1:30, 12:05: whole seconds, rounded like every verdict here."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


class RehearsalDialog(QDialog):
    def __init__(
        self,
        name: str,
        text: str,
        target_seconds: int,
        previous: Sequence[Rehearsal],
        *,
        record: Callable[[datetime, float], Sequence[Rehearsal]],
        now: Callable[[], datetime],
        monotonic: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        """``record`` keeps a finished run and returns the kept runs, newest
        first; ``now`` and ``monotonic`` are clocks a test can control."""
        super().__init__(parent)
        self.setObjectName("RehearsalDialog")
        self.setWindowTitle(self.tr("Rehearse: {name}").format(name=name))
        self._target = target_seconds
        self._record = record
        self._now = now
        self._monotonic = monotonic
        self._started: float | None = None
        self._started_at: datetime | None = None

        self.words = plain_label(text)
        self.words.setObjectName("rehearsalText")
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        self.words.setFont(big)
        self.words.setMargin(24)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(self.words)

        self.elapsed = QLabel()
        self.elapsed.setObjectName("rehearsalElapsed")
        huge = QFont(self.font())
        huge.setPointSizeF(huge.pointSizeF() * 3)
        huge.setBold(True)
        self.elapsed.setFont(huge)
        self.elapsed.setAccessibleName(self.tr("Elapsed time"))
        self.progress = QProgressBar()
        self.progress.setRange(0, max(1, target_seconds) * 10)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Time used of the target"))
        self.verdict = plain_label()
        self.verdict.setObjectName("rehearsalVerdict")
        self.history = plain_label()
        self.history.setObjectName("rehearsalHistory")
        self.start_stop = QPushButton(self.tr("&Start"))
        self.start_stop.setObjectName("startStop")
        self.start_stop.setDefault(True)
        self.start_stop.setToolTip(self.tr("Start or stop the timer (Space)"))
        self.start_stop.clicked.connect(self._on_start_stop_clicked)
        button_font = QFont(self.font())
        button_font.setPointSizeF(button_font.pointSizeF() * 1.4)
        self.start_stop.setFont(button_font)
        self.start_stop.setMinimumSize(140, 44)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.start_stop.click)

        timer_row = QHBoxLayout()
        timer_row.addWidget(self.elapsed)
        timer_row.addWidget(self.progress, 1)
        timer_row.addWidget(self.start_stop)
        timer_row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroller, 1)
        layout.addLayout(timer_row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.history)

        self._timer = QTimer(self)
        self._timer.setInterval(_TICK_MS)
        self._timer.timeout.connect(self._show_elapsed)
        self._show_history(previous)
        self._show_seconds(0.0)
        self.resize(900, 640)

    @property
    def running(self) -> bool:
        return self._started is not None

    def seconds(self) -> float:
        return 0.0 if self._started is None else self._monotonic() - self._started

    @Slot()
    def _on_start_stop_clicked(self) -> None:
        if self._started is None:
            self._started = self._monotonic()
            self._started_at = self._now()
            self.start_stop.setText(self.tr("&Stop"))
            self.verdict.clear()
            self._timer.start()
            self._show_seconds(0.0)
            return
        seconds = self.seconds()
        started_at = self._started_at or self._now()
        self._started = None
        self._timer.stop()
        self.start_stop.setText(self.tr("&Start again"))
        self._show_seconds(seconds)
        self.verdict.setText(self._verdict(seconds))
        self._show_history(self._record(started_at, seconds))

    @Slot()
    def _show_elapsed(self) -> None:
        self._show_seconds(self.seconds())

    def _show_seconds(self, seconds: float) -> None:
        self.elapsed.setText(
            self.tr("{elapsed} / {target}").format(
                elapsed=clock_text(seconds), target=clock_text(self._target)
            )
        )
        self.progress.setValue(min(self.progress.maximum(), int(seconds * 10)))

    def _verdict(self, seconds: float) -> str:
        difference = round(seconds) - self._target
        if difference > 0:
            return self.tr("{seconds} s over your target. Which sentence could go?").format(
                seconds=difference
            )
        if difference == 0:
            return self.tr("Right on target.")
        return self.tr("Within your target, with {seconds} s to spare.").format(seconds=-difference)

    def _show_history(self, runs: Sequence[Rehearsal]) -> None:
        if not runs:
            self.history.setText(self.tr("Your last rehearsal times will be shown here."))
            return
        times = " · ".join(clock_text(run.seconds) for run in runs)
        self.history.setText(self.tr("Last times, newest first: {times}").format(times=times))

    @override
    def done(self, result: int) -> None:
        self._timer.stop()  # a run still going when the dialog closes is not kept
        super().done(result)
