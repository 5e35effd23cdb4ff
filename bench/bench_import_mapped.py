"""Importing a 10,000-row spreadsheet through a column mapping, against importing our own
workbook of the L roadmap in the same run.

    python bench/bench_import_mapped.py [--seed 1] [--repeat 3]

The spreadsheet is what a planning team brings from elsewhere: one sheet, a title row above the
header, one row per step of L (key, task, start, end, lead, layer, pathway, problem, progress),
read through an auto-mapped profile into a new roadmap. The reference is `roadmap import` of
the L workbook we export (all data sheets) into a new roadmap. Target (issue 18): the mapped
import ≤ 1.5× the reference. Runs are interleaved; min/median/max wall times are printed and
the verdict compares the fastest runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import SIZES, build
from bench.timing import wall_time
from roadmap.domain.snapshot import RoadmapSnapshot


def write_foreign_sheet(snapshot: RoadmapSnapshot, out: Path) -> int:
    import xlsxwriter

    problems = {p.id: p.statement for p in snapshot.problems}
    pathways = {p.id: (p.name, problems[p.problem_id]) for p in snapshot.pathways}
    lanes = {lane.id: lane.name for lane in snapshot.lanes}
    people = {p.id: p.name for p in snapshot.people}
    book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    dates = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet = book.add_worksheet("Plan")
    sheet.write_row(0, 0, ["Exported from our planning sheet"])
    headers = ["ID", "Task", "Start", "Finish", "Owner", "Layer", "Pathway", "Problem", "% complete"]  # fmt: skip
    sheet.write_row(2, 0, headers)
    for row, step in enumerate(snapshot.steps[:10_000], start=3):
        pathway, problem = pathways[step.pathway_id]
        sheet.write_string(row, 0, f"S-{row - 2:05d}")
        sheet.write_string(row, 1, step.name)
        sheet.write_datetime(row, 2, step.start, dates)
        sheet.write_datetime(row, 3, step.end, dates)
        sheet.write_string(row, 4, people.get(step.lead_person_id or "", ""))
        sheet.write_string(row, 5, lanes[step.lane_id])
        sheet.write_string(row, 6, pathway)
        sheet.write_string(row, 7, problem)
        sheet.write_number(row, 8, step.progress)
    book.close()
    return min(len(snapshot.steps), 10_000)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from roadmap.io.column_mapping import Profile
    from roadmap.io.exchange import ExportOptions, import_file
    from roadmap.io.workbook_export import export_workbook

    snapshot = build(SIZES["L"], args.seed)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        ours, foreign = tmp / "ours.xlsx", tmp / "plan.xlsx"
        export_workbook(snapshot, ours, ExportOptions())
        rows = write_foreign_sheet(snapshot, foreign)
        profile = Profile(sheet="Plan")  # auto-mapped from the headers

        def import_ours() -> None:
            target = tmp / "from-ours.roadmap"
            target.unlink(missing_ok=True)
            import_file(ours, target)

        def import_mapped() -> None:
            target = tmp / "from-plan.roadmap"
            target.unlink(missing_ok=True)
            summary = import_file(foreign, target, profile=profile)
            assert summary.counts["steps"]["added"] == rows

        reference_runs, mapped_runs = [], []
        for _ in range(args.repeat):
            reference_runs.append(wall_time(import_ours))
            mapped_runs.append(wall_time(import_mapped))

    def spread(runs: list[float]) -> str:
        return f"min {min(runs):.2f} s, median {statistics.median(runs):.2f} s, max {max(runs):.2f} s"  # fmt: skip

    ratio = min(mapped_runs) / min(reference_runs)
    print(f"roadmap L (seed {args.seed}): {len(snapshot.steps)} steps, {len(snapshot.dependencies)} dependencies")  # fmt: skip
    print(f"import of our L workbook (reference): {spread(reference_runs)}")
    print(f"import of a {rows}-row spreadsheet through a mapping: {spread(mapped_runs)}")
    print(f"ratio (fastest runs) {ratio:.2f} (target ≤ 1.5)")
    ok = ratio <= 1.5
    print("target met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
