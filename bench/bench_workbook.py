"""Workbook export and import on the L roadmap, against an xlsxwriter reference in the same run.

    python bench/bench_workbook.py [--size L] [--seed 1] [--repeat 3]

The reference writes, with xlsxwriter in constant-memory mode, what a plain exporter would: a
timeline row per step with the same label cells and one filled cell per period each bar
covers, plus the Steps and Dependencies sheets with the same number of cells as ours. Targets
(issue 4): export ≤ 1.5x the reference, peak memory of an export < 400 MB, import ≤ 3x the
export, a zip bomb refused in < 1 s. Machines are noisy, so each time is the best of a few runs
and the verdict is a ratio of CPU times (wall-clock times are printed too).
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import SIZES, build
from roadmap.domain.entities import EntityKind
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io import display_order
from roadmap.io.exchange import ExportOptions
from roadmap.io.problems import DamagedFile
from roadmap.io.workbook_layout import SHEET_OF
from roadmap.io.workbook_periods import periods


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run of `work`."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def fastest(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return min(r[0] for r in runs), min(r[1] for r in runs)


def reference_export(snapshot: RoadmapSnapshot, out: Path) -> int:
    """A plain constant-memory export of the same rows and bar cells; returns cells written."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    bar = workbook.add_format({"bg_color": "#4C78A8"})
    date_fmt = workbook.add_format({"num_format": "yyyy-mm-dd"})
    info = snapshot.info
    cols = periods(info.horizon_start, info.horizon_end, info.time_unit, 16_000)
    starts = [p.first for p in cols]
    cells = 0
    sheet = workbook.add_worksheet("Timeline")
    for row, step in enumerate(display_order.steps(snapshot), start=8):
        sheet.write_string(row, 0, step.id)
        sheet.write_string(row, 1, step.name)
        sheet.write_string(row, 2, step.lane_id)
        sheet.write_string(row, 3, step.step_kind.value)
        sheet.write_datetime(row, 4, step.start, date_fmt)
        sheet.write_datetime(row, 5, step.end, date_fmt)
        sheet.write_string(row, 6, f"{step.trl_start}→{step.trl_target}")
        sheet.write_string(row, 7, step.status.value)
        sheet.write_string(row, 8, step.owner_org_id or "")
        cells += 9
        for index, first in enumerate(starts):
            if first > step.end:
                break
            if cols[index].last >= step.start:
                sheet.write_blank(row, 10 + index, None, bar)
                cells += 1
    for kind in (EntityKind.STEP, EntityKind.DEPENDENCY):
        width = len(SHEET_OF[kind].columns)
        sheet = workbook.add_worksheet(SHEET_OF[kind].en)
        for row, entity in enumerate(display_order.rows(snapshot, kind), start=1):
            values = list(vars_of(entity))
            for col in range(width):
                value = values[col % len(values)]
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    sheet.write_number(row, col, value)
                else:
                    sheet.write_string(row, col, str(value))
                cells += 1
    workbook.close()
    return cells


def vars_of(entity: object) -> list[object]:
    from dataclasses import fields

    return [getattr(entity, f.name) for f in fields(entity)]  # type: ignore[arg-type]


def _export_peak(snapshot: RoadmapSnapshot, out: Path, queue: multiprocessing.Queue[int]) -> None:
    from roadmap.io.workbook_export import export_workbook

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    export_workbook(snapshot, out, ExportOptions())
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    queue.put(after)
    queue.put(before)


def peak_memory_mb(snapshot: RoadmapSnapshot, out: Path) -> tuple[float, float]:
    """Peak resident size of a fresh process that exports, and what it held before exporting."""
    context = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue[int] = context.Queue()
    child = context.Process(target=_export_peak, args=(snapshot, out, queue))
    child.start()
    after, before = queue.get(), queue.get()
    child.join()
    return after / 1024, before / 1024


def make_bomb(path: Path) -> None:
    """A zip that looks like a workbook and unpacks one part to 1 GiB of zeros."""
    chunk = b"\0" * (16 * 2**20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            for _ in range(64):
                part.write(chunk)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="L")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    from roadmap.io.workbook_export import export_workbook
    from roadmap.io.workbook_import import read_workbook

    snapshot = build(SIZES[args.size], args.seed)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        ours_path, reference_path = tmp / "ours.xlsx", tmp / "reference.xlsx"
        cells = reference_export(snapshot, reference_path)
        # Interleaved, so a busy spell on the machine slows both alike.
        reference_runs, our_runs = [], []
        for _ in range(args.repeat):
            reference_runs.append(timed(lambda: reference_export(snapshot, reference_path)))
            our_runs.append(timed(lambda: export_workbook(snapshot, ours_path, ExportOptions())))
        reference, ours = fastest(reference_runs), fastest(our_runs)
        reading = fastest([timed(lambda: read_workbook(ours_path)) for _ in range(args.repeat)])
        peak, baseline = peak_memory_mb(snapshot, tmp / "peak.xlsx")
        bomb = tmp / "bomb.xlsx"
        make_bomb(bomb)
        start = time.perf_counter()
        try:
            read_workbook(bomb)
            refused = False
        except DamagedFile:
            refused = True
        bomb_seconds = time.perf_counter() - start
        size_mb = ours_path.stat().st_size / 2**20
        reference_mb = reference_path.stat().st_size / 2**20

    export_ratio, import_ratio = ours[1] / reference[1], reading[1] / ours[1]
    print(
        f"roadmap {args.size} (seed {args.seed}): {len(snapshot.steps)} steps, "
        f"{len(snapshot.dependencies)} dependencies, {snapshot.info.time_unit.value}ly columns"
    )
    print(
        f"reference export (xlsxwriter constant memory, {cells} cells): "
        f"{reference[0]:.2f} s wall, {reference[1]:.2f} s CPU, {reference_mb:.1f} MB"
    )
    print(
        f"our export: {ours[0]:.2f} s wall, {ours[1]:.2f} s CPU, {size_mb:.1f} MB; ratio "
        f"{ours[0] / reference[0]:.2f} wall, {export_ratio:.2f} CPU (target ≤ 1.5)"
    )
    print(
        f"peak memory of an export process: {peak:.0f} MB ({baseline:.0f} MB before exporting)"
        " (target < 400)"
    )
    print(
        f"our import (read + validate): {reading[0]:.2f} s wall, {reading[1]:.2f} s CPU; "
        f"ratio to export {reading[0] / ours[0]:.2f} wall, {import_ratio:.2f} CPU (target ≤ 3)"
    )
    print(
        f"zip bomb: {'refused' if refused else 'NOT refused'} in {bomb_seconds:.3f} s (target < 1)"
    )
    # The verdict uses CPU time: both exports are single-threaded, and CPU time does not
    # swing with whatever else a shared machine is running.
    ok = export_ratio <= 1.5 and peak < 400 and import_ratio <= 3 and refused
    ok = ok and bomb_seconds < 1
    print("all targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
