"""Where each step's row is: lanes as horizontal bands, each with its pathways' steps packed
into as few rows as do not overlap. Pure Python, so it is quick to test and to rerun."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from roadmap.domain.entities import Lane, Pathway, Problem, Step

ROW_HEIGHT = 26.0
LANE_PADDING = 6.0
LANE_TITLE = 20.0  # room for the lane's name above its first pathway


@dataclass(eq=False)
class GroupBand:
    """The rows one pathway's steps take in one lane, and which steps those are. A step's row
    top is `top + row * ROW_HEIGHT`: when a group above gains or loses a row, only the tops of
    the groups below change, never anything stored per step."""

    pathway_id: str
    top: float
    rows: int
    lane_id: str = ""
    members: list[str] = field(default_factory=list)  # step ids, in packing order


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
    height: float
    next_start: dict[str, int]  # step id -> first day of the next step in its row (label room)
    row_of: dict[str, int] = field(default_factory=dict)  # step id -> row within its group
    group_of: dict[str, GroupBand] = field(default_factory=dict)  # step id -> its group
    group_rows: dict[tuple[str, str], int] = field(default_factory=dict)  # (lane, pathway) -> rows
    # Every group top to bottom, and where each is (band, group) by (lane, pathway): the order
    # never changes between full layouts, so `groups_between` can bisect on the tops.
    groups: list[GroupBand] = field(default_factory=list)
    where: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)

    def top_of(self, step_id: str) -> float:
        """The top of the step's row, in scene pixels."""
        return self.group_of[step_id].top + self.row_of[step_id] * ROW_HEIGHT

    @property
    def row_top(self) -> dict[str, float]:
        """Every step's row top (worked out now: for comparing two layouts)."""
        return {step_id: self.top_of(step_id) for step_id in self.group_of}

    def groups_between(self, top: float, bottom: float) -> list[GroupBand]:
        """The groups with a row between scene heights `top` and `bottom`."""
        groups = self.groups
        first = bisect_right(groups, top, key=lambda g: g.top + g.rows * ROW_HEIGHT)
        found = []
        for group in groups[first:]:
            if group.top > bottom:
                break
            found.append(group)
        return found


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
    layout = TimelineLayout([], 0.0, {})
    y = 0.0
    for lane in lane_list:
        band = LaneBand(lane, y, 0.0)
        cursor = y + LANE_TITLE
        groups = grouped[lane.id]
        for pathway_id in sorted(groups, key=lambda pid: rank.get(pid, 1 << 30)):
            group = GroupBand(pathway_id, cursor, 0, lane.id)
            layout.where[(lane.id, pathway_id)] = (len(layout.bands), len(band.groups))
            _place_rows(layout, group, _pack(_in_order(groups[pathway_id]), label_days))
            band.groups.append(group)
            layout.groups.append(group)
            cursor += group.rows * ROW_HEIGHT
        if not band.groups:
            cursor += ROW_HEIGHT
        band.height = cursor + LANE_PADDING - y
        layout.bands.append(band)
        y += band.height
    layout.height = y
    return layout


def _in_order(steps: Iterable[Step]) -> list[Step]:
    return sorted(steps, key=lambda s: (s.start, s.position, s.id))


def _place_rows(layout: TimelineLayout, group: GroupBand, rows: list[list[Step]]) -> list[str]:
    """Put packed `rows` into `group`; returns the steps whose row or group changed."""
    moved: list[str] = []
    row_of, group_of, next_start = layout.row_of, layout.group_of, layout.next_start
    members: list[str] = []
    for index, row in enumerate(rows):
        for i, step in enumerate(row):
            step_id = step.id
            members.append(step_id)
            if row_of.get(step_id) != index or group_of.get(step_id) is not group:
                moved.append(step_id)
                row_of[step_id] = index
                group_of[step_id] = group
            if i + 1 < len(row):
                next_start[step_id] = row[i + 1].start.toordinal()
            else:
                next_start.pop(step_id, None)
    group.members = members
    group.rows = len(rows)
    layout.group_rows[(group.lane_id, group.pathway_id)] = len(rows)
    return moved


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
    the steps whose row or group changed, or None when a group is new or emptied (lay out
    everything).

    A group that needs more rows pushes everything below it down, one that needs fewer
    pulls it up, as `lay_out` would: only the tops of the groups and lanes below change (a
    step's top follows its group's), so this costs the same wherever the group is.
    """
    where = layout.where
    if any(key not in where for key in groups):
        return None
    moved: list[str] = []
    for key, members in groups.items():
        lane_index, group_index = where[key]
        group = layout.bands[lane_index].groups[group_index]
        rows = _pack(_in_order(members), label_days)
        if not rows:
            return None  # the pathway left the lane: lay out again, without its group
        if len(rows) != group.rows:
            _grow(layout, lane_index, group_index, len(rows) - group.rows)
        moved.extend(_place_rows(layout, group, rows))
    return moved


def members_now(
    layout: TimelineLayout,
    groups: Iterable[tuple[str, str]],
    changed: Iterable[Step],
    steps: Mapping[str, Step],
) -> dict[tuple[str, str], list[Step]]:
    """The steps each of `groups` (lane, pathway) holds now, for `repack`: of those it held,
    and of the `changed` ones, those still in its lane and pathway (among `steps`, all of
    them now) — without looking at every step."""
    changed_ids = {step.id for step in changed}
    members: dict[tuple[str, str], list[Step]] = {}
    for key in groups:
        ids = set(changed_ids)
        where = layout.where.get(key)
        if where is not None:
            ids.update(layout.bands[where[0]].groups[where[1]].members)
        members[key] = [
            step
            for step_id in ids
            if (step := steps.get(step_id)) is not None and (step.lane_id, step.pathway_id) == key
        ]
    return members


def _grow(layout: TimelineLayout, lane_index: int, group_index: int, extra: int) -> None:
    """Give one group `extra` more rows (fewer if negative): the groups and lanes below move
    down (up)."""
    band = layout.bands[lane_index]
    shift = extra * ROW_HEIGHT
    for later in band.groups[group_index + 1 :]:
        later.top += shift
    band.height += shift
    for later_band in layout.bands[lane_index + 1 :]:
        later_band.top += shift
        for later in later_band.groups:
            later.top += shift
    layout.height += shift
