"""`roadmap baseline` and `roadmap compare` as a user types them, on real files."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from roadmap.domain.entities import EntityKind
from roadmap.services.workspace import Workspace
from tests.cli.test_cli import roadmap


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_baseline_save_list_delete(sample_file: Path) -> None:
    result = roadmap("baseline", sample_file, "--name", "Kick-off", "--note", "agreed")
    assert result.returncode == 0, result.stderr
    assert roadmap("baseline", sample_file, "--name", "Review").returncode == 0
    listed = roadmap("baseline", sample_file, "--list", "--json")
    rows = json.loads(listed.stdout)
    assert [(r["name"], r["note"]) for r in rows] == [("Kick-off", "agreed"), ("Review", "")]
    assert all(r["taken_by"] for r in rows)
    text = roadmap("baseline", sample_file, "--list").stdout
    assert "Kick-off" in text and "agreed" in text
    assert roadmap("baseline", sample_file, "--delete", "Review").returncode == 0
    names = [
        r["name"] for r in json.loads(roadmap("baseline", sample_file, "--list", "--json").stdout)
    ]
    assert names == ["Kick-off"]


def test_refusals_change_nothing(sample_file: Path) -> None:
    assert roadmap("baseline", sample_file, "--name", "Kick-off").returncode == 0
    before = digest(sample_file)
    for args in (
        ("--name", "Kick-off"),  # taken
        ("--delete", "nothing"),
        ("--name", ""),
        (),  # no action
        ("--list", "--name", "x"),
    ):
        result = roadmap("baseline", sample_file, *args)
        assert result.returncode == 2, args
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    result = roadmap("compare", sample_file, "--baseline", "nothing")
    assert result.returncode == 2 and "nothing" in result.stderr
    assert roadmap("compare", sample_file).returncode == 2
    assert digest(sample_file) == before


def test_compare_with_a_baseline_after_edits(sample_file: Path) -> None:
    assert roadmap("baseline", sample_file, "--name", "Kick-off").returncode == 0
    with Workspace.open(sample_file) as ws:
        snap = ws.queries.snapshot()
        milestone = next(s for s in snap.steps if s.step_kind.is_point)
        from datetime import timedelta

        later = milestone.start + timedelta(days=45)
        ws.commands.move_step(milestone.id, later, later)
        ws.commands.delete(EntityKind.STEP, snap.steps[0].id)
    result = roadmap("compare", sample_file, "--baseline", "Kick-off", "--json")
    assert result.returncode == 0, result.stderr
    content = json.loads(result.stdout)
    assert set(content) == {"summary", "steps", "products", "pathways"}
    rows = {s["id"]: s for s in content["steps"]}
    assert rows[milestone.id]["change"] == "changed"
    assert rows[milestone.id]["finish_days"] == 45 and rows[milestone.id]["duration_days"] == 0
    assert rows[snap.steps[0].id]["change"] == "removed"
    assert rows[snap.steps[0].id]["finish_days"] is None
    assert content["summary"]["milestones_slipped"] == 1
    assert "1 milestone slipped" in content["summary"]["text"]
    text = roadmap("compare", sample_file, "--baseline", "Kick-off")
    assert text.stdout.splitlines()[0] == content["summary"]["text"]
    assert "removed" in text.stdout


def test_compare_two_scenario_files(sample_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "scenario.roadmap"
    shutil.copy(sample_file, other)
    with Workspace.open(other) as ws:
        step = next(s for s in ws.queries.snapshot().steps if not s.step_kind.is_point)
        from datetime import timedelta

        ws.commands.move_step(step.id, step.start, step.end + timedelta(days=30))
    result = roadmap("compare", other, sample_file, "--json")
    assert result.returncode == 0, result.stderr
    rows = {s["id"]: s for s in json.loads(result.stdout)["steps"]}
    assert rows[step.id]["finish_days"] == 30 and rows[step.id]["duration_days"] == 30
    assert sum(1 for s in rows.values() if s["change"] != "unchanged") == 1


def test_compare_speaks_the_locale(sample_file: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.cli.test_cli import ROOT

    assert roadmap("baseline", sample_file, "--name", "Kick-off").returncode == 0
    with Workspace.open(sample_file) as ws:
        ws.commands.delete(EntityKind.STEP, ws.queries.snapshot().steps[0].id)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANGUAGE": "zh_CN"}
    result = subprocess.run(
        [sys.executable, "-m", "roadmap", "compare", str(sample_file), "--baseline", "Kick-off"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "删除 1 个步骤"
    refused = subprocess.run(
        [sys.executable, "-m", "roadmap", "compare", str(sample_file), "--baseline", "无"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert refused.returncode == 2 and "没有名为“无”的基线" in refused.stderr


def test_compare_rows_speak_the_locale(sample_file: Path) -> None:
    """The rows under the summary — not only the summary — are in the reader's language."""
    import os
    import subprocess
    import sys
    from datetime import timedelta

    from roadmap.domain.enums import StepStatus
    from tests.cli.test_cli import ROOT

    assert roadmap("baseline", sample_file, "--name", "Kick-off").returncode == 0
    with Workspace.open(sample_file) as ws:
        step = next(
            s
            for s in ws.queries.snapshot().steps
            if not s.step_kind.is_point and s.status is StepStatus.PLANNED
        )
        ws.commands.move_step(step.id, step.start + timedelta(days=10), step.end)
        ws.commands.update(EntityKind.STEP, step.id, status=StepStatus.AT_RISK)

    def compare(language: str) -> list[str]:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "LANGUAGE": language}
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "roadmap",
                "compare",
                str(sample_file),
                "--baseline",
                "Kick-off",
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()

    english = compare("en_GB")
    assert f"  changed  {step.name}: start +10 d, finish +0 d; status Planned → At risk" in english
    chinese = compare("zh_CN")
    assert f"  变更     {step.name}：开始 +10 天，完成 +0 天；状态 计划中 → 有风险" in chinese
    assert "步骤：" in chinese and "Steps:" not in chinese


