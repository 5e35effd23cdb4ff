"""The workshop timer, reached by its shortcut and driven by clicks and typing, on a fake clock:
it counts down, warns at 70 % and at 100 %, pauses, extends and resets."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

import roadmap.ui.workshop_timer as workshop_timer
from roadmap.ui.workshop_timer import clock_text, parse_minutes


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(workshop_timer, "monotonic", fake)
    return fake


def shown_timer(window: Any, qtbot: Any) -> Any:
    QTest.keySequence(window, QKeySequence("Ctrl+Alt+T"))
    qtbot.waitUntil(window.timer_dock.isVisible)
    return window.timer_dock.widget()


def later(qtbot: Any, clock: FakeClock, seconds: float) -> None:
    """Let `seconds` pass on the clock, and the timer's tick see it."""
    clock.now += seconds
    qtbot.wait(workshop_timer.TICK_MS * 2)


def test_a_five_minute_box_warns_at_70_and_100_percent(
    window: Any, qtbot: Any, clock: FakeClock
) -> None:
    panel = shown_timer(window, qtbot)
    QTest.mouseClick(panel.preset_buttons[5], Qt.MouseButton.LeftButton)
    assert panel.display.text() == "05:00"
    warnings: list[int] = []
    panel.countdown.warned.connect(warnings.append)

    later(qtbot, clock, 60)
    assert panel.display.text() == "04:00" and panel.look() == "normal"
    later(qtbot, clock, 150)  # 3:30 of 5:00 used: 70 %
    assert warnings == [70]
    assert panel.look() == "warning" and "70" in panel.status.text()
    later(qtbot, clock, 90)
    assert warnings == [70, 100]
    assert panel.look() == "over" and panel.display.text() == "00:00"
    later(qtbot, clock, 30)
    assert panel.display.text() == "−00:30"  # the overrun shows
    assert warnings == [70, 100]  # each warning once


def test_pause_extend_and_typed_minutes(window: Any, qtbot: Any, clock: FakeClock) -> None:
    panel = shown_timer(window, qtbot)
    QTest.keyClicks(panel.typed, "2:30")
    QTest.keyClick(panel.typed, Qt.Key.Key_Return)
    assert panel.display.text() == "02:30"
    later(qtbot, clock, 30)
    QTest.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    later(qtbot, clock, 600)  # paused: the time box does not run
    assert panel.display.text() == "02:00"
    assert panel.pause_button.text() == "Resume"
    QTest.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(panel.extend_button, Qt.MouseButton.LeftButton)
    assert panel.display.text() == "03:00"
    QTest.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert panel.display.text() == "00:00" and not panel.pause_button.isEnabled()


def test_nonsense_is_refused(window: Any, qtbot: Any, clock: FakeClock) -> None:
    panel = shown_timer(window, qtbot)
    QTest.keyClicks(panel.typed, "soon")
    QTest.keyClick(panel.typed, Qt.Key.Key_Return)
    assert panel.countdown.stage is workshop_timer.Stage.IDLE
    assert "7:30" in panel.status.text()


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("7", 420), ("7.5", 450), ("7,5", 450), ("7:30", 450), ("90s", 90), ("12 min", 720)],
)
def test_typed_durations(text: str, seconds: float) -> None:
    assert parse_minutes(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "7:75", "-3", "1:2:3"])
def test_not_durations(text: str) -> None:
    assert parse_minutes(text) is None


def test_clock_text() -> None:
    assert [clock_text(s) for s in (300, 299.2, 0, -0.5, -61)] == [
        "05:00",
        "05:00",
        "00:00",
        "−00:00",
        "−01:01",
    ]
