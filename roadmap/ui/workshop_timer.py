"""The workshop timer: a countdown for a time-boxed session (5, 10, 15, 25 minutes or typed),
with pause and extend, that turns amber at 70 % of its time and red with "Time's up" at 100 %.

Nothing of it is stored in the roadmap. The clock is `time.monotonic` looked up at each tick,
so a test can put a clock of its own in its place.
"""

from __future__ import annotations

import re
import time
from enum import Enum

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roadmap.ui.labels import tr

PRESETS = (5, 10, 15, 25)  # minutes
WARN_AT = 0.7  # of the time box
TICK_MS = 200
EXTEND_MINUTES = 1
LOOKS = {"normal": "", "warning": "color: #b36b00;", "over": "color: #c00000;"}


def monotonic() -> float:
    return time.monotonic()


class Stage(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"


class Countdown(QObject):
    """The time box: how long, how much is used, and the warnings as it runs out."""

    changed = Signal()
    warned = Signal(int)  # 70, then 100 (percent of the time used), once each

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.total = 0.0
        self.stage = Stage.IDLE
        self._used_before = 0.0  # seconds used before the current run began
        self._started = 0.0
        self._warned: set[int] = set()
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)

    def used(self) -> float:
        running = monotonic() - self._started if self.stage is Stage.RUNNING else 0.0
        return self._used_before + running

    def remaining(self) -> float:
        """Seconds left; negative once the time is up (the overrun is shown too)."""
        return self.total - self.used()

    def fraction(self) -> float:
        return self.used() / self.total if self.total else 0.0

    def start(self, seconds: float) -> None:
        self.total = float(seconds)
        self._used_before = 0.0
        self._warned.clear()
        self._run()

    def pause(self) -> None:
        if self.stage is Stage.RUNNING:
            self._used_before = self.used()
            self.stage = Stage.PAUSED
            self._ticker.stop()
            self.changed.emit()

    def resume(self) -> None:
        if self.stage is Stage.PAUSED:
            self._run()

    def extend(self, seconds: float) -> None:
        """More time: a warning already given is given again if the new box runs out too."""
        self.total += seconds
        self._warned = {level for level in self._warned if self.fraction() * 100 >= level}
        self.changed.emit()

    def reset(self) -> None:
        self._ticker.stop()
        self.stage = Stage.IDLE
        self.total = self._used_before = 0.0
        self._warned.clear()
        self.changed.emit()

    def _run(self) -> None:
        self._started = monotonic()
        self.stage = Stage.RUNNING
        self._ticker.start()
        self.tick()

    def tick(self) -> None:
        used = self.fraction()
        for level in (70, 100):
            if used * 100 >= level and level not in self._warned:
                self._warned.add(level)
                self.warned.emit(level)
        self.changed.emit()


def parse_minutes(text: str) -> float | None:
    """Seconds from "7", "7.5", "7:30" or "90s"; None if it is not a duration."""
    text = text.strip().lower()
    if match := re.fullmatch(r"(\d{1,3}):([0-5]\d)", text):
        return int(match.group(1)) * 60 + int(match.group(2))
    if match := re.fullmatch(r"(\d{1,4})\s*s", text):
        return float(match.group(1))
    if match := re.fullmatch(r"(\d{1,3}(?:[.,]\d+)?)\s*(?:m|min)?", text):
        return float(match.group(1).replace(",", ".")) * 60
    return None


def clock_text(seconds: float) -> str:
    sign = "−" if seconds < 0 else ""
    whole = int(abs(seconds) + (0 if seconds < 0 else 0.999))
    return f"{sign}{whole // 60:02d}:{whole % 60:02d}"


class TimerPanel(QWidget):
    """The countdown with its buttons; large enough to read from the back of the room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopTimer")
        self.countdown = Countdown(self)
        self.display = QLabel(clock_text(0), self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 3.2)
        font.setBold(True)
        self.display.setFont(font)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(tr("Choose a time box."), self)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        presets = QGridLayout()  # two by two: the dock beside the timeline is narrow
        self.preset_buttons: dict[int, QPushButton] = {}
        for index, minutes in enumerate(PRESETS):
            button = QPushButton(tr("{minutes} min").format(minutes=minutes), self)
            button.clicked.connect(lambda _=False, m=minutes: self.countdown.start(m * 60))
            presets.addWidget(button, index // 2, index % 2)
            self.preset_buttons[minutes] = button
        self.typed = QLineEdit(self)
        self.typed.setPlaceholderText(tr("or type minutes, e.g. 7:30"))
        self.typed.returnPressed.connect(self._start_typed)
        controls = QHBoxLayout()
        self.pause_button = QPushButton(tr("Pause"), self)
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.extend_button = QPushButton(tr("+{minutes} min").format(minutes=EXTEND_MINUTES), self)
        self.extend_button.clicked.connect(lambda: self.countdown.extend(EXTEND_MINUTES * 60))
        self.reset_button = QPushButton(tr("Reset"), self)
        self.reset_button.clicked.connect(self.countdown.reset)
        for button in (self.pause_button, self.extend_button, self.reset_button):
            controls.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.display)
        layout.addWidget(self.status)
        layout.addLayout(presets)
        layout.addWidget(self.typed)
        layout.addLayout(controls)
        layout.addStretch(1)
        self.countdown.changed.connect(self._show)
        self._show()

    def look(self) -> str:
        """normal, warning (70 % used) or over (time is up)."""
        if self.countdown.stage is Stage.IDLE:
            return "normal"
        used = self.countdown.fraction()
        return "over" if used >= 1 else "warning" if used >= WARN_AT else "normal"

    def _start_typed(self) -> None:
        seconds = parse_minutes(self.typed.text())
        if seconds is None or seconds <= 0:
            self.status.setText(tr("Type minutes such as 7, 7.5 or 7:30."))
            return
        self.typed.clear()
        self.countdown.start(seconds)

    def _pause_or_resume(self) -> None:
        if self.countdown.stage is Stage.RUNNING:
            self.countdown.pause()
        else:
            self.countdown.resume()

    def _show(self) -> None:
        countdown = self.countdown
        running = countdown.stage is not Stage.IDLE
        self.display.setText(clock_text(countdown.remaining() if running else 0))
        self.display.setStyleSheet(LOOKS[self.look()])
        self.pause_button.setText(tr("Resume") if countdown.stage is Stage.PAUSED else tr("Pause"))
        self.pause_button.setEnabled(running)
        self.extend_button.setEnabled(running)
        if countdown.stage is Stage.PAUSED:
            self.status.setText(tr("Paused."))
        elif countdown.stage is Stage.IDLE:
            self.status.setText(tr("Choose a time box."))
        else:
            self.status.setText(
                {
                    "normal": tr("Running."),
                    "warning": tr("70 % of the time is used."),
                    "over": tr("Time's up."),
                }[self.look()]
            )
