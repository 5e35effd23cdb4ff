"""The critical path method over steps and dependencies.

Semantics (the same in `roadmap schedule`, the app and the checks):

- Dates are inclusive days: a step lasts ``end - start + 1`` days. A milestone or decision gate
  lasts 0 days and sits at the start of its date.
- A step's planned start is a "start no earlier than" constraint. Its earliest start is the
  latest of: its planned start; for each finish-to-start predecessor, the day after that
  predecessor's earliest finish (for a 0-day predecessor, its date) plus the lag; for each
  start-to-start predecessor, the predecessor's earliest start plus the lag.
- Pathways are alternatives, not parts of one project: each is scheduled on its own, with
  the pathways its steps are linked to by dependencies (a *group*: one pathway, or several
  that dependencies really tie together). The backward pass of a step runs from its group's
  finish, the latest earliest finish of the group's steps. Slack is latest start minus
  earliest start in days; a step with zero slack is critical, so every group has its own
  critical path.
- A step whose planned start is before its earliest start is a conflict: the plan promises a
  start its predecessors do not allow.
- Cancelled steps are left out: they hold nobody up and are never critical. Dependencies that
  touch a cancelled step, or name a step that does not exist, are ignored.

Internally time is counted in day *boundaries* (ordinals): a step with start ordinal ``s`` and
``d`` days occupies ``[s, s + d)``, so "the day after the end" and "the date of a 0-day step"
are both ``s + d`` and every rule above is one addition. One consequence worth knowing: a
milestone with slack can have a latest date one day after the project finish date, because it
sits at the start of that day, the very moment the last step ends.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple, NoReturn

from roadmap.domain.entities import Dependency, Step
from roadmap.domain.enums import DependencyType, StepStatus
from roadmap.domain.errors import CycleError
from roadmap.domain.graph import cycle_message, find_cycle

# Parallel critical paths multiply in a lattice of ties; past this many we stop listing them
# (every critical step is still marked critical and listed in `critical_path`).
MAX_CRITICAL_PATHS = 50


class StepTiming(NamedTuple):
    """One step's place in the schedule. Finish dates are inclusive (a 0-day step: its date)."""

    step_id: str
    name: str
    planned_start: date
    duration_days: int
    earliest_start: date
    earliest_finish: date
    latest_start: date
    latest_finish: date
    slack_days: int
    critical: bool


class Conflict(NamedTuple):
    """A step planned to start before its predecessors allow; `waits_on` are the ones that hold
    it back (step IDs)."""

    step_id: str
    name: str
    planned_start: date
    earliest_start: date
    waits_on: tuple[str, ...]

    @property
    def days_late(self) -> int:
        return (self.earliest_start - self.planned_start).days


class PathwayGroup(NamedTuple):
    """Pathways scheduled together (one, or several that dependencies link), with their own
    start, finish and critical steps (in schedule order)."""

    pathway_ids: tuple[str, ...]
    start: date
    finish: date
    critical_path: tuple[str, ...]


@dataclass(frozen=True)
class Schedule:
    """The result of `schedule`: frozen, cheap to query from a view.

    `timings` is in schedule order (earliest start, then dependency order). `critical_path`
    lists every critical step in that order; `critical_paths` splits them into chains, each
    from a step that starts on its planned date to one that ends on the project finish.
    `critical_dependencies` are the dependency IDs that link critical steps (the arrows to
    highlight). `groups` holds each pathway's (or linked pathways') own start, finish and
    critical path; `start`, `finish` and `critical_path` are those of all groups together.
    """

    start: date | None
    finish: date | None
    timings: Mapping[str, StepTiming]
    critical_path: tuple[str, ...]
    critical_paths: tuple[tuple[str, ...], ...]
    critical_dependencies: frozenset[str]
    conflicts: tuple[Conflict, ...]
    excluded: tuple[str, ...] = field(default=())  # cancelled steps left out
    groups: tuple[PathwayGroup, ...] = field(default=())

    def group_of(self, pathway_id: str) -> PathwayGroup | None:
        """The group the pathway is scheduled in (None when it has no scheduled step)."""
        return next((g for g in self.groups if pathway_id in g.pathway_ids), None)

    def timing(self, step_id: str) -> StepTiming | None:
        return self.timings.get(step_id)

    def is_critical(self, step_id: str) -> bool:
        timing = self.timings.get(step_id)
        return timing is not None and timing.critical


