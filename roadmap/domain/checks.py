"""`roadmap check`: everything a planner should fix, each finding naming the thing and the fix.

The structural rules (valid records, references, cycles) come from `consistency`; planning
rules (TRL progression, schedule conflicts, …) are added to `CHECKS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from roadmap.domain.consistency import find_violations
from roadmap.domain.entities import EntityKind
from roadmap.domain.snapshot import RoadmapSnapshot


@dataclass(frozen=True)
class Finding:
    """One thing to fix: what it is about and a sentence saying what is wrong and what to do."""

    kind: EntityKind
    id: str
    message: str
    code: str = "invalid"


Check = Callable[[RoadmapSnapshot], Iterable[Finding]]


def structural(snapshot: RoadmapSnapshot) -> Iterable[Finding]:
    for v in find_violations(snapshot):
        yield Finding(v.kind, v.id, v.message)


def steps_in_horizon(snapshot: RoadmapSnapshot) -> Iterable[Finding]:
    info = snapshot.info
    for step in snapshot.steps:
        if step.start < info.horizon_start or step.end > info.horizon_end:
            yield Finding(
                EntityKind.STEP,
                step.id,
                f'step "{step.name}" ({step.start} – {step.end}) lies outside the roadmap horizon '
                f"({info.horizon_start} – {info.horizon_end}); move it or widen the horizon.",
                "outside-horizon",
            )


CHECKS: list[Check] = [structural, steps_in_horizon]


def run_checks(snapshot: RoadmapSnapshot) -> list[Finding]:
    return [finding for check in CHECKS for finding in check(snapshot)]
