"""A helper process for work that would make the window wait even in a worker thread.

A worker thread shares the interpreter lock with the window. Drawing a chart of a big roadmap
holds it for long stretches the thread cannot give up: freeing the figure and the roadmap read
for it (hundreds of thousands of objects at once), the cyclic collector's full passes over
everything the chart made, matplotlib's C++ drawing calls. Measured on the L roadmap, the window
froze 100–300 ms at a time while a thread drew. A process has its own interpreter: the window
only waits for the finished picture's bytes.

One process, started the first time it is needed (with "spawn": a fork of a program with Qt's
threads running is not safe) and kept for the next call; calls from several threads take turns.
Only module-level functions and picklable values cross. A `RoadmapError` raised there is raised
here again (its message is kept); anything else arrives as `WorkerFailed` with the traceback.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from roadmap.domain.errors import RoadmapError

if TYPE_CHECKING:  # multiprocessing is imported when a process starts (~60-90 ms on opening)
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

T = TypeVar("T")


class WorkerFailed(Exception):
    """A bug in the helper process (its traceback is the message), or the process died."""


class WorkerStopped(Exception):
    """The helper process was stopped (its roadmap closed) while it worked for this call."""


def _serve(connection: Connection) -> None:
    """The helper process: run each call sent, send back what came of it."""
    while True:
        try:
            function, args = connection.recv()
        except EOFError:  # the program closed its end: nothing more to do
            return
        try:
            reply: tuple[str, Any] = ("done", function(*args))
        except RoadmapError as error:
            reply = ("refused", error.message)
        except Exception:  # a bug: its traceback goes back to be reported there
            reply = ("failed", traceback.format_exc())
        connection.send(reply)


class WorkerProcess:
    def __init__(self) -> None:
        self._lock = threading.Lock()  # one call at a time
        self._process: BaseProcess | None = None
        self._connection: Connection | None = None
        self._stopped = False

    def call(self, function: Callable[..., T], *args: Any) -> T:
        """`function(*args)` in the helper process; waits for it (call from a worker thread)."""
        with self._lock:
            if self._stopped:
                raise WorkerStopped()
            connection = self._started()
            try:
                connection.send((function, args))
                kind, value = connection.recv()
            except (EOFError, OSError) as error:
                self._forget()
                if self._stopped:
                    raise WorkerStopped() from error
                raise WorkerFailed("the helper process ended unexpectedly") from error
        if kind == "refused":
            raise RoadmapError(value)
        if kind == "failed":
            raise WorkerFailed(value)
        result: T = value
        return result

    def _started(self) -> Connection:
        if self._connection is None or self._process is None or not self._process.is_alive():
            import multiprocessing

            context = multiprocessing.get_context("spawn")
            here, there = context.Pipe()
            process = context.Process(
                target=_serve, args=(there,), name="roadmap-helper", daemon=True
            )
            process.start()
            there.close()
            self._process, self._connection = process, here
        return self._connection

    def _forget(self) -> None:
        if self._connection is not None:
            self._connection.close()
        self._process = self._connection = None

    def stop(self) -> None:
        """End the helper process now, even in the middle of a call (that call raises
        `WorkerStopped`); later calls raise it too."""
        self._stopped = True
        process = self._process
        if process is not None:
            process.terminate()
            process.join(5)
        with self._lock:
            self._forget()
