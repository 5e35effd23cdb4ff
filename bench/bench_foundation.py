"""Foundation benchmarks on the L roadmap, as ratios against references run in the same process.

    python bench/bench_foundation.py [--seed N]

- open + load the full timeline read model vs a raw sqlite3 query of the same step rows (goal ≤ 5x),
  by CPU time
- one step move (command + commit), median (goal < 10 ms)
- `roadmap info` on L vs on the sample, as whole processes (goal ≤ 1.5x)
- peak memory of loading the L timeline, in a fresh process (goal < 150 MB)
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import SIZES, build  # noqa: E402
from bench.timing import best_of, cpu_time  # noqa: E402
from roadmap.services.workspace import Workspace  # noqa: E402


def raw_steps(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT * FROM steps").fetchall()
        assert rows


def open_and_load(path: Path) -> None:
    with Workspace.open(path, readonly=True) as ws:
        assert ws.queries.timeline().steps


def step_moves(path: Path, count: int = 60) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each of `count` moves (the commit's fsync is wall time only)."""
    times, cpu_times = [], []
    with Workspace.open(path) as ws:
        steps = ws.queries.timeline().steps[:count]
        for step in steps:
            shift = timedelta(days=7)
            began, began_cpu = time.perf_counter(), time.process_time()
            ws.commands.move_step(step.id, step.start + shift, step.end + shift)
            times.append(time.perf_counter() - began)
            cpu_times.append(time.process_time() - began_cpu)
    return times, cpu_times


def process_time(*args: str, runs: int = 7) -> float:
    def run() -> None:
        subprocess.run(
            [sys.executable, "-m", "roadmap", *args], check=True, capture_output=True, cwd=ROOT
        )

    return best_of(runs, run)


# VmHWM, not ru_maxrss: the latter carries over the parent's peak across fork and exec.
PEAK = """
import sys
from roadmap.services.workspace import Workspace
def high_water():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
before = high_water()
with Workspace.open(sys.argv[1], readonly=True) as ws:
    timeline = ws.queries.timeline()
print(high_water(), before, len(timeline.steps))
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        large = Path(tmp) / "L.roadmap"
        Workspace.create(large, build(SIZES["L"], args.seed)).close()
        sample = Path(tmp) / "sample.roadmap"
        subprocess.run(
            [sys.executable, "-m", "roadmap", "sample", str(sample)], check=True, cwd=ROOT
        )

        # CPU time decides (both run in this process, single-threaded): on a shared machine
        # wall time mostly measures the others. Interleaved, min / median / max of 9.
        reference_cpu: list[float] = []
        loaded_cpu: list[float] = []
        for _ in range(9):
            reference_cpu.append(cpu_time(lambda: raw_steps(large)))
            loaded_cpu.append(cpu_time(lambda: open_and_load(large)))
        reference = best_of(7, lambda: raw_steps(large))
        loaded = best_of(7, lambda: open_and_load(large))
        ratios = sorted(o / r for o, r in zip(loaded_cpu, reference_cpu, strict=True))
        print(
            f"open + timeline of L, CPU: {statistics.median(loaded_cpu) * 1000:.1f} ms median; "
            f"raw sqlite3 step query: {statistics.median(reference_cpu) * 1000:.1f} ms; ratio "
            f"{min(loaded_cpu) / min(reference_cpu):.2f}x of the fastest, "
            f"{statistics.median(loaded_cpu) / statistics.median(reference_cpu):.2f}x of the "
            f"medians, pairs {ratios[0]:.2f}/{statistics.median(ratios):.2f}/{ratios[-1]:.2f} "
            "(goal <= 5x)"
        )
        print(
            f"  (wall, best of 7: {loaded * 1000:.1f} ms vs {reference * 1000:.1f} ms, "
            f"{loaded / reference:.2f}x)"
        )

        moves, move_cpu = step_moves(large)
        print(
            f"step move (command + commit) on L: median {statistics.median(moves) * 1000:.2f} ms, "
            f"p90 {sorted(moves)[int(len(moves) * 0.9)] * 1000:.2f} ms (goal: median < 10 ms); "
            f"CPU median {statistics.median(move_cpu) * 1000:.2f} ms"
        )

        info_large = process_time("info", str(large))
        info_sample = process_time("info", str(sample))
        print(
            f"`roadmap info`: L {info_large * 1000:.0f} ms, sample {info_sample * 1000:.0f} ms; "
            f"ratio {info_large / info_sample:.2f}x (goal <= 1.5x)"
        )

        out = subprocess.run(
            [sys.executable, "-c", PEAK, str(large)],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        ).stdout.split()
        peak_mb, before_mb = int(out[0]) / 1024, int(out[1]) / 1024
        print(
            f"peak memory loading the L timeline ({out[2]} steps): {peak_mb:.0f} MB "
            f"(after imports {before_mb:.0f} MB; goal < 150 MB)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
