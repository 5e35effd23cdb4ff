"""A copy's lineage: packed bases, and copies that go out as JSON or a workbook and come back."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from roadmap.cli import main
from roadmap.domain.entities import EntityKind
from roadmap.domain.errors import ValidationError
from roadmap.domain.packing import pack, unpack
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.services.workspace import Workspace
from tests.merge.edits import by_id

STEP = EntityKind.STEP


def test_a_packed_roadmap_unpacks_equal_and_small(sample_snapshot: RoadmapSnapshot) -> None:
    blob = pack(sample_snapshot)
    assert unpack(blob) == sample_snapshot
    assert len(blob) < 20_000  # the sample is ~100 KB as JSON


def test_bytes_that_are_not_a_packed_roadmap_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        unpack(b"not zlib at all")
    assert caught.value.code == "copy.base_unreadable"


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_a_copy_that_went_out_and_came_back_still_merges_against_its_base(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    copy, exported, back = (
        tmp_path / "group.roadmap",
        tmp_path / f"group{suffix}",
        tmp_path / "back.roadmap",
    )
    assert main(["copy", str(sample_file), str(copy), "--label", "Group A"]) == 0
    with Workspace.open(sample_file, readonly=True) as ws:
        s0, s1 = ws.queries.snapshot().steps[:2]
    with Workspace.open(copy) as ws:
        ws.commands.update(STEP, s0.id, notes="from the group")
    # Meanwhile the facilitator changes another field of the same step.
    with Workspace.open(sample_file) as ws:
        ws.commands.update(STEP, s0.id, progress=77)
    assert main(["export", str(copy), str(exported)]) == 0
    assert main(["import", str(exported), str(back)]) == 0
    with Workspace.open(back, readonly=True) as ws, Workspace.open(copy, readonly=True) as c:
        assert ws.queries.lineage() == c.queries.lineage()
        assert by_id(ws.queries.snapshot()) == by_id(c.queries.snapshot())
    capsys.readouterr()
    assert main(["merge", str(sample_file), str(back), "--json"]) == 0
    with Workspace.open(sample_file, readonly=True) as ws:
        merged = {s.id: s for s in ws.queries.snapshot().steps}
    # Against its base, the group's note lands and the facilitator's progress stays: without
    # the base both would look like a disagreement.
    assert (merged[s0.id].notes, merged[s0.id].progress) == ("from the group", 77)
    assert merged[s1.id] == s1


def test_an_export_of_a_roadmap_that_is_not_a_copy_has_no_lineage(
    sample_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "plain.json"
    assert main(["export", str(sample_file), str(out)]) == 0
    assert '"lineage"' not in out.read_text(encoding="utf-8")


def test_a_copy_whose_stored_base_is_damaged_is_refused_and_nothing_changes(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "group.roadmap"
    assert main(["copy", str(sample_file), str(copy)]) == 0
    with closing(sqlite3.connect(copy)) as conn, conn:
        conn.execute("UPDATE lineage SET content = x'00010203'")
    before = sample_file.read_bytes()
    capsys.readouterr()
    assert main(["merge", str(sample_file), str(copy)]) == 2
    assert "base" in capsys.readouterr().err
    assert sample_file.read_bytes() == before
