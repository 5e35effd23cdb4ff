"""Write the S or L benchmark roadmap of DESIGN.md, deterministically from a seed.

    python bench/generate.py --size S|L --seed N OUT.roadmap

The same size and seed always give the same file contents (IDs included), so benchmark runs
on different days compare like with like.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from roadmap.domain.entities import (
    Criterion,
    Dependency,
    FigureOfMerit,
    Lane,
    Mobility,
    Organization,
    Patent,
    PatentEvent,
    Pathway,
    Person,
    Problem,
    Product,
    RoadmapInfo,
    Score,
    Step,
)
from roadmap.domain.enums import (
    DependencyType,
    FomDirection,
    Language,
    LicenseKind,
    MobilityKind,
    OrganizationKind,
    PatentStatus,
    PathwayStatus,
    StepKind,
    StepStatus,
    TimeUnit,
)
from roadmap.domain.snapshot import RoadmapSnapshot


@dataclass(frozen=True)
class Size:
    problems: int
    pathways: int
    steps: int
    dependencies: int
    patents: int
    people: int
    organizations: int
    years: int
    unit: TimeUnit


SIZES = {
    "S": Size(5, 30, 150, 200, 30, 50, 20, 10, TimeUnit.QUARTER),
    "L": Size(50, 500, 10_000, 15_000, 300, 500, 200, 20, TimeUnit.MONTH),
}

_KIND_BY_LANE = {
    0: (StepKind.PILOT, StepKind.MILESTONE),
    1: (StepKind.PRODUCT, StepKind.PROTOTYPE),
    2: (StepKind.TECHNOLOGY, StepKind.PROTOTYPE, StepKind.DECISION_GATE),
    3: (StepKind.RESEARCH,),
}


# The dated history that leads to each status (an idea has none yet).
_HISTORY: dict[PatentStatus, tuple[PatentStatus, ...]] = {
    PatentStatus.IDEA: (),
    PatentStatus.FILED: (PatentStatus.FILED,),
    PatentStatus.GRANTED: (PatentStatus.FILED, PatentStatus.GRANTED),
    PatentStatus.LICENSED: (PatentStatus.FILED, PatentStatus.GRANTED, PatentStatus.LICENSED),
    PatentStatus.TRANSFERRED: (PatentStatus.FILED, PatentStatus.GRANTED, PatentStatus.TRANSFERRED),
    PatentStatus.LAPSED: (PatentStatus.FILED, PatentStatus.LAPSED),
}


def build(size: Size, seed: int) -> RoadmapSnapshot:
    """The roadmap for `size`, the same for the same seed."""
    rng = random.Random(seed)

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    start = date(2025, 1, 1)
    end = date(2025 + size.years - 1, 12, 31)
    span = (end - start).days
    info = RoadmapInfo(uid(), f"Benchmark roadmap {seed}", start, end, "", size.unit, Language.EN)
    lanes = tuple(
        Lane(uid(), name, color, i)
        for i, (name, color) in enumerate(
            [
                ("Industry & market", "#E45756"),
                ("Product", "#F58518"),
                ("Technology", "#4C78A8"),
                ("Research", "#54A24B"),
            ]
        )
    )
    criteria = tuple(Criterion(uid(), f"Criterion {i + 1}", 1.0 + i % 3, "", i) for i in range(6))
    org_kinds = list(OrganizationKind)
    orgs = tuple(
        Organization(uid(), f"Organization {i:03d}", org_kinds[i % len(org_kinds)])
        for i in range(size.organizations)
    )
    people = tuple(
        Person(uid(), f"Person {i:04d}", rng.choice(orgs).id, "Engineer", "Chips")
        for i in range(size.people)
    )
    problems = tuple(
        Problem(
            uid(),
            f"Industry need {i + 1}: lower cost per unit of compute",
            "Semiconductors",
            rng.choice(orgs).id,
            position=i,
        )
        for i in range(size.problems)
    )
    foms = tuple(
        FigureOfMerit(
            uid(), p.id, f"Figure {j + 1}", "units", 1.0, 10.0, FomDirection.HIGHER, end, j
        )
        for p in problems
        for j in range(2)
    )
    statuses = list(PathwayStatus)
    pathways = tuple(
        Pathway(
            uid(),
            problems[i % size.problems].id,
            f"Pathway {i + 1}",
            "",
            statuses[i % len(statuses)],
            f"#{rng.randrange(0x1000000):06X}",
            i // size.problems,
        )
        for i in range(size.pathways)
    )
    scores = tuple(
        Score(uid(), pw.id, c.id, rng.randint(1, 5), "") for pw in pathways for c in criteria
    )
    steps: list[Step] = []
    per_pathway = size.steps // size.pathways
    for pw in pathways:
        cursor = start + timedelta(days=rng.randrange(0, max(1, span // 3)))
        trl = 1
        for k in range(per_pathway):
            lane_index = 3 - min(3, k * 4 // per_pathway)
            kind = rng.choice(_KIND_BY_LANE[lane_index])
            length = 0 if kind.is_point else rng.randrange(30, 240)
            first = min(cursor, end)
            last = min(first + timedelta(days=length), end)
            if kind.is_point:
                last = first
            target = min(9, trl + rng.randint(0, 1))
            steps.append(
                Step(
                    uid(),
                    pw.id,
                    lanes[lane_index].id,
                    f"{pw.name} step {k + 1}",
                    first,
                    last,
                    kind,
                    trl,
                    target,
                    StepStatus.PLANNED,
                    0,
                    rng.choice(orgs).id,
                    rng.choice(people).id,
                    float(rng.randrange(10, 500)),
                    "",
                    k,
                )
            )
            trl = target
            cursor = last + timedelta(days=rng.randrange(1, 20))
    deps: list[Dependency] = []
    seen: set[tuple[int, int]] = set()
    for i in range(len(steps) - 1):
        if steps[i].pathway_id == steps[i + 1].pathway_id and len(deps) < size.dependencies:
            seen.add((i, i + 1))
            deps.append(Dependency(uid(), steps[i].id, steps[i + 1].id))
    while len(deps) < size.dependencies:
        a, b = sorted(rng.sample(range(len(steps)), 2))  # forward edges only: never a cycle
        if (a, b) in seen:
            continue
        seen.add((a, b))
        kind = (
            DependencyType.START_TO_START if rng.random() < 0.2 else DependencyType.FINISH_TO_START
        )
        deps.append(Dependency(uid(), steps[a].id, steps[b].id, kind, rng.randrange(0, 30)))
    products = tuple(
        Product(
            uid(), f"Product {i + 1}", "Data centre", end, "", i, (pathways[i % len(pathways)].id,)
        )
        for i in range(max(5, size.pathways // 10))
    )
    moves = tuple(
        Mobility(
            uid(),
            people[i].id,
            orgs[i % len(orgs)].id,
            orgs[(i + 1) % len(orgs)].id,
            list(MobilityKind)[i % 4],
            start + timedelta(days=rng.randrange(span)),
        )
        for i in range(min(len(people), size.people // 2))
    )
    patent_statuses = list(PatentStatus)
    patents: list[Patent] = []
    events: list[PatentEvent] = []
    for i in range(size.patents):
        status = patent_statuses[i % len(patent_statuses)]
        filed = start + timedelta(days=rng.randrange(span // 2))
        licensed = status in (PatentStatus.LICENSED, PatentStatus.TRANSFERRED)
        step = rng.choice(steps)
        patents.append(
            Patent(
                uid(),
                f"Patent {i + 1}",
                f"CN{2025 + i % 10}{i:08d}.X",
                filed,
                status,
                rng.choice(orgs).id,
                rng.choice(orgs).id if licensed else None,
                LicenseKind.EXCLUSIVE if licensed else None,
                filed + timedelta(days=365 * 20),
                step.pathway_id,
                (step.id,),
            )
        )
        events.extend(
            PatentEvent(uid(), patents[-1].id, stage, filed + timedelta(days=400 * n))
            for n, stage in enumerate(_HISTORY[status])
        )
    return RoadmapSnapshot(
        info=info,
        lanes=lanes,
        criteria=criteria,
        organizations=orgs,
        people=people,
        problems=problems,
        figures_of_merit=foms,
        pathways=pathways,
        scores=scores,
        steps=tuple(steps),
        dependencies=tuple(deps),
        products=products,
        mobility=moves,
        patents=tuple(patents),
        patent_events=tuple(events),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    from roadmap.services.workspace import Workspace

    began = time.perf_counter()
    snapshot = build(SIZES[args.size], args.seed)
    if args.out.exists():
        args.out.unlink()
    with Workspace.create(args.out, snapshot):
        pass
    counts = ", ".join(f"{n} {k}" for k, n in snapshot.counts().items())
    print(f"Wrote {args.out} ({counts}) in {time.perf_counter() - began:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
