"""Cross-check: TaskJuggler (`tj3`) finds the same earliest dates on random projects.

Each step becomes a TaskJuggler task that depends on a project-start milestone with a gap of
its planned offset (TaskJuggler's way of saying "start no earlier than"); finish-to-start
links are plain `depends`, start-to-start links `depends … { onstart }`, lags are gaps in
calendar time. TaskJuggler reports an end as the moment after the last day, which is the
day after our inclusive finish (for a milestone: its date).
"""

from __future__ import annotations

import csv
import random
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from roadmap.domain.entities import Dependency, Step
from roadmap.domain.enums import DependencyType, StepKind
from roadmap.domain.schedule import duration_days, schedule

pytestmark = pytest.mark.skipif(shutil.which("tj3") is None, reason="TaskJuggler (tj3) missing")

ORIGIN = date(2025, 1, 1)


def random_project(seed: int, n: int) -> tuple[list[Step], list[Dependency]]:
    rng = random.Random(seed)
    steps = []
    for i in range(n):
        start = ORIGIN + timedelta(days=rng.randrange(0, 200))
        days = rng.choice([0, *range(1, 60)])
        kind = StepKind.MILESTONE if days == 0 else StepKind.RESEARCH
        end = start + timedelta(days=max(days - 1, 0))
        steps.append(Step(f"t{i}", "p", "l", f"Step {i}", start, end, kind))
    deps = []
    pairs: set[tuple[int, int]] = set()
    for k in range(int(n * 1.5)):
        a, b = sorted(rng.sample(range(n), 2))  # forward links only, each pair once
        if (a, b) in pairs:
            continue
        pairs.add((a, b))
        kind = (
            DependencyType.START_TO_START if rng.random() < 0.3 else DependencyType.FINISH_TO_START
        )
        deps.append(Dependency(f"d{k}", f"t{a}", f"t{b}", kind, rng.choice([0, 0, 3, 10, 30])))
    return steps, deps


def taskjuggler_project(steps: list[Step], deps: list[Dependency]) -> str:
    incoming: dict[str, list[str]] = {s.id: [] for s in steps}
    for d in deps:
        attrs = ["onstart"] if d.type is DependencyType.START_TO_START else []
        if d.lag_days:
            attrs.append(f"gapduration {d.lag_days}d")
        incoming[d.to_step_id].append(
            f"{d.from_step_id} {{ {' '.join(attrs)} }}" if attrs else d.from_step_id
        )
    lines = [
        f'project roadmap "Cross-check" {ORIGIN.isoformat()} +5y {{ timezone "UTC" }}',
        f'task origin "Origin" {{ start {ORIGIN.isoformat()} milestone }}',
    ]
    for s in steps:
        offset = (s.start - ORIGIN).days
        links = [f"origin {{ gapduration {offset}d }}" if offset else "origin", *incoming[s.id]]
        size = "milestone" if duration_days(s) == 0 else f"duration {duration_days(s)}d"
        lines.append(f'task {s.id} "{s.name}" {{ depends {", ".join(links)} {size} }}')
    lines.append(
        'taskreport dates "dates" { formats csv columns id, start, end '
        'timeformat "%Y-%m-%d %H:%M" }'
    )
    return "\n".join(lines) + "\n"


def run_tj3(
    steps: list[Step], deps: list[Dependency], folder: Path
) -> dict[str, tuple[date, date]]:
    (folder / "project.tjp").write_text(taskjuggler_project(steps, deps), encoding="utf-8")
    done = subprocess.run(
        ["tj3", "--no-color", "project.tjp"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    dates = {}
    with (folder / "dates.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            begin = datetime.strptime(row["Start"], "%Y-%m-%d %H:%M").date()
            after = datetime.strptime(row["End"], "%Y-%m-%d %H:%M").date()
            dates[row["Id"]] = (begin, after)
    return dates


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_earliest_dates_match_taskjuggler(seed: int, tmp_path: Path) -> None:
    steps, deps = random_project(seed, 40)
    result = schedule(steps, deps)
    theirs = run_tj3(steps, deps, tmp_path)
    for step in steps:
        timing = result.timings[step.id]
        begin, after = theirs[step.id]
        assert timing.earliest_start == begin, step.name
        expected_finish = after if timing.duration_days == 0 else after - timedelta(days=1)
        assert timing.earliest_finish == expected_finish, step.name
