"""Real files written by MS Project and GanttProject, when someone has placed them in
`shared/plans/` beside the checkout (or in the folder ROADMAP_REAL_PLANS names). They are not
committed (third-party files); see tests/io/plans/README.md for which ones to place there.

What each must give is counted from the file itself, independently of the importer: one step
per task that is no summary, one dependency per finish-to-start or start-to-start link between
such tasks, and the finish-to-finish and start-to-finish links listed as left out.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.io.conftest import Result, read_roadmap
from tests.io.test_project_files import kept_baselines


def real_plans() -> list[Path]:
    named = os.environ.get("ROADMAP_REAL_PLANS")
    folders = [Path(named)] if named else []
    folders += [parent / "shared" / "plans" for parent in Path(__file__).resolve().parents]
    for folder in folders:
        if folder.is_dir():
            return sorted(p for p in folder.iterdir() if p.suffix.lower() in (".xml", ".gan"))
    return []


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def text(element: ElementTree.Element, name: str) -> str | None:
    found = next((c for c in element if local(c.tag) == name), None)
    return None if found is None else (found.text or "").strip()


def expected_mspdi(path: Path) -> tuple[int, int, int, int]:
    root = ElementTree.parse(path).getroot()
    tasks = [
        t
        for t in root.iter()
        if local(t.tag) == "Task"
        and text(t, "UID") not in (None, "0")
        and text(t, "IsNull") != "1"
        and text(t, "OutlineNumber") != "0"
    ]
    leaves = {text(t, "UID") for t in tasks if text(t, "Summary") != "1"}
    links: set[tuple[str | None, str | None]] = set()
    ff = sf = 0
    for task in tasks:
        for link in (c for c in task if local(c.tag) == "PredecessorLink"):
            kind = text(link, "Type") or "1"
            if kind == "0":
                ff += 1
            elif kind == "2":
                sf += 1
            elif text(link, "CrossProject") != "1" and text(link, "PredecessorUID") in leaves and text(task, "UID") in leaves:  # fmt: skip
                links.add((text(link, "PredecessorUID"), text(task, "UID")))
    return len(leaves), len(links), ff, sf


def days(element: ElementTree.Element) -> tuple[date, date]:
    """(first day, last day) of a task or baseline as MS Project means them: from its Start's
    day to its Finish's day, a Finish at midnight ending the day before (MS Project's own
    convention for the end of a day); a Finish before the Start (MPXJ's baseline test data
    has them) gives one day."""
    start = datetime.fromisoformat(text(element, "Start") or "")
    finish = datetime.fromisoformat(text(element, "Finish") or "")
    last = finish.date()
    if finish.time() == datetime.min.time() and finish > start:
        last -= timedelta(days=1)
    return start.date(), max(last, start.date())


def leaf_tasks(path: Path) -> list[ElementTree.Element]:
    root = ElementTree.parse(path).getroot()
    return [
        t
        for t in root.iter()
        if local(t.tag) == "Task"
        and text(t, "UID") not in (None, "0")
        and text(t, "IsNull") != "1"
        and text(t, "OutlineNumber") != "0"
        and text(t, "Summary") != "1"
    ]


def expected_baselines(path: Path) -> dict[str, dict[str, tuple[date, date]]]:
    """Baseline name → {task name → days} of every Baseline N kept on a task (MS Project's
    Baseline 0–10), named as the issue asks: "Baseline N · <file name>"."""
    found: dict[str, dict[str, tuple[date, date]]] = {}
    for task in leaf_tasks(path):
        for baseline in (c for c in task if local(c.tag) == "Baseline"):
            name = f"Baseline {text(baseline, 'Number')} · {path.stem}"
            found.setdefault(name, {})[text(task, "Name") or ""] = days(baseline)
    return found


def expected_gan(path: Path) -> tuple[int, int, int, int]:
    root = ElementTree.parse(path).getroot()
    tasks = [t for t in root.iter() if t.tag == "task"]
    leaves = {t.get("id") for t in tasks if not any(c.tag == "task" for c in t)}
    links: set[tuple[str | None, str | None]] = set()
    ff = sf = 0
    for task in tasks:
        for depend in (c for c in task if c.tag == "depend"):
            kind = depend.get("type") or "2"
            if kind == "3":
                ff += 1
            elif kind == "4":
                sf += 1
            elif task.get("id") in leaves and depend.get("id") in leaves:
                links.add((task.get("id"), depend.get("id")))
    return len(leaves), len(links), ff, sf


@pytest.mark.skipif(not real_plans(), reason="no real plan files placed in shared/plans")
@pytest.mark.parametrize("path", real_plans(), ids=lambda p: p.name)
def test_a_real_plan_file_imports(cli: Callable[..., Result], tmp_path: Path, path: Path) -> None:
    steps, links, ff, sf = (expected_gan if path.suffix == ".gan" else expected_mspdi)(path)
    target = tmp_path / "real.roadmap"
    result = cli("import", path, target)
    assert result.code == 0, result.err
    snapshot = read_roadmap(target)
    assert len(snapshot.steps) == steps
    # Two links between the same two tasks become one dependency.
    assert len(snapshot.dependencies) == links
    if ff:
        assert f"{ff} finish-to-finish links" in result.out
    if sf:
        assert f"{sf} start-to-finish links" in result.out
    again = cli("import", path, target)
    assert again.code == 0 and "added" not in again.out.split("Left out")[0]


@pytest.mark.skipif(not real_plans(), reason="no real plan files placed in shared/plans")
@pytest.mark.parametrize(
    "path", [p for p in real_plans() if p.suffix == ".xml"], ids=lambda p: p.name
)
def test_a_real_ms_project_file_keeps_every_task_s_days_and_baselines(
    cli: Callable[..., Result], tmp_path: Path, path: Path
) -> None:
    target = tmp_path / "real.roadmap"
    result = cli("import", path, target)
    assert result.code == 0
    stored = Counter((s.start, s.end) for s in read_roadmap(target).steps)
    assert stored == Counter(days(task) for task in leaf_tasks(path))
    baselines = expected_baselines(path)
    assert kept_baselines(target) == baselines
    assert ("baselines:" in result.out) == bool(baselines)


@pytest.mark.skipif(not real_plans(), reason="no real plan files placed in shared/plans")
@pytest.mark.parametrize("path", real_plans(), ids=lambda p: p.name)
def test_a_real_plan_file_goes_out_as_ms_project_xml_and_comes_back(
    cli: Callable[..., Result], tmp_path: Path, path: Path
) -> None:
    first, back = tmp_path / "first.roadmap", tmp_path / "back.roadmap"
    xml = tmp_path / "out.xml"
    assert cli("import", path, first).code == 0
    assert cli("export", first, xml).code == 0
    assert cli("import", xml, back).code == 0
    source, again = read_roadmap(first), read_roadmap(back)
    fields = ("id", "pathway_id", "name", "start", "end", "step_kind", "progress")
    assert Counter(tuple(getattr(s, f) for f in fields) for s in again.steps) == Counter(
        tuple(getattr(s, f) for f in fields) for s in source.steps
    )
    assert {(p.id, p.name) for p in again.pathways} == {(p.id, p.name) for p in source.pathways}
    links = {(d.from_step_id, d.to_step_id, d.type, d.lag_days) for d in source.dependencies}
    assert {(d.from_step_id, d.to_step_id, d.type, d.lag_days) for d in again.dependencies} == links
