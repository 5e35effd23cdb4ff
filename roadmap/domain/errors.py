"""Expected errors: things a person did or a file that is wrong, told in one plain line.

Anything that is not a `RoadmapError` is a bug and is reported as one.
"""

from __future__ import annotations


class RoadmapError(Exception):
    """An expected failure with a message a planner can act on.

    The message is one line; `details` (a check's output, every problem of an import) go to a
    file named in that line, or follow it under `--verbose`, or behind the app's details button.
    """

    details: tuple[str, ...] = ()


class ValidationError(RoadmapError):
    """An edit or an imported value breaks a rule of the domain; nothing was written."""


class NotFoundError(RoadmapError):
    """An ID names nothing in this roadmap."""


class CycleError(ValidationError):
    """A dependency would make steps wait on each other in a circle."""

    def __init__(self, message: str, cycle: tuple[str, ...]) -> None:
        super().__init__(message)
        self.cycle = cycle
