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
