"""How a pathway's technology readiness (TRL) grows over time, read from its steps.

A step with TRLs says the technology stands at `trl_start` when the step starts and at
`trl_target` when it ends. A pathway's maturity on a date is the highest TRL any of its steps
has established by then. Cancelled steps and steps without TRLs say nothing. The TRL chart,
the figure-of-merit chart, the portfolio chart and the checks all read maturity from here,
so they agree with each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from roadmap.domain.entities import Step
from roadmap.domain.enums import StepStatus

# The level at which a technology is demonstrated in an operational environment: the usual
# bar for committing to a product launch.
LAUNCH_TRL = 7
MAX_TRL_JUMP = 2


@dataclass(frozen=True, slots=True)
class TrlPoint:
    """On `on`, the pathway stands at `trl`, established by step `step_id`."""

    on: date
    trl: int
    step_id: str


def rated_steps(steps: Iterable[Step]) -> list[Step]:
    """Steps that say something about TRL (not cancelled, with TRLs), in time order."""
    return sorted(
        (
            s
            for s in steps
            if s.status is not StepStatus.CANCELLED
            and s.trl_start is not None
            and s.trl_target is not None
        ),
        key=lambda s: (s.start, s.end, s.position),
    )


def trl_points(steps: Iterable[Step]) -> list[TrlPoint]:
    """Every TRL a pathway's steps state, with its date, in time order (starts before ends)."""
    points: list[TrlPoint] = []
    for step in rated_steps(steps):
        assert step.trl_start is not None and step.trl_target is not None
        points.append(TrlPoint(step.start, step.trl_start, step.id))
        points.append(TrlPoint(step.end, step.trl_target, step.id))
    points.sort(key=lambda p: (p.on, p.trl))
    return points


def progression(steps: Iterable[Step]) -> list[TrlPoint]:
    """The pathway's maturity curve: the dates on which its TRL rises, and to what level."""
    curve: list[TrlPoint] = []
    for point in trl_points(steps):
        if not curve or point.trl > curve[-1].trl:
            if curve and curve[-1].on == point.on:
                curve[-1] = point
            else:
                curve.append(point)
    return curve


def date_reaching(steps: Iterable[Step], level: int = LAUNCH_TRL) -> date | None:
    """The first date on which the pathway stands at `level` or above, or None if it never does."""
    return next((p.on for p in progression(steps) if p.trl >= level), None)


@dataclass(frozen=True, slots=True)
class TrlFall:
    """`step` starts below the TRL that `earlier` had already established."""

    step: Step
    earlier: Step
    reached: int


def trl_falls(steps: Iterable[Step]) -> list[TrlFall]:
    """Steps that start at a lower TRL than the pathway had before they began.

    "Before" is strict: two steps starting on the same day may start at different TRLs
    (parallel work on parts of different maturity), but a step cannot start below what an
    earlier step started at or what a finished step reached.
    """
    ordered = rated_steps(steps)
    falls: list[TrlFall] = []
    for step in ordered:
        assert step.trl_start is not None
        best: tuple[int, Step] | None = None
        for other in ordered:
            if other.start >= step.start:
                break
            assert other.trl_start is not None and other.trl_target is not None
            level = other.trl_target if other.end < step.start else other.trl_start
            if best is None or level > best[0]:
                best = (level, other)
        if best is not None and best[0] > step.trl_start:
            falls.append(TrlFall(step, best[1], best[0]))
    return falls


def trl_jumps(steps: Iterable[Step]) -> list[Step]:
    """Steps that promise more than `MAX_TRL_JUMP` levels of maturity in one go."""
    return [
        s
        for s in rated_steps(steps)
        if s.trl_target is not None
        and s.trl_start is not None
        and s.trl_target - s.trl_start > MAX_TRL_JUMP
    ]