def duration_days(step: Step) -> int:
    """How many days a step lasts: 0 for milestones and decision gates, else end − start + 1."""
    return 0 if step.step_kind.is_point else (step.end - step.start).days + 1


class _DayCache(dict[int, date]):
    """Ordinal → date; a roadmap spans a few thousand distinct days, so most are repeats."""

    def __missing__(self, ordinal: int) -> date:
        value = self[ordinal] = date.fromordinal(ordinal)
        return value


def schedule(steps: Iterable[Step], dependencies: Iterable[Dependency]) -> Schedule:
    """Earliest and latest dates, slack, critical path(s) and conflicts for `steps`.

    Raises `CycleError` naming the steps when the dependencies go round in a circle.
    """
    cancelled = StepStatus.CANCELLED
    active: list[Step] = []
    excluded: list[str] = []
    for step in steps:
        if step.status is cancelled:
            excluded.append(step.id)
        else:
            active.append(step)
    n = len(active)
    if n == 0:
        return Schedule(None, None, {}, (), (), frozenset(), (), tuple(excluded), ())
    index = {step.id: i for i, step in enumerate(active)}
    planned = [step.start.toordinal() for step in active]
    days = [duration_days(step) for step in active]

    # Edges in flat lists, and each step's outgoing edges as a slice of `out` (compressed
    # adjacency): a 10,000-step roadmap then allocates a handful of lists, not thousands.
    src: list[int] = []
    dst: list[int] = []
    is_fs: list[bool] = []
    lag: list[int] = []
    dep_ids: list[str] = []
    fs_type = DependencyType.FINISH_TO_START
    for dep in dependencies:
        a = index.get(dep.from_step_id)
        b = index.get(dep.to_step_id)
        if a is None or b is None:
            continue
        src.append(a)
        dst.append(b)
        is_fs.append(dep.type is fs_type)
        lag.append(dep.lag_days)
        dep_ids.append(dep.id)
    offset = [0] * (n + 1)
    indegree = [0] * n
    for a in src:
        offset[a + 1] += 1
    for b in dst:
        indegree[b] += 1
    for i in range(n):
        offset[i + 1] += offset[i]
    out = [0] * len(src)
    fill = offset[:-1]
    for e, a in enumerate(src):
        out[fill[a]] = e
        fill[a] += 1

    # Forward pass fused with Kahn's topological sort: a step is final once its last
    # predecessor has pushed on it.
    es = planned[:]
    order = [i for i in range(n) if indegree[i] == 0]
    head = 0
    while head < len(order):
        i = order[head]
        head += 1
        start_i = es[i]
        finish_i = start_i + days[i]
        for k in range(offset[i], offset[i + 1]):
            e = out[k]
            j = dst[e]
            candidate = (finish_i if is_fs[e] else start_i) + lag[e]
            if candidate > es[j]:
                es[j] = candidate
            indegree[j] -= 1
            if indegree[j] == 0:
                order.append(j)
    if len(order) < n:
        _raise_cycle(active, src, dst, indegree)
    group = _groups(active, src, dst)
    group_finish: dict[int, int] = {}
    for i in range(n):
        end_i = es[i] + days[i]
        if end_i > group_finish.get(group[i], end_i - 1):
            group_finish[group[i]] = end_i

    # Backward pass, as latest starts, each from the finish of its own group.
    ls = [0] * n
    for i in reversed(order):
        latest_finish = group_finish[group[i]]
        d = days[i]
        for k in range(offset[i], offset[i + 1]):
            e = out[k]
            bound = ls[dst[e]] - lag[e] + (0 if is_fs[e] else d)
            if bound < latest_finish:
                latest_finish = bound
        ls[i] = latest_finish - d

    rank = [0] * n
    for position, i in enumerate(order):
        rank[i] = position
    sequence = sorted(range(n), key=lambda i: (es[i], rank[i]))
    critical = [ls[i] == es[i] for i in range(n)]
    day = _DayCache()
    timings: dict[str, StepTiming] = {}
    for i in sequence:
        step = active[i]
        d, early, late = days[i], es[i], ls[i]
        timings[step.id] = StepTiming(
            step.id,
            step.name,
            step.start,
            d,
            day[early],
            day[early + d - 1 if d else early],
            day[late],
            day[late + d - 1 if d else late],
            late - early,
            critical[i],
        )

    # An edge "drives" its successor when it alone would set the successor's earliest start.
    waits_on: dict[int, list[str]] = {}
    links: dict[int, list[int]] = {}
    has_critical_pred = [False] * n
    critical_deps: set[str] = set()
    for e, a in enumerate(src):
        b = dst[e]
        if es[a] + (days[a] if is_fs[e] else 0) + lag[e] != es[b]:
            continue
        if es[b] > planned[b]:
            waits_on.setdefault(b, []).append(active[a].id)
        if critical[a] and critical[b]:
            links.setdefault(a, []).append(b)
            has_critical_pred[b] = True
            critical_deps.add(dep_ids[e])
    conflicts = tuple(
        Conflict(active[i].id, active[i].name, active[i].start, day[es[i]], tuple(waits_on[i]))
        for i in sequence
        if es[i] > planned[i]
    )
    roots = [i for i in sequence if critical[i] and not has_critical_pred[i]]
    members: dict[int, list[int]] = {}
    for i in sequence:
        members.setdefault(group[i], []).append(i)
    groups = tuple(
        PathwayGroup(
            pathway_ids=tuple(dict.fromkeys(active[i].pathway_id for i in steps_of)),
            start=day[min(es[i] for i in steps_of)],
            finish=max(timings[active[i].id].earliest_finish for i in steps_of),
            critical_path=tuple(active[i].id for i in steps_of if critical[i]),
        )
        for steps_of in members.values()
    )
    return Schedule(
        start=day[min(es)],
        finish=max(timing.earliest_finish for timing in timings.values()),
        timings=timings,
        critical_path=tuple(active[i].id for i in sequence if critical[i]),
        critical_paths=_chains(roots, links, active),
        critical_dependencies=frozenset(critical_deps),
        conflicts=conflicts,
        excluded=tuple(excluded),
        groups=groups,
    )


