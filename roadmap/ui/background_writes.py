"""Edits written in a worker thread: imports, merges and adopting a scenario (issue 19).

`write_in_background` runs `read(progress)` and then `write(writer, read_result)` in a worker
thread, behind the progress dialog of `BackgroundWork.run` (`ui/background.py`, the one place
a thread starts). `writer` is `session.writer(cancelled)`: a writable connection of the
worker's own on the same file, under the lock this program holds — so the window keeps
repainting and answering while seconds of checking, planning and writing go on.

- **Cancel** before the commit rolls the transaction back: nothing changed, and the status bar
  says so. Cancel and commit are decided once, under a lock (`CancelGate`): the commit point
  takes Cancel away from the progress dialog, and a click that comes after it is not
  claimed as a cancel; the edit is in the file and recorded as below.
- **Recording**, on the UI thread: the views follow each edit the writer wrote, and the job's
  own edit (`undoable(result)`) goes on the undo stack as one entry — what `session.perform`
  leaves after an edit made on the UI thread; then `done(result)`.
- A **refusal** of the write (the rules, an edit the conflict rule stops) reaches the user as
  `perform`'s refusals do (`session.refused`, the status bar); a failure to read (a damaged
  file) as any failed task does (a message).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from roadmap.collector import collector_paused
from roadmap.domain.errors import RoadmapError
from roadmap.domain.snapshot import Timeline
from roadmap.services.changes import Edit
from roadmap.services.workspace import Workspace
from roadmap.ui.background import BackgroundTask, BackgroundWork, CancelGate, Progress
from roadmap.ui.loading import freeze_loaded
from roadmap.ui.message_text import message_text
from roadmap.ui.session import RoadmapSession

R = TypeVar("R")
T = TypeVar("T")


@dataclass(frozen=True)
class Written(Generic[T]):
    """What a job wrote through a worker's writer (`write_in_worker`), for the UI thread to
    record: the job's result, or the refusal that stopped it, and the edits written either way."""

    result: T | None
    edits: tuple[Edit, ...]
    refusal: RoadmapError | None = None
    timeline: Timeline | None = None  # read after the commit, when the views read it all
    prepared: dict[str, Any] | None = None  # what the views worked out from it, by name


def read_for_views(
    session: RoadmapSession, writer: Workspace, written: tuple[Edit, ...]
) -> tuple[Timeline | None, dict[str, Any] | None]:
    """In the worker, after its commit: what the timeline draws, read here rather than on
    the UI thread when following the edits means reading it all (an import or merge of
    thousands of records), and the plain-Python part of the views' rebuild worked out from
    it (`session.prepare_views`: the navigator's tree, the timeline's rows and places — on the
    UI thread they held the window over half a second after an import into L). Both go to
    `session.record`; (None, None) when the views follow the edits record by record."""
    if not any(session.rereads(edit) for edit in written):
        return None, None
    timeline = writer.queries.timeline()
    return timeline, session.prepare_views(writer, timeline)


def _nothing(_progress: Progress) -> None:
    return None


def write_in_worker(
    session: RoadmapSession,
    write: Callable[[Workspace], T],
    cancelled: Callable[[], bool] | None = None,
    commit_point: Callable[[], bool] | None = None,
) -> Written[T]:
    """`write(writer)` in this worker thread, on a writable connection of its own to the file
    (`session.writer(cancelled, commit_point)`), and what the window needs to follow it. The
    one post-write step of every background write: imports, merges, Adopt this scenario (below)
    and publishes and pulls (`ui/repository_actions.py`)."""
    # The collector paused (roadmap/collector.py): a merge or import of L holds several whole
    # roadmaps, and a full collection in this thread would hold the interpreter lock — and so
    # the window — for as long as it scans them.
    with collector_paused(), session.writer(cancelled, commit_point) as writer:
        try:
            result = write(writer)
        except RoadmapError as error:
            return Written(None, tuple(writer.written), error)
        written = tuple(writer.written)
        timeline, prepared = read_for_views(session, writer, written)
        # What the views will keep (and what dies with this job) stays out of the collector's
        # scans: the first collection after the pause otherwise scans every object made
        # meanwhile, holding the interpreter lock — and so the window — for 0.1-0.2 s after
        # an import into L, and a full one 0.6 s some time later.
        freeze_loaded()
        return Written(result, written, timeline=timeline, prepared=prepared)


def record_written(session: RoadmapSession, written: Written[Any], undoable: Edit | None) -> None:
    """On the UI thread: the views follow what a `write_in_worker` wrote (with what the worker
    read and prepared for them), and `undoable` goes on the undo stack."""
    with collector_paused():
        session.record(written.edits, undoable, written.timeline, written.prepared)
    freeze_loaded()  # the views' new items and rows, as after opening (ui/loading.py)


def write_in_background(
    work: BackgroundWork,
    session: RoadmapSession,
    label: str,
    write: Callable[[Workspace, R], T],
    *,
    undoable: Callable[[T], Edit | None],
    done: Callable[[T], object],
    read: Callable[[Progress], R] = _nothing,  # type: ignore[assignment]
    parent: QWidget | None = None,
) -> BackgroundTask:
    """Run `read`, then `write` through a worker's writer, behind a progress dialog with
    Cancel (over `parent`, or the window); record what was written (see the module)."""

    def job(progress: Progress, cancelled: CancelGate) -> Written[T]:
        # The collector paused for the reading too (`write_in_worker` pauses it for the
        # write): reading the file allocates enough to set off full passes over the window's
        # views, 0.1 s each.
        with collector_paused():
            read_result = read(progress)
            return write_in_worker(
                session, lambda writer: write(writer, read_result), cancelled, cancelled.commit
            )

    def finished(outcome: Written[T]) -> None:
        if outcome.refusal is not None:
            # Anything committed before the refusal is in the file: the views follow it.
            session.record(outcome.edits, None)
            session.refused.emit(message_text(outcome.refusal))
            return
        result: Any = outcome.result
        record_written(session, outcome, undoable(result))
        done(result)

    return work.run(label, job, finished, parent=parent)
