"""Figures across many roadmaps: what a portfolio office reads off a repository or a folder.

One `PortfolioTally` is fed the roadmaps one at a time (`add`), so the same counting serves a
repository and a folder of files, and memory does not grow with the number of roadmaps beyond
the counts themselves. The rules:

- Problems by sector (as written, trimmed) and priority; pathways by status.
- TRL of each pathway today and at its roadmap's horizon end: the highest TRL its (not
  cancelled) steps have established by that day (`maturity.progression`); a pathway with no
  TRL yet on that day counts under `None` ("not rated").
- Products by the year of their launch date (`None`: no date); patents by status, licences by
  kind (only patents that have one); moves between organizations by direction
  (`transfer.direction_of`).
- Organizations in several roadmaps: matched by name, ignoring case and surrounding spaces
  (records of different roadmaps have different IDs, so the name is what they share).
- Milestones and decision gates due from `today` to twelve months later, not done or cancelled,
  earliest first.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from roadmap.domain.entities import Step
from roadmap.domain.enums import StepKind, StepStatus
from roadmap.domain.maturity import progression
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.domain.transfer import direction_of

DUE_KINDS = (StepKind.MILESTONE, StepKind.DECISION_GATE)
CLOSED = (StepStatus.DONE, StepStatus.CANCELLED)


def a_year_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def trl_on(steps: list[Step], day: date) -> int | None:
    """The TRL a pathway stands at on `day` (None before its first rated step)."""
    level: int | None = None
    for point in progression(steps):
        if point.on > day:
            break
        level = point.trl
    return level


@dataclass(frozen=True)
class Due:
    """A milestone or decision gate due soon, in one roadmap."""

    roadmap: str
    step: str
    kind: StepKind
    on: date


@dataclass
class PortfolioTally:
    today: date
    roadmaps: int = 0
    problems: Counter[tuple[str, str]] = field(default_factory=Counter)
    pathways: Counter[str] = field(default_factory=Counter)
    trl_now: Counter[int | None] = field(default_factory=Counter)
    trl_horizon: Counter[int | None] = field(default_factory=Counter)
    launches: Counter[int | None] = field(default_factory=Counter)
    patents: Counter[str] = field(default_factory=Counter)
    licences: Counter[str] = field(default_factory=Counter)
    moves: Counter[str] = field(default_factory=Counter)
    due: list[Due] = field(default_factory=list)
    # organization name as matched -> (name as first written, which roadmaps: their ordinals)
    _organizations: dict[str, tuple[str, set[int]]] = field(default_factory=dict)

    def add(self, snapshot: RoadmapSnapshot) -> None:
        """Count one roadmap in."""
        self.roadmaps += 1
        title = snapshot.info.title
        for problem in snapshot.problems:
            self.problems[(problem.sector.strip(), problem.priority.value)] += 1
        steps_of: dict[str, list[Step]] = defaultdict(list)
        for step in snapshot.steps:
            steps_of[step.pathway_id].append(step)
        horizon = snapshot.info.horizon_end
        for pathway in snapshot.pathways:
            self.pathways[pathway.status.value] += 1
            steps = steps_of.get(pathway.id, [])
            self.trl_now[trl_on(steps, self.today)] += 1
            self.trl_horizon[trl_on(steps, horizon)] += 1
        for product in snapshot.products:
            self.launches[product.launch_date.year if product.launch_date else None] += 1
        for patent in snapshot.patents:
            self.patents[patent.status.value] += 1
            if patent.license_kind is not None:
                self.licences[patent.license_kind.value] += 1
        kinds = {org.id: org.org_kind for org in snapshot.organizations}
        for move in snapshot.mobility:
            direction = direction_of(kinds.get(move.from_org_id), kinds.get(move.to_org_id))
            self.moves[direction.value] += 1
        for org in snapshot.organizations:
            key = " ".join(org.name.split()).casefold()
            if key:
                _, seen_in = self._organizations.setdefault(key, (org.name.strip(), set()))
                seen_in.add(self.roadmaps)
        until = a_year_after(self.today)
        for step in snapshot.steps:
            due = step.step_kind in DUE_KINDS and step.status not in CLOSED
            if due and self.today <= step.start <= until:
                self.due.append(Due(title, step.name, step.step_kind, step.start))

    def shared_organizations(self) -> list[tuple[str, int]]:
        """Organizations named in two roadmaps or more, most widely shared first."""
        shared = [(name, len(t)) for name, t in self._organizations.values() if len(t) > 1]
        return sorted(shared, key=lambda item: (-item[1], item[0].casefold()))

    def due_soon(self) -> list[Due]:
        return sorted(self.due, key=lambda d: (d.on, d.roadmap, d.step))
