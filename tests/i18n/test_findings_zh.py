"""The checks tab of the Chinese app says its findings in Chinese."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from tests.ui.test_analysis import show_tab


def test_a_finding_reads_in_chinese(chinese_window: Any, qtbot: Any, tmp_path: Path) -> None:
    from roadmap.io.json_format import read_json
    from roadmap.locations import sample_path
    from roadmap.services.workspace import Workspace
    from roadmap.ui.analysis.panels import CHECKS_TAB

    path = tmp_path / "sample.roadmap"
    with Workspace.create(path, read_json(sample_path("zh"))):
        pass
    assert chinese_window.docs.open_path(path)
    session = chinese_window.session
    panels = show_tab(chinese_window, CHECKS_TAB)
    with qtbot.waitSignal(panels.checks_job.ready, timeout=10000):
        pass
    step = next(s for s in session.steps.values() if s.start < s.end)
    late = session.info.horizon_end + timedelta(days=400)
    with qtbot.waitSignal(panels.checks_job.ready, timeout=10000):
        session.perform(lambda c: c.move_step(step.id, late, late + timedelta(days=90)))
    model = panels.check_panel.model
    row = next(i for i, r in enumerate(model.rows) if r.finding.id == step.id)
    said = model.data(model.index(row, 1))
    assert said.startswith(f"步骤“{step.name}”") and "超出路线图的时间范围" in said
    assert "outside" not in said
