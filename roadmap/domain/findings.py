"""What `roadmap check` reports: one thing to fix, and the shape of a check.

Kept apart from `checks` so that checks written in other modules (technology transfer, …) can
yield findings and still be listed in `checks.CHECKS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from roadmap.domain.entities import EntityKind
from roadmap.domain.messages import Message
from roadmap.domain.snapshot import RoadmapSnapshot


@dataclass(frozen=True)
class Finding:
    """One thing to fix: what it is about and a sentence saying what is wrong and what to do —
    a catalogue `Message` (roadmap/domain/catalogue_checks.py), rendered in the reader's
    language by the CLI and through tr() by the app."""

    kind: EntityKind
    id: str
    message: Message
    code: str = "invalid"

    @property
    def text(self) -> str:
        """The English sentence (logs, tests)."""
        return self.message.render("en")

    def render(self, language: str) -> str:
        return self.message.render(language)


Check = Callable[[RoadmapSnapshot], Iterable[Finding]]
