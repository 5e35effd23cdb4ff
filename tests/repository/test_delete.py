"""`roadmap repo delete URL ROADMAP --yes`: an owner deletes one roadmap and everything of it;
without --yes, or for a planner or a reader, it is one line, exit 2, and nothing is deleted."""

# The fixtures are imported, so test parameters of their names shadow them.
# ruff: noqa: F811
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy.engine import make_url

from roadmap.cli import main
from roadmap.domain.entities import new_id
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.services.repository import list_repository, role_names
from roadmap.services.workspace import Workspace
from tests.repository.sync_support import _rename_step, _server, _snapshot
from tests.repository.test_roles import admin, login  # noqa: F401


def _two_roadmaps(url: str, sample_file: Path, zh: RoadmapSnapshot, tmp_path: Path) -> Path:
    other = tmp_path / "zh.roadmap"  # the same sample in Chinese, as a roadmap of its own
    Workspace.create(other, replace(zh, info=replace(zh.info, id=new_id()))).close()
    assert main(["publish", str(sample_file), url]) == 0
    assert main(["publish", str(other), url]) == 0
    return other


def test_an_owner_deletes_one_roadmap_and_everything_of_it(
    repository: str,
    sample_file: Path,
    sample_snapshot_zh: RoadmapSnapshot,
    tmp_path: Path,
    capsys,
) -> None:
    other = _two_roadmaps(repository, sample_file, sample_snapshot_zh, tmp_path)
    gone, kept = _snapshot(sample_file).info, _snapshot(other).info
    _rename_step(sample_file, _snapshot(sample_file).steps[0].id, "A later version")
    assert main(["publish", str(sample_file)]) == 0
    capsys.readouterr()
    assert main(["repo", "delete", repository, gone.title]) == 2
    err = capsys.readouterr().err
    assert "--yes" in err and err.count("\n") == 1
    assert len(list_repository(repository)) == 2
    assert main(["repo", "delete", repository, gone.title, "--yes"]) == 0
    assert gone.id in capsys.readouterr().out
    assert [e.id for e in list_repository(repository)] == [kept.id]
    for table in ("steps", "pathways", "pathway_products", "repository_publishes"):
        rows = _server(repository, f"SELECT count(*) FROM {table} WHERE roadmap_id = :i", i=gone.id)
        assert rows == [(0,)], table
    assert _server(repository, "SELECT count(*) FROM steps WHERE roadmap_id = :i", i=kept.id) == [
        (len(sample_snapshot_zh.steps),)
    ]
    # A clone of it keeps its file; publishing it says the roadmap is gone.
    assert main(["publish", str(sample_file)]) == 2
    assert "no longer holds" in capsys.readouterr().err


def test_a_planner_or_reader_may_not_delete(
    empty_database: str, login, sample_file: Path, capsys
) -> None:
    assert main(["repo", "init", empty_database, "--roles"]) == 0
    assert main(["publish", str(sample_file), empty_database]) == 0
    names = role_names(make_url(empty_database).database or "")
    title = _snapshot(sample_file).info.title
    capsys.readouterr()
    for role in ("planner", "reader"):
        url = login(names[role])
        assert main(["repo", "delete", url, title, "--yes"]) == 2
        err = capsys.readouterr().err
        assert "Only an owner" in err and err.count("\n") == 1, role
    assert [e.title for e in list_repository(empty_database)] == [title]
    owner = login(names["owner"])
    assert main(["repo", "delete", owner, title, "--yes"]) == 0
    assert list_repository(empty_database) == []
