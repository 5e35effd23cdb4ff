"""The stall monitor: how long the window is blocked by each action of a scripted session on the
L roadmap, and how long it takes to start, against a bare PySide6 window measured in the same
run.

    python bench/bench_ui.py [--size L] [--seed 1] [--repeat 3] [--sessions 3] [--no-frames]
                             [--probe MS] [--repository]

Start-up is measured in fresh processes (wall time from launch until the window has painted —
for L, its timeline drawn — as the process notes it, so the interpreter's teardown is not
counted): a bare QMainWindow, the welcome page, and the window with the L roadmap open (best
of `--repeat`); for L also until the work left for after that first paint is done. Goal
(issues 5 and 19): welcome page ≤ 3× the bare window; L open ≤ bare + 1 s.

The session (issue 19) runs `--sessions` times, each in a fresh process: open, scroll, zoom,
drag, nudge, undo, switch every tab, sort the Steps table, filter it, every analysis tab, run
the checks, draw each chart, change a patent's status with the figures shown, take a baseline,
import a workbook (the S roadmap's, into L), undo and redo it, rename a pathway in the
navigator; with --repository also publish all of L to an empty repository on the test server,
publish one edit, and pull. A QTimer fires every 5 ms and notes when it ran; the longest gap
between two ticks while an action and what it sets off are handled is the longest time the
window could not repaint or take input. Each action is started from inside the running event
loop (QAction.trigger(), input events, a button click) as a person would, then the loop runs
until the action's result is shown (a chart drawn, the checks listed, the import stored) plus a
quiet spell, so work deferred to timers or handed back from a worker thread or the helper
process counts too. Reported per action: min / median / max over the sessions. Goal: no action
blocks over 100 ms.

Then (unless --no-frames) the frame times of issue 5 in one process: a bar move and an undo
(stored and redrawn), scroll and zoom frames.

Python's bytecode is compiled before anything is timed: with PYTHONDONTWRITEBYTECODE set
(as on some build machines) every start would otherwise compile the whole program again,
which no installed copy does.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_MS = 5
GOAL_MS = 100.0
QUIET_MS = 300  # how long the loop keeps running after the action's result is there
TIMEOUT_S = 90.0


class StallMonitor:
    """Longest gap between the ticks of a 5 ms timer while `measure` runs an action."""

    def __init__(self, probe_ms: float = 0.0) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.running = False  # while `measure` runs (the probe samples only then)
        self.probe = StackProbe(self, probe_ms) if probe_ms else None

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        self.longest = max(self.longest, gap)
        self.last = now
        if self.probe is not None:
            self.probe.ended(gap)
            self.probe.ticked()

    def measure(self, steps: list[Callable[[], object]], done: Callable[[], bool]) -> float:
        """Run each of `steps` from the event loop (16 ms apart, as input arrives), then keep
        the loop running until `done()` and QUIET_MS more; the longest block in ms."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        pending = list(steps)
        finished_at: list[float] = []
        began = time.perf_counter()

        def next_step() -> None:
            if pending:
                pending.pop(0)()
                QTimer.singleShot(16, next_step)

        def check() -> None:
            now = time.perf_counter()
            if pending:
                return
            if not finished_at and done():
                finished_at.append(now)
            if finished_at and now - finished_at[0] >= QUIET_MS / 1000:
                loop.quit()
            elif now - began > TIMEOUT_S:  # the result never came: say so, the figure is off
                print(f"  (timed out after {TIMEOUT_S:.0f} s)", file=sys.stderr, flush=True)
                loop.quit()

        watcher = QTimer()
        watcher.setInterval(20)
        watcher.timeout.connect(check)
        self.timer.start()
        self.running = True
        watcher.start()
        self.last = time.perf_counter()
        self.longest = 0.0
        QTimer.singleShot(10, next_step)
        loop.exec()
        self.running = False
        if self.probe is not None:
            self.probe.ticked()  # disarms the watchdog
        watcher.stop()
        self.timer.stop()
        # A gap of one interval is the timer working; what is over it was blocked.
        return max(0.0, (self.longest * 1000) - TICK_MS)