def test_import_with_baselines_is_one_edit_refused_whole(sample_file: Path, tmp_path: Path) -> None:
    """`roadmap import` of a workbook holding a baseline: records and baseline are written in
    one transaction; when the baseline is refused (the roadmap is full), nothing is."""
    from roadmap.domain.baseline import MAX_BASELINES
    from roadmap.services.baselines import all_baselines, take_baseline

    source_roadmap = tmp_path / "source.roadmap"
    shutil.copy(sample_file, source_roadmap)
    with Workspace.open(source_roadmap) as workspace:
        step = workspace.queries.snapshot().steps[0]
        take_baseline(workspace, "From the workbook")
        workspace.commands.update(EntityKind.STEP, step.id, name="Renamed in the workbook")
    workbook = tmp_path / "source.xlsx"
    assert roadmap("export", source_roadmap, workbook).returncode == 0

    with Workspace.open(sample_file) as workspace:
        for number in range(MAX_BASELINES):
            take_baseline(workspace, f"Review {number}")
    before = digest(sample_file)
    refused = roadmap("import", workbook, sample_file)
    assert refused.returncode == 2, refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and str(MAX_BASELINES) in refused.stderr
    assert digest(sample_file) == before

    with Workspace.open(sample_file) as workspace:
        from roadmap.services.baselines import delete_baseline

        delete_baseline(workspace, "Review 0")
    done = roadmap("import", workbook, sample_file)
    assert done.returncode == 0, done.stderr
    with Workspace.open(sample_file, readonly=True) as workspace:
        assert "From the workbook" in {b.name for b in all_baselines(workspace)}
        assert workspace.queries.snapshot().get(EntityKind.STEP, step.id).name == (
            "Renamed in the workbook"
        )
