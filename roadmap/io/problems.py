"""What an importer reports when a file cannot come in: every problem, with where it is."""

from __future__ import annotations

from roadmap.domain.errors import ValidationError

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
