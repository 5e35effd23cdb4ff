"""Export and import as the desktop app runs them: progress, cancel, and files left intact."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io.exchange import ExportCancelled, ExportOptions, export_file, read_source
from roadmap.io.workbook_export import export_workbook
from roadmap.io.workbook_import import read_workbook
from roadmap.services.workspace import Workspace
from tests.support import canonical


def test_progress_rises_to_the_total(en_file: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    with Workspace.open(en_file, readonly=True) as workspace:
        export_file(workspace, tmp_path / "out.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert len(seen) > 3
    done = [d for d, _ in seen]
    assert done == sorted(done)
    assert seen[-1][0] == seen[-1][1]

    reading: list[tuple[int, int]] = []
    read_source(tmp_path / "out.xlsx", progress=lambda d, t: reading.append((d, t)))
    assert reading and reading[-1][0] == reading[-1][1]


def test_cancel_leaves_the_previous_file_untouched(
    sample_snapshot: RoadmapSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "deliverable.xlsx"
    out.write_bytes(b"yesterday's workbook")
    calls = 0

    def cancel_on_third_check() -> bool:
        nonlocal calls
        calls += 1
        return calls >= 3

    with pytest.raises(ExportCancelled):
        export_workbook(sample_snapshot, out, ExportOptions(), cancelled=cancel_on_third_check)
    assert out.read_bytes() == b"yesterday's workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deliverable.xlsx"]


def test_days_excel_cannot_hold_still_come_back(
    sample_snapshot: RoadmapSnapshot, tmp_path: Path
) -> None:
    """Excel has no dates before March 1900; such a day is written as ISO text."""
    first = dataclasses.replace(sample_snapshot.steps[0], start=date(1900, 2, 1))
    old = dataclasses.replace(sample_snapshot, steps=(first, *sample_snapshot.steps[1:]))
    out = tmp_path / "old.xlsx"
    warnings = export_workbook(old, out, ExportOptions())
    assert any("1 step(s) reach outside the horizon" in str(w) for w in warnings)
    chinese = [w.render("zh") for w in warnings if not isinstance(w, str)]
    assert "1 个步骤超出时间范围；时间线只显示范围内的部分。" in chinese
    assert canonical(read_workbook(out)) == canonical(old)
