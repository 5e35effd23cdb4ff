"""Messages of the catalogue (refusals, file problems) in the language the app shows.

The English texts of `roadmap.domain.catalogue` reach Qt's translation files through
`catalogue_texts.py` (context "Messages"), so a message is translated by the same translator as
the rest of the UI; its parameters are rendered here too: a nested message the same way, an
entity kind or enum member with the UI's own words for it.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from roadmap.domain.catalogue import CATALOGUE
from roadmap.domain.entities import EntityKind
from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import Listing, Message, enum_code
from roadmap.ui.labels import kind_label, value_label

CONTEXT = "Messages"


def message_text(shown: RoadmapError | Message | BaseException) -> str:
    """The text a person reads for an expected error or a message, translated."""
    if isinstance(shown, RoadmapError):
        shown = shown.message
    if not isinstance(shown, Message):
        return str(shown)
    texts = CATALOGUE.get(shown.code)
    if texts is None:
        return shown.code
    template = QCoreApplication.translate(CONTEXT, texts[0])
    return template.format_map({name: _value(value) for name, value in shown.params.items()})


def _value(value: Any) -> str:
    if isinstance(value, Message):
        return message_text(value)
    if isinstance(value, EntityKind):
        return kind_label(value)
    if isinstance(value, Enum):
        code = enum_code(value)
        return message_text(Message(code)) if code in CATALOGUE else value_label(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Listing):
        separator = message_text(Message("list.separator"))  # "、" in Chinese
        return separator.join(_value(item) for item in value.items)
    if isinstance(value, list | tuple):
        return "\n".join(_value(item) for item in value)
    return str(value)
