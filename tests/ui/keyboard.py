"""Typing as a person does: every key goes to whichever widget has the keyboard focus at that
moment (the first key of a table cell opens its editor; the rest go into the editor)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(text: str) -> None:
    for char in text:
        QTest.keyClick(focused(), char)
    QApplication.processEvents()


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key; what it sets off later (a table commits its editor after Enter in a queued
    call) has happened by the time this returns, as it has before a person's next key."""
    QTest.keyClick(focused(), key, modifiers)
    QApplication.processEvents()


def click(widget: QWidget) -> None:
    """Click the middle of `widget` (a text field then has the keyboard)."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
    QApplication.processEvents()


def retype(widget: QWidget, text: str) -> None:
    """Click into a field, select all of it (Ctrl+A), type `text` over it, press Enter."""
    click(widget)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(text)
    press(Qt.Key.Key_Return)
