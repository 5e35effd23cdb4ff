"""File › Compare with…: another copy of the roadmap on the timeline and as a table."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from roadmap.domain.entities import EntityKind
from roadmap.services.workspace import Workspace
from roadmap.ui.timeline.baseline_layer import SCENARIO


def test_compare_with_another_copy(
    opened: Any, sample_file: Path, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "scenario.roadmap"
    shutil.copy(sample_file, other)
    with Workspace.open(other) as ws:
        steps = ws.queries.snapshot().steps
        bar = next(s for s in steps if not s.step_kind.is_point)
        later = timedelta(days=60)
        ws.commands.move_step(bar.id, bar.start + later, bar.end + later)
        gone = steps[-1]
        ws.commands.delete(EntityKind.STEP, gone.id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    opened.compare_action.trigger()
    dialog = opened.scenario_dialog
    assert dialog.isVisible()
    choice = opened.session.baselines
    assert choice.scenario and choice.planned(bar.id).start == bar.start + later
    rows = {
        dialog.steps.item(r, 0).text(): [
            dialog.steps.item(r, c).text() for c in range(dialog.steps.columnCount())
        ]
        for r in range(dialog.steps.rowCount())
    }
    assert set(rows) == {bar.name, gone.name}
    assert "+60" in rows[bar.name][7]  # the finish variance column
    assert rows[gone.name][7] == ""  # only here: no days, never 0
    assert "60" in dialog.summary.text()
    # The scenario's bars are drawn in its own colour under this roadmap's.
    view = opened.canvas.view
    image = view.viewport().grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    assert SCENARIO.name() in colours
    dialog.reject()
    assert choice.baseline is None and not choice.scenario
    # The open roadmap itself was not changed by comparing.
    assert opened.session.steps[bar.id].start == bar.start
