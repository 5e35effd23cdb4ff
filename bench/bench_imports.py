"""Importing L: our JSON and our workbook into a new file, against the raw driver (issue 19).

    python bench/bench_imports.py [--seed 1] [--repeat 11]

The reference is what the machine can do with the same JSON: `json.load` and one sqlite3
`executemany` per table of every record (link rows included) into an empty copy of the same
schema — no checks at all. Against it, measured in the same run and interleaved, so a busy
spell slows all alike:

- `import_file(L.json, new.roadmap)` — what `roadmap import L.json new.roadmap` runs after the
  interpreter has started (goal ≤ 3x the reference);
- `import_file(L.xlsx, new.roadmap)` of the workbook we export for L (goal ≤ 1.5x the JSON).

The same three are then run as whole commands in fresh processes (`roadmap import …` and a
script doing the reference), for the record: there the interpreter's start and the imports of
SQLAlchemy and the rest weigh on our side only.

Times are CPU seconds of this process (the work is single-threaded, and CPU time swings less
than wall time with what else a shared machine runs); min/median/max of `--repeat` runs are printed, and the
verdict compares medians. Eleven runs by default: on a 2-core machine one run's CPU time swung
by a third even at load 0.5, and a median of five put the workbook's ratio anywhere from 1.13 to
1.52 from one run of this script to the next, where a median of eleven gave 1.38 and 1.40.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import SIZES, build  # noqa: E402
from bench.timing import cpu_time  # noqa: E402

# JSON sections whose records carry a list of IDs kept in a link table: (section, field) ->
# (table, owner column, member column).
LINK_TABLES = {
    ("products", "pathway_ids"): ("pathway_products", "product_id", "pathway_id"),
    ("patents", "step_ids"): ("patent_steps", "patent_id", "step_id"),
}


def empty_schema(folder: Path) -> Path:
    """A file with our schema and nothing in it: the tables a new roadmap gets."""
    from roadmap.store.document import create_document

    made = folder / "schema.roadmap"
    create_document(made).close()
    empty = folder / "empty.roadmap"
    with closing(sqlite3.connect(made)) as source, closing(sqlite3.connect(empty)) as target:
        for (sql,) in source.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        ):
            target.execute(sql)
        target.commit()
    return empty


def reference_import(source: Path, empty: Path, target: Path) -> None:
    """json.load + executemany of every record into a copy of the empty schema."""
    shutil.copyfile(empty, target)
    with open(source, encoding="utf-8") as stream:
        data = json.load(stream)
    with closing(sqlite3.connect(target)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        columns = {
            table: [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        records = {"roadmap": [data["roadmap"]]}
        records.update((k, v) for k, v in data.items() if isinstance(v, list))
        for section, items in records.items():
            if not items:
                continue
            names = [c for c in columns[section] if c != "position"]
            has_position = "position" in columns[section]
            marks = ", ".join("?" * (len(names) + has_position))
            quoted = ", ".join(f'"{c}"' for c in names + ["position"] * has_position)
            rows = [
                [item.get(c) for c in names] + [index] * has_position
                for index, item in enumerate(items)
            ]
            conn.executemany(f'INSERT INTO "{section}" ({quoted}) VALUES ({marks})', rows)
            for (of, field), (table, owner, member) in LINK_TABLES.items():
                if of == section:
                    links = [
                        (item["id"], target_id, n)
                        for item in items
                        for n, target_id in enumerate(item.get(field) or ())
                    ]
                    sql = f'INSERT INTO "{table}" ("{owner}", "{member}", position) VALUES (?,?,?)'
                    conn.executemany(sql, links)
        conn.commit()


REFERENCE_SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from bench.bench_imports import reference_import
reference_import(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
"""


