"""Work that used to hold the window up on a big roadmap (issue 19): the checks run in the
session's helper process, and a patent's status change leaves the navigator's tree alone."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtGui import QAction

from roadmap.charts.picture import warm_up
from roadmap.domain.entities import EntityKind, Patent
from roadmap.domain.enums import PatentStatus
from roadmap.services.findings import findings_in_file
from roadmap.worker_process import WorkerProcess
from tests.ui.test_analysis import CHECKS_TAB, show_tab


def test_the_checks_run_in_the_helper_process(
    opened: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[Any] = []
    call = WorkerProcess.call

    def spy(self: WorkerProcess, function: Any, *args: Any) -> Any:
        sent.append(function)
        return call(self, function, *args)

    monkeypatch.setattr(WorkerProcess, "call", spy)
    session = opened.session
    step = next(s for s in session.steps.values() if s.start < s.end)
    late = session.info.horizon_end + timedelta(days=400)  # a finding: outside the horizon
    assert session.perform(lambda c: c.move_step(step.id, late, late + timedelta(days=9)))
    panels = show_tab(opened, CHECKS_TAB)
    qtbot.waitUntil(lambda: panels.checks_job.result is not None, timeout=60000)
    # (warm_up: the helper was started as the Analysis dock came into view)
    assert [f for f in sent if f is not warm_up] == [findings_in_file]
    rows = panels.check_panel.model.rows
    assert any(r.finding.id == step.id and r.name == step.name for r in rows)
    # What is listed is what the checks find in the stored roadmap.
    from roadmap.domain.checks import run_checks

    expected = run_checks(opened.session.queries.snapshot())
    assert [r.finding for r in rows] == expected


def test_a_patent_status_change_keeps_the_navigator_tree(opened: Any, qtbot: Any) -> None:
    navigator = opened.navigator
    resets: list[bool] = []
    navigator.model.modelAboutToBeReset.connect(lambda: resets.append(True))
    next(a for a in opened.findChildren(QAction) if a.text() == "Tech&nology transfer").trigger()
    transfer = opened.transfer
    patent = next(p for p in opened.session.queries.all(Patent) if p.status is PatentStatus.FILED)
    assert transfer.patents.choose(patent.id)
    editor = transfer.patents.editor
    editor.ask_status = lambda dialog: True  # accept the status the dialog offers next
    editor.status_button.click()
    stored = opened.session.queries.get(Patent, patent.id)
    assert stored.status is PatentStatus.GRANTED
    assert resets == []  # the tree was not built again for a patent's new event
    node = navigator.model.nodes[(EntityKind.PATENT, patent.id)]
    assert node.name == stored.title
