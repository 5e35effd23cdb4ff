"""Real files written by MS Project and GanttProject, when someone has placed them in
`shared/plans/` beside the checkout (or in the folder ROADMAP_REAL_PLANS names). They are not
committed (third-party files); see tests/io/plans/README.md for which ones to place there.

What each must give is counted from the file itself, independently of the importer: one step
per task that is no summary, one dependency per finish-to-start or start-to-start link between
such tasks, and the finish-to-finish and start-to-finish links listed as left out.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.io.conftest import Result, read_roadmap


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
