"""Background work reads the roadmap through `session.reader()`: its own read-only connection,
made in the worker thread, seeing every edit already made, and never able to write."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from roadmap.domain.entities import Lane, new_id
from roadmap.domain.errors import RoadmapError
from roadmap.ui.background import BackgroundJob
from roadmap.ui.session import RoadmapSession


def test_a_reader_in_a_worker_thread_sees_the_edits_and_cannot_write(opened, qtbot) -> None:
    session: RoadmapSession = opened.session
    lane = Lane(new_id(), "Standards", "#336699", position=99)
    assert session.perform(lambda c: c.add(lane)) is not None
    reader = session.reader()
    seen: list[object] = []

    def job(_progress, _cancelled):
        seen.append(threading.current_thread())
        with reader:
            names = {x.name for x in reader.queries.timeline().lanes}
            with pytest.raises(RoadmapError):  # read-only: refused, nothing written
                reader.commands.add(Lane(new_id(), "Never", "#000000"))
        return names

    running = BackgroundJob(job)
    with qtbot.waitSignal(running.finished, timeout=20000) as blocker:
        running.start()
    assert "Standards" in blocker.args[0]
    assert seen and seen[0] is not threading.main_thread()
    assert "Never" not in {x.name for x in session.queries.timeline().lanes}


def test_a_reader_does_not_run_the_opening_checks_again(
    opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    session: RoadmapSession = opened.session
    import roadmap.store.document as document

    def examine(_path: Path) -> object:
        raise AssertionError("the file was checked when it was opened")

    monkeypatch.setattr(document, "examine", examine)
    with session.reader() as reader:
        assert reader.queries.timeline().info.id == session.info.id
        assert reader.document.readonly


def test_a_failing_job_reports_its_error_on_the_ui_thread(qtbot) -> None:
    def job(_progress, _cancelled):
        raise RoadmapError("import.nothing")

    running = BackgroundJob(job)
    failed_in: list[object] = []
    running.failed.connect(lambda _e: failed_in.append(threading.current_thread()))
    with qtbot.waitSignal(running.failed, timeout=20000) as blocker:
        running.start()
    assert isinstance(blocker.args[0], RoadmapError)
    assert failed_in == [threading.main_thread()]
    assert not running.running
