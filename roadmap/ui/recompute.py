"""Keeping a derived result (a schedule, the checks, the transfer figures) up to date with the
roadmap without making the window wait for it.

Edits ask for a new result; after they settle (a short debounce) the inputs are taken on the
UI thread and the pure work runs in a worker thread (one `BackgroundJob`, see
roadmap.ui.background). Only the newest result is delivered, and
only while someone shows it: a hidden panel just remembers that it is stale.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from roadmap.ui.background import BackgroundJob

Job = Callable[[], Any]
Prepare = Callable[[], Job]  # runs on the UI thread, returns the work for the worker thread


class Recompute(QObject):
    ready = Signal(object)  # the newest result
    failed = Signal(object)  # the exception the newest job raised

    def __init__(
        self,
        prepare: Prepare,
        delay_ms: int,
        parent: QObject | None = None,
        *,
        discard_stale: bool = False,
    ) -> None:
        super().__init__(parent)
        self._prepare = prepare
        # A result asked for again while it was worked out is dropped instead of shown until
        # the next one arrives (a chart must never show a roadmap that is no longer there).
        self._discard_stale = discard_stale
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._generation = 0
        self._running: BackgroundJob | None = None
        self._again = False
        self.active = False
        self.stale = True
        self.result: Any = None

    def request(self) -> None:
        """The roadmap changed: compute again soon if shown, else when next shown."""
        self.stale = True
        if self.active:
            self._timer.start()
        elif self._running is not None:
            self._again = True  # what is being worked out is stale already

    def set_active(self, on: bool) -> None:
        self.active = on
        if on and self.stale and not self._timer.isActive():
            self._timer.start(0)

    @property
    def busy(self) -> bool:
        return self._running is not None or self._timer.isActive()

    def _start(self) -> None:
        if self._running is not None:
            self._again = True  # one run at a time; the newest inputs are taken when it ends
            return
        self.stale = False
        self._generation += 1
        generation = self._generation
        try:
            job = self._prepare()
        except Exception as error:  # reported like a failed job
            self.failed.emit(error)
            return
        running = BackgroundJob(lambda _progress, _cancelled: job(), self)
        running.finished.connect(lambda result: self._on_finished(generation, result, None))
        running.failed.connect(lambda error: self._on_finished(generation, None, error))
        self._running = running
        running.start()

    def _on_finished(self, generation: int, result: Any, error: BaseException | None) -> None:
        running, self._running = self._running, None
        if running is not None:
            running.deleteLater()
        outdated = self._again or self._timer.isActive()
        if self._again:
            self._again = False
            self.stale = True
            if self.active:
                self._timer.start(0)
        if generation != self._generation or (self._discard_stale and outdated):
            return
        if error is not None:
            self.failed.emit(error)
            return
        self.result = result
        self.ready.emit(result)

    def shutdown(self) -> None:
        """Stop asking and wait for a running job (before the document closes)."""
        self._timer.stop()
        self.active = False
        if self._running is not None:
            self._running.wait()
