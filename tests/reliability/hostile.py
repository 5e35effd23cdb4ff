"""Helpers of the hostile tests: a program killed mid-write, SQL run behind the program's back."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def tamper(path: Path, *statements: str) -> None:
    """Change a roadmap file the way another program could (no checks, no lock)."""
    with closing(sqlite3.connect(path)) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def leave_hot_journal(path: Path) -> None:
    """Kill a writer in the middle of a transaction that has already touched the file."""
    code = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size=1')\n"
        "c.execute('BEGIN')\n"
        "c.execute(\"UPDATE steps SET name = name || ' (unsaved)'\")\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    with subprocess.Popen(  # `with` also closes the pipe (else a ResourceWarning)
        [sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True
    ) as writer:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        os.kill(writer.pid, signal.SIGKILL)
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0


@contextmanager
def held_open(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding `path` open for writing until the block ends; then it is
    killed (SIGKILL: it leaves its lock file behind, as a crashed program would)."""
    code = (
        "import sys,time; from roadmap.store.document import open_document;"
        "d = open_document(sys.argv[1]); print('ready', flush=True); time.sleep(30)"
    )
    with subprocess.Popen(  # `with` closes the pipe too
        [sys.executable, "-c", code, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
            yield holder
        finally:
            holder.kill()


def roadmap(*args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    state = Path(tempfile.gettempdir()) / "roadmap-test-state"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "XDG_STATE_HOME": str(state),
        **kwargs.pop("env", {}),  # type: ignore[dict-item]
    }
    return subprocess.run(
        [sys.executable, "-m", "roadmap", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=kwargs.pop("timeout", 120),  # type: ignore[arg-type]
        **kwargs,  # type: ignore[arg-type]
    )


def assert_one_line_refusal(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert words in lines[0], lines[0]
    assert "Traceback" not in result.stderr


def run_cli(capsys: Any, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """The CLI run in this process (much faster than a subprocess): same exit code and output."""
    from roadmap.cli import main

    capsys.readouterr()
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(list(map(str, args)), code, out, err)
