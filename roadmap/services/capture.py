"""Quick capture into a roadmap: typed lines (see `roadmap.domain.capture`) become steps.

A line without `#pathway` goes to the pathway the user is on; without `@lane`, to the lane they
are on, else the lane most steps of its `!kind` are in, else the first. A line without dates follows the last step of its pathway (or starts
at the horizon, or this month if later) and lasts one time unit of the roadmap; a milestone or
decision gate is one day. Nothing here writes: `Commands.add_steps` stores the result as one
edit.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from roadmap.domain.capture import CapturedLine, parse_list, resolve
from roadmap.domain.entities import EntityKind, Lane, Pathway, Step, new_id
from roadmap.domain.enums import StepKind, TimeUnit
from roadmap.domain.errors import ValidationError

_MONTHS = {TimeUnit.MONTH: 1, TimeUnit.QUARTER: 3, TimeUnit.YEAR: 12}


@dataclass(frozen=True)
class CaptureTarget:
    """Where captured lines go when they do not say, and what they may name."""

    lanes: Mapping[str, Lane]
    pathways: Mapping[str, Pathway]
    steps: Iterable[Step]
    pathway_id: str | None
    lane_id: str | None
    unit: TimeUnit
    today: date
    horizon_start: date


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _default_kind(lane: Lane | None) -> StepKind:
    """A lane called Research, Technology or Product suggests that kind of step."""
    if lane is not None:
        words = lane.name.casefold().split()
        for kind in (StepKind.RESEARCH, StepKind.TECHNOLOGY, StepKind.PRODUCT):
            if words and words[0] == kind.value:
                return kind
    return StepKind.RESEARCH


def _usual_lanes(steps: Iterable[Step], lanes: Mapping[str, Lane]) -> dict[StepKind, str]:
    """For each kind of step, the lane most steps of that kind are in (a tie: the earlier
    lane): "!pilot" without "@lane" goes where the roadmap's pilots are, in any language,
    not into the first lane (Industry & market in the sample)."""
    counts: dict[StepKind, dict[str, int]] = {}
    for step in steps:
        if step.lane_id in lanes:
            tally = counts.setdefault(step.step_kind, {})
            tally[step.lane_id] = tally.get(step.lane_id, 0) + 1
    order = {lane_id: index for index, lane_id in enumerate(lanes)}
    return {
        kind: min(tally, key=lambda lane_id: (-tally[lane_id], order[lane_id]))
        for kind, tally in counts.items()
    }


def steps_from_lines(lines: Sequence[CapturedLine], target: CaptureTarget) -> list[Step]:
    """The steps `lines` describe, with new IDs, in the order typed; refuses (naming the line)
    a lane or pathway that no name starts with, or a line that cannot be placed."""
    lane_names = {lane_id: lane.name for lane_id, lane in target.lanes.items()}
    pathway_names = {pathway_id: p.name for pathway_id, p in target.pathways.items()}
    last_end: dict[str, date] = {}
    if any(line.start is None or line.end is None for line in lines):
        # Only a line without dates follows the last step of its pathway: a big roadmap's
        # steps are read for it alone.
        for step in target.steps:
            if step.end > last_end.get(step.pathway_id, date.min):
                last_end[step.pathway_id] = step.end
    lanes_of_kind: dict[StepKind, str] = {}
    if target.lane_id is None and any(line.kind and not line.lane for line in lines):
        lanes_of_kind = _usual_lanes(target.steps, target.lanes)
    result: list[Step] = []
    for number, line in enumerate(lines, start=1):
        try:
            pathway_id = (
                resolve(line.pathway, pathway_names, EntityKind.PATHWAY)
                if line.pathway
                else target.pathway_id
            )
            lane_id = (
                resolve(line.lane, lane_names, EntityKind.LANE)
                if line.lane
                else target.lane_id
                or (line.kind and lanes_of_kind.get(line.kind))
                or next(iter(target.lanes), None)
            )
            if pathway_id is None or pathway_id not in target.pathways:
                raise ValidationError("capture.which_pathway")
            if lane_id is None:
                raise ValidationError("capture.no_lane")
        except ValidationError as error:
            if len(lines) == 1:
                raise
            raise ValidationError("capture.line", number=number, problem=error.message) from None
        kind = line.kind or _default_kind(target.lanes.get(lane_id))
        start, end = line.start, line.end
        if start is None or end is None:
            previous = last_end.get(pathway_id)
            start = (
                previous + timedelta(days=1)
                if previous is not None
                else max(target.horizon_start, target.today.replace(day=1))
            )
            end = _add_months(start, _MONTHS[target.unit]) - timedelta(days=1)
        if kind.is_point:
            end = start
        step = Step(
            new_id(),
            pathway_id,
            lane_id,
            line.name,
            start,
            end,
            kind,
            line.trl_start,
            line.trl_target,
        )
        result.append(step)
        last_end[pathway_id] = max(end, last_end.get(pathway_id, end))
    return result


def steps_from_text(text: str, target: CaptureTarget) -> list[Step]:
    """The steps of a pasted list or one capture line (see `roadmap.domain.capture`)."""
    lines = parse_list(text)
    if not lines:
        raise ValidationError("capture.empty")
    return steps_from_lines(lines, target)
