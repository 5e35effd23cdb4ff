"""`roadmap portfolio FOLDER`: figures across roadmap files, counted as a planner would."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from roadmap.cli import main
from roadmap.domain.entities import Organization, Step
from roadmap.domain.enums import OrganizationKind, StepKind, StepStatus
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.services.workspace import Workspace


def _step(
    snapshot: RoadmapSnapshot, name: str, kind: StepKind, on: date, status: StepStatus
) -> Step:
    template = snapshot.steps[0]
    return replace(
        template,
        id=f"due-{name}",
        name=name,
        step_kind=kind,
        start=on,
        end=on,
        trl_start=None,
        trl_target=None,
        status=status,
    )


@pytest.fixture
def folder(tmp_path: Path, sample_snapshot: RoadmapSnapshot) -> Path:
    """Two roadmaps: the sample, and a small one sharing an organization (other case)."""
    folder = tmp_path / "portfolio"
    folder.mkdir()
    Workspace.create(folder / "sample.roadmap", sample_snapshot).close()
    shared_name = sample_snapshot.organizations[0].name
    info = replace(sample_snapshot.info, id="other-roadmap", title="Other roadmap")
    today = date.today()
    other = RoadmapSnapshot(
        info=info,
        lanes=sample_snapshot.lanes,
        organizations=(
            Organization(
                id="o1", name=f"  {shared_name.upper()} ", org_kind=OrganizationKind.OTHER
            ),
        ),
        problems=(replace(sample_snapshot.problems[0], demand_org_id=None),),
        pathways=tuple(
            p for p in sample_snapshot.pathways if p.problem_id == sample_snapshot.problems[0].id
        )[:1],
    )
    pathway = other.pathways[0]
    lane = other.lanes[0]
    steps = [
        _step(
            sample_snapshot,
            "Soon",
            StepKind.MILESTONE,
            today,
            StepStatus.PLANNED,
        ),
        _step(sample_snapshot, "Done already", StepKind.DECISION_GATE, today, StepStatus.DONE),
        _step(
            sample_snapshot,
            "Too late",
            StepKind.MILESTONE,
            date(today.year + 2, 1, 1),
            StepStatus.PLANNED,
        ),
        _step(
            sample_snapshot,
            "Past",
            StepKind.MILESTONE,
            date(today.year - 1, 1, 1),
            StepStatus.PLANNED,
        ),
    ]
    steps = [
        replace(s, pathway_id=pathway.id, lane_id=lane.id, owner_org_id=None, lead_person_id=None)
        for s in steps
    ]
    other = replace(other, steps=tuple(steps))
    Workspace.create(folder / "other.roadmap", other).close()
    (folder / "notes.txt").write_text("not a roadmap")
    (folder / "broken.roadmap").write_bytes(b"not a database at all" * 10)
    return folder


def test_portfolio_of_a_folder_counts_across_roadmaps(
    folder: Path, sample_snapshot: RoadmapSnapshot, capsys
) -> None:
    assert main(["portfolio", str(folder), "--json"]) == 0
    out, err = capsys.readouterr()
    figures = json.loads(out)
    assert figures["roadmaps"] == 2
    assert "broken.roadmap" in figures["skipped"][0] and "broken.roadmap" in err
    # The sample's pathways by status, counted here by hand, plus the other roadmap's one.
    statuses: dict[str, int] = {}
    for pathway in sample_snapshot.pathways:
        statuses[pathway.status.value] = statuses.get(pathway.status.value, 0) + 1
    first = sample_snapshot.pathways[0].status.value
    statuses[first] += 1
    assert figures["pathways_by_status"] == dict(sorted(statuses.items()))
    assert sum(figures["trl_today"].values()) == len(sample_snapshot.pathways) + 1
    assert sum(figures["products_by_launch_year"].values()) == len(sample_snapshot.products)
    # The one organization written in both (whatever its case and spaces) is shared.
    shared = figures["organizations_in_several_roadmaps"]
    assert [(o["name"].casefold(), o["roadmaps"]) for o in shared] == [
        (sample_snapshot.organizations[0].name.casefold(), 2)
    ]
    due = [(d["step"], d["roadmap"]) for d in figures["due_in_12_months"]]
    assert ("Soon", "Other roadmap") in due
    assert not {"Done already", "Too late", "Past"} & {step for step, _ in due}


def test_portfolio_text_and_chart_in_chinese(folder: Path, tmp_path: Path, capsys) -> None:
    chart = tmp_path / "portfolio.png"
    assert main(["portfolio", str(folder), "--chart", str(chart), "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert "2 roadmaps" in out and "Soon" in out
    assert chart.read_bytes().startswith(b"\x89PNG")
    assert chart.stat().st_size > 20_000


def test_a_missing_folder_is_refused(tmp_path: Path, capsys) -> None:
    assert main(["portfolio", str(tmp_path / "nowhere")]) == 2
    assert "neither a folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("language", "expected", "english_only"),
    [
        (
            "en",
            [
                "2 roadmaps (as of ",
                "  pathways by status: ",
                "  milestones and gates due in the next 12 months: ",
                "  Soon (milestone) — Other roadmap",
                "  organizations in several roadmaps: ",
            ],
            [],
        ),
        (
            "zh",
            [
                "2 份路线图（截至 ",
                "  按状态的路径：",
                "  未来 12 个月内到期的里程碑和决策关口：",
                "  Soon（里程碑）— Other roadmap",
                "  出现在多份路线图中的组织：",
                "已选定 ",
            ],
            ["roadmaps", "pathways by", "milestone", "selected", "none"],
        ),
    ],
)
def test_the_portfolio_text_speaks_the_locale(
    folder: Path,
    language: str,
    expected: list[str],
    english_only: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANGUAGE", language)
    assert main(["portfolio", str(folder)]) == 0
    out = capsys.readouterr().out
    for text in expected:
        assert text in out, out
    for word in english_only:
        assert word not in out, out
