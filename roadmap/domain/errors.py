"""Expected errors: things a person did or a file that is wrong, told in one plain line.

Anything that is not a `RoadmapError` is a bug and is reported as one. Each error carries a
`Message` (a code of `roadmap.domain.catalogue` and its parameters), so every front end shows
it in the user's language; `str(error)` is the English text.

    raise ValidationError("step.end_before_start", what=named(step), start=s, end=e)
"""

from __future__ import annotations

from typing import Any

from roadmap.domain.messages import Message


class RoadmapError(Exception):
    """An expected failure with a message a planner can act on.

    The message is one line; `details` (a check's output, every problem of an import) go to a
    file named in that line, or follow it under `--verbose`, or behind the app's details button.
    """

    details: tuple[str | Message, ...] = ()  # each rendered in the reader's language

    def __init__(self, code: str | Message, /, **params: Any) -> None:
        self.message = code if isinstance(code, Message) else Message(code, params)
        super().__init__(self.message.render("en"))

    @property
    def code(self) -> str:
        return self.message.code

    def render(self, language: str = "en") -> str:
        return self.message.render(language)


class ValidationError(RoadmapError):
    """An edit or an imported value breaks a rule of the domain; nothing was written."""


class NotFoundError(RoadmapError):
    """An ID names nothing in this roadmap."""


class ReadOnlyError(RoadmapError):
    """The roadmap is open for reading only; nothing was written."""


class ConflictError(RoadmapError):
    """A change was planned against rows that changed meanwhile; nothing was written."""


class CycleError(ValidationError):
    """A dependency would make steps wait on each other in a circle."""

    def __init__(self, message: Message, cycle: tuple[str, ...]) -> None:
        super().__init__(message)
        self.cycle = cycle
