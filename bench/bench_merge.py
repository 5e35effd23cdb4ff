"""Merging three breakout copies of L, each with 1,000 changed records, against importing L's
JSON into a new file, in the same run.

    python bench/bench_merge.py [--seed 1] [--repeat 3]

Both are timed (wall and CPU time) as the command a user runs (`roadmap import L.json new.roadmap`, `roadmap merge
main.roadmap a b c`), each in its own process, so start-up counts on both sides and the peak
memory is the merge process's own. Each copy changes 1,000 records: 600 steps edited (dates,
progress, notes), 200 steps added, 100 dependencies deleted, 100 pathways edited;
the groups touch different records, so the merge has no conflicts to stop on. Targets (issue
14): merge ≤ 2× import; peak memory ≤ 400 MB. Runs are interleaved; min/median/max printed.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_ui import compiled_bytecode
from bench.generate import SIZES, build
from roadmap.domain.entities import Entity, EntityKind, Step
from roadmap.domain.snapshot import RoadmapSnapshot

ROOT = Path(__file__).resolve().parent.parent


def group_edit(snapshot: RoadmapSnapshot, group: int, rng: random.Random) -> RoadmapSnapshot:
    """What one breakout group did: 1,000 records changed, none another group touches."""
    mine = [s for i, s in enumerate(snapshot.steps) if i % 3 == group]
    rng.shuffle(mine)
    edited = mine[:600]
    steps: dict[str, Step] = {s.id: s for s in snapshot.steps}
    for n, step in enumerate(edited):
        shift = timedelta(days=rng.randint(-30, 30))
        steps[step.id] = dataclasses.replace(
            step,
            start=step.start + shift,
            end=step.end + shift,
            progress=n % 101,
            notes=f"g{group}",
        )
    for n in range(200):
        like = mine[600 + n]
        new_id = f"group{group}-new-{n}"
        steps[new_id] = dataclasses.replace(like, id=new_id, name=f"{like.name} (group {group})")
    deps = [d for i, d in enumerate(snapshot.dependencies) if i % 3 == group][:100]
    gone = {d.id for d in deps}
    dependencies = tuple(d for d in snapshot.dependencies if d.id not in gone)
    pathways = list(snapshot.pathways)
    for i in range(group, group + 300, 3):
        pathways[i] = dataclasses.replace(pathways[i], description=f"edited by group {group}")
    result = snapshot.with_section(EntityKind.STEP, tuple(steps.values()))
    result = result.with_section(EntityKind.DEPENDENCY, tuple[Entity, ...](dependencies))
    return result.with_section(EntityKind.PATHWAY, tuple(pathways))


def run(args: list[str]) -> tuple[float, float, int]:
    """Wall time, CPU time (user + system) and peak memory (MB) of one `roadmap` command in
    its own process. CPU time is reported too because the machine may be shared: other
    programs stretch the wall time of either side unevenly, the CPU time much less."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "roadmap", *args], env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"roadmap {' '.join(args)} failed with {process.returncode}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    from roadmap.io.json_format import write_json
    from roadmap.services.copies import make_copy
    from roadmap.services.workspace import Workspace

    snapshot = build(SIZES["L"], options.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        compiled_bytecode(folder)  # as installed: neither side compiles the program per run
        source = folder / "L.json"
        write_json(snapshot, source)
        original = folder / "original.roadmap"
        Workspace.create(original, snapshot).close()
        copies = []
        rng = random.Random(options.seed)
        for group in range(3):
            copy = folder / f"group{group}.roadmap"
            make_copy(original, copy, f"Group {group + 1}")
            with Workspace.open(copy) as workspace:
                current = workspace.queries.snapshot()
                workspace.commands.replace_all(
                    current, group_edit(current, group, rng), keep_absent=False
                )
            copies.append(copy)
        imports: list[float] = []
        merges: list[float] = []
        import_cpu: list[float] = []
        merge_cpu: list[float] = []
        peaks: list[int] = []
        for attempt in range(options.repeat):
            target = folder / f"imported{attempt}.roadmap"
            seconds, cpu, _ = run(["import", str(source), str(target)])
            imports.append(seconds)
            import_cpu.append(cpu)
            main_file = folder / f"main{attempt}.roadmap"
            shutil.copyfile(original, main_file)
            seconds, cpu, peak = run(["merge", str(main_file), *map(str, copies)])
            merges.append(seconds)
            merge_cpu.append(cpu)
            peaks.append(peak)
        with Workspace.open(folder / "main0.roadmap", readonly=True) as workspace:
            merged = workspace.queries.snapshot()
        added = len(merged.steps) - len(snapshot.steps)

    def show(name: str, values: list[float]) -> None:
        print(
            f"{name}: min {min(values):.2f} s, median {statistics.median(values):.2f} s, "
            f"max {max(values):.2f} s"
        )

    show("import L.json into a new file", imports)
    show("merge 3 copies x 1,000 changed records", merges)
    show("import, CPU", import_cpu)
    show("merge, CPU", merge_cpu)
    ratio = min(merges) / min(imports)
    cpu_ratio = min(merge_cpu) / min(import_cpu)
    medians = statistics.median(merges) / statistics.median(imports)
    print(f"merged steps added: {added} (expected 600)")
    print(f"ratio merge/import (fastest runs): {ratio:.2f}x (goal <= 2x)")
    print(f"ratio merge/import (medians): {medians:.2f}x; of CPU time (fastest): {cpu_ratio:.2f}x")
    print(f"peak memory of the merge: max {max(peaks)} MB (goal <= 400 MB)")
    return 0 if ratio <= 2 and max(peaks) <= 400 else 1


if __name__ == "__main__":
    raise SystemExit(main())
