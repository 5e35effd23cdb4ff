"""CSV export of the steps, and the JSON interchange's refusals."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from roadmap.domain.snapshot import RoadmapSnapshot
from tests.io.conftest import digest, read_roadmap, write_roadmap
from tests.io.test_workbook_text import with_step_texts


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def test_csv_has_a_bom_chinese_text_and_iso_dates(
    zh_file: Path, tmp_path: Path, cli: Any, sample_snapshot_zh: RoadmapSnapshot
) -> None:
    out = tmp_path / "steps.csv"
    result = cli("export", zh_file, out)
    assert result.code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = read_csv(out)
    header = rows[0]
    assert header[:2] == ["ID", "名称"]
    assert len(rows) == 1 + len(sample_snapshot_zh.steps)
    start = header.index("开始")
    first = next(s for s in sample_snapshot_zh.steps if s.id == rows[1][0])
    assert rows[1][1] == first.name
    assert rows[1][start] == first.start.isoformat()
    assert "已完成" in {row[header.index("状态")] for row in rows[1:]}


def test_csv_keeps_formula_like_text_from_running(
    sample_snapshot: RoadmapSnapshot, tmp_path: Path, cli: Any
) -> None:
    source = write_roadmap(
        tmp_path / "f.roadmap", with_step_texts(sample_snapshot, ["=HYPERLINK(1)", "-1+2"], [])
    )
    out = tmp_path / "steps.csv"
    assert cli("export", source, out, "--lang", "en").code == 0
    names = {row[1] for row in read_csv(out)[1:]}
    assert {"'=HYPERLINK(1)", "'-1+2"} <= names


def test_json_round_trip_and_refusals(en_file: Path, tmp_path: Path, cli: Any) -> None:
    exported = tmp_path / "en.json"
    assert cli("export", en_file, exported).code == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "frontier-roadmap" and data["version"] == 1
    copy = tmp_path / "copy.roadmap"
    assert cli("import", exported, copy).code == 0
    assert read_roadmap(copy) == read_roadmap(en_file)

    before = digest(en_file)
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({**data, "version": 2}), encoding="utf-8")
    result = cli("import", newer, en_file)
    assert result.code == 2 and "version 2" in result.err
    assert digest(en_file) == before

    missing = tmp_path / "missing.json"
    steps = [dict(step) for step in data["steps"]]
    del steps[3]["end"]
    missing.write_text(json.dumps({**data, "steps": steps}), encoding="utf-8")
    result = cli("import", missing, en_file)
    assert result.code == 2
    assert "steps[3], field end: is missing" in result.err
    assert digest(en_file) == before
    fresh = tmp_path / "fresh.roadmap"
    assert cli("import", missing, fresh).code == 2 and not fresh.exists()


def test_minimal_json_takes_defaults(tmp_path: Path, cli: Any) -> None:
    """The documented minimal records (see docs/json-format.md) are enough."""
    minimal = {
        "format": "frontier-roadmap",
        "version": 1,
        "roadmap": {"title": "Minimal", "horizon_start": "2025-01-01", "horizon_end": "2027-12-31"},
        "lanes": [{"id": "lane-1", "name": "Technology"}],
        "problems": [{"id": "problem-1", "statement": "Cheaper batteries"}],
        "pathways": [{"id": "pathway-1", "problem_id": "problem-1", "name": "Sodium-ion"}],
        "steps": [
            {
                "id": "step-1",
                "pathway_id": "pathway-1",
                "lane_id": "lane-1",
                "name": "Cathode screening",
                "start": "2025-01-01",
                "end": "2025-12-31",
            }
        ],
    }
    source = tmp_path / "minimal.json"
    source.write_text(json.dumps(minimal), encoding="utf-8")
    target = tmp_path / "minimal.roadmap"
    result = cli("import", source, target)
    assert result.code == 0, result.err
    (step,) = read_roadmap(target).steps
    assert step.status.value == "planned" and step.progress == 0


def test_the_documented_example_imports(tmp_path: Path, cli: Any) -> None:
    doc = Path(__file__).resolve().parents[2] / "docs" / "json-format.md"
    example = doc.read_text(encoding="utf-8").split("## Example", 1)[1]
    block = example.split("```json", 1)[1].split("```", 1)[0]
    source = tmp_path / "example.json"
    source.write_text(block, encoding="utf-8")
    target = tmp_path / "example.roadmap"
    result = cli("import", source, target)
    assert result.code == 0, result.err
    roadmap = read_roadmap(target)
    assert len(roadmap.steps) == 2 and len(roadmap.patent_events) == 1


def test_json_records_without_a_position_go_after_their_siblings() -> None:
    import json

    from roadmap.io.json_format import from_json
    from roadmap.locations import sample_path

    data = json.loads(sample_path("en").read_text(encoding="utf-8"))
    problem = data["pathways"][0]["problem_id"]
    siblings = [p for p in data["pathways"] if p["problem_id"] == problem]
    del siblings[0]["position"]  # the first one lost its position; the others keep theirs
    positions = {p.id: p.position for p in from_json(data).pathways if p.problem_id == problem}
    assert len(set(positions.values())) == len(siblings)  # no two share a place
    assert positions[siblings[0]["id"]] == max(p["position"] for p in siblings[1:]) + 1
