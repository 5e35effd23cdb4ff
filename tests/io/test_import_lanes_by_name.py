"""A workbook made from another roadmap, imported into this one by ID: its lanes have IDs new
here, and those named like a lane here (ignoring case and spacing) are that lane — no second
"Technology" lane; its steps join the lane here, which stays as it was. The summary says so."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from roadmap.domain.entities import Idea, Lane, Pathway, Problem, RoadmapInfo, Step, new_id
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io.lane_names import match_lanes_by_name
from roadmap.services.workspace import Workspace
from tests.cli.test_cli import roadmap
from tests.support import stored


def _other_roadmap(path: Path) -> dict[str, str]:
    """A roadmap of its own (its own IDs) whose lanes are named like the sample's, give or
    take case and spaces, plus one the sample lacks; a step in each of two of them."""
    assert roadmap("new", path, "--title", "Other team").returncode == 0
    names = {}
    with Workspace.open(path) as ws:
        lanes = ws.queries.snapshot().lanes
        renamed = {"Technology": "  technology ", "Industry & market": "Industry &  Market"}
        for lane in lanes:
            if lane.name in renamed:
                ws.commands.update(lane.kind, lane.id, name=renamed[lane.name])
            names[lane.name] = lane.id
        pilot = Lane(new_id(), "Pilot line", "#123456", position=len(lanes))
        problem = Problem(new_id(), "Fabs need faster inspection")
        pathway = Pathway(new_id(), problem.id, "Optical inspection")
        in_technology = Step(
            new_id(),
            pathway.id,
            names["Technology"],
            "Optics bench",
            date(2027, 1, 1),
            date(2027, 6, 30),
        )
        in_pilot = Step(
            new_id(), pathway.id, pilot.id, "Line trial", date(2028, 1, 1), date(2028, 6, 30)
        )
        for entity in (pilot, problem, pathway, in_technology, in_pilot):
            ws.commands.add(entity)
    return {"technology": in_technology.id, "pilot": in_pilot.id}


def test_a_workbook_of_another_roadmap_joins_the_lanes_of_the_same_names(tmp_path: Path) -> None:
    sample, other, workbook = (
        tmp_path / "sample.roadmap",
        tmp_path / "other.roadmap",
        tmp_path / "other.xlsx",
    )
    assert roadmap("sample", sample).returncode == 0
    steps = _other_roadmap(other)
    assert roadmap("export", other, workbook).returncode == 0
    before = stored(sample)

    result = roadmap("import", workbook, sample)
    assert result.returncode == 0, result.stderr
    after = stored(sample)
    names = [lane.name for lane in after.lanes]
    assert names == [lane.name for lane in before.lanes] + ["Pilot line"]
    # The sample's lanes are as they were (name, colour, place).
    assert after.lanes[: len(before.lanes)] == before.lanes
    technology = next(lane for lane in before.lanes if lane.name == "Technology")
    placed = {s.id: s.lane_id for s in after.steps}
    assert placed[steps["technology"]] == technology.id
    assert placed[steps["pilot"]] == after.lanes[-1].id
    assert "lanes: 1 added, 4 matched by name" in result.stdout
    assert "4 lane(s) of the source have IDs new here" in result.stdout
    assert "record(s) not in the source were kept" in result.stdout
    assert "4 record(s) not in the source" not in result.stdout  # matched lanes are not "kept"

    chinese = roadmap("import", workbook, sample, language="zh_CN")  # again: matched again
    assert chinese.returncode == 0, chinese.stderr
    assert "按名称对应 4" in chinese.stdout
    assert [lane.name for lane in stored(sample).lanes] == names


def _snapshot(lanes: tuple[Lane, ...], ideas: tuple[Idea, ...] = ()) -> RoadmapSnapshot:
    info = RoadmapInfo(new_id(), "R", date(2025, 1, 1), date(2030, 12, 31))
    return RoadmapSnapshot(info, lanes=lanes, ideas=ideas)


def test_a_lane_brought_by_its_own_id_is_not_matched_again() -> None:
    here = Lane(new_id(), "Research")
    current = _snapshot((here,))
    twin = Lane(new_id(), "research")
    idea = Idea(new_id(), "Ask the fab", lane_id=twin.id)
    incoming = _snapshot((replace(here, color="#000000"), twin), (idea,))
    result, count = match_lanes_by_name(current, incoming)
    assert count == 0 and result is incoming  # the file names both: it means two lanes

    incoming = _snapshot((twin,), (idea,))
    result, count = match_lanes_by_name(current, incoming)
    assert count == 1
    assert result.lanes == () and result.ideas[0].lane_id == here.id
