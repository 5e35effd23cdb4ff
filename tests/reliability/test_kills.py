"""kill -9 at random moments: the file always opens, holding exactly a committed prefix of the
edits, and no stray files survive the next run.

Each case runs a few times in CI and 20 times (ROADMAP_LONG_TESTS=1 for the longer budget); the random
moments come from a seeded generator so a failure can be replayed.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from roadmap.atomic_files import MARK
from roadmap.services.workspace import Workspace
from tests.reliability.budget import runs
from tests.reliability.hostile import ROOT

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

EDITOR = """
import sys
from roadmap.domain.entities import EntityKind, Step
from roadmap.services.workspace import Workspace
workspace = Workspace.open(sys.argv[1])
steps = sorted(workspace.queries.all(Step), key=lambda s: s.id)
print("ready", flush=True)
for n in range(10_000):
    step = steps[n % len(steps)]
    workspace.commands.update(EntityKind.STEP, step.id, name=f"edit {n}")
    print(n, flush=True)
"""


def spawn(code: str, *args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )


def kill_after(process: subprocess.Popen[str], delay: float) -> list[str]:
    """Wait for 'ready', let it work for `delay` seconds, SIGKILL it; returns what it printed."""
    assert process.stdout is not None
    first = process.stdout.readline().strip()
    assert first == "ready", (first, process.stderr.read() if process.stderr else "")
    time.sleep(delay)
    os.kill(process.pid, signal.SIGKILL)
    with process:  # waits, and closes the pipes (an open pipe is a ResourceWarning)
        out = process.stdout.read()
    return out.split()


def edits_in(path: Path) -> set[int]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM steps")]
    return {int(name.split()[1]) for name in names if name.startswith("edit ")}


@pytest.mark.parametrize("seed", range(runs(2, 20)))
def test_killed_while_editing_the_file_holds_a_committed_prefix(
    sample_file: Path, seed: int
) -> None:
    rng = random.Random(seed)
    with closing(sqlite3.connect(sample_file)) as conn:
        steps = conn.execute("SELECT count(*) FROM steps").fetchone()[0]
    printed = kill_after(spawn(EDITOR, sample_file), rng.uniform(0.05, 1.0))
    confirmed = len(printed)  # edits 0..confirmed-1 were committed and reported
    with Workspace.open(sample_file) as workspace:  # recovers a hot journal if there is one
        del workspace
    done = edits_in(sample_file)
    last = max(done, default=-1)
    # Exactly a prefix: the last edit per step, for every edit up to the last one that landed.
    expected = {n for n in range(last + 1) if n + steps > last}
    assert done == expected
    assert confirmed <= last + 1 <= confirmed + 1  # at most the one in flight also landed
    with closing(sqlite3.connect(sample_file)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # A journal can outlive the kill only when SQLite judged it not hot (its writer died before
    # the journal's header was complete); SQLite removes it with the next write.
    from roadmap.domain.entities import EntityKind, Step

    with Workspace.open(sample_file) as workspace:
        step = workspace.queries.all(Step)[0]
        workspace.commands.update(EntityKind.STEP, step.id, name="after the crash")
    assert not sample_file.with_name(sample_file.name + "-journal").exists()


SAVER = """
import sys
from pathlib import Path
from roadmap.services.workspace import Workspace
workspace = Workspace.open(sys.argv[1])
print("ready", flush=True)
for n in range(10_000):
    workspace.document.save_copy(Path(sys.argv[2]))
    print(n, flush=True)
"""

EXPORTER = """
import sys
from pathlib import Path
from roadmap.io.exchange import export_file
from roadmap.services.workspace import Workspace
workspace = Workspace.open(sys.argv[1], readonly=True)
print("ready", flush=True)
for n in range(10_000):
    export_file(workspace, Path(sys.argv[2]))
    print(n, flush=True)
"""


@pytest.mark.parametrize("seed", range(runs(1, 20)))
@pytest.mark.parametrize("target", ["copy.roadmap", "out.json", "out.xlsx"])
def test_killed_while_writing_a_copy_or_export_leaves_the_old_file_or_the_new(
    sample_file: Path, target: str, seed: int
) -> None:
    rng = random.Random(seed)
    out = sample_file.with_name(target)
    code = SAVER if target.endswith(".roadmap") else EXPORTER
    printed = kill_after(spawn(code, sample_file, out), rng.uniform(0.05, 1.5))
    if printed:
        assert out.exists()
    if out.exists():  # complete: it opens or parses
        if target.endswith(".roadmap"):
            Workspace.open(out, readonly=True).close()
        elif target.endswith(".json"):
            json.loads(out.read_text(encoding="utf-8"))
        else:
            import zipfile

            assert zipfile.ZipFile(out).testzip() is None
    # The next run cleans up what the killed program left (only ours, only of dead programs).
    Workspace.open(sample_file).close()
    from roadmap.atomic_files import clean_leftovers

    clean_leftovers(out)
    strays = [p.name for p in sample_file.parent.iterdir() if MARK in p.name]
    assert strays == []


IMPORTER = """
import sys
from pathlib import Path
from roadmap.io.exchange import import_file
print("ready", flush=True)
import_file(Path(sys.argv[2]), Path(sys.argv[1]), replace=True)
print("done", flush=True)
"""


@pytest.mark.parametrize("seed", range(runs(2, 20)))
def test_killed_during_import_replace_the_roadmap_is_before_or_after(
    sample_file: Path, tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    with Workspace.open(sample_file, readonly=True) as workspace:
        from roadmap.io.exchange import export_file

        source = tmp_path / "other.json"
        export_file(workspace, source)
    data = json.loads(source.read_text(encoding="utf-8"))
    for step in data["steps"]:
        step["name"] = "replaced " + step["name"]
    source.write_text(json.dumps(data), encoding="utf-8")
    kill_after(spawn(IMPORTER, sample_file, source), rng.uniform(0.0, 1.5))
    with Workspace.open(sample_file, readonly=True) as workspace:
        from roadmap.domain.entities import Step

        names = {s.name.startswith("replaced ") for s in workspace.queries.all(Step)}
    assert names in ({True}, {False})  # all of it or none of it