class StackProbe:
    """Where the window is blocked (`--probe MS`): a thread samples the UI thread's stack every
    2 ms while the 5 ms timer is late, and for each block over MS prints the stacks it saw,
    the most frequent first. Samples are taken whenever the UI thread lets go of the GIL (a
    Python loop does every few ms; a call into SQLite or Qt does at once), so a block spent
    in one long C call shows as that call. A block during which no sample could be taken
    (a thread held the GIL throughout: a long C call that keeps it) is caught by
    `faulthandler`, whose watchdog needs no GIL: re-armed at every tick, it prints every
    thread's stack once the timer is MS late ("Timeout (0:00:00.xx)!" on stderr)."""

    def __init__(self, monitor: StallMonitor, threshold_ms: float) -> None:
        import threading

        self.monitor = monitor
        self.threshold = threshold_ms / 1000
        self.main = threading.get_ident()
        self.samples: list[tuple[str, ...]] = []
        self.collections: list[tuple[int, float]] = []  # (generation, ms) of the collector
        self.lock = threading.Lock()
        threading.Thread(target=self._run, daemon=True).start()
        import gc

        started: list[float] = []

        def collector(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                started[:] = [time.perf_counter()]
            elif started:
                self.collections.append(
                    (info["generation"], (time.perf_counter() - started[0]) * 1000)
                )

        gc.callbacks.append(collector)

    def ticked(self) -> None:
        """The timer ticked: the watchdog waits for the next one again."""
        import faulthandler

        faulthandler.cancel_dump_traceback_later()
        if self.monitor.running:
            faulthandler.dump_traceback_later(self.threshold)

    def _run(self) -> None:
        import traceback

        while True:
            time.sleep(0.002)
            if not self.monitor.running or time.perf_counter() - self.monitor.last < 0.012:
                continue
            frame = sys._current_frames().get(self.main)
            if frame is None:
                continue
            stack = tuple(
                f"{Path(f.filename).name}:{f.lineno} {f.name}"
                for f in traceback.extract_stack(frame)[-14:]
            )
            with self.lock:
                self.samples.append(stack)

    def ended(self, gap: float) -> None:
        """The timer ticked after `gap` seconds: report the block if it was a long one."""
        from collections import Counter

        with self.lock:
            samples, self.samples = self.samples, []
        collections, self.collections = self.collections, []
        if gap < self.threshold:
            return
        now = time.monotonic()  # perf's clock with -k CLOCK_MONOTONIC
        print(
            f"    block of {gap * 1000:.0f} ms, {len(samples)} samples "
            f"(monotonic {now - gap:.3f}-{now:.3f}):",
            file=sys.stderr,
        )
        slow = [f"gen {g} {t:.0f} ms" for g, t in collections if t >= 2]
        if slow:
            print(f"      collector: {', '.join(slow)}", file=sys.stderr)
        for stack, count in Counter(samples).most_common(4):
            print(f"      {count} ×", file=sys.stderr)
            for line in stack:
                print(f"        {line}", file=sys.stderr)
        sys.stderr.flush()


def action(window: Any, text: str) -> Any:
    from PySide6.QtGui import QAction

    return next(a for a in window.findChildren(QAction) if a.text() == text)


def session_on(
    path: Path, ini: Path, workbook: Path, probe_ms: float = 0.0, server: str = ""
) -> list[tuple[str, float]]:
    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from roadmap.app import build_window
    from roadmap.charts.registry import chart_names
    from roadmap.domain.entities import Patent
    from roadmap.ui.analysis.panels import CHARTS_TAB, CHECKS_TAB
    from roadmap.ui.settings import Settings
    from roadmap.ui.timeline.items import StepBar

    app = QApplication.instance() or QApplication([])
    window = build_window(Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
    window.resize(1400, 900)
    window.show()
    monitor = StallMonitor(probe_ms)
    results: list[tuple[str, float]] = []

    def run(name: str, steps: list[Callable[[], object]], done: Callable[[], bool]) -> None:
        results.append((name, monitor.measure(steps, done)))
        print(f"  {name}: {results[-1][1]:.0f} ms", file=sys.stderr, flush=True)

    def always() -> bool:
        return True

    run("open the roadmap (in a running app)", [lambda: window.docs.open_path(path)], always)
    canvas = window.canvas
    view = canvas.view
    vbar, hbar = view.verticalScrollBar(), view.horizontalScrollBar()
    run(
        "scroll down 30 wheel steps",
        [lambda: vbar.setValue(vbar.value() + 120) for _ in range(30)],
        always,
    )
    run(
        "scroll right 30 steps",
        [lambda: hbar.setValue(hbar.value() + 80) for _ in range(30)],
        always,
    )
    zoom_in, zoom_out = action(window, "Zoom &in"), action(window, "Zoom &out")
    run("zoom in ×8 (Ctrl++)", [zoom_in.trigger for _ in range(8)], always)
    run("zoom out ×8 (Ctrl+-)", [zoom_out.trigger for _ in range(8)], always)
    run("fit to window (Ctrl+0)", [action(window, "&Fit to window").trigger], always)

    view.set_zoom(0.8)
    vbar.setValue(vbar.maximum() // 2)
    app.processEvents()
    bars = [i for i in view.items(view.viewport().rect()) if isinstance(i, StepBar)]
    bars = [b for b in bars if b.boundingRect().width() * view.px_per_day >= 60]
    bars.sort(key=lambda item: item.step.id)
    viewport = view.viewport()
    if bars:
        bar = bars[0]
        view.ensureVisible(bar, 60, 60)
        app.processEvents()
        start = view.bar_at_point(bar)
        end = QPoint(start.x() + 90, start.y())
        middle = QPoint(start.x() + 45, start.y())
        no = Qt.KeyboardModifier.NoModifier
        left = Qt.MouseButton.LeftButton
        run(
            "drag a bar (press, move, release)",
            [
                lambda: QTest.mousePress(viewport, left, no, start),
                lambda: QTest.mouseMove(viewport, middle),
                lambda: QTest.mouseMove(viewport, end),
                lambda: QTest.mouseRelease(viewport, left, no, end),
            ],
            always,
        )
        # The app has no keyboard nudge (arrow keys scroll the view): the smallest move a
        # person makes is a drag of a few pixels, which snaps to the next period.
        nudged = QPoint(end.x() + 12, end.y())
        run(
            "nudge the bar (12 px drag, one snap)",
            [
                lambda: QTest.mousePress(viewport, left, no, end),
                lambda: QTest.mouseMove(viewport, nudged),
                lambda: QTest.mouseRelease(viewport, left, no, nudged),
            ],
            always,
        )
    run("undo (Ctrl+Z)", [window.undo_action.trigger], always)
    run("redo (Ctrl+Shift+Z)", [window.redo_action.trigger], always)
    run("undo again", [window.undo_action.trigger], always)

    tab_texts = ["&Steps table", "Pathway &map", "Tech&nology transfer", "&Timeline"]
    for text in tab_texts:
        run(f"switch to tab {text.replace('&', '')}", [action(window, text).trigger], always)
    action(window, "&Steps table").trigger()
    app.processEvents()
    table = window.table

    def click(widget: Any, where: QPoint) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)

    header = table.view.horizontalHeader()
    for column in (1, 3):
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        where = QPoint(x, header.height() // 2)
        run(
            f"sort Steps by column {column} (header click)",
            [lambda where=where: click(header.viewport(), where)],
            always,
        )
    table.filter.setFocus()
    run(
        "filter Steps (type 3 keys)",
        [lambda c=c: QTest.keyClick(table.filter, c) for c in "ste"],
        always,
    )
    run("clear the filter", [table.filter.clear], always)

    window.analysis_dock.show()
    panels = window.analysis
    for index in range(panels.count()):
        if index == CHECKS_TAB:
            continue  # measured below, with its result
        run(
            f"analysis tab {panels.tabText(index)}",
            [lambda index=index: panels.setCurrentIndex(index)],
            lambda: True,
        )
    panels.checks_job.result = None
    run(
        "run the checks (Checks tab, listed)",
        [lambda: panels.setCurrentIndex(CHECKS_TAB)],
        lambda: panels.checks_job.result is not None,
    )
    panels.setCurrentIndex(CHARTS_TAB)
    charts = panels.charts
    for name in chart_names():
        before = charts.chart
        index = charts.which.findData(name)

        def choose(index: int = index) -> None:
            if charts.which.currentIndex() == index:
                charts.request()
            else:
                charts.which.setCurrentIndex(index)

        run(
            f"draw chart {name}",
            [choose],
            lambda before=before: charts.chart is not before and not charts.drawing,
        )

    # The Charts panel redraws after every edit while shown: hide it, so what the status change
    # costs is the figures' recount and redraw alone.
    window.analysis_dock.hide()
    action(window, "Tech&nology transfer").trigger()
    app.processEvents()
    transfer = window.transfer
    figures = transfer.show_figures()
    app.processEvents()
    patent = window.session.workspace.queries.all(Patent)[0]
    editor = transfer.patents.editor
    transfer.patents.choose(patent.id)
    editor.ask_status = lambda dialog: True  # accept the status the dialog offers next
    # The undo stack's index, not its count: a command pushed after an undo replaces the
    # undone ones, so the count need not grow (it did not after the undo above, and every
    # such action then waited out TIMEOUT_S).
    depth = window.session.undo_stack.index()
    run(
        "change a patent's status (figures shown)",
        [editor.status_button.click],
        # Done when the figures were counted again and their charts drawn and shown.
        lambda: (
            window.session.undo_stack.index() > depth
            and not figures.counting.busy
            and not figures.charting.busy
        ),
    )
    window.session.undo_stack.undo()

    action(window, "&Baselines…").trigger()
    app.processEvents()
    baselines = window.baselines_dialog
    baselines.name.setText("Kick-off")
    depth = window.session.undo_stack.index()
    run(
        "take a baseline (File › Baselines…, Take)",
        [lambda: click(baselines.take_button, baselines.take_button.rect().center())],
        lambda: window.session.undo_stack.index() > depth and not window.work.tasks,
    )
    baselines.close()

    from PySide6.QtWidgets import QFileDialog

    def chosen(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        return str(workbook), ""

    QFileDialog.getOpenFileName = staticmethod(chosen)  # type: ignore[method-assign]
    # The index, not the count: the status change above was undone, and the import's entry
    # takes its place (the count stays the same, so waiting for it to grow ran into the
    # 90 s timeout and measured whatever blocked meanwhile).
    depth = window.session.undo_stack.index()
    run(
        "import a workbook (S into L, File › Import…)",
        [action(window, "&Import…").trigger],
        lambda: window.session.undo_stack.index() > depth and not window.work.tasks,
    )
    stack = window.session.undo_stack
    run(
        "undo the import (Ctrl+Z)",
        [window.undo_action.trigger],
        lambda: stack.index() == depth and not window.work.tasks,
    )
    run(
        "redo the import (Ctrl+Shift+Z)",
        [window.redo_action.trigger],
        lambda: stack.index() > depth and not window.work.tasks,
    )
    rename_a_pathway(window, run)
    if server:
        repository_actions(window, server, run)
    window.close()
    app.processEvents()
    return results


def rename_a_pathway(window: Any, run: Callable[..., None]) -> None:
    """Rename the first pathway in the navigator as a person does: select it, F2, type, Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    navigator = window.navigator
    model, tree = navigator.model, navigator.tree
    row = model.index(0, 0, model.index(0, 0, model.index(0, 0)))
    tree.expandAll()
    tree.setFocus()
    tree.setCurrentIndex(navigator.proxy.mapFromSource(row))
    depth = window.session.undo_stack.index()

    def typed() -> None:
        # The editor F2 opens (a window not active here may not pass the key on: open it
        # as F2 does, then type into it).
        editor = tree.viewport().findChild(QLineEdit)
        if editor is None:
            tree.edit(tree.currentIndex())
            editor = tree.viewport().findChild(QLineEdit)
        editor.selectAll()
        QTest.keyClicks(editor, "Renamed pathway")
        QTest.keyClick(editor, Qt.Key.Key_Return)

    run(
        "rename a pathway (navigator: F2, type, Enter)",
        [lambda: QTest.keyClick(tree, Qt.Key.Key_F2), typed],
        lambda: window.session.undo_stack.index() > depth,
    )


def repository_actions(window: Any, server: str, run: Callable[..., None]) -> None:
    """Publish L (with the workbook imported) to an empty repository, publish one edit, pull:
    File › Publish and File › Pull, the server's address typed into the dialog asked."""
    from PySide6.QtWidgets import QInputDialog

    from roadmap.domain.entities import EntityKind

    def typed(*_args: Any, **_kwargs: Any) -> tuple[str, bool]:
        return server, True

    QInputDialog.getText = staticmethod(typed)  # type: ignore[method-assign]
    label = window.repo.sync_label

    def synced() -> bool:
        return not window.work.tasks and label.text().startswith("Synced with")

    publish, pull = action(window, "&Publish"), action(window, "P&ull")
    run("publish to the repository (first, all of L)", [publish.trigger], synced)
    step = window.session.workspace.queries.snapshot().steps[0]
    window.session.perform(lambda c: c.update(EntityKind.STEP, step.id, name="Edited"))
    run("publish one edit", [publish.trigger], synced)
    run("pull (nothing new)", [pull.trigger], synced)


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
print("painted", time.time(), flush=True)
app.processEvents()  # what was left for after the first paint
print("settled", time.time(), flush=True)
"""


def start_time(mode: str, path: Path, ini: Path) -> tuple[float, float]:
    """Seconds from launching a fresh process until its window was painted (the roadmap's
    timeline drawn, for "open"), and until the work left for after that paint was done."""
    began = time.time()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, str(path), str(ini)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": os.environ["QT_QPA_PLATFORM"]},
        check=False,
    )
    moments = dict(line.split() for line in done.stdout.splitlines() if line.count(" ") == 1)
    if "settled" not in moments:
        raise SystemExit(f"{mode} start failed:\n{done.stderr}")
    return float(moments["painted"]) - began, float(moments["settled"]) - began


def best(repeat: int, mode: str, path: Path, ini: Path) -> tuple[float, float]:
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


def session_in_child(
    path: Path, ini: Path, workbook: Path, probe_ms: float = 0.0, repository: bool = False
) -> list[tuple[str, float]]:
    """One scripted session in a fresh process; its rows (action, ms blocked). With
    `repository`, on an empty database of its own on the test server."""
    if repository:
        from bench.bench_repository import database
        from roadmap.services.repository import init_repository

        with database() as url:
            init_repository(url)
            return _session_in_child(path, ini, workbook, probe_ms, server=url)
    return _session_in_child(path, ini, workbook, probe_ms)


def _session_in_child(
    path: Path, ini: Path, workbook: Path, probe_ms: float, server: str = ""
) -> list[tuple[str, float]]:
    probe = ["--probe", str(probe_ms)] if probe_ms else []
    probe += ["--server", server] if server else []
    done = subprocess.run(
        [sys.executable, __file__, "--session", str(path), str(ini), str(workbook), *probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("[")]
    if probe_ms:
        print(done.stderr, file=sys.stderr, flush=True)
    if done.returncode != 0 or not lines:
        raise SystemExit(f"session failed:\n{done.stderr[-3000:]}")
    return [(name, float(blocked)) for name, blocked in json.loads(lines[-1])]


def compiled_bytecode(tmp: Path) -> None:
    """Compile the program once into a cache of this run (see the module's docstring)."""
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        del os.environ["PYTHONDONTWRITEBYTECODE"]
        os.environ["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
        sys.pycache_prefix = os.environ["PYTHONPYCACHEPREFIX"]
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "roadmap")],
        check=True,
        capture_output=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="L")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="start-up runs (best is kept)")
    parser.add_argument("--sessions", type=int, default=3, help="scripted sessions")
    parser.add_argument("--no-frames", action="store_true", help="skip the frame times")
    parser.add_argument(
        "--probe",
        type=float,
        default=0.0,
        metavar="MS",
        help="print where the UI thread was for each block over MS (see StackProbe)",
    )
    parser.add_argument(
        "--repository",
        action="store_true",
        help="also publish and pull (a new database on ROADMAP_TEST_DATABASE_URL's server, "
        "else the local socket's, for each session)",
    )
    parser.add_argument("--server", default="", help=argparse.SUPPRESS)
    parser.add_argument("--session", nargs=3, metavar=("ROADMAP", "INI", "WORKBOOK"))
    args = parser.parse_args()
    if args.session:  # a child of this script: one session, its rows as JSON on stdout
        roadmap, ini, workbook = (Path(p) for p in args.session)
        print(json.dumps(session_on(roadmap, ini, workbook, args.probe, args.server)))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        compiled_bytecode(tmp)
        path = tmp / f"{args.size}.roadmap"
        generate = [sys.executable, str(ROOT / "bench" / "generate.py")]
        subprocess.run(
            [*generate, "--size", args.size, "--seed", str(args.seed), str(path)],
            check=True,
            capture_output=True,
        )
        small = tmp / "S.roadmap"
        subprocess.run([*generate, "--size", "S", "--seed", "2", str(small)], check=True)
        workbook = tmp / "S.xlsx"
        subprocess.run(
            [sys.executable, "-m", "roadmap", "export", str(small), str(workbook)],
            check=True,
            capture_output=True,
        )
        ini = tmp / "settings.ini"
        bare, _ = best(args.repeat, "bare", path, ini)
        welcome, _ = best(args.repeat, "welcome", path, ini)
        opened, settled = best(args.repeat, "open", path, ini)
        sessions = []
        for _ in range(args.sessions):
            copy = tmp / f"session-{len(sessions)}.roadmap"
            copy.write_bytes(path.read_bytes())
            sessions.append(session_in_child(copy, ini, workbook, args.probe, args.repository))
        frames = {} if args.no_frames else in_process(path, ini)
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"bare PySide6 window:          {ms(bare)}")
    print(f"welcome page:                 {ms(welcome)}  ({welcome / bare:.2f}x bare; goal ≤ 3x)")
    verdict = "pass" if opened - bare <= 1.0 else "FAIL"
    print(
        f"{args.size} open and drawn:      {ms(opened)}  "
        f"(bare + {ms(opened - bare)}; goal ≤ bare + 1 s: {verdict})"
    )
    print(f"  and everything filled in:   {ms(settled)}  (bare + {ms(settled - bare)})")
    print(f"\n{'action':46} {'blocked ms: min / median / max':>32}  goal ≤ 100 ms")
    for i, (name, _) in enumerate(sessions[0]):
        values = sorted(rows[i][1] for rows in sessions)
        low, middle, high = values[0], statistics.median(values), values[-1]
        verdict = "pass" if high <= GOAL_MS else "FAIL"
        if name.startswith("open"):
            verdict = "(opening: see above)"
        print(f"{name:46} {low:10.0f} / {middle:6.0f} / {high:6.0f}       {verdict}")
    for name, seconds in frames.items():
        print(f"{name + ':':46} {ms(seconds)}")
    if frames:
        print("frame goals (issue 5): bar move and undo < 50 ms; frames < 16 ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
