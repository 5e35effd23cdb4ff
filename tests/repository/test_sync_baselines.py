"""Baselines are published, cloned and pulled like the other records: what one laptop takes,
renames or deletes reaches the other, and the same baseline renamed on both is a conflict."""

from __future__ import annotations

import json
from pathlib import Path

from roadmap.cli import main
from roadmap.services.baselines import (
    all_baselines,
    delete_baseline,
    rename_baseline,
    take_baseline,
)
from roadmap.services.publishing import clone, publish, pull
from roadmap.services.workspace import Workspace
from tests.repository.sync_support import _server, _snapshot


def _baselines(path: Path) -> dict[str, tuple[str, str, object]]:
    with Workspace.open(path, readonly=True) as ws:
        return {b.info.id: (b.info.name, b.info.note, b.plan) for b in all_baselines(ws)}


def _take(path: Path, name: str) -> None:
    with Workspace.open(path) as ws:
        take_baseline(ws, name, user="test")


def test_baselines_go_with_publish_clone_and_pull(
    repository: str, sample_file: Path, tmp_path: Path
) -> None:
    _take(sample_file, "Kick-off")
    assert main(["publish", str(sample_file), repository]) == 0
    roadmap_id = _snapshot(sample_file).info.id
    assert _server(
        repository, "SELECT name FROM baselines WHERE roadmap_id = :i", i=roadmap_id
    ) == [("Kick-off",)]
    other = tmp_path / "other.roadmap"
    clone(repository, roadmap_id, other)
    assert _baselines(other) == _baselines(sample_file)
    # The other laptop takes one, renames the first; this one pulls both.
    _take(other, "Gate review")
    with Workspace.open(other) as ws:
        rename_baseline(ws, "Kick-off", "Kick-off (approved)", note="signed")
    assert publish(other).sent > 0
    assert pull(sample_file).received > 0
    assert _baselines(sample_file) == _baselines(other)
    assert sorted(name for name, _, _ in _baselines(sample_file).values()) == [
        "Gate review",
        "Kick-off (approved)",
    ]
    # This one deletes one; after publish and pull the other has it gone as well.
    with Workspace.open(sample_file) as ws:
        delete_baseline(ws, "Gate review")
    publish(sample_file)
    pull(other)
    assert [name for name, _, _ in _baselines(other).values()] == ["Kick-off (approved)"]
    assert _server(
        repository, "SELECT count(*) FROM baselines WHERE roadmap_id = :i", i=roadmap_id
    ) == [(1,)]


def test_one_baseline_renamed_differently_on_two_laptops_is_a_conflict(
    published: tuple[str, Path], tmp_path: Path, capsys
) -> None:
    url, original = published
    _take(original, "Plan A")
    publish(original)
    other = tmp_path / "other.roadmap"
    clone(url, _snapshot(original).info.id, other)
    with Workspace.open(other) as ws:
        rename_baseline(ws, "Plan A", "Theirs")
    publish(other)
    with Workspace.open(original) as ws:
        rename_baseline(ws, "Plan A", "Mine")
    before = _baselines(original)
    capsys.readouterr()
    assert main(["pull", str(original), "--json"]) == 3
    (conflict,) = json.loads(capsys.readouterr().out)["conflicts"]
    assert (conflict["kind"], conflict["field"], conflict["mine"], conflict["theirs"]) == (
        "baseline",
        "name",
        "Mine",
        "Theirs",
    )
    assert _baselines(original) == before
    assert main(["publish", str(original), "--prefer", "mine"]) == 0
    assert _server(url, "SELECT name FROM baselines") == [("Mine",)]
    assert [name for name, _, _ in _baselines(original).values()] == ["Mine"]


def _names(path: Path) -> dict[str, str]:
    return {key: name for key, (name, _, _) in _baselines(path).items()}


def test_a_pulled_baseline_whose_name_is_taken_is_renamed_and_told(
    published: tuple[str, Path], tmp_path: Path, capsys
) -> None:
    """Two laptops take a baseline of one name: the one that comes in second is called
    "name (2)" there, the pull says so, and the next publish gives every copy the same names."""
    url, original = published
    other = tmp_path / "other.roadmap"
    clone(url, _snapshot(original).info.id, other)
    _take(other, "Review")
    assert publish(other).sent > 0
    _take(original, "Review")
    capsys.readouterr()
    assert main(["pull", str(original)]) == 0
    out = capsys.readouterr().out
    assert 'The baseline "Review" from the repository is called "Review (2)" here' in out
    mine = _names(original)
    assert sorted(mine.values()) == ["Review", "Review (2)"]
    theirs_id = next(iter(_names(other)))
    assert mine[theirs_id] == "Review (2)"  # the file's own keeps its name
    assert main(["publish", str(original)]) == 0
    on_server = dict(_server(url, "SELECT id, name FROM baselines"))
    assert on_server == mine
    assert main(["pull", str(other)]) == 0
    assert _names(other) == mine


def test_a_baseline_renamed_elsewhere_to_a_name_used_here_is_renamed_in_a_publish(
    published: tuple[str, Path], tmp_path: Path, capsys
) -> None:
    url, original = published
    _take(original, "Plan A")
    assert publish(original).sent > 0
    other = tmp_path / "other.roadmap"
    clone(url, _snapshot(original).info.id, other)
    with Workspace.open(other) as ws:
        rename_baseline(ws, "Plan A", "Board plan")
    publish(other)
    _take(original, "Board plan")  # a new one here, with the name the other laptop chose
    capsys.readouterr()
    assert main(["publish", str(original)]) == 0
    assert '"Board plan" from the repository is called "Board plan (2)"' in capsys.readouterr().out
    names = _names(original)
    assert sorted(names.values()) == ["Board plan", "Board plan (2)"]
    assert dict(_server(url, "SELECT id, name FROM baselines")) == names
