"""The Analysis dock and the critical-path view: what the planner sees follows the domain's
schedule, checks and scoring, and clicking a row selects the thing it is about."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView

from roadmap.domain.entities import Criterion, EntityKind
from roadmap.domain.enums import DependencyType
from roadmap.domain.schedule import schedule
from roadmap.domain.scoring import rank_pathways
from roadmap.ui.analysis.panels import CHARTS_TAB, CHECKS_TAB, SCHEDULE_TAB, SCORING_TAB
from roadmap.ui.timeline.items import StepBar


def show_tab(window: Any, tab: int) -> Any:
    window.analysis_dock.show()
    window.analysis.setCurrentIndex(tab)
    return window.analysis


def click_row(qtbot: Any, view: QAbstractItemView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def chain_into_the_finish(window: Any) -> str:
    """Make a critical link: the step finishing last waits on one that ends right before it."""
    steps = window.session.steps
    sched = schedule(steps.values(), window.session.dependencies.values())
    target = max(
        (steps[s] for s in sched.critical_path if steps[s].start < steps[s].end),
        key=lambda s: s.end,
    )
    source = next(
        s
        for s in steps.values()
        if s.end < target.start and s.start < s.end and s.id not in sched.critical_path
    )
    lag = (target.start - source.end).days - 1
    edit = window.session.perform(lambda c: c.add_dependency(source.id, target.id, lag_days=lag))
    assert edit is not None
    return source.id


def test_the_critical_toggle_marks_what_the_schedule_says(opened: Any, qtbot: Any) -> None:
    source = chain_into_the_finish(opened)
    canvas, session = opened.canvas, opened.session
    assert not any(item.critical for item in canvas.items.values())
    with qtbot.waitSignal(opened.analysis.schedule_ready, timeout=5000):
        opened.critical_action.trigger()
    expected = schedule(session.steps.values(), session.dependencies.values())
    critical = {step_id for step_id, item in canvas.items.items() if item.critical}
    assert critical == {s for s, t in expected.timings.items() if t.critical}
    assert source in critical
    # Pathways are alternatives: each unlinked pathway shows its own critical path.
    assert len({session.steps[s].pathway_id for s in critical}) > 1
    arrows = {dep_id for dep_id, arrow in canvas.arrows.items() if arrow.critical}
    assert arrows == set(expected.critical_dependencies) and arrows
    # A step with slack trails a tail from its earliest to its latest finish.
    slack = next(
        t
        for t in expected.timings.values()
        if t.slack_days > 30 and isinstance(canvas.items[t.step_id], StepBar)
    )
    bar = canvas.items[slack.step_id]
    right = bar.sceneBoundingRect().right()
    assert right == pytest.approx(bar.pos().x() + (slack.latest_finish - bar.step.start).days + 1)
    opened.critical_action.trigger()
    assert not any(item.critical for item in canvas.items.values())
    assert not any(arrow.critical for arrow in canvas.arrows.values())
    assert bar.sceneBoundingRect().right() < right


def test_a_conflict_is_listed_and_selects_its_step(opened: Any, qtbot: Any) -> None:
    session = opened.session
    dep = next(d for d in session.dependencies.values() if d.type is DependencyType.FINISH_TO_START)
    before, after = session.steps[dep.from_step_id], session.steps[dep.to_step_id]
    # Plan the later step to start before the earlier one is done.
    start = before.end - timedelta(days=20)
    length = after.end - after.start
    assert session.perform(lambda c: c.move_step(after.id, start, start + length)) is not None
    panels = show_tab(opened, SCHEDULE_TAB)
    qtbot.waitUntil(lambda: panels.schedule_panel.model.rowCount() > 0, timeout=5000)
    model = panels.schedule_panel.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    row = next(i for i, c in enumerate(model.rows) if c.step_id == after.id)
    assert before.name in model.data(model.index(row, 4))
    click_row(qtbot, panels.schedule_panel.table, row)
    assert session.selection == (EntityKind.STEP, after.id)
    assert opened.canvas.selected_step_ids() == [after.id]
    assert not panels.schedule_panel.no_conflicts.isVisible()
    # Undoing the move clears the conflict; the sample has no other, and says so in words
    # instead of an empty table.
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: all(c.step_id != after.id for c in model.rows), timeout=5000)
    assert model.rowCount() == 0
    qtbot.waitUntil(panels.schedule_panel.no_conflicts.isVisible, timeout=5000)
    assert not panels.schedule_panel.table.isVisible()


def test_the_check_panel_lists_a_new_finding_and_selects_it(opened: Any, qtbot: Any) -> None:
    session = opened.session
    panels = show_tab(opened, CHECKS_TAB)
    checks = panels.check_panel
    with qtbot.waitSignal(panels.checks_job.ready, timeout=60000):
        pass
    step = next(s for s in session.steps.values() if s.start < s.end)
    assert not any(r.finding.id == step.id for r in checks.model.rows)
    late = session.info.horizon_end + timedelta(days=400)
    with qtbot.waitSignal(panels.checks_job.ready, timeout=60000):
        session.perform(lambda c: c.move_step(step.id, late, late + timedelta(days=90)))
    QAbstractItemModelTester(checks.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    row = next(i for i, r in enumerate(checks.model.rows) if r.finding.id == step.id)
    assert checks.model.rows[row].finding.code == "outside-horizon"
    assert step.name in checks.model.data(checks.model.index(row, 0))
    said = checks.model.data(checks.model.index(row, 1))
    assert "lies outside the roadmap horizon" in said and step.name in said
    session.select(None)
    click_row(qtbot, checks.table, row)
    assert session.selection == (EntityKind.STEP, step.id)
    assert opened.canvas.selected_step_ids() == [step.id]


def test_checks_wait_while_their_tab_is_hidden(opened: Any, qtbot: Any) -> None:
    panels = show_tab(opened, SCORING_TAB)
    qtbot.wait(50)
    assert panels.checks_job.result is None and not panels.checks_job.busy
    with qtbot.waitSignal(panels.checks_job.ready, timeout=60000):
        panels.setCurrentIndex(CHECKS_TAB)


def stored_weights(window: Any) -> dict[str, float]:
    return {c.id: c.weight for c in window.session.workspace.queries.all(Criterion)}


def test_weight_sliders_rerank_without_saving_and_apply_is_one_undo(
    opened: Any, qtbot: Any
) -> None:
    panels = show_tab(opened, SCORING_TAB)
    scoring = panels.scoring_panel
    QAbstractItemModelTester(scoring.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    saved = stored_weights(opened)
    snapshot = opened.session.workspace.queries.snapshot()
    # Find a criterion that, weighted alone, changes who ranks first somewhere.
    problem_id = chosen = None
    for criterion in snapshot.criteria:
        alone = {c.id: (1.0 if c.id == criterion.id else 0.0) for c in snapshot.criteria}
        for tried, before in zip(
            rank_pathways(snapshot, alone), rank_pathways(snapshot), strict=True
        ):
            if tried.pathways[0].pathway_id != before.pathways[0].pathway_id:
                problem_id, chosen = tried.problem_id, criterion.id
    assert chosen is not None
    scoring.problem.setCurrentIndex(scoring.problem.findData(problem_id))
    first_before = scoring.model.rows[0].pathway_id
    for criterion_id, slider in scoring.sliders.items():
        slider.setValue(slider.maximum() if criterion_id == chosen else 0)
    alone = {c: (1.0 if c == chosen else 0.0) for c in saved}
    expected = next(r for r in rank_pathways(snapshot, alone) if r.problem_id == problem_id)
    assert [e.pathway_id for e in scoring.model.rows] == [p.pathway_id for p in expected.pathways]
    assert scoring.model.rows[0].pathway_id != first_before
    assert "(" in scoring.model.data(scoring.model.index(0, 0))  # "1 (was 2)"
    assert stored_weights(opened) == saved
    assert scoring.apply_button.isEnabled()
    depth = opened.session.undo_stack.count()
    qtbot.mouseClick(scoring.apply_button, Qt.MouseButton.LeftButton)
    stored = stored_weights(opened)
    assert stored[chosen] > 0 and all(w == 0 for c, w in stored.items() if c != chosen)
    assert opened.session.undo_stack.count() == depth + 1
    assert not scoring.apply_button.isEnabled()
    assert scoring.model.rows[0].pathway_id != first_before
    opened.session.undo_stack.undo()
    assert stored_weights(opened) == saved
    assert scoring.model.rows[0].pathway_id == first_before


def test_the_charts_panel_draws_a_chart_and_exports_it(
    opened: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    panels = show_tab(opened, CHARTS_TAB)
    charts = panels.charts
    qtbot.waitUntil(lambda: charts.chart is not None, timeout=60000)
    first = charts.chart
    charts.which.setCurrentIndex(charts.which.findData("scores"))
    qtbot.waitUntil(lambda: charts.chart is not first, timeout=60000)
    names = {p.name for p in opened.session.pathways.values()}
    assert any(name in text for name in names for text in charts.chart.texts)
    qtbot.waitUntil(lambda: not charts.picture.picture_rect().isEmpty(), timeout=5000)
    image = charts.picture.grab().toImage()
    where = charts.picture.picture_rect()
    assert where.width() > 200
    colors = {
        image.pixel(x, y)
        for x in range(where.left(), where.right(), 5)
        for y in range(where.top(), where.bottom(), 5)
    }
    assert len(colors) > 3  # something was drawn, not a blank picture
    target = tmp_path / "scores.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(charts.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and not opened.work.tasks, timeout=20000)
    assert target.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_file_export_offers_every_chart(opened: Any) -> None:
    from roadmap.charts.registry import chart_names

    opened.chart_menu.aboutToShow.emit()
    assert len(opened.chart_menu.actions()) == len(chart_names())


def test_matplotlib_stays_out_of_the_window_process(sample_file: Path, tmp_path: Path) -> None:
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QSettings\n"
        "app = QApplication([])\n"
        "from roadmap.app import build_window\n"
        "from roadmap.ui.settings import Settings\n"
        "w = build_window(Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat)))\n"
        "w.show(); w.docs.open_path(Path(sys.argv[2])); w.analysis_dock.show()\n"
        "w.critical_action.trigger(); app.processEvents()\n"
        "print('matplotlib' in sys.modules)\n"
        "w.analysis.setCurrentIndex(3); import time; began = time.monotonic()\n"
        "while w.analysis.charts.chart is None and time.monotonic() - began < 60:\n"
        "    app.processEvents(); time.sleep(0.01)\n"
        "print(w.analysis.charts.chart is not None, 'matplotlib' in sys.modules)\n"
        "w.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "s.ini"), str(sample_file)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    # Before the charts tab, nothing loads matplotlib; with a chart drawn and shown, it is
    # still not loaded here: the helper process draws.
    assert done.stdout.split() == ["False", "True", "False"]


def test_the_scoring_tab_reads_the_roadmap_when_shown_not_at_every_edit_while_hidden(
    opened: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    panels = show_tab(opened, SCHEDULE_TAB)
    scoring = panels.scoring_panel
    assert not scoring.isVisible()
    reloads: list[bool] = []
    reload = scoring.reload
    monkeypatch.setattr(scoring, "reload", lambda: (reloads.append(True), reload())[1])
    session = opened.session
    pathway = next(iter(session.pathways.values()))
    assert session.perform(
        lambda c: c.update(EntityKind.PATHWAY, pathway.id, name="Renamed while hidden")
    )
    assert reloads == []
    panels.setCurrentIndex(SCORING_TAB)
    assert reloads == [True]
    problem_id = pathway.problem_id
    scoring.problem.setCurrentIndex(scoring.problem.findData(problem_id))
    names = [scoring.model.data(scoring.model.index(r, 1)) for r in range(scoring.model.rowCount())]
    assert "Renamed while hidden" in names


def test_one_linked_group_is_not_called_1_pathways(opened: Any, qtbot: Any) -> None:
    """Seen on the benchmark roadmap, where links tie every pathway together: "1 pathways or
    linked groups, each with its own critical path"."""
    session = opened.session
    summary = show_tab(opened, SCHEDULE_TAB).schedule_panel.summary
    qtbot.waitUntil(lambda: "pathways or linked groups" in summary.text(), timeout=5000)
    groups = schedule(session.steps.values(), session.dependencies.values()).groups
    assert len(groups) > 1
    assert f"{len(groups)} pathways or linked groups" in summary.text()
    # Link each group to the next (no cycle: they were apart), so one group is left.
    firsts = [
        next(s.id for s in session.steps.values() if s.pathway_id in group.pathway_ids)
        for group in groups
    ]
    for source, target in pairwise(firsts):
        assert session.perform(lambda c, a=source, b=target: c.add_dependency(a, b)) is not None
    qtbot.waitUntil(lambda: "one pathway or linked group" in summary.text(), timeout=5000)
    assert "1 pathways" not in summary.text()
