"""Long work (export, import, charts) in a worker thread, with a progress dialog that can
cancel it; the window stays responsive meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from roadmap.domain.errors import RoadmapError
from roadmap.ui.labels import tr

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Job = Callable[[Progress, Cancelled], Any]


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, cancel: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._cancel = cancel

    def run(self) -> None:
        try:
            result = self._job(
                lambda done, total: self.progressed.emit(done, total), self._cancel.is_set
            )
        except BaseException as error:  # handed to the main thread, which reports it
            self.failed.emit(error)
            return
        self.finished.emit(result)


class BackgroundTask(QObject):
    """Runs `job(progress, cancelled)` in a thread; `done(result)` or `failed(error)` on the
    main thread afterwards. Keep a reference until it finishes (the window does)."""

    done = Signal(object)
    failed = Signal(object)
    ended = Signal()

    def __init__(self, parent: QWidget, label: str, job: Job, *, quiet: bool = False) -> None:
        """`quiet`: no progress dialog — for work the window shows its own way (a dialog that
        re-plans while the user keeps choosing must not be covered by a modal one)."""
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.dialog: QProgressDialog | None = None
        if not quiet:
            self.dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(400)
            self.dialog.canceled.connect(self.cancel_event.set)
        self.worker_thread = QThread(self)
        self.worker = _Worker(job, self.cancel_event)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)

    def start(self) -> None:
        self.worker_thread.start()

    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, total))

    def _finish(self) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
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
