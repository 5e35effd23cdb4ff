"""Messages people read, as a code and parameters, rendered in English or Chinese when shown.

A refusal is raised as `ValidationError("step.end_before_start", what=..., start=..., end=...)`;
the words live once, in `roadmap.domain.catalogue`. The CLI and io render a message with
`render(language)` (the language from the locale, see `preferred_language`), the desktop app
through Qt's translator (`roadmap.ui.message_text`), whose .ts file is filled from the same
catalogue. `str()` of a message or an error is its English text, for logs and bug reports.

Parameters are rendered too: a nested `Message` in the same language, an enum member (such as
an `EntityKind`) by the catalogue entry `<enum>.<value>` when there is one, a date as ISO, a
list or tuple of messages one per line, a `Listing` on one line with the language's commas.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from roadmap.domain.catalogue import CATALOGUE

LANGUAGES = ("en", "zh")
_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


@dataclass(frozen=True)
class Message:
    """A text of the catalogue (`code`) with the values of its `{placeholders}`."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, language: str = "en") -> str:
        """The text in `language` ("en" or "zh"); a code missing from the catalogue shows as
        itself rather than failing, so a message is never lost on its way to a person."""
        template = template_of(self.code, language)
        if template is None:
            return self.code
        values = {name: render_value(value, language) for name, value in self.params.items()}
        return template.format_map(values)

    def __str__(self) -> str:
        return self.render("en")


@dataclass(frozen=True)
class Listing:
    """A parameter that shows its items on one line, separated by the language's list comma
    (", " or "、"); a plain list shows one item per line."""

    items: tuple[Any, ...]

    def separator(self, language: str) -> str:
        return template_of("list.separator", language) or ", "


def message(code: str, /, **params: Any) -> Message:
    return Message(code, params)


def template_of(code: str, language: str) -> str | None:
    texts = CATALOGUE.get(code)
    if texts is None:
        return None
    return texts[1] if language == "zh" else texts[0]


def enum_code(member: Enum) -> str:
    """The catalogue code of an enum member's name: `entity_kind.figure_of_merit`."""
    return f"{_CAMEL.sub('_', type(member).__name__).lower()}.{member.value}"


def render_value(value: Any, language: str) -> str:
    if isinstance(value, Message):
        return value.render(language)
    if isinstance(value, Enum):
        code = enum_code(value)
        if code in CATALOGUE:
            return Message(code).render(language)
        return str(value.value).replace("_", " ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Listing):
        return value.separator(language).join(render_value(i, language) for i in value.items)
    if isinstance(value, list | tuple):
        return "\n".join(render_value(item, language) for item in value)
    return str(value)


def preferred_language(environ: Mapping[str, str] | None = None) -> str:
    """ "zh" when the locale asks for Chinese, else "en": `LANGUAGE` (a list, first wins), then
    `LC_ALL`, `LC_MESSAGES`, `LANG`, as gettext reads them."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        first = value.split(":")[0].strip()
        if first and first not in ("C", "POSIX") and not first.startswith("C."):
            return "zh" if first.lower().startswith("zh") else "en"
    return "en"
