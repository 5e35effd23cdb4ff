"""Publish and pull merge field by field with the breakout copies' engine (`merge_three`):
what two laptops change in different fields of one record both land; the same field is a
conflict settled exactly as `roadmap merge` settles one (listing, --json, --resolutions,
--prefer, exit 3), and a row the server moved since the base is never overwritten."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from roadmap.cli import main
from roadmap.domain.entities import EntityKind
from roadmap.services.publishing import clone, publish
from roadmap.services.workspace import Workspace
from tests.repository.sync_support import _digest, _rename_step, _server, _snapshot


def _two_laptops(published: tuple[str, Path], tmp_path: Path) -> tuple[str, Path, Path]:
    url, original = published
    other = tmp_path / "other.roadmap"
    clone(url, _snapshot(original).info.id, other)
    return url, original, other


def _step(path: Path, step_id: str):  # type: ignore[no-untyped-def]
    return next(s for s in _snapshot(path).steps if s.id == step_id)


def test_different_fields_of_one_step_edited_on_two_laptops_both_land(
    published: tuple[str, Path], tmp_path: Path, capsys
) -> None:
    url, original, other = _two_laptops(published, tmp_path)
    step = _snapshot(original).steps[3]
    _rename_step(other, step.id, "Renamed on the other laptop")
    assert main(["publish", str(other)]) == 0
    with Workspace.open(original) as ws:
        ws.commands.update(EntityKind.STEP, step.id, notes="Noted on this laptop")
    capsys.readouterr()
    assert main(["publish", str(original)]) == 0, capsys.readouterr()
    assert _server(url, "SELECT name, notes, row_version FROM steps WHERE id = :i", i=step.id) == [
        ("Renamed on the other laptop", "Noted on this laptop", 3)
    ]
    mine = _step(original, step.id)
    assert (mine.name, mine.notes) == ("Renamed on the other laptop", "Noted on this laptop")
    assert main(["pull", str(other)]) == 0
    assert _step(other, step.id) == mine


def _same_field_edited(
    published: tuple[str, Path], tmp_path: Path
) -> tuple[str, Path, Path, str, str]:
    url, original, other = _two_laptops(published, tmp_path)
    step = _snapshot(original).steps[2]
    _rename_step(other, step.id, "Theirs")
    assert publish(other).version == 2
    _rename_step(original, step.id, "Mine")
    return url, original, other, step.id, step.name


def test_the_same_field_edited_on_both_is_listed_exit_3_and_nothing_is_written(
    published: tuple[str, Path], tmp_path: Path, capsys
) -> None:
    url, original, _, step_id, base_name = _same_field_edited(published, tmp_path)
    before = _digest(original)
    capsys.readouterr()
    for command in ("publish", "pull"):
        assert main([command, str(original), "--json"]) == 3
        out, err = capsys.readouterr()
        report = json.loads(out)
        assert [
            (c["id"], c["field"], c["base"], c["mine"], c["theirs"]) for c in report["conflicts"]
        ] == [(step_id, "name", base_name, "Mine", "Theirs")]
        assert "nothing was changed" in err and err.count("\n") == 1
    assert main(["publish", str(original)]) == 3
    assert (
        f'step "Mine", name: base {base_name} / mine Mine / theirs Theirs'
        in capsys.readouterr().out
    )
    assert _digest(original) == before
    assert _server(url, "SELECT version FROM repository_roadmaps") == [(2,)]
    assert _server(url, "SELECT name FROM steps WHERE id = :i", i=step_id) == [("Theirs",)]


def test_a_resolutions_file_settles_a_publish(
    published: tuple[str, Path], tmp_path: Path, capsys
) -> None:
    url, original, _, step_id, _ = _same_field_edited(published, tmp_path)
    start = _step(original, step_id).start
    with Workspace.open(original) as ws:  # a second, unconflicted change rides along
        ws.commands.update(EntityKind.STEP, step_id, notes="only here")
    capsys.readouterr()
    assert main(["publish", str(original), "--json"]) == 3
    report = json.loads(capsys.readouterr().out)
    for conflict in report["conflicts"]:
        conflict["choice"] = "mine"
    resolutions = tmp_path / "resolutions.json"
    resolutions.write_text(json.dumps(report), encoding="utf-8")
    assert main(["publish", str(original), "--resolutions", str(resolutions)]) == 0
    assert _server(url, "SELECT name, notes, start FROM steps WHERE id = :i", i=step_id) == [
        ("Mine", "only here", start)
    ]
    assert _server(url, "SELECT version FROM repository_roadmaps") == [(3,)]


def test_pull_prefer_theirs_takes_the_repository_and_keeps_my_other_fields(
    published: tuple[str, Path], tmp_path: Path
) -> None:
    url, original, _, step_id, _ = _same_field_edited(published, tmp_path)
    with Workspace.open(original) as ws:
        ws.commands.update(EntityKind.STEP, step_id, notes="kept")
    assert main(["pull", str(original), "--prefer", "theirs"]) == 0
    pulled = _step(original, step_id)
    assert (pulled.name, pulled.notes) == ("Theirs", "kept")
    # The pull moved the base: publishing now sends my note, not a conflict.
    assert main(["publish", str(original)]) == 0
    assert _server(url, "SELECT name, notes FROM steps WHERE id = :i", i=step_id) == [
        ("Theirs", "kept")
    ]


def test_a_row_moved_on_the_server_since_the_base_is_never_overwritten(
    published: tuple[str, Path], capsys
) -> None:
    """Even a write that slipped past the roadmap's version (here: SQL run by hand) is
    protected: each row is written only over the row_version it was planned against."""
    url, original = published
    step = _snapshot(original).steps[1]
    _server(
        url,
        "UPDATE steps SET name = 'Changed by hand', row_version = 5 WHERE id = :i",
        i=step.id,
    )
    with Workspace.open(original) as ws:
        ws.commands.update(EntityKind.STEP, step.id, end=step.end + timedelta(days=30))
    before = _snapshot(original)
    assert main(["publish", str(original)]) == 2
    assert "changed on the server while publishing" in capsys.readouterr().err
    assert _server(url, 'SELECT name, "end" FROM steps WHERE id = :i', i=step.id) == [
        ("Changed by hand", step.end)
    ]
    assert _server(url, "SELECT version FROM repository_roadmaps") == [(1,)]
    # The file keeps my change (and only the id of the publish it may retry).
    assert _snapshot(original) == before
