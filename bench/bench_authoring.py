"""Live authoring on the L roadmap (issue 11), against references measured in the same run.

    python bench/bench_authoring.py [--size L] [--seed 1] [--repeat 10]

- A step typed into the capture box: Enter → stored → drawn (a synchronous repaint of the
  timeline), against a bar move through the canvas (stored → drawn), the app's quickest edit.
  Goal: ≤ 50 ms.
- A pasted list of 100 lines: Ctrl+V → one transaction, one undo step → drawn, against adding
  the same 100 steps one command at a time (100 transactions). Goal: ≤ 300 ms.
- Keystrokes per step in the scenario test (tests/ui/scenario_script.py): every step typed
  as one capture line. Goal: one line per step.

On the offscreen platform; min / median / max of --repeat runs (each is undone afterwards).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def spread(times: list[float]) -> str:
    ms = [t * 1000 for t in times]
    return f"min {min(ms):.1f} / median {statistics.median(ms):.1f} / max {max(ms):.1f} ms"


def measure(path: Path, ini: Path, repeat: int) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from roadmap.app import build_window
    from roadmap.domain.entities import Step, new_id
    from roadmap.ui.settings import Settings
    from roadmap.ui.timeline.items import StepBar

    app = QApplication.instance() or QApplication([])
    window = build_window(Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
    window.resize(1366, 768)
    window.show()
    window.docs.open_path(path)
    app.processEvents()
    canvas, session = window.canvas, window.session
    view = canvas.view
    view.set_zoom(1.0)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    app.processEvents()
    bars = [i for i in view.items(view.viewport().rect()) if isinstance(i, StepBar)]
    bars.sort(key=lambda item: item.step.id)
    pathway = session.pathways[bars[0].step.pathway_id]
    lane = session.lanes[bars[0].step.lane_id]

    # Reference: a bar move through the canvas, stored and redrawn.
    moves, move_cpu = [], []
    for item in bars[:repeat]:
        step = item.step
        shift = timedelta(days=91)
        began, cpu = time.perf_counter(), time.process_time()
        canvas.commit_moves([(step.id, step.start + shift, step.end + shift)])
        view.viewport().repaint()
        moves.append(time.perf_counter() - began)
        move_cpu.append(time.process_time() - cpu)
        session.undo_stack.undo()
        app.processEvents()

    # The capture box: type the line (not timed: a person types it), Enter → stored → drawn.
    window.authoring_actions.capture.trigger()
    box = window.authoring_actions.capture_bar.line
    captures, capture_cpu = [], []
    for n in range(repeat):
        box.clear()
        # A name of several words is typed without its spaces (#Pathway250).
        typed = f"Pilot line {n} 2030Q3-2031Q2 @{lane.name[:4]} #{pathway.name.replace(' ', '')}"
        QTest.keyClicks(box, typed)
        count = len(session.steps)
        app.processEvents()  # the keys typed are drawn: a person does not type that fast
        began, cpu = time.perf_counter(), time.process_time()
        QTest.keyClick(box, Qt.Key.Key_Return)
        view.viewport().repaint()
        captures.append(time.perf_counter() - began)
        capture_cpu.append(time.process_time() - cpu)
        if len(session.steps) != count + 1:
            raise SystemExit(f"the capture box did not add the step: {box.text()!r}")
    for _ in range(repeat):
        session.undo_stack.undo()

    # 100 pasted lines: one transaction, one undo step, drawn.
    lines = "\n".join(f"Pasted step {n} 2031-{n % 12 + 1:02d}" for n in range(100))
    pastes, transactions, per_paste = [], [], []
    document = session.workspace.document
    real_transaction = document.transaction

    def counted() -> object:
        transactions[-1] += 1
        return real_transaction()

    document.transaction = counted  # type: ignore[method-assign]
    canvas.select_steps([bars[0].step.id])
    for _ in range(repeat):
        QApplication.clipboard().setText(lines)
        count, entries = len(session.steps), session.undo_stack.index()
        transactions.append(0)
        began = time.perf_counter()
        window.authoring_actions.paste.trigger()
        view.viewport().repaint()
        pastes.append(time.perf_counter() - began)
        per_paste.append(transactions[-1])  # before the undo below, which is one more
        if len(session.steps) != count + 100 or session.undo_stack.index() != entries + 1:
            raise SystemExit("the paste did not add 100 steps as one undo step")
        session.undo_stack.undo()
        canvas.select_steps([bars[0].step.id])
    document.transaction = real_transaction  # type: ignore[method-assign]

    # Reference: the same 100 steps added one command (one transaction) at a time.
    singles = []
    for _ in range(max(1, repeat // 3)):
        steps = [
            Step(
                new_id(),
                pathway.id,
                lane.id,
                f"One by one {n}",
                date(2031, 1, 1),
                date(2031, 3, 31),
            )
            for n in range(100)
        ]
        began = time.perf_counter()
        edits = [session.perform(lambda c, s=s: c.add(s)) for s in steps]
        view.viewport().repaint()
        singles.append(time.perf_counter() - began)
        for _edit in edits:
            session.undo_stack.undo()
    window.close()

    move = statistics.median(moves)
    capture = statistics.median(captures)
    paste = statistics.median(pastes)
    single = statistics.median(singles)
    print(f"reference: bar move, stored + drawn:     {spread(moves)}")
    print(f"  its CPU time:                          {spread(move_cpu)}")
    print(f"capture box line → stored + drawn:       {spread(captures)}")
    print(f"  its CPU time:                          {spread(capture_cpu)}")
    print(
        f"  = {capture / move:.2f}x a bar move; goal ≤ 50 ms: {'met' if capture <= 0.05 else 'NOT met'}"
        f" (CPU {statistics.median(capture_cpu) * 1000:.1f} ms)"
    )
    print(f"paste of 100 lines → stored + drawn:     {spread(pastes)}")
    print(f"  transactions per paste: {sorted(set(per_paste))} (goal: 1)")
    print(f"  goal ≤ 300 ms: {'met' if paste <= 0.3 else 'NOT met'}")
    print(f"reference: 100 steps one command each:   {spread(singles)}")
    print(f"  paste = {paste / single:.2f}x adding them one by one")


def keystrokes() -> None:
    from tests.ui.scenario_script import STEP_LINES

    keys = [len(line) + 1 for line in STEP_LINES]  # the characters and Enter
    print(
        f"scenario: {len(STEP_LINES)} steps typed as {len(STEP_LINES)} capture lines; "
        f"keystrokes per step min {min(keys)} / median {statistics.median(keys):.0f} / "
        f"max {max(keys)} (goal: one line per step: met)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="L")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=10)
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
        measure(path, Path(tmp) / "settings.ini", args.repeat)
    keystrokes()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
