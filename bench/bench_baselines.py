"""Baselines on L: taking one and comparing L with it, against `roadmap info` on L.

    python bench/bench_baselines.py [--seed 1] [--repeat 5]

Goal (issue 16): `roadmap baseline L --name N` and `roadmap compare L --baseline N --json`
each take at most 2x `roadmap info L`, all three run as the user runs them (a new process:
start-up, open, read, work, print), interleaved in one run so machine noise hits all alike.
In-process times (no interpreter start-up) are printed too, as the harder view.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import SIZES, build
from bench.timing import wall_time
from roadmap.services import baselines
from roadmap.services.reports import roadmap_info
from roadmap.services.workspace import Workspace

GOAL = 2.0


def cli(*args: str) -> Callable[[], object]:
    command = [sys.executable, "-m", "roadmap", *args]
    return lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def spread(times: list[float]) -> str:
    ms = [t * 1000 for t in times]
    return f"min {min(ms):7.1f}  median {statistics.median(ms):7.1f}  max {max(ms):7.1f} ms"


def report(title: str, runs: dict[str, list[float]]) -> bool:
    print(title)
    for name, times in runs.items():
        print(f"  {name:<10} {spread(times)}")
    base = statistics.median(runs["info"])
    ok = True
    for name in ("baseline", "compare"):
        ratio = statistics.median(runs[name]) / base
        best = min(runs[name]) / min(runs["info"])
        verdict = "ok" if ratio <= GOAL else "OVER"
        ok &= ratio <= GOAL
        print(f"  {name} / info: median {ratio:.2f}x, best {best:.2f}x (goal <= {GOAL}x) {verdict}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "L.roadmap"
        Workspace.create(path, build(SIZES["L"], args.seed)).close()
        with Workspace.open(path) as ws:
            baselines.take_baseline(ws, "reference")
            steps = ws.queries.counts()["steps"]
        print(f"L: {steps} steps")
        runs: dict[str, list[float]] = {"info": [], "baseline": [], "compare": []}
        for i in range(args.repeat):
            runs["info"].append(wall_time(cli("info", str(path))))
            runs["baseline"].append(wall_time(cli("baseline", str(path), "--name", f"cli {i}")))
            runs["compare"].append(
                wall_time(cli("compare", str(path), "--baseline", "reference", "--json"))
            )
        ok = report("As commands (new process each):", runs)

        inner: dict[str, list[float]] = {"info": [], "baseline": [], "compare": []}
        with Workspace.open(path) as ws:
            for i in range(args.repeat):
                inner["info"].append(wall_time(lambda: roadmap_info(ws)))
                inner["baseline"].append(
                    wall_time(lambda: baselines.take_baseline(ws, f"in process {i}"))  # noqa: B023
                )
                inner["compare"].append(
                    wall_time(lambda: baselines.compare_with_baseline(ws, "reference").as_json())
                )
        report("In process (open file, no start-up):", inner)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
