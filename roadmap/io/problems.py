"""What an importer reports when a file cannot come in: every problem, with where it is."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from roadmap.domain.baseline import Baseline
from roadmap.domain.consistency import Violation, duplicate_ids, find_violations
from roadmap.domain.errors import ValidationError
from roadmap.domain.lineage import LineageRow
from roadmap.domain.messages import Message, message
from roadmap.domain.snapshot import RoadmapSnapshot

MAX_LINES = 25

# One line each: where in the file and what is wrong, as a catalogue message (or, from readers
# not converted yet, English text).
Problems = list[str | Message]


class ImportProblems(ValidationError):
    """The file was not imported; `problems` says where and why, one line each."""

    def __init__(self, source: str, problems: Sequence[str | Message]) -> None:
        self.source = source
        self.problems = list(problems)
        shown = problems[:MAX_LINES]
        more = len(problems) - len(shown)
        lines = [message("import.line", line=line) for line in shown]
        if more:
            lines.append(message("import.more", count=more))
        super().__init__("import.refused", source=source, count=len(problems), lines=lines)


class CellError(ValueError):
    """A value a reader cannot take (a cell, a task's field), said in the catalogue's words:
    `message` renders in the reader's language; `str()` is its English text."""

    def __init__(self, code: str, /, **params: object) -> None:
        self.message = message(code, **params)
        super().__init__(str(self.message))


class DamagedFile(ValidationError):
    """The file is not something we can read at all."""


@dataclass(frozen=True)
class ParsedSource:
    """What a file said, read but not yet judged as a whole, with a way to point into the file.

    Validation waits until it is known what the records join: on their own (a new roadmap, or
    `--replace`) or merged into an existing roadmap, where a partial workbook may refer to rows
    it left out.
    """

    source: str
    snapshot: RoadmapSnapshot
    locate: Callable[[Violation], str | Message | None]
    baselines: tuple[Baseline, ...] = ()  # added to the roadmap as they are, never changed
    # Where the roadmap came from, when the file was exported from a breakout copy.
    lineage: tuple[LineageRow, ...] = ()

    def validated(self, base: RoadmapSnapshot | None = None) -> RoadmapSnapshot:
        """The roadmap to write: the records alone, or `base` with them merged in.

        Raises `ImportProblems` naming where in the file each problem is.
        """
        from roadmap.services.sync import merge

        if base is None:
            target, violations = self.snapshot, find_violations(self.snapshot)
        else:
            # Merging matches records by ID, so a file that repeats an ID is caught before.
            target = merge(base, self.snapshot)
            violations = duplicate_ids(self.snapshot) or find_violations(target)
        lines: list[str | Message] = []
        for violation in violations:
            place = self.locate(violation) or message("import.joining", kind=violation.kind)
            lines.append(message("import.at", place=place, problem=violation.message))
        if lines:
            raise ImportProblems(self.source, lines)
        return target
