"""What an importer reports when a file cannot come in: every problem, with where it is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from roadmap.domain.baseline import Baseline
from roadmap.domain.consistency import Violation, duplicate_ids, find_violations
from roadmap.domain.errors import ValidationError
from roadmap.domain.snapshot import RoadmapSnapshot

MAX_LINES = 25


class ImportProblems(ValidationError):
    """The file was not imported; `problems` says where and why, one line each."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        shown = problems[:MAX_LINES]
        more = len(problems) - len(shown)
        lines = [
            f"{source} was not imported ({len(problems)} problem(s)); the roadmap is unchanged:"
        ]
        lines += [f"  {line}" for line in shown]
        if more:
            lines.append(f"  … and {more} more.")
        super().__init__("\n".join(lines))


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
    locate: Callable[[Violation], str | None]
    baselines: tuple[Baseline, ...] = ()  # added to the roadmap as they are, never changed

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
        lines = []
        for violation in violations:
            place = self.locate(violation) or f"the roadmap it joins ({violation.kind.value})"
            lines.append(f"{place}: {violation.message}")
        if lines:
            raise ImportProblems(self.source, lines)
        return target