def _groups(active: list[Step], src: list[int], dst: list[int]) -> list[int]:
    """For each step, the number of its group: steps of one pathway are in one group, and a
    dependency between two pathways' steps puts both pathways in one group (union-find over
    pathways, so it costs little more than a pass over the links)."""
    parent: dict[str, str] = {}

    def root(pathway: str) -> str:
        while (up := parent.get(pathway, pathway)) != pathway:
            parent[pathway] = parent.get(up, up)  # halve the way up for the next look-up
            pathway = up
        return pathway

    for a, b in zip(src, dst, strict=True):
        first, second = root(active[a].pathway_id), root(active[b].pathway_id)
        if first != second:
            parent[second] = first
    numbers: dict[str, int] = {}
    return [numbers.setdefault(root(step.pathway_id), len(numbers)) for step in active]


def _chains(
    roots: list[int], links: Mapping[int, list[int]], active: list[Step]
) -> tuple[tuple[str, ...], ...]:
    """Every root-to-end walk along critical links, up to `MAX_CRITICAL_PATHS`."""
    found: list[tuple[str, ...]] = []
    for root in roots:
        stack: list[tuple[int, tuple[int, ...]]] = [(root, (root,))]
        while stack and len(found) < MAX_CRITICAL_PATHS:
            node, path = stack.pop()
            nexts = links.get(node)
            if not nexts:
                found.append(tuple(active[i].id for i in path))
                continue
            for nxt in reversed(nexts):
                stack.append((nxt, (*path, nxt)))
    return tuple(found)


def _raise_cycle(
    active: list[Step], src: list[int], dst: list[int], indegree: list[int]
) -> NoReturn:
    stuck = {i for i, degree in enumerate(indegree) if degree > 0}
    edges = [
        (active[a].id, active[b].id)
        for a, b in zip(src, dst, strict=True)
        if a in stuck and b in stuck
    ]
    cycle = find_cycle(edges) or [active[i].id for i in sorted(stuck)]
    names = {step.id: step.name for step in active}
    raise CycleError(
        cycle_message(cycle, lambda step_id: names.get(step_id, step_id)), tuple(cycle)
    )
