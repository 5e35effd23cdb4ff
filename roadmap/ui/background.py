"""Work off the UI thread — the one place the app starts threads.

- `BackgroundJob` runs one `job(progress, cancelled)` in a worker thread and reports
  `finished(result)` or `failed(error)` on the UI thread. Everything else builds on it.
- `BackgroundTask` is a job the user waits for (export, import, publish, …): a progress dialog
  that can cancel it; the window stays responsive meanwhile.
- `BackgroundWork` is the window's set of those tasks: `window.work.run(label, job, done)`
  starts one, reports a failure like any other, and closing the window waits for them.
- `roadmap.ui.background_writes.write_in_background` is a task that writes: imports, merges
  and adopting a scenario are checked, planned and written in the worker through a writer of
  its own (`session.writer`), and only recorded on the UI thread.
- `roadmap.ui.recompute.Recompute` keeps a derived result (schedule, checks, figures) current
  with one `BackgroundJob` at a time.

A job that reads the roadmap takes `session.reader()` (an in-memory copy of the file taken at its
first read, in the worker thread: the window's edits never wait for the job) rather than the
session's own connection.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from roadmap.domain.errors import RoadmapError
from roadmap.ui.labels import tr

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class CancelGate:
    """Cancel or commit, whichever comes first — decided once, under a lock, so that a click
    on Cancel is never claimed for an edit that was committed all the same.

    Called, it says whether Cancel was asked (what jobs look at when they can). A job that
    writes asks `commit()` last before its commit: false — Cancel came first, roll back;
    true — the commit goes ahead, and from then on `cancel()` is refused (returns false)."""

    def __init__(self, on_commit: Callable[[], None]) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._committed = False
        self._on_commit = on_commit

    def __call__(self) -> bool:
        return self._cancelled

    def cancel(self) -> bool:
        with self._lock:
            if not self._committed:
                self._cancelled = True
            return self._cancelled

    def commit(self) -> bool:
        with self._lock:
            if self._cancelled:
                return False
            first = not self._committed
            self._committed = True
        if first:
            self._on_commit()
        return True


Job = Callable[[Progress, CancelGate], Any]


class _Threads:
    """The worker threads, kept for the next job once one is done, and one spare.

    `Thread.start` returns only once the new thread runs, and on a busy machine (2 cores, a
    load of 5) the UI thread waited 60 ms there for the OS to get round to it: the Schedule
    tab's first show, each recount. So a job is handed to a waiting thread's inbox, and a
    thread that takes the last waiting one's place starts the next spare itself: the UI
    thread starts a thread only for the first job, or when many run at once.
    """

    KEEP = 4  # idle threads kept; more jobs at once start more threads, which then end

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: list[queue.SimpleQueue[Callable[[], None]]] = []
        self._spare_coming = False

    def run(self, work: Callable[[], None]) -> None:
        with self._lock:
            inbox = self._idle.pop() if self._idle else None
        if inbox is None:
            inbox = queue.SimpleQueue()
            self._start(inbox)
        inbox.put(work)

    def _start(self, inbox: queue.SimpleQueue[Callable[[], None]]) -> None:
        threading.Thread(
            target=self._serve, args=(inbox,), name="roadmap-background", daemon=True
        ).start()

    def _serve(self, inbox: queue.SimpleQueue[Callable[[], None]]) -> None:
        while True:
            work = inbox.get()
            self._keep_a_spare()
            work()
            with self._lock:
                if len(self._idle) >= self.KEEP:
                    return
                self._idle.append(inbox)

    def _keep_a_spare(self) -> None:
        with self._lock:
            if self._idle or self._spare_coming:
                return
            self._spare_coming = True
            spare: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._start(spare)  # this worker waits for it to run, not the UI thread
        with self._lock:
            self._idle.append(spare)
            self._spare_coming = False


_THREADS = _Threads()


class BackgroundJob(QObject):
    """`job(progress, cancelled)` in a worker thread; `finished(result)`, `failed(error)` and
    `progressed(done, total)` are emitted on the thread this object lives in (the UI's)."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    committing = Signal()  # the job passed its commit point: Cancel is no longer possible
    # Emitted from the worker thread; queued to this object's thread because the receivers
    # are its own methods (a lambda receiver would run in the worker).
    _progress = Signal(int, int)
    _ended = Signal(object, object)  # result, error
    _committing = Signal()

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._gate = CancelGate(self._emit_committing)
        self._done: threading.Event | None = None  # set when the worker is through with it
        self._progress.connect(self._on_progress)
        self._ended.connect(self._on_ended)
        self._committing.connect(self._on_committing)

    @property
    def running(self) -> bool:
        return self._done is not None

    @property
    def cancelled(self) -> bool:
        return self._gate()

    def start(self) -> None:
        self._done = threading.Event()
        _THREADS.run(self._work)

    def cancel(self) -> bool:
        """Ask the job to stop; it looks at `cancelled()` when it can. False: too late, the
        job passed its commit point (`CancelGate.commit`)."""
        return self._gate.cancel()

    def wait(self) -> None:
        """Block until the worker thread is done (before the document or window closes)."""
        done = self._done
        if done is not None:
            done.wait()

    def _work(self) -> None:
        done = self._done
        try:
            try:
                result, error = self._job(self._emit_progress, self._gate), None
            except BaseException as exc:  # handed to the UI thread, which reports it
                result, error = None, exc
            # RuntimeError: whoever started it was closed meanwhile; nobody wants the result.
            with contextlib.suppress(RuntimeError):
                self._ended.emit(result, error)
        finally:
            if done is not None:
                done.set()

    def _emit_progress(self, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):
            self._progress.emit(done, total)

    def _emit_committing(self) -> None:
        with contextlib.suppress(RuntimeError):
            self._committing.emit()

    def _on_committing(self) -> None:
        self.committing.emit()

    def _on_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    def _on_ended(self, result: Any, error: BaseException | None) -> None:
        self.wait()
        self._done = None
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result)


