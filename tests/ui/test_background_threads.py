"""Background jobs run on worker threads that are kept for the next job: starting a thread
makes the UI thread wait until the OS runs it (60 ms on a busy machine), so a job after the
first is handed to a waiting thread instead, and the workers start the spares. Jobs at the
same time still each get their own."""

from __future__ import annotations

import threading

import pytest

from roadmap.ui.background import BackgroundJob


def run_job(qtbot, job) -> object:
    running = BackgroundJob(job)
    with qtbot.waitSignal(running.finished, timeout=20_000) as blocker:
        running.start()
    assert not running.running
    return blocker.args[0]


def test_after_the_first_job_the_ui_thread_starts_no_thread(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = run_job(qtbot, lambda _p, _c: threading.current_thread())
    assert first is not threading.main_thread()
    starters: list[threading.Thread] = []
    start = threading.Thread.start

    def noted(thread: threading.Thread) -> None:
        starters.append(threading.current_thread())
        start(thread)

    monkeypatch.setattr(threading.Thread, "start", noted)
    ran_on = [run_job(qtbot, lambda _p, _c: threading.current_thread()) for _ in range(3)]
    assert threading.main_thread() not in ran_on
    # Each job went to a waiting thread; any spare was started by a worker, not by this one.
    assert threading.main_thread() not in starters


def test_jobs_at_the_same_time_each_get_a_thread_and_all_finish(qtbot) -> None:
    release = threading.Event()
    threads: list[threading.Thread] = []

    def held(_progress, _cancelled) -> str:
        threads.append(threading.current_thread())
        assert release.wait(20)
        return "held"

    holding = BackgroundJob(held)
    holding.start()
    qtbot.waitUntil(lambda: len(threads) == 1)
    # The only kept thread is busy: this job must not wait behind the held one.
    assert run_job(qtbot, lambda _p, _c: threads.append(threading.current_thread())) is None
    assert threads[1] is not threads[0]
    with qtbot.waitSignal(holding.finished, timeout=20_000) as blocker:
        release.set()
    assert blocker.args == ["held"]


def test_wait_returns_once_the_job_is_done(qtbot) -> None:
    release = threading.Event()
    done: list[str] = []

    def slow(_progress, _cancelled) -> None:
        release.wait(20)
        done.append("done")

    running = BackgroundJob(slow)
    running.start()
    threading.Timer(0.2, release.set).start()
    running.wait()
    assert done == ["done"]
    qtbot.waitUntil(lambda: not running.running)
