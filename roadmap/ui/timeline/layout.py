"""Where each step's row is: lanes as horizontal bands, each with its pathways' steps packed
into as few rows as do not overlap. Pure Python, so it is quick to test and to rerun."""

from __future__ import annotations

from collections.abc import Callable, Iterable
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
    row_of: dict[str, int] = field(default_factory=dict)  # step id -> row within its group
    group_rows: dict[tuple[str, str], int] = field(default_factory=dict)  # (lane, pathway) -> rows


def pathway_order(problems: Iterable[Problem], pathways: Iterable[Pathway]) -> list[str]:
    """Pathway ids in reading order: by their problem's position, then their own."""
    problem_rank = {p.id: (p.position, i) for i, p in enumerate(problems)}
    ranked = sorted(
        pathways, key=lambda p: (problem_rank.get(p.problem_id, (1 << 30, 0)), p.position)
    )
    return [p.id for p in ranked]


LabelDays = Callable[[Step], int]  # days a step's name takes right of its end (0: inside)


def lay_out(
    lanes: Iterable[Lane],
    pathway_ids: list[str],
    steps: Iterable[Step],
    label_days: LabelDays | None = None,
) -> TimelineLayout:
    """Bands for `lanes` (in order), each packing its steps pathway by pathway (`_pack`);
    with `label_days`, a name written beside its bar keeps the next step of its row off it."""
    lane_list = list(lanes)
    rank = {pid: i for i, pid in enumerate(pathway_ids)}
    grouped: dict[str, dict[str, list[Step]]] = {lane.id: {} for lane in lane_list}
    for step in steps:
        groups = grouped.get(step.lane_id)
        if groups is not None:
            groups.setdefault(step.pathway_id, []).append(step)
    bands: list[LaneBand] = []
    row_top: dict[str, float] = {}
    row_of: dict[str, int] = {}
    group_rows: dict[tuple[str, str], int] = {}
    next_start: dict[str, int] = {}
    y = 0.0
    for lane in lane_list:
        band = LaneBand(lane, y, 0.0)
        cursor = y + LANE_TITLE
        groups = grouped[lane.id]
        for pathway_id in sorted(groups, key=lambda pid: rank.get(pid, 1 << 30)):
            ordered = sorted(groups[pathway_id], key=lambda s: (s.start, s.position, s.id))
            rows = _pack(ordered, label_days)
            for index, row in enumerate(rows):
                for i, step in enumerate(row):
                    row_of[step.id] = index
                    row_top[step.id] = cursor + index * ROW_HEIGHT
                    if i + 1 < len(row):
                        next_start[step.id] = row[i + 1].start.toordinal()
            group_rows[(lane.id, pathway_id)] = len(rows)
            band.groups.append(GroupBand(pathway_id, cursor, len(rows)))
            cursor += len(rows) * ROW_HEIGHT
        if not band.groups:
            cursor += ROW_HEIGHT
        band.height = cursor + LANE_PADDING - y
        bands.append(band)
        y += band.height
    return TimelineLayout(bands, row_top, y, next_start, row_of, group_rows)


def row_at(layout: TimelineLayout | None, y: float) -> tuple[str, str | None] | None:
    """The (lane, pathway) of the row at scene height `y`; the pathway is None over a lane's
    title or empty space. None outside every lane."""
    if layout is None:
        return None
    for band in layout.bands:
        if band.top <= y < band.bottom:
            for group in band.groups:
                if group.top <= y < group.top + max(1, group.rows) * ROW_HEIGHT:
                    return band.lane.id, group.pathway_id
            return band.lane.id, None
    return None


def _pack(ordered: list[Step], label_days: LabelDays | None = None) -> list[list[Step]]:
    """As few rows as the steps need: steps arrive by start date, so a step fits a row
    exactly when the row's last step (with the name written beside it, if any: `label_days`)
    ends before it starts (first fit is then optimal).

    The rows are a function of the steps alone, not of the rows before an edit: so rows pack
    after every edit (a step that moved, shrank or went leaves no row that could close), and
    Undo puts every bar back in the very row it had."""
    rows: list[list[Step]] = []
    last_end: list[int] = []
    for step in ordered:
        start = step.start.toordinal()
        end = step.end.toordinal() + (label_days(step) if label_days is not None else 0)
        for index, taken in enumerate(last_end):
            if taken < start:
                rows[index].append(step)
                last_end[index] = end
                break
        else:
            rows.append([step])
            last_end.append(end)
    return rows


def repack(
    layout: TimelineLayout,
    groups: dict[tuple[str, str], list[Step]],
    label_days: LabelDays | None = None,
) -> list[str] | None:
    """Pack only `groups` ((lane, pathway) → its steps) again, in place; returns the ids of
    the steps whose row changed, or None when a group is new (lay out everything).

    A group that needs more rows pushes everything below it down, one that needs fewer
    pulls it up, as `lay_out` would, without packing the other groups again.
    """
    where = {
        (band.lane.id, group.pathway_id): (i, j)
        for i, band in enumerate(layout.bands)
        for j, group in enumerate(band.groups)
    }
    if any(key not in where for key in groups):
        return None
    moved: list[str] = []
    for key, members in groups.items():
        lane_index, group_index = where[key]
        group = layout.bands[lane_index].groups[group_index]
        ordered = sorted(members, key=lambda s: (s.start, s.position, s.id))
        rows = _pack(ordered, label_days)
        if not rows:
            return None  # the pathway left the lane: lay out again, without its group
        if len(rows) != group.rows:
            moved.extend(_grow(layout, lane_index, group_index, len(rows) - group.rows))
        top = group.top
        for index, row in enumerate(rows):
            for i, step in enumerate(row):
                if layout.row_of.get(step.id) != index or step.id not in layout.row_top:
                    moved.append(step.id)
                layout.row_of[step.id] = index
                layout.row_top[step.id] = top + index * ROW_HEIGHT
                if i + 1 < len(row):
                    layout.next_start[step.id] = row[i + 1].start.toordinal()
                else:
                    layout.next_start.pop(step.id, None)
    return moved


def _grow(layout: TimelineLayout, lane_index: int, group_index: int, extra: int) -> list[str]:
    """Give one group `extra` more rows (fewer if negative): the groups and lanes below move
    down (up). Returns the steps that moved."""
    band = layout.bands[lane_index]
    group = band.groups[group_index]
    shift = extra * ROW_HEIGHT
    below = group.top + group.rows * ROW_HEIGHT  # everything from here down moves
    group.rows += extra
    layout.group_rows[(band.lane.id, group.pathway_id)] = group.rows
    for later in band.groups[group_index + 1 :]:
        later.top += shift
    band.height += shift
    for later_band in layout.bands[lane_index + 1 :]:
        later_band.top += shift
        for later in later_band.groups:
            later.top += shift
    layout.height += shift
    moved = [step_id for step_id, top in layout.row_top.items() if top >= below]
    for step_id in moved:
        layout.row_top[step_id] += shift
    return moved
