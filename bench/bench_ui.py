"""The desktop app on the L roadmap, against a bare PySide6 window measured in the same run.

    python bench/bench_ui.py [--size L] [--seed 1] [--repeat 3]

Start-up is measured in fresh processes (wall time from launch until the window has painted):
a bare QMainWindow, the welcome page, and the window with the L roadmap open. The edits and the
frame times are measured in one process on the offscreen platform, each including a synchronous
repaint of the view. Targets (issue 5): welcome page ≤ 3x the bare window; L open ≤ bare + 1 s;
a bar move (release → stored → redrawn) and an undo < 50 ms; scroll and zoom frames well under
a 60 Hz frame budget.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_CHILD = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QSettings, QTimer
app = QApplication([])
mode, path, ini = sys.argv[1], sys.argv[2], sys.argv[3]
if mode == "bare":
    window = QMainWindow()
    window.resize(1400, 900)
else:
    from roadmap.app import build_window
    from roadmap.ui.settings import Settings
    window = build_window(Settings(QSettings(ini, QSettings.Format.IniFormat)))
    window.resize(1400, 900)
window.show()
if mode == "open":
    from pathlib import Path
    window.docs.open_path(Path(path))
window.repaint()
if mode == "open":
    window.canvas.view.viewport().repaint()
app.processEvents()
print("painted")
"""


def start_time(mode: str, path: Path, ini: Path) -> float:
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, str(path), str(ini)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": os.environ["QT_QPA_PLATFORM"]},
        check=False,
    )
    elapsed = time.perf_counter() - began
    if "painted" not in done.stdout:
        raise SystemExit(f"{mode} start failed:\n{done.stderr}")
    return elapsed


def best(repeat: int, mode: str, path: Path, ini: Path) -> float:
    return min(start_time(mode, path, ini) for _ in range(repeat))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def in_process(path: Path, ini: Path) -> dict[str, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from roadmap.app import build_window
    from roadmap.ui.settings import Settings
    from roadmap.ui.timeline.items import StepBar

    app = QApplication.instance() or QApplication([])
    window = build_window(Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
    window.resize(1400, 900)
    window.show()
    began = time.perf_counter()
    window.docs.open_path(path)
    app.processEvents()
    window.canvas.view.viewport().repaint()
    results = {"open in a running app": time.perf_counter() - began}
    canvas, session = window.canvas, window.session
    view = canvas.view
    view.set_zoom(1.0)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    app.processEvents()
    visible = [i for i in view.items(view.viewport().rect()) if isinstance(i, StepBar)]
    visible.sort(key=lambda item: item.step.id)  # the same bars whatever order the scene keeps
    moves, undos = [], []
    for item in visible[:10]:
        step = item.step
        shift = timedelta(days=91)
        began = time.perf_counter()
        canvas.commit_moves([(step.id, step.start + shift, step.end + shift)])
        view.viewport().repaint()
        moves.append(time.perf_counter() - began)
        began = time.perf_counter()
        session.undo_stack.undo()
        view.viewport().repaint()
        undos.append(time.perf_counter() - began)
    results["bar move (stored + redrawn), median"] = statistics.median(moves)
    # A move that needs a new row in its pathway pushes every row below it down.
    results["bar move (stored + redrawn), slowest"] = max(moves)
    results["undo (stored + redrawn), median"] = statistics.median(undos)

    def frames(step: callable) -> float:  # type: ignore[valid-type]
        times = []
        for i in range(60):
            began = time.perf_counter()
            step(i)
            view.viewport().repaint()
            times.append(time.perf_counter() - began)
        return statistics.median(times)

    vbar, hbar = view.verticalScrollBar(), view.horizontalScrollBar()
    vbar.setValue(0)
    results["vertical scroll frame, median"] = frames(lambda i: vbar.setValue(vbar.value() + 120))
    results["horizontal scroll frame, median"] = frames(lambda i: hbar.setValue(hbar.value() + 80))
    view.set_zoom(0.05)
    results["zoom frame (decades → weeks), median"] = frames(lambda i: view.zoom_by(1.12))
    canvas.fit()
    vbar.setValue(vbar.maximum() // 3)
    results["scroll frame fitted to the horizon, median"] = frames(
        lambda i: vbar.setValue(vbar.value() + 120)
    )
    window.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="L")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{args.size}.roadmap"
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "bench" / "generate.py"),
                "--size",
                args.size,
                "--seed",
                str(args.seed),
                str(path),
            ],
            check=True,
            capture_output=True,
        )
        ini = Path(tmp) / "settings.ini"
        bare = best(args.repeat, "bare", path, ini)
        welcome = best(args.repeat, "welcome", path, ini)
        opened = best(args.repeat, "open", path, ini)
        print(f"bare PySide6 window:          {ms(bare)}")
        print(
            f"welcome page:                 {ms(welcome)}  ({welcome / bare:.2f}x bare; target ≤ 3x)"
        )
        print(
            f"{args.size} roadmap open and drawn: {ms(opened)}  (bare + {ms(opened - bare)}; target ≤ bare + 1 s)"
        )
        for name, seconds in in_process(path, ini).items():
            print(f"{name + ':':42} {ms(seconds)}")
    print("targets: bar move and undo < 50 ms; frames < 16 ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
