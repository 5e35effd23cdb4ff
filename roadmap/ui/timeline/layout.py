"""Where each step's row is: lanes as horizontal bands, each with its pathways' steps packed
into as few rows as do not overlap. Pure Python, so it is quick to test and to rerun."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from roadmap.domain.entities import Lane, Pathway, Problem, Step

ROW_HEIGHT = 26.0
LANE_PADDING = 6.0
LANE_TITLE = 20.0  # room for the lane's name above its first pathway


@dataclass
class GroupBand:
    """The rows one pathway's steps take in one lane."""

    pathway_id: str
    top: float
    rows: int


@dataclass
class LaneBand:
    lane: Lane
    top: float
    height: float
    groups: list[GroupBand] = field(default_factory=list)

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass
class TimelineLayout:
    bands: list[LaneBand]
    row_top: dict[str, float]  # step id -> top of its row
    height: float
    next_start: dict[str, int]  # step id -> first day of the next step in its row (label room)


def pathway_order(problems: Iterable[Problem], pathways: Iterable[Pathway]) -> list[str]:
    """Pathway ids in reading order: by their problem's position, then their own."""
    problem_rank = {p.id: (p.position, i) for i, p in enumerate(problems)}
    ranked = sorted(
        pathways, key=lambda p: (problem_rank.get(p.problem_id, (1 << 30, 0)), p.position)
    )
    return [p.id for p in ranked]


def lay_out(lanes: Iterable[Lane], pathway_ids: list[str], steps: Iterable[Step]) -> TimelineLayout:
    """Bands for `lanes` (in order), each packing its steps pathway by pathway."""
    lane_list = list(lanes)
    rank = {pid: i for i, pid in enumerate(pathway_ids)}
    grouped: dict[str, dict[str, list[Step]]] = {lane.id: {} for lane in lane_list}
    for step in steps:
        groups = grouped.get(step.lane_id)
        if groups is not None:
            groups.setdefault(step.pathway_id, []).append(step)
    bands: list[LaneBand] = []
    row_top: dict[str, float] = {}
    next_start: dict[str, int] = {}
    y = 0.0
    for lane in lane_list:
        band = LaneBand(lane, y, 0.0)
        cursor = y + LANE_TITLE
        groups = grouped[lane.id]
        for pathway_id in sorted(groups, key=lambda pid: rank.get(pid, 1 << 30)):
            ends: list[int] = []  # last day taken in each row
            last: list[str] = []  # the step last placed in each row
            for step in sorted(groups[pathway_id], key=lambda s: (s.start, s.position, s.id)):
                first = step.start.toordinal()
                row = next((i for i, end in enumerate(ends) if end < first), len(ends))
                if row == len(ends):
                    ends.append(0)
                    last.append("")
                elif last[row]:
                    next_start[last[row]] = first
                ends[row] = step.end.toordinal()
                last[row] = step.id
                row_top[step.id] = cursor + row * ROW_HEIGHT
            band.groups.append(GroupBand(pathway_id, cursor, len(ends)))
            cursor += len(ends) * ROW_HEIGHT
        if not band.groups:
            cursor += ROW_HEIGHT
        band.height = cursor + LANE_PADDING - y
        bands.append(band)
        y += band.height
    return TimelineLayout(bands, row_top, y, next_start)
