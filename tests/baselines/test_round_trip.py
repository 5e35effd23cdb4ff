"""Baselines travel in the JSON and the workbook and come back as they were."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from roadmap.io.exchange import export_file, import_file
from roadmap.io.problems import ImportProblems
from roadmap.services import baselines
from roadmap.services.workspace import Workspace


def with_two_baselines(path: Path) -> None:
    with Workspace.open(path) as ws:
        baselines.take_baseline(ws, "Kick-off", "sponsor meeting", user="mei")
        step = next(s for s in ws.queries.snapshot().steps if not s.step_kind.is_point)
        ws.commands.move_step(step.id, step.start, step.end + timedelta(days=40))
        baselines.take_baseline(ws, "基线 二", user="李")


def everything(path: Path) -> list[object]:
    with Workspace.open(path, readonly=True) as ws:
        return list(baselines.all_baselines(ws))


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_export_import_export_keeps_baselines(
    sample_file: Path, tmp_path: Path, suffix: str
) -> None:
    with_two_baselines(sample_file)
    out = tmp_path / f"out{suffix}"
    with Workspace.open(sample_file, readonly=True) as ws:
        export_file(ws, out)
    copy = tmp_path / "copy.roadmap"
    import_file(out, copy)
    assert everything(copy) == everything(sample_file)
    assert len(everything(copy)) == 2
    # Importing into a roadmap that already has them adds nothing and changes nothing.
    import_file(out, copy)
    assert everything(copy) == everything(sample_file)


def test_json_baselines_are_readable_records(sample_file: Path, tmp_path: Path) -> None:
    with_two_baselines(sample_file)
    out = tmp_path / "out.json"
    with Workspace.open(sample_file, readonly=True) as ws:
        export_file(ws, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    first = data["baselines"][0]
    assert (first["name"], first["note"], first["taken_by"]) == (
        "Kick-off",
        "sponsor meeting",
        "mei",
    )
    assert set(first["steps"][0]) >= {"id", "start", "end", "status", "trl_target"}
    data["baselines"][1]["name"] = "Kick-off"
    out.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ImportProblems, match="'Kick-off' is used twice"):
        import_file(out, tmp_path / "never.roadmap")
    first["steps"][0]["status"] = "lost"
    data["baselines"][1]["name"] = "Review"
    out.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ImportProblems, match=r"baselines\[0\]: .*'lost'"):
        import_file(out, tmp_path / "never.roadmap")
    assert not (tmp_path / "never.roadmap").exists()