class BackgroundTask(QObject):
    """A `BackgroundJob` the user waits for, behind a progress dialog that can cancel it:
    `done(result)` or `failed(error)` on the UI thread afterwards, then `ended`."""

    done = Signal(object)
    failed = Signal(object)
    ended = Signal()

    def __init__(
        self, parent: QWidget, label: str, job: Job, committed_label: str | None = None
    ) -> None:
        """`committed_label`: what the dialog says once the job passed its commit point (by
        default that it is writing and can no longer be cancelled)."""
        super().__init__(parent)
        self._committed_label = committed_label or tr("Writing; it can no longer be cancelled…")
        self.dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.job = BackgroundJob(job, self)
        self.dialog.canceled.connect(self._on_cancel)
        self.job.committing.connect(self._no_cancel)
        self.job.progressed.connect(self._on_progress)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)

    def start(self) -> None:
        self.job.start()

    def cancel(self) -> None:
        self.job.cancel()

    def _on_cancel(self) -> None:
        if not self.job.cancel():
            # Clicked after the commit point, before the button went: the edit is written
            # and will be recorded; say so rather than let the vanished dialog claim a cancel.
            self.dialog.show()
            self._no_cancel()

    def _no_cancel(self) -> None:
        """The job passed its commit point: Cancel is no longer offered."""
        self.dialog.setCancelButton(None)
        self.dialog.setLabelText(self._committed_label)

    def wait(self) -> None:
        self.job.wait()

    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, total))

    def _finish(self) -> None:
        had_focus = self.dialog.isActiveWindow()
        self.dialog.reset()
        self.dialog.hide()
        if had_focus:
            # Hand the keyboard back to the window the work was asked from: without a window
            # manager doing it (offscreen, a bare X session) its shortcuts went nowhere after a
            # long import until the user clicked into it.
            owner = self.dialog.parentWidget()
            if owner is not None:
                owner.window().activateWindow()
        self.ended.emit()

    def _on_finished(self, result: Any) -> None:
        self._finish()
        self.done.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        self._finish()
        self.failed.emit(error)

    @staticmethod
    def is_expected(error: BaseException) -> bool:
        return isinstance(error, RoadmapError)


class BackgroundWork(QObject):
    """The tasks a window runs: `run(label, job, done)`; a failure goes to `on_failure`."""

    def __init__(self, parent: QWidget, on_failure: Callable[[BaseException], None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._on_failure = on_failure
        self.tasks: list[BackgroundTask] = []

    def run(
        self,
        label: str,
        job: Job,
        done: Callable[[Any], object],
        parent: QWidget | None = None,
        *,
        failed: Callable[[BaseException], object] | None = None,
        committed_label: str | None = None,
    ) -> BackgroundTask:
        """Run `job(progress, cancelled)` behind a progress dialog labelled `label` (over
        `parent`, a dialog the work was asked from, or the window); `done` gets its result on
        the UI thread, `failed` its error (by default reported like any failure).
        `committed_label`: what the dialog says past the job's commit point."""
        task = BackgroundTask(parent or self._parent, label, job, committed_label)
        self.tasks.append(task)
        task.done.connect(done)
        task.failed.connect(failed or self._on_failure)
        task.ended.connect(lambda: self._forget(task))
        task.start()
        return task

    def _forget(self, task: BackgroundTask) -> None:
        if task in self.tasks:
            self.tasks.remove(task)

    def wait_for_all(self) -> None:
        """Cancel every task and wait for its thread (the window is closing)."""
        for task in list(self.tasks):
            task.cancel()
            task.wait()
