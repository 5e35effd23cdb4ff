"""`roadmap merge` refusals and reports that the happy paths do not reach."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from roadmap.cli import main
from roadmap.domain.entities import EntityKind, Step
from roadmap.services.workspace import Workspace

STEP = EntityKind.STEP


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def copy_with_rule_conflict(sample_file: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The facilitator moves a step's start later; the group moves its end earlier."""
    copy = sample_file.parent / "group.roadmap"
    assert run(capsys, "copy", sample_file, copy, "--label", "Group")[0] == 0
    with Workspace.open(sample_file) as ws:
        step = next(  # a bar that either edit alone leaves valid
            s
            for s in ws.queries.snapshot().steps
            if s.start <= date(2025, 3, 31) and s.end >= date(2025, 5, 1)
        )
        ws.commands.update(STEP, step.id, start=date(2025, 5, 1))
    with Workspace.open(copy) as ws:
        ws.commands.update(STEP, step.id, end=date(2025, 3, 31))
    copy.with_suffix(".step").write_text(step.id)  # which step, for the test to read back
    return copy


def test_a_broken_rule_is_reported_with_its_reason_and_nothing_is_written(
    sample_file: Path, copy_with_rule_conflict: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(sample_file)
    code, out, _ = run(capsys, "merge", sample_file, copy_with_rule_conflict, "--json")
    assert code == 3 and digest(sample_file) == before
    (conflict,) = json.loads(out)["conflicts"]
    assert conflict["field"] == "rules"
    assert conflict["mine"]["start"] == "2025-05-01" and conflict["theirs"]["end"] == "2025-03-31"
    assert "2025-03-31" in conflict["reason"] and "2025-05-01" in conflict["reason"]
    code, _, _ = run(capsys, "merge", sample_file, copy_with_rule_conflict, "--dry-run")
    assert code == 3 and digest(sample_file) == before


def test_a_resolutions_file_with_a_wrong_choice_is_refused_with_exit_2(
    sample_file: Path, copy_with_rule_conflict: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "merge", sample_file, copy_with_rule_conflict, "--json")
    report = json.loads(out)
    report["conflicts"][0]["choice"] = "both"
    resolutions = sample_file.parent / "choices.json"
    resolutions.write_text(json.dumps(report), encoding="utf-8")
    before = digest(sample_file)
    code, _, err = run(
        capsys, "merge", sample_file, copy_with_rule_conflict, "--resolutions", resolutions
    )
    assert code == 2 and "'both'" in err and err.count("\n") == 1
    resolutions.write_text("{not json", encoding="utf-8")
    code, _, err = run(
        capsys, "merge", sample_file, copy_with_rule_conflict, "--resolutions", resolutions
    )
    assert code == 2 and "choices.json" in err
    assert digest(sample_file) == before
    # The choice the rule conflict offers settles it: theirs takes the group's whole step.
    report["conflicts"][0]["choice"] = "theirs"
    resolutions.write_text(json.dumps(report), encoding="utf-8")
    code, _, _ = run(
        capsys, "merge", sample_file, copy_with_rule_conflict, "--resolutions", resolutions
    )
    assert code == 0
    with Workspace.open(sample_file, readonly=True) as ws:
        step = ws.queries.get(Step, copy_with_rule_conflict.with_suffix(".step").read_text())
    assert step.end == date(2025, 3, 31) and step.start <= step.end
