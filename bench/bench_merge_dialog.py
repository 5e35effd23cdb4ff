"""How long File › Merge copies… blocks the window on L: opening the dialog, one choice, all
theirs, and Merge (the merge written).

    python bench/bench_merge_dialog.py [--seed 1] [--repeat 3]

Three breakout copies of L as in bench_merge (1,000 changed records each), and groups 1 and 2
also rename the same 40 steps differently, so the dialog has 40 conflicts to settle. The
window is the real one (`build_window`), the dialog is opened through File › Merge copies…
(the file dialog answered by a stub), a choice is a click on a radio button, "All theirs" a
click on its button, Merge a click on its button. The stall monitor of bench_ui (a 5 ms timer
measuring its own lateness) runs meanwhile, until the dialog shows the settled plan (for
Merge: until the merge is written, recorded and the dialog closed). Goal (issue 14): no
choice blocks the window (≤ 100 ms, as for every action in issue 19); min/median/max printed.
Each run merges into a fresh copy of the roadmap.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.bench_merge import group_edit  # noqa: E402  (needs ROOT on the path first)
from bench.bench_ui import StallMonitor  # noqa: E402
from bench.generate import SIZES, build  # noqa: E402

CONFLICTS = 40


def make_copies(folder: Path, seed: int) -> tuple[Path, list[Path]]:
    from roadmap.domain.entities import EntityKind
    from roadmap.services.copies import make_copy
    from roadmap.services.workspace import Workspace

    snapshot = build(SIZES["L"], seed)
    original = folder / "original.roadmap"
    Workspace.create(original, snapshot).close()
    rng = random.Random(seed)
    # Steps no group edits in group_edit's share (each group edits its own third): take
    # them from the tail so the renames below are the only overlap.
    contested = [s for s in snapshot.steps[-3 * CONFLICTS :]][:CONFLICTS]
    copies = []
    for group in range(3):
        copy = folder / f"group{group}.roadmap"
        make_copy(original, copy, f"Group {group + 1}")
        with Workspace.open(copy) as workspace:
            current = workspace.queries.snapshot()
            edited = group_edit(current, group, rng)
            if group:
                steps = {s.id: s for s in edited.steps}
                for step in contested:
                    steps[step.id] = dataclasses.replace(
                        steps[step.id], name=f"{step.name} (group {group})"
                    )
                edited = edited.with_section(EntityKind.STEP, tuple(steps.values()))
            workspace.commands.replace_all(current, edited, keep_absent=False)
        copies.append(copy)
    return original, copies


def measure(original: Path, copies: list[Path], ini: Path) -> dict[str, float]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QFileDialog, QRadioButton

    from roadmap.app import build_window
    from roadmap.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    window = build_window(Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
    window.resize(1400, 900)
    window.show()
    window.docs.open_path(original)
    app.processEvents()
    answer = ([str(c) for c in copies], "")
    QFileDialog.getOpenFileNames = staticmethod(lambda *a, **k: answer)  # type: ignore[assignment]
    monitor = StallMonitor()
    results: dict[str, float] = {}

    def dialog() -> Any:
        return window.breakout.dialog

    def settled() -> bool:
        found = dialog()
        return found is not None and not getattr(found, "planning", False)

    results["open the merge dialog"] = monitor.measure([window.merge_action.trigger], settled)

    def click_theirs(row: int) -> None:
        widget = dialog().conflicts.cellWidget(row, 1)
        button = widget.findChild(QRadioButton, "theirs")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    results["choose theirs for one conflict"] = monitor.measure([lambda: click_theirs(0)], settled)
    results["choose theirs for 5 conflicts in a row"] = monitor.measure(
        [lambda r=r: click_theirs(r) for r in range(1, 6)], settled
    )
    results["All theirs"] = monitor.measure(
        [lambda: QTest.mouseClick(dialog().all_theirs, Qt.MouseButton.LeftButton)],
        lambda: settled() and dialog().merge_button.isEnabled(),
    )
    open_count = len(dialog().plan.unresolved)
    depth = window.session.undo_stack.count()
    results["Merge (backup, write, record)"] = monitor.measure(
        [lambda: QTest.mouseClick(dialog().merge_button, Qt.MouseButton.LeftButton)],
        lambda: window.session.undo_stack.count() > depth and not window.work.tasks,
    )
    window.close()
    app.processEvents()
    if open_count:
        raise SystemExit(f"{open_count} conflicts still open after All theirs")
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    runs: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["XDG_DATA_HOME"] = str(folder / "data")
        original, copies = make_copies(folder, options.seed)
        for attempt in range(options.repeat):
            target = folder / f"main{attempt}.roadmap"
            shutil.copyfile(original, target)
            for name, ms in measure(target, copies, folder / f"{attempt}.ini").items():
                runs.setdefault(name, []).append(ms)
                print(f"  {name}: {ms:.0f} ms", file=sys.stderr, flush=True)
    worst_choice = 0.0
    for name, values in runs.items():
        print(
            f"{name}: longest block min {min(values):.0f} ms, "
            f"median {statistics.median(values):.0f} ms, max {max(values):.0f} ms"
        )
        if name.startswith("choose") or name == "All theirs":
            worst_choice = max(worst_choice, statistics.median(values))
    print(f"median longest block of a choice: {worst_choice:.0f} ms (goal <= 100 ms)")
    return 0 if worst_choice <= 100 else 1


if __name__ == "__main__":
    raise SystemExit(main())
