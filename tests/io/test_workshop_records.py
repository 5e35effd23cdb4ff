"""Parking-lot ideas and closed votes travel in the JSON and the workbook and come back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from roadmap.domain.entities import Idea, Vote, VoteCount
from roadmap.domain.enums import VoteStyle
from roadmap.domain.snapshot import RoadmapSnapshot
from tests.io.conftest import read_roadmap, write_roadmap
from tests.support import canonical


def with_workshop(snapshot: RoadmapSnapshot) -> RoadmapSnapshot:
    pathways = snapshot.pathways
    ideas = (
        Idea("idea-1", "Ask the foundry about MPW slots", pathways[0].id, snapshot.lanes[0].id, 0),
        Idea("idea-2", "=SUM(A1) looks like a formula but is an idea", None, None, 1),
        Idea("idea-3", "与高校联合申请专利", pathways[1].id, None, 2),
    )
    vote = Vote(
        "vote-1",
        "Which pathway should we fund first?",
        date(2026, 11, 30),
        VoteStyle.NAMED,
        dots_each=3,
        cap=2,
        participants=3,
    )
    counts = (
        VoteCount(
            "count-1", "vote-1", pathway_id=pathways[0].id, count=5, voters="Ann ×2; Bo ×2; Chen"
        ),
        VoteCount(
            "count-2", "vote-1", pathway_id=pathways[1].id, count=3, voters="Ann; Bo; Chen ×1"
        ),
        VoteCount("count-3", "vote-1", product_id=snapshot.products[0].id, count=1, voters="Chen"),
    )
    return replace(snapshot, ideas=ideas, votes=(vote,), vote_counts=counts)


def test_json_and_workbook_round_trip(
    sample_snapshot: RoadmapSnapshot, tmp_path: Path, cli: Any
) -> None:
    source = write_roadmap(tmp_path / "w.roadmap", with_workshop(sample_snapshot))
    for suffix in (".json", ".xlsx"):
        exported = tmp_path / f"w{suffix}"
        assert cli("export", source, exported).code == 0
        back = tmp_path / f"back{suffix}.roadmap"
        result = cli("import", exported, back)
        assert result.code == 0, result.err
        again = read_roadmap(back)
        assert canonical(again) == canonical(read_roadmap(source)), suffix
        assert {i.text for i in again.ideas} >= {"=SUM(A1) looks like a formula but is an idea"}
        assert {c.voters for c in again.vote_counts} >= {"Ann ×2; Bo ×2; Chen"}


def test_a_count_for_no_item_is_refused(
    sample_snapshot: RoadmapSnapshot, tmp_path: Path, cli: Any
) -> None:
    snapshot = with_workshop(sample_snapshot)
    broken = replace(
        snapshot,
        vote_counts=(*snapshot.vote_counts, VoteCount("count-9", "vote-1", count=2)),
    )
    from roadmap.io.json_format import write_json

    path = tmp_path / "broken.json"
    write_json(broken, path)
    target = tmp_path / "t.roadmap"
    result = cli("import", path, target)
    assert result.code == 2
    assert "count-9" in result.err and not target.exists()
