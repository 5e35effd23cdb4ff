"""How long the hostile cases of issue 12 take to be refused, and their peak memory.

Goal: every refusal within 2 s and 200 MB. Each case runs `roadmap …` in a fresh process (as a
user would), `--repeat` times; wall time is measured around the process, peak memory is the
process's own VmHWM read just before it exits; CPU time (user + system) is reported too and
decides the verdict, since on a shared machine wall time mostly measures the others. The reference is `roadmap info` on the sample,
measured in the same run, so the ratios hold on a busy machine.

    .venv/bin/python -m bench.bench_hostile [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAUNCHER = """
import json, os, sys
from roadmap.cli import main
code = main(sys.argv[2:])
peak = next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]
with open(sys.argv[1], "w") as out:
    json.dump({"code": code, "peak_kb": int(peak)}, out)
sys.exit(code)
"""


def measure(args: list[str], report: Path) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds (user + system) and peak MB of one run, and its exit status."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", LAUNCHER, str(report), *args],
        capture_output=True,
        env=env,
        timeout=600,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    data = json.loads(report.read_text())
    return wall, cpu, data["peak_kb"] / 1024, data["code"]


def roadmap(*args: str | Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, "-m", "roadmap", *map(str, args)], check=True, env=env, capture_output=True
    )


def set_cell_rows(xlsx: Path, out: Path, sheet_part: str, rows: str) -> None:
    with zipfile.ZipFile(xlsx) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for entry in src.infolist():
            data = src.read(entry)
            if entry.filename == sheet_part:
                data = data.replace(b"</sheetData>", rows.encode() + b"</sheetData>")
            dst.writestr(entry, data)


def hot_journal(path: Path) -> None:
    code = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size=1'); c.execute('BEGIN')\n"
        "c.execute(\"UPDATE steps SET name = name || 'x'\")\n"
        "print('ready', flush=True); time.sleep(60)\n"
    )
    writer = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE)
    assert writer.stdout is not None
    writer.stdout.readline()
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()


def cases(folder: Path) -> dict[str, tuple[Callable[[], list[str]], int]]:
    """name -> (prepare and return the arguments, the exit status expected)."""
    sample = folder / "sample.roadmap"
    roadmap("sample", sample)
    roadmap("export", sample, folder / "sample.xlsx")
    roadmap("export", sample, folder / "sample.json")

    def copy(name: str) -> Path:
        target = folder / name
        target.write_bytes(sample.read_bytes())
        return target

    def tampered(name: str, statement: str) -> Path:
        target = copy(name)
        with closing(sqlite3.connect(target)) as conn:
            conn.execute(statement)
            conn.commit()
        return target

    def damaged() -> list[str]:
        target = copy("damaged.roadmap")
        data = bytearray(target.read_bytes())
        for offset in range(8192, len(data) - 4096, 4096):
            data[offset + 100 : offset + 400] = os.urandom(300)
        target.write_bytes(bytes(data))
        return ["info", str(target)]

    def recovered() -> list[str]:
        target = copy("crashed.roadmap")
        hot_journal(target)
        return ["info", str(target)]

    def big_row() -> list[str]:
        out = folder / "row.xlsx"
        row = '<row r="99999999999"><c r="A99999999999"><v>1</v></c></row>'
        set_cell_rows(folder / "sample.xlsx", out, "xl/worksheets/sheet7.xml", row)
        return ["import", str(out), str(folder / "row.roadmap")]

    def wide() -> list[str]:
        out = folder / "wide.xlsx"
        rows = "".join(f'<row r="{n}"><c r="XFD{n}"><v>1</v></c></row>' for n in range(200, 15200))
        set_cell_rows(folder / "sample.xlsx", out, "xl/worksheets/sheet2.xml", rows)
        (folder / "wide.roadmap").unlink(missing_ok=True)
        return ["import", str(out), str(folder / "wide.roadmap")]

    def digits() -> list[str]:
        text = (folder / "sample.json").read_text(encoding="utf-8")
        out = folder / "digits.json"
        out.write_text(text.replace('"progress": 0', '"progress": ' + "9" * 5000, 1))
        return ["import", str(out), str(copy("digits.roadmap"))]

    trigger = "CREATE TRIGGER t AFTER UPDATE ON roadmap BEGIN DELETE FROM steps; END"
    return {
        "reference: info on the sample": (lambda: ["info", str(sample)], 0),
        "hot journal: recovered": (recovered, 0),
        "damaged file": (damaged, 2),
        "trigger in the file": (lambda: ["info", str(tampered("trigger.roadmap", trigger))], 2),
        "bad stored date": (
            lambda: [
                "info",
                str(tampered("date.roadmap", "UPDATE steps SET start = 'garbage'")),
            ],
            2,
        ),
        "export onto itself": (lambda: ["export", str(sample), str(sample)], 2),
        "row 99,999,999,999": (big_row, 2),
        "XFD on 15,000 rows": (wide, 0),
        "JSON integer of 5,000 digits": (digits, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report = folder / "report.json"
        results = {}
        for name, (prepare, expected) in cases(folder).items():
            walls, cpus, peaks = [], [], []
            for _ in range(args.repeat):
                argv = prepare()
                wall, cpu, peak, code = measure(argv, report)
                assert code == expected, (name, code)
                walls.append(wall)
                cpus.append(cpu)
                peaks.append(peak)
            results[name] = (walls, cpus, peaks)
    reference = statistics.median(results["reference: info on the sample"][1])
    print(
        f"{'case':<32} {'wall s min/med/max':>22} {'CPU s min/med/max':>22} "
        f"{'CPU x ref':>9} {'peak MB':>8}"
    )
    for name, (walls, cpus, peaks) in results.items():
        print(
            f"{name:<32} {min(walls):6.2f} {statistics.median(walls):6.2f} {max(walls):6.2f}"
            f"   {min(cpus):6.2f} {statistics.median(cpus):6.2f} {max(cpus):6.2f}"
            f"   {statistics.median(cpus) / reference:7.2f} {max(peaks):8.0f}"
        )
    # CPU time is the verdict: on a shared machine wall time mostly measures the others.
    worst = max(max(c) for _, c, _ in results.values())
    heaviest = max(max(p) for _, _, p in results.values())
    verdict = "within" if worst <= 2.0 and heaviest <= 200 else "OVER"
    print(f"most CPU {worst:.2f} s, heaviest {heaviest:.0f} MB: {verdict} the goal (2 s, 200 MB)")


if __name__ == "__main__":
    main()
