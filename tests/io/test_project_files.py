"""MS Project XML and GanttProject files in: exact steps, dates, links and left-out lists; our
MSPDI export out and back; files TaskJuggler writes; hostile files refused with nothing made."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest

from roadmap.domain.entities import Step
from roadmap.domain.enums import DependencyType, StepKind
from roadmap.domain.snapshot import RoadmapSnapshot
from tests.io.conftest import Result, digest, read_roadmap


def kept_baselines(path: Path) -> dict[str, dict[str, tuple[date, date]]]:
    """Baseline name → {step name → (start, end)} as stored in the roadmap `path`."""
    from roadmap.services.baselines import all_baselines
    from roadmap.services.workspace import Workspace

    with Workspace.open(path, readonly=True) as workspace:
        return {
            b.name: {s.name: (s.start, s.end) for s in b.plan.steps}
            for b in all_baselines(workspace)
        }


PLANS = Path(__file__).parent / "plans"
FS, SS = DependencyType.FINISH_TO_START, DependencyType.START_TO_START


def steps_by_name(snapshot: RoadmapSnapshot) -> dict[str, tuple[date, date, StepKind, int]]:
    return {s.name: (s.start, s.end, s.step_kind, s.progress) for s in snapshot.steps}


def links_by_name(snapshot: RoadmapSnapshot) -> set[tuple[str, str, DependencyType, int]]:
    name = {s.id: s.name for s in snapshot.steps}
    return {(name[d.from_step_id], name[d.to_step_id], d.type, d.lag_days) for d in snapshot.dependencies}  # fmt: skip


def outline(snapshot: RoadmapSnapshot) -> dict[str, set[tuple[str, str]]]:
    """Problem → {(pathway, step)}."""
    problems = {p.id: p.statement for p in snapshot.problems}
    pathways = {p.id: (problems[p.problem_id], p.name) for p in snapshot.pathways}
    found: dict[str, set[tuple[str, str]]] = {}
    for step in snapshot.steps:
        problem, pathway = pathways[step.pathway_id]
        found.setdefault(problem, set()).add((pathway, step.name))
    return found


def test_ms_project_file_every_link_type_and_lag_format(cli: Callable[..., Result], tmp_path: Path) -> None:  # fmt: skip
    target = tmp_path / "storage.roadmap"
    result = cli("import", PLANS / "links-and-lags.xml", target)
    assert result.code == 0, result.err
    snapshot = read_roadmap(target)
    assert steps_by_name(snapshot) == {
        "Lab cells": (date(2027, 1, 4), date(2027, 1, 15), StepKind.RESEARCH, 50),
        "Pilot line": (date(2027, 1, 20), date(2027, 2, 26), StepKind.RESEARCH, 0),
        "Go decision": (date(2027, 3, 1), date(2027, 3, 1), StepKind.MILESTONE, 0),
        "Stack design": (date(2027, 1, 7), date(2027, 2, 5), StepKind.RESEARCH, 25),
        "Field test": (date(2027, 2, 8), date(2027, 3, 31), StepKind.RESEARCH, 0),
        "Certification": (date(2027, 4, 5), date(2027, 6, 30), StepKind.RESEARCH, 0),
        "Tooling": (date(2027, 5, 3), date(2027, 5, 14), StepKind.RESEARCH, 100),
    }
    # Lags: 8400 tenths of a minute in days of 420 minutes = 2; 3 elapsed days; one working
    # week of 2100 minutes = 7 days; 14 hours = 2 days of 420 minutes; an estimated day.
    assert links_by_name(snapshot) == {
        ("Lab cells", "Pilot line", FS, 2),
        ("Pilot line", "Go decision", FS, 0),
        ("Lab cells", "Stack design", SS, 3),
        ("Stack design", "Field test", FS, 7),
        ("Lab cells", "Certification", FS, 2),
        ("Pilot line", "Certification", FS, 1),
        ("Go decision", "Certification", FS, 0),
    }
    assert outline(snapshot) == {
        "Energy storage": {
            ("Solid state", "Lab cells"), ("Solid state", "Pilot line"),
            ("Solid state", "Go decision"), ("Flow battery", "Stack design"),
            ("Flow battery", "Field test"), ("Flow battery", "Certification"),
        },
        "Manufacturing": {("Manufacturing", "Tooling")},
    }  # fmt: skip
    notes = {s.name: s.notes for s in snapshot.steps}
    assert notes["Lab cells"] == "Coin cells first"
    left_out = result.out.split("Left out")[1]
    for line in (
        "1 finish-to-finish links: 7 → 8",
        "1 start-to-finish links: 8 → 9",
        "1 links to or from summary tasks: 6 → 9",
        "1 links to other projects: 42 → 9",
        "1 lags given as a percentage (links kept without the lag): 5 → 9",
        "2 calendars: Standard, Night shift",
        "1 resources: Ana Lima",
        "1 resource assignments: task 3 ← resource 1",
        "1 tasks with costs: Field test",
        "1 custom fields: Budget code",
    ):
        assert line in left_out


def test_gantt_project_file_nesting_milestones_links(cli: Callable[..., Result], tmp_path: Path) -> None:  # fmt: skip
    target = tmp_path / "battery.roadmap"
    result = cli("import", PLANS / "battery.gan", target)
    assert result.code == 0, result.err
    snapshot = read_roadmap(target)
    # Durations are working days of a Monday–Friday week.
    assert steps_by_name(snapshot) == {
        "Lab cells": (date(2027, 1, 4), date(2027, 1, 15), StepKind.RESEARCH, 100),
        "Pilot line": (date(2027, 1, 20), date(2027, 1, 26), StepKind.RESEARCH, 40),
        "Go decision": (date(2027, 2, 1), date(2027, 2, 1), StepKind.MILESTONE, 0),
        "Stack design": (date(2027, 2, 1), date(2027, 2, 3), StepKind.RESEARCH, 33),
        "Review": (date(2027, 3, 1), date(2027, 3, 1), StepKind.RESEARCH, 0),
    }
    assert links_by_name(snapshot) == {
        ("Lab cells", "Pilot line", FS, 3),
        ("Pilot line", "Go decision", SS, 0),
    }
    assert outline(snapshot) == {
        "Battery plan": {
            ("Solid state", "Lab cells"), ("Solid state", "Pilot line"),
            ("Solid state", "Go decision"), ("Flow battery", "Stack design"),
            ("Battery plan", "Review"),
        }
    }  # fmt: skip
    assert {s.name: s.notes for s in snapshot.steps}["Stack design"] == "Three stacks, 5 kW each"
    left_out = result.out.split("Left out")[1]
    for line in (
        "1 finish-to-finish links: 2 → 4",
        "1 start-to-finish links: 4 → 6",
        "1 links to or from summary tasks: 5 → 6",
        "1 resources: Wang Fang",
        "1 resource allocations: task 1 ← resource 0",
        "1 holidays: 2027-1-1",
        "1 custom columns: Budget code",
        "1 resource vacations: resource 0: 2027-02-08 – 2027-02-12",
    ):
        assert line in left_out


def test_importing_again_updates_instead_of_duplicating(cli: Callable[..., Result], tmp_path: Path) -> None:  # fmt: skip
    target = tmp_path / "plan.roadmap"
    for source in ("links-and-lags.xml", "battery.gan"):
        assert cli("import", PLANS / source, target).code == 0
    before = read_roadmap(target)
    for source in ("links-and-lags.xml", "battery.gan"):
        again = cli("import", PLANS / source, target)
        assert again.code == 0
        assert "added" not in again.out.split("Left out")[0]
    after = read_roadmap(target)
    assert len(after.steps) == len(before.steps) == 12
    assert after.steps == before.steps and after.dependencies == before.dependencies


@pytest.mark.parametrize("fixture", ["en_file", "zh_file"])
def test_mspdi_export_imports_back_to_the_same_roadmap(
    cli: Callable[..., Result], tmp_path: Path, fixture: str, request: pytest.FixtureRequest
) -> None:
    original: Path = request.getfixturevalue(fixture)
    xml = tmp_path / "out.xml"
    assert cli("export", original, xml).code == 0
    copy = tmp_path / "copy.roadmap"
    assert cli("import", xml, copy).code == 0
    source, back = read_roadmap(original), read_roadmap(copy)
    assert back.info.id == source.info.id
    assert {p.id: p.statement for p in back.problems} == {p.id: p.statement for p in source.problems}  # fmt: skip
    assert {(p.id, p.problem_id, p.name) for p in back.pathways} == {
        (p.id, p.problem_id, p.name) for p in source.pathways
    }
    lanes = {lane.id: lane.name for lane in source.lanes}
    back_lanes = {lane.id: lane.name for lane in back.lanes}

    names = ("id", "pathway_id", "name", "start", "end", "step_kind", "progress")
    names += ("trl_start", "trl_target", "notes")

    def fields(s: Step, lane_names: dict[str, str]) -> tuple[object, ...]:
        return (*(getattr(s, f) for f in names), lane_names[s.lane_id])

    assert {fields(s, back_lanes) for s in back.steps} == {fields(s, lanes) for s in source.steps}
    assert {(d.from_step_id, d.to_step_id, d.type, d.lag_days) for d in back.dependencies} == {
        (d.from_step_id, d.to_step_id, d.type, d.lag_days) for d in source.dependencies
    }
    # Into the roadmap it came from: nothing changes, file untouched apart from nothing.
    again = cli("import", xml, original)
    assert again.code == 0
    assert "added" not in again.out and "updated" not in again.out
    assert read_roadmap(original).steps == source.steps


def test_mspdi_export_follows_the_schema_rules(cli: Callable[..., Result], en_file: Path, tmp_path: Path) -> None:  # fmt: skip
    xml = tmp_path / "out.xml"
    assert cli("export", en_file, xml).code == 0
    ns = {"p": "http://schemas.microsoft.com/project"}
    root = ElementTree.parse(xml).getroot()
    assert root.tag == "{http://schemas.microsoft.com/project}Project"
    tasks = root.findall("p:Tasks/p:Task", ns)
    first = tasks[0]
    assert first.findtext("p:UID", namespaces=ns) == "0"
    assert first.findtext("p:OutlineLevel", namespaces=ns) == "0"
    assert first.findtext("p:Summary", namespaces=ns) == "1"
    uids = [int(t.findtext("p:UID", namespaces=ns) or "-1") for t in tasks]
    ids = [int(t.findtext("p:ID", namespaces=ns) or "-1") for t in tasks]
    assert uids == sorted(set(uids)) and ids == list(range(len(tasks)))
    snapshot = read_roadmap(en_file)
    assert len(tasks) == 1 + len(snapshot.problems) + len(snapshot.pathways) + len(snapshot.steps)
    for task in tasks:
        assert re.fullmatch(r"PT\d+H\d+M\d+S", task.findtext("p:Duration", namespaces=ns) or "")
        number = task.findtext("p:OutlineNumber", namespaces=ns) or ""
        level = int(task.findtext("p:OutlineLevel", namespaces=ns) or "-1")
        assert level == (0 if number == "0" else number.count(".") + 1)
        for link in task.findall("p:PredecessorLink", ns):
            assert int(link.findtext("p:PredecessorUID", namespaces=ns) or "-1") in uids
            assert link.findtext("p:Type", namespaces=ns) in ("1", "3")
            assert link.findtext("p:LagFormat", namespaces=ns) == "8"
    # A one-week step (Monday–Friday) lasts 40 working hours.
    names = {t.findtext("p:Name", namespaces=ns): t for t in tasks}
    week = next(
        (s for s in snapshot.steps if (s.end - s.start).days == 4 and s.start.weekday() == 0),
        None,
    )
    if week is not None:
        assert names[week.name].findtext("p:Duration", namespaces=ns) == "PT40H0M0S"


TJP = """project demo "Battery demo" 2027-01-04 +1y { timezone "UTC" }
task prob "Energy storage" {
  task path "Solid state" {
    task a "Lab cells" { start 2027-01-04 duration 20d }
    task b "Pilot line" { depends !a { gapduration 5d } duration 30d }
    task c "Sample run" { depends !a { onstart gapduration 3d } duration 10d complete 40 }
    task m "Go decision" { depends !b milestone }
  }
  task other "Flow battery" {
    task d "Stack design" { start 2027-03-01 duration 14d }
  }
}
export "plan" { formats mspxml }
"""


@pytest.mark.skipif(shutil.which("tj3") is None, reason="TaskJuggler (tj3) missing")
def test_a_file_taskjuggler_writes(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "plan.tjp").write_text(TJP, encoding="utf-8")
    subprocess.run(["tj3", "--no-color", "plan.tjp"], cwd=tmp_path, check=True, capture_output=True)  # fmt: skip
    written = next(tmp_path.glob("plan*.xml"))
    target = tmp_path / "tj.roadmap"
    result = cli("import", written, target)
    assert result.code == 0, result.err
    snapshot = read_roadmap(target)
    # TaskJuggler ends a task at midnight after its last day; a 20-day task from 4 January
    # ends on the 23rd; the pilot starts 5 days after the 24th.
    assert steps_by_name(snapshot) == {
        "Lab cells": (date(2027, 1, 4), date(2027, 1, 23), StepKind.RESEARCH, 0),
        "Pilot line": (date(2027, 1, 29), date(2027, 2, 27), StepKind.RESEARCH, 0),
        "Sample run": (date(2027, 1, 7), date(2027, 1, 16), StepKind.RESEARCH, 40),
        "Go decision": (date(2027, 2, 28), date(2027, 2, 28), StepKind.MILESTONE, 0),
        "Stack design": (date(2027, 3, 1), date(2027, 3, 14), StepKind.RESEARCH, 0),
    }
    # TaskJuggler writes the links but not their gaps (its dates already hold them).
    assert links_by_name(snapshot) == {
        ("Lab cells", "Pilot line", FS, 0),
        ("Lab cells", "Sample run", SS, 0),
        ("Pilot line", "Go decision", FS, 0),
    }
    assert outline(snapshot) == {
        "Energy storage": {
            ("Solid state", "Lab cells"), ("Solid state", "Pilot line"),
            ("Solid state", "Sample run"), ("Solid state", "Go decision"),
            ("Flow battery", "Stack design"),
        }
    }  # fmt: skip


HOSTILE = {
    "entities.xml": '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
    '<Project xmlns="http://schemas.microsoft.com/project"><Tasks>&b;</Tasks></Project>',
    "truncated.xml": '<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task><UID>1',
    "not-a-project.xml": "<html><body>hello</body></html>",
    "entities.gan": '<?xml version="1.0"?><!DOCTYPE project [<!ENTITY x SYSTEM "file:///etc/passwd">]><project><tasks>&x;</tasks></project>',
    "binary.gan": "\x00\x01\x02PK garbage",
    "bad-duration.gan": '<project name="x"><tasks><task id="1" name="t" start="2027-01-04" duration="999999999"/></tasks></project>',
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_or_damaged_files_are_refused_with_nothing_made(
    cli: Callable[..., Result], tmp_path: Path, en_file: Path, name: str
) -> None:
    source = tmp_path / name
    source.write_text(HOSTILE[name], encoding="utf-8")
    new = tmp_path / "new.roadmap"
    result = cli("import", source, new)
    assert result.code == 2
    assert not new.exists()
    assert "Traceback" not in result.err and result.err.startswith("roadmap: ")
    assert name in result.err
    if "duration" not in name:
        assert len(result.err.strip().splitlines()) == 1
    before = digest(en_file)
    assert cli("import", source, en_file).code == 2
    assert digest(en_file) == before


def test_a_huge_xml_file_is_refused_before_it_is_read(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roadmap.io import xml_guard

    monkeypatch.setattr(xml_guard, "MAX_XML_BYTES", 1000)
    source = tmp_path / "big.xml"
    shutil.copy(PLANS / "links-and-lags.xml", source)
    result = cli("import", source, tmp_path / "new.roadmap")
    assert result.code == 2 and "larger than" in result.err
    assert not (tmp_path / "new.roadmap").exists()


def test_ms_project_baselines_come_in_once(cli: Callable[..., Result], tmp_path: Path) -> None:
    target = tmp_path / "storage.roadmap"
    first = cli("import", PLANS / "links-and-lags.xml", target)
    assert first.code == 0 and "baselines: 2 added" in first.out
    expected = {
        "Baseline 0 · links-and-lags": {
            "Lab cells": (date(2027, 1, 4), date(2027, 1, 12)),
            "Pilot line": (date(2027, 1, 18), date(2027, 2, 19)),
            "Go decision": (date(2027, 2, 22), date(2027, 2, 22)),
        },
        "Baseline 1 · links-and-lags": {"Lab cells": (date(2026, 12, 7), date(2026, 12, 18))},
    }
    assert kept_baselines(target) == expected
    again = cli("import", PLANS / "links-and-lags.xml", target)
    assert again.code == 0 and "baselines: 2 unchanged" in again.out
    assert kept_baselines(target) == expected


def test_our_baselines_go_out_as_baseline_0_to_10_and_come_back(
    cli: Callable[..., Result], tmp_path: Path, en_file: Path
) -> None:
    from datetime import timedelta

    from roadmap.services.baselines import take_baseline
    from roadmap.services.workspace import Workspace

    with Workspace.open(en_file) as workspace:
        take_baseline(workspace, "Kick-off")
        step = next(s for s in workspace.queries.snapshot().steps if not s.step_kind.is_point)
        workspace.commands.move_step(step.id, step.start + timedelta(days=30), step.end + timedelta(days=30))  # fmt: skip
    xml = tmp_path / "out.xml"
    assert cli("export", en_file, xml).code == 0
    ns = {"p": "http://schemas.microsoft.com/project"}
    task = next(
        t
        for t in ElementTree.parse(xml).getroot().findall("p:Tasks/p:Task", ns)
        if t.findtext("p:GUID", namespaces=ns) == step.id.upper()
    )
    assert task.findtext("p:Start", namespaces=ns) == f"{step.start + timedelta(days=30)}T08:00:00"
    assert task.findtext("p:Baseline/p:Number", namespaces=ns) == "0"
    assert task.findtext("p:Baseline/p:Start", namespaces=ns) == f"{step.start}T08:00:00"
    assert task.findtext("p:Baseline/p:Finish", namespaces=ns) == f"{step.end}T17:00:00"
    copy = tmp_path / "copy.roadmap"
    assert cli("import", xml, copy).code == 0
    kept = kept_baselines(en_file)["Kick-off"]
    assert kept_baselines(copy) == {"Baseline 0 · out": kept}
    assert kept[step.name] == (step.start, step.end)
    # Back into the roadmap it came from: its own baseline is there already.
    assert cli("import", xml, en_file).code == 0
    assert list(kept_baselines(en_file)) == ["Kick-off"]