def process_cpu(args: list[str]) -> float:
    """CPU seconds (user + system) of a whole process: interpreter start, imports and work."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, *args], check=True, capture_output=True, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def spread(times: list[float]) -> str:
    return f"{min(times):.3f} / {statistics.median(times):.3f} / {max(times):.3f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args(argv)

    from roadmap.io.exchange import export_file, import_file
    from roadmap.io.json_format import write_json
    from roadmap.services.workspace import Workspace

    snapshot = build(SIZES["L"], args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source, workbook = folder / "L.json", folder / "L.xlsx"
        write_json(snapshot, source)
        with Workspace.create(folder / "L.roadmap", snapshot) as workspace:
            export_file(workspace, workbook)
        empty = empty_schema(folder)

        runs: dict[str, list[float]] = {"reference": [], "json": [], "workbook": []}
        # A first run of each loads the modules it needs, so no run below pays for imports.
        jobs: dict[str, Callable[[Path], object]] = {
            "reference": lambda out: reference_import(source, empty, out),
            "json": lambda out: import_file(source, out),
            "workbook": lambda out: import_file(workbook, out),
        }
        for name, job in jobs.items():
            job(folder / f"warm-{name}.roadmap")
        for attempt in range(args.repeat):
            for name, job in jobs.items():
                out = folder / f"{name}-{attempt}.roadmap"
                runs[name].append(cpu_time(lambda job=job, out=out: job(out)))  # type: ignore[misc]
                out.unlink()
        # The same, as the commands a user runs (each a fresh process), for the record.
        commands: dict[str, list[float]] = {"reference": [], "json": [], "workbook": []}
        for attempt in range(args.repeat):
            out = folder / f"command-{attempt}.roadmap"
            reference = ["-c", REFERENCE_SCRIPT, str(ROOT), str(source), str(empty), str(out)]
            commands["reference"].append(process_cpu(reference))
            out.unlink()
            for name, given in (("json", source), ("workbook", workbook)):
                commands[name].append(
                    process_cpu(["-m", "roadmap", "import", str(given), str(out)])
                )
                out.unlink()
        with Workspace.open(folder / "warm-json.roadmap", readonly=True) as imported:
            assert len(imported.queries.snapshot().steps) == len(snapshot.steps)
        with closing(sqlite3.connect(folder / "warm-reference.roadmap")) as conn:
            (count,) = conn.execute("SELECT count(*) FROM steps").fetchone()
            assert count == len(snapshot.steps)

    reference = statistics.median(runs["reference"])
    from_json = statistics.median(runs["json"])
    from_workbook = statistics.median(runs["workbook"])
    print(
        f"roadmap L (seed {args.seed}): {len(snapshot.steps)} steps, "
        f"{len(snapshot.dependencies)} dependencies; CPU min / median / max of {args.repeat}"
    )
    print(f"reference (json.load + executemany): {spread(runs['reference'])}")
    print(f"import L.json into a new file:        {spread(runs['json'])}")
    print(f"import L.xlsx into a new file:        {spread(runs['workbook'])}")
    print("as whole commands (fresh processes, interpreter start and imports included):")
    print(f"  reference script:                   {spread(commands['reference'])}")
    print(f"  roadmap import L.json new.roadmap:  {spread(commands['json'])}")
    print(f"  roadmap import L.xlsx new.roadmap:  {spread(commands['workbook'])}")
    command_json = statistics.median(commands["json"]) / statistics.median(commands["reference"])
    command_workbook = statistics.median(commands["workbook"]) / statistics.median(commands["json"])
    print(
        f"  ratios: JSON / reference {command_json:.2f}x, workbook / JSON {command_workbook:.2f}x"
    )
    print("in-process (the verdict):")
    json_ratio, workbook_ratio = from_json / reference, from_workbook / from_json
    print(f"JSON import / reference: {json_ratio:.2f}x (goal <= 3x)")
    print(f"workbook import / JSON import: {workbook_ratio:.2f}x (goal <= 1.5x)")
    ok = json_ratio <= 3 and workbook_ratio <= 1.5
    print("all targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
