"""`roadmap schedule` and the ranking in `roadmap info --json`, on real roadmap files."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from roadmap.cli import main
from roadmap.domain.defaults import new_roadmap
from roadmap.domain.entities import Dependency, Pathway, Problem, Step
from roadmap.domain.schedule import schedule
from roadmap.services.workspace import Workspace

STEP_KEYS = {
    "id",
    "name",
    "pathway_id",
    "earliest_start",
    "earliest_finish",
    "latest_start",
    "latest_finish",
    "slack_days",
    "critical",
}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.roadmap"
    assert main(["sample", str(path)]) == 0
    return path


def test_schedule_json_has_the_promised_keys_and_iso_dates(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["schedule", str(sample), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"start", "finish", "critical_path", "pathways", "conflicts", "steps"}
    assert (report["start"], report["finish"]) == ("2025-01-01", "2032-06-30")
    assert report["conflicts"] == []
    assert len(report["steps"]) == 46  # 49 steps, 3 of them cancelled
    for row in report["steps"]:
        assert set(row) == STEP_KEYS
        for key in ("earliest_start", "earliest_finish", "latest_start", "latest_finish"):
            date.fromisoformat(row[key])
        assert row["critical"] == (row["slack_days"] == 0)
    critical = [row["id"] for row in report["steps"] if row["critical"]]
    assert report["critical_path"] == critical and critical
    # Each pathway has its own critical path, among its own steps (and those of pathways
    # linked to it by dependencies); each ends on the pathway's own finish.
    with Workspace.open(sample, readonly=True) as ws:
        timeline = ws.queries.timeline()
    pathway_of = {row["id"]: row["pathway_id"] for row in report["steps"]}
    finish_of = {row["id"]: row["earliest_finish"] for row in report["steps"]}
    linked: dict[str, set[str]] = {p.id: {p.id} for p in timeline.pathways}
    for dep in timeline.dependencies:
        a, b = pathway_of.get(dep.from_step_id), pathway_of.get(dep.to_step_id)
        if a and b:
            linked[a].add(b)
            linked[b].add(a)
    rows = {row["id"]: row for row in report["pathways"]}
    scheduled = {pathway_of[i] for i in pathway_of}
    assert set(rows) == scheduled and len(rows) > 1
    for pathway_id, row in rows.items():
        group = {pathway_id, *row["linked_pathways"]}
        assert linked[pathway_id] <= group
        own = [i for i in pathway_of if pathway_of[i] in group]
        assert row["finish"] == max(finish_of[i] for i in own)
        assert row["critical_path"] and set(row["critical_path"]) <= set(own)
        assert any(finish_of[i] == row["finish"] for i in row["critical_path"])


def test_schedule_text_names_the_critical_path(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["schedule", str(sample)]) == 0
    out = capsys.readouterr().out
    with Workspace.open(sample, readonly=True) as ws:
        timeline = ws.queries.timeline()
    names = {step.id: step.name for step in timeline.steps}
    result = schedule(timeline.steps, timeline.dependencies)
    pathway_names = {p.id: p.name for p in timeline.pathways}
    assert len(result.groups) > 1  # alternatives are scheduled each on its own
    for group in result.groups:
        assert f'Pathway "{pathway_names[group.pathway_ids[0]]}"' in out
    longest = max(result.critical_paths, key=len)
    assert len(longest) > 1  # the near-memory pathway waits on a chain of steps
    assert "Critical path" in out
    assert " → ".join(f'"{names[i]}"' for i in longest) in out
    assert "No conflicts." in out


def test_a_cycle_in_the_file_exits_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = new_roadmap("Loop", horizon_start=date(2025, 1, 1), horizon_end=date(2030, 12, 31))
    lane = base.lanes[0].id
    problem = Problem("need", "A need")
    pathway = Pathway("pw", "need", "Route")
    steps = tuple(
        Step(sid, "pw", lane, name, date(2025, 1, 1 + i), date(2025, 1, 1 + i))
        for i, (sid, name) in enumerate([("a", "Design"), ("b", "Build"), ("c", "Ship")])
    )
    deps = (Dependency("ab", "a", "b"), Dependency("bc", "b", "c"))
    path = tmp_path / "loop.roadmap"
    snapshot = base.with_section(Problem.kind, (problem,)).with_section(Pathway.kind, (pathway,))
    snapshot = snapshot.with_section(Step.kind, steps).with_section(Dependency.kind, deps)
    with Workspace.create(path, snapshot):
        pass
    # A file edited behind the program's back: the store itself refuses to close a circle.
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO dependencies VALUES ('ca', 'c', 'a', 'FS', 0, 2)")
    before = path.read_bytes()
    capsys.readouterr()
    assert main(["schedule", str(path), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err.strip()
    assert "\n" not in err and '"Design"' in err and '"Build"' in err and '"Ship"' in err
    assert path.read_bytes() == before


def test_info_json_ranks_the_pathways_of_each_problem(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["info", str(sample), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    for problem in info["problems"]:
        ranking = problem["ranking"]
        assert {r["id"] for r in ranking} == {p["id"] for p in problem["pathways"]}
        assert [r["rank"] for r in ranking] == sorted(r["rank"] for r in ranking)
        assert all(0 <= r["score"] <= 100 and r["missing"] == [] for r in ranking)
    first = info["problems"][0]["ranking"][0]
    assert first["name"] == "Chiplet many-core RISC-V server CPU"
