"""An import whose file holds baselines is one transaction and one undoable edit: one Ctrl+Z
takes the records and the baselines back, and a refused baseline leaves the stored file as
it was (no records written either, nothing on the undo stack).

Driven like a person: Ctrl+I, the file dialog answering with a real JSON file, Ctrl+Z.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from roadmap.domain.baseline import MAX_BASELINES
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.services.baselines import all_baselines, take_baseline
from roadmap.services.workspace import Workspace


def stored(path: Path) -> tuple[RoadmapSnapshot, tuple[str, ...]]:
    with Workspace.open(path, readonly=True) as workspace:
        names = tuple(b.name for b in all_baselines(workspace))
        return workspace.queries.snapshot(), names


def source_with_baseline(roadmap: Path, out: Path) -> Path:
    """A JSON file of `roadmap` with every step renamed and one baseline of its own ("From
    the file"), taken in a scratch copy so that the roadmap itself does not have it."""
    from roadmap.io.json_format import write_json

    with Workspace.open(roadmap, readonly=True) as workspace:
        snapshot = workspace.queries.snapshot()
    scratch = out.parent / "scratch.roadmap"
    with Workspace.create(scratch, snapshot) as workspace:
        take_baseline(workspace, "From the file")
        baselines = all_baselines(workspace)
    steps = tuple(dataclasses.replace(s, name=f"{s.name} (imported)") for s in snapshot.steps)
    write_json(dataclasses.replace(snapshot, steps=steps), out, baselines)
    return out


def import_by_shortcut(window: Any, qtbot: Any, source: Path, mp: pytest.MonkeyPatch) -> None:
    mp.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    task = window.work.tasks[-1]
    qtbot.waitUntil(lambda: task not in window.work.tasks, timeout=30000)


def test_records_and_baselines_are_one_undo_entry(
    opened: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = opened.session.path
    source = source_with_baseline(path, tmp_path / "in.json")
    before = stored(path)
    assert "From the file" not in before[1]
    undo = opened.session.undo_stack.count()

    import_by_shortcut(opened, qtbot, source, monkeypatch)

    snapshot, names = stored(path)
    assert "From the file" in names
    assert all(s.name.endswith(" (imported)") for s in snapshot.steps)
    assert opened.session.undo_stack.count() == undo + 1
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    qtbot.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(path) == before


def test_a_refused_baseline_leaves_the_file_unchanged(
    window: Any,
    sample_file: Path,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The roadmap already holds as many baselines as it may: the file's one more is refused.
    with Workspace.open(sample_file) as workspace:
        for number in range(MAX_BASELINES):
            take_baseline(workspace, f"Review {number}")
    source = source_with_baseline(sample_file, tmp_path / "in.json")
    assert window.docs.open_path(sample_file)
    digest = hashlib.sha256(sample_file.read_bytes()).hexdigest()
    undo = window.session.undo_stack.count()

    import_by_shortcut(window, qtbot, source, monkeypatch)

    assert hashlib.sha256(sample_file.read_bytes()).hexdigest() == digest
    snapshot, names = stored(sample_file)
    assert "From the file" not in names
    assert not any(s.name.endswith(" (imported)") for s in snapshot.steps)
    assert window.session.undo_stack.count() == undo
    assert str(MAX_BASELINES) in window.statusBar().currentMessage()
