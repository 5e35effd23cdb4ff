"""The critical-path schedule: in-process on the L roadmap, and `roadmap schedule` against tj3.

    python bench/bench_schedule.py [--seed 1] [--repeat 5]

1. `schedule()` on L (10,000 steps, 15,000 dependencies); target < 100 ms. Reference in the
   same run: the standard library's `graphlib` putting the same graph in order, which is the
   least any schedule has to do.
2. `roadmap schedule FILE --json` (a new process: start-up, open, read, schedule, print) on a
   300-step project against TaskJuggler 3 (`tj3`) scheduling the same project; target: faster
   than tj3. The two must agree on every earliest start and finish.
"""

from __future__ import annotations

import argparse
import csv
import graphlib
import json
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import SIZES, Size, build
from bench.timing import best_of
from roadmap.domain.entities import Dependency, Step
from roadmap.domain.enums import DependencyType, TimeUnit
from roadmap.domain.schedule import duration_days, schedule
from roadmap.services.workspace import Workspace

PROJECT_300 = Size(3, 15, 300, 450, 10, 20, 10, 10, TimeUnit.QUARTER)


def taskjuggler_project(steps: tuple[Step, ...], deps: tuple[Dependency, ...], origin: date) -> str:
    """The same project for tj3: planned starts as gaps after an origin milestone."""
    incoming: dict[str, list[str]] = {s.id: [] for s in steps}
    tj_id = {s.id: f"t{i}" for i, s in enumerate(steps)}
    for d in deps:
        attrs = ["onstart"] if d.type is DependencyType.START_TO_START else []
        if d.lag_days:
            attrs.append(f"gapduration {d.lag_days}d")
        ref = tj_id[d.from_step_id]
        incoming[d.to_step_id].append(f"{ref} {{ {' '.join(attrs)} }}" if attrs else ref)
    lines = [
        f'project bench "Bench" {origin.isoformat()} +40y {{ timezone "UTC" }}',
        f'task origin "Origin" {{ start {origin.isoformat()} milestone }}',
    ]
    for s in steps:
        offset = (s.start - origin).days
        links = [f"origin {{ gapduration {offset}d }}" if offset else "origin", *incoming[s.id]]
        days = duration_days(s)
        size = "milestone" if days == 0 else f"duration {days}d"
        lines.append(f'task {tj_id[s.id]} "Step" {{ depends {", ".join(links)} {size} }}')
    lines.append(
        'taskreport dates "dates" { formats csv columns id, start, end '
        'timeformat "%Y-%m-%d %H:%M" }'
    )
    return "\n".join(lines) + "\n"


def in_process(seed: int, repeat: int) -> None:
    snapshot = build(SIZES["L"], seed)
    steps, deps = snapshot.steps, snapshot.dependencies
    result = schedule(steps, deps)
    ours = best_of(repeat, lambda: schedule(steps, deps))

    def reference() -> object:
        sorter: graphlib.TopologicalSorter[str] = graphlib.TopologicalSorter()
        for s in steps:
            sorter.add(s.id)
        for d in deps:
            sorter.add(d.to_step_id, d.from_step_id)
        return list(sorter.static_order())

    base = best_of(repeat, reference)
    print(f"L: {len(steps)} steps, {len(deps)} dependencies")
    print(
        f"  schedule()            {ours * 1000:7.1f} ms  (target < 100 ms: "
        f"{'ok' if ours < 0.1 else 'MISSED'}); {len(result.critical_path)} critical steps, "
        f"{len(result.conflicts)} conflicts"
    )
    print(f"  graphlib order (ref.) {base * 1000:7.1f} ms  ratio {ours / base:.2f}x")


def against_tj3(seed: int, repeat: int) -> None:
    if shutil.which("tj3") is None:
        print("tj3 is not installed: skipping the comparison with TaskJuggler")
        return
    snapshot = build(PROJECT_300, seed)
    steps, deps = snapshot.steps, snapshot.dependencies
    origin = min(s.start for s in steps)
    roadmap_cmd = [sys.executable, "-m", "roadmap"]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        file = work / "p300.roadmap"
        Workspace.create(file, snapshot).close()
        (work / "p300.tjp").write_text(taskjuggler_project(steps, deps, origin), encoding="utf-8")

        def ours() -> object:
            return subprocess.run(
                [*roadmap_cmd, "schedule", str(file), "--json"],
                check=True,
                capture_output=True,
                text=True,
            )

        def theirs() -> object:
            return subprocess.run(
                ["tj3", "--no-color", "p300.tjp"], cwd=work, check=True, capture_output=True
            )

        our_time = best_of(repeat, ours)
        tj3_time = best_of(repeat, theirs)
        report = json.loads(ours().stdout)  # type: ignore[attr-defined]
        tj_id = {s.id: f"t{i}" for i, s in enumerate(steps)}
        with (work / "dates.csv").open(encoding="utf-8") as handle:
            tj = {r["Id"]: r for r in csv.DictReader(handle, delimiter=";")}
        mismatches = 0
        for row in report["steps"]:
            theirs_row = tj[tj_id[row["id"]]]
            begin = datetime.strptime(theirs_row["Start"], "%Y-%m-%d %H:%M").date()
            after = datetime.strptime(theirs_row["End"], "%Y-%m-%d %H:%M").date()
            zero = row["earliest_start"] == row["earliest_finish"] and begin == after
            finish = after if zero else after - timedelta(days=1)
            if (row["earliest_start"], row["earliest_finish"]) != (
                begin.isoformat(),
                finish.isoformat(),
            ):
                mismatches += 1
    print(f"300-step project: {len(steps)} steps, {len(deps)} dependencies")
    print(f"  roadmap schedule --json {our_time * 1000:7.0f} ms")
    print(
        f"  tj3                     {tj3_time * 1000:7.0f} ms  ratio {our_time / tj3_time:.2f}x "
        f"(target < 1: {'ok' if our_time < tj3_time else 'MISSED'})"
    )
    print(
        f"  earliest dates that differ from tj3: {mismatches} of {len(report['steps'])}"
        f" ({'ok' if mismatches == 0 else 'MISMATCH'})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    in_process(args.seed, args.repeat)
    against_tj3(args.seed, max(1, args.repeat // 2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
