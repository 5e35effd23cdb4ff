"""What the inspector and the transfer editors share when a record is edited in a form: the
record with the typed values, checked by the domain's own rules as they are typed; the fields
that differ from the stored record, which are all an edit stores; the heading above the form,
the red line saying what is wrong, and the call when a multi-line text is left."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget

from roadmap.domain.entities import Entity
from roadmap.domain.errors import RoadmapError
from roadmap.domain.rules import validate
from roadmap.ui.message_text import message_text

E = TypeVar("E", bound=Entity)


def checked_copy(record: E, values: Mapping[str, Any]) -> tuple[E | None, str]:
    """`record` with `values`, and why the domain's rules refuse it ('' if they do not; then
    the copy is None)."""
    try:
        changed = dataclasses.replace(record, **values)
        validate(changed)
    except RoadmapError as error:
        return None, message_text(error)
    return changed, ""


def differences(stored: Entity, changed: Entity) -> dict[str, Any]:
    """The fields whose values in `changed` differ from `stored`, with the values of `changed`."""
    return {
        f.name: getattr(changed, f.name)
        for f in dataclasses.fields(changed)
        if getattr(changed, f.name) != getattr(stored, f.name)
    }


def heading_label(parent: QWidget) -> QLabel:
    """The heading above a form, a little larger than the text and bold."""
    heading = QLabel(parent)
    font = heading.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    heading.setFont(font)
    heading.setWordWrap(True)
    return heading


def problem_label(parent: QWidget) -> QLabel:
    """A red line for why what is typed cannot be stored; hidden until there is something to
    say."""
    message = QLabel(parent)
    message.setWordWrap(True)
    message.setStyleSheet("color: #c62828;")
    message.hide()
    return message


class FocusOut(QObject):
    """Calls back when the watched widget loses focus: a multi-line text field has no
    editingFinished, so leaving it is when its text is stored."""

    def __init__(self, callback: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False
