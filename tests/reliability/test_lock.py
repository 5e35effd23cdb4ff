"""Taking the lock is atomic: however many programs open a roadmap at once, one holds it."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from roadmap.store.document import open_document
from roadmap.store.lock import LockedError, lock_path, process_started
from tests.reliability.budget import runs
from tests.reliability.hostile import ROOT, held_open

RACER = """
import json, os, sys, time
from roadmap.store.document import open_document
from roadmap.store.lock import LockedError
path, start, log = sys.argv[1], float(sys.argv[2]), sys.argv[3]
while time.time() < start:
    pass
try:
    document = open_document(path)
except LockedError:
    sys.exit(0)
began = time.time()
# Read-modify-write a counter the way an edit would, while holding the roadmap.
with document.transaction() as conn:
    n = int(conn.exec_driver_sql("SELECT description FROM roadmap").scalar() or 0)
    conn.exec_driver_sql("UPDATE roadmap SET description = ?", (str(n + 1),))
time.sleep(0.3)
ended = time.time()
document.close()
with open(log, "a") as handle:
    handle.write(json.dumps([os.getpid(), began, ended]) + "\\n")
"""


def test_simultaneous_openers_never_hold_the_lock_together(
    sample_file: Path, tmp_path: Path
) -> None:
    from tests.reliability.hostile import tamper

    tamper(sample_file, "UPDATE roadmap SET description = '0'")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    holders_total = 0
    for round_ in range(runs(2, 10)):
        log = tmp_path / f"round{round_}.log"
        start = time.time() + 2.0  # every racer is imported and spinning by then
        racers = [
            subprocess.Popen(
                [sys.executable, "-c", RACER, str(sample_file), str(start), str(log)], env=env
            )
            for _ in range(6)
        ]
        for racer in racers:
            assert racer.wait(timeout=60) == 0
        spans = sorted(json.loads(line)[1:] for line in log.read_text().splitlines())
        assert spans, "nobody got the lock"
        for (_, end), (begin, _) in itertools.pairwise(spans):
            assert begin >= end, f"two holders at once in round {round_}: {spans}"
        holders_total += len(spans)
    with open_document(sample_file, readonly=True) as document, document.reading() as conn:
        counter = conn.exec_driver_sql("SELECT description FROM roadmap").scalar()
    assert counter == str(holders_total)  # no update was lost
    assert not lock_path(sample_file).exists()


def test_a_half_written_lock_of_a_live_holder_is_not_stale(sample_file: Path) -> None:
    with held_open(sample_file):
        lock_path(sample_file).write_text("{", encoding="utf-8")  # as if caught mid-write
        with pytest.raises(LockedError, match="open in another program"):
            open_document(sample_file)
    open_document(sample_file).close()  # the holder is gone: the OS lock went with it


def test_a_reused_pid_is_recognized_by_its_start_time(sample_file: Path) -> None:
    # The lock file of a crashed program whose PID now belongs to another, live process (ours
    # parent here): it started at another time, so the lock is taken over.
    parent = os.getppid()
    assert process_started(parent)
    record = {
        "host": os.uname().nodename,
        "pid": parent,
        "user": "someone",
        "since": "2020-01-01T00:00:00",
        "started": "another-boot:12345",
    }
    lock_path(sample_file).write_text(json.dumps(record), encoding="utf-8")
    open_document(sample_file).close()
    # The same record with the live process's real start time is a running holder.
    record["started"] = process_started(parent)
    lock_path(sample_file).write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(LockedError, match=f"process {parent}"):
        open_document(sample_file)


def test_a_lock_path_that_is_a_folder_is_refused_in_words(sample_file: Path) -> None:
    lock_path(sample_file).mkdir()
    with pytest.raises(LockedError, match="is a folder"):
        open_document(sample_file)
