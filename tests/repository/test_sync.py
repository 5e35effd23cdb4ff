"""Clone, publish and pull against a real server: what lands where, and what never does."""

from __future__ import annotations

import sqlite3
import threading
import zlib
from contextlib import closing
from pathlib import Path

import pytest

from roadmap.cli import main
from roadmap.domain.entities import EntityKind
from roadmap.domain.snapshot import WRITE_ORDER, RoadmapSnapshot
from roadmap.services import publishing
from roadmap.services.publishing import SyncConflicts, clone, publish, pull
from roadmap.services.workspace import Workspace
from tests.repository.sync_support import (
    _digest,
    _rename_step,
    _server,
    _snapshot,
    _step_name,
)
from tests.support import canonical, in_order


def test_clone_by_title_gives_the_same_roadmap_and_remembers_no_password(
    published: tuple[str, Path], sample_snapshot: RoadmapSnapshot, tmp_path: Path, capsys
) -> None:
    url, _ = published
    copy = tmp_path / "clone.roadmap"
    assert main(["clone", url, sample_snapshot.info.title, str(copy)]) == 0
    assert canonical(_snapshot(copy)) == canonical(sample_snapshot)
    with closing(sqlite3.connect(copy)) as conn:
        stored_url, version = conn.execute(
            "SELECT url, base_version FROM repository_link"
        ).fetchone()
    assert version == 1 and stored_url.startswith("postgresql://")
    listed = capsys.readouterr()
    assert main(["repo", "list", url, "--json"]) == 0
    assert '"version": 1' in capsys.readouterr().out and listed.err == ""


def test_a_change_published_from_one_clone_is_pulled_into_another(
    published: tuple[str, Path], tmp_path: Path
) -> None:
    url, original = published
    step = _snapshot(original).steps[3]
    other = tmp_path / "other.roadmap"
    clone(url, _snapshot(original).info.id, other)
    _rename_step(other, step.id, "Renamed in the other copy")
    gone = _snapshot(original).steps[7].id
    with Workspace.open(other) as ws:
        ws.commands.delete(EntityKind.STEP, gone)
    result = publish(other)
    assert result.version == 2 and result.sent > 0
    assert _server(url, "SELECT name, row_version FROM steps WHERE id = :i", i=step.id) == [
        ("Renamed in the other copy", 2)
    ]
    pulled = pull(original)
    assert pulled.version == 2 and pulled.received > 0
    assert _step_name(original, step.id) == "Renamed in the other copy"
    assert gone not in {s.id for s in _snapshot(original).steps}
    assert canonical(_snapshot(original)) == canonical(_snapshot(other))


def test_a_publish_never_overwrites_a_row_changed_since_its_base(
    published: tuple[str, Path], tmp_path: Path, capsys
) -> None:
    url, original = published
    other = tmp_path / "other.roadmap"
    clone(url, _snapshot(original).info.id, other)
    step, elsewhere = _snapshot(original).steps[2], _snapshot(original).steps[5]
    _rename_step(other, step.id, "Theirs")
    assert publish(other).version == 2
    _rename_step(original, step.id, "Mine")
    before = _digest(original)
    assert main(["publish", str(original)]) == 3
    out, err = capsys.readouterr()
    assert "mine Mine / theirs Theirs" in out
    assert "nothing was changed" in err
    assert _server(url, "SELECT version FROM repository_roadmaps") == [(2,)]
    assert _server(url, "SELECT name FROM steps WHERE id = :i", i=step.id) == [("Theirs",)]
    assert _digest(original) == before
    # Put my change back as it was: then their change and my other change both land.
    _rename_step(original, step.id, step.name)
    _rename_step(original, elsewhere.id, "Mine, elsewhere")
    result = publish(original)
    assert result.version == 3 and result.received > 0
    assert _step_name(original, step.id) == "Theirs"
    assert _server(url, "SELECT name FROM steps WHERE id = :i", i=elsewhere.id) == [
        ("Mine, elsewhere",)
    ]


@pytest.mark.parametrize("same_row", [True, False])
def test_two_connections_racing_a_publish(
    published: tuple[str, Path], tmp_path: Path, same_row: bool
) -> None:
    """Two laptops publish at the same moment over their own connections: per row one wins,
    the other gets a conflict for that row, and no change is lost."""
    url, original = published
    steps = _snapshot(original).steps
    first, second = tmp_path / "first.roadmap", tmp_path / "second.roadmap"
    for path in (first, second):
        clone(url, _snapshot(original).info.id, path)
    _rename_step(first, steps[1].id, "First laptop")
    _rename_step(second, steps[1].id if same_row else steps[2].id, "Second laptop")
    barrier = threading.Barrier(2)
    outcome: dict[Path, object] = {}

    def run(path: Path) -> None:
        barrier.wait()
        try:
            outcome[path] = publish(path)
        except SyncConflicts as stopped:
            outcome[path] = stopped

    threads = [threading.Thread(target=run, args=(p,)) for p in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    names = dict(
        _server(
            url, "SELECT id, name FROM steps WHERE id IN (:a, :b)", a=steps[1].id, b=steps[2].id
        )
    )
    stopped = [p for p, o in outcome.items() if isinstance(o, SyncConflicts)]
    if same_row:
        assert len(stopped) == 1, outcome
        (loser,) = stopped
        winner = second if loser == first else first
        assert names[steps[1].id] == ("First laptop" if winner == first else "Second laptop")
        # The loser's change is still in its file: nothing lost, nothing overwritten.
        assert _step_name(loser, steps[1].id) == (
            "First laptop" if loser == first else "Second laptop"
        )
        assert _server(url, "SELECT version FROM repository_roadmaps") == [(2,)]
    else:
        assert stopped == [], outcome
        assert names == {steps[1].id: "First laptop", steps[2].id: "Second laptop"}
        assert _server(url, "SELECT version FROM repository_roadmaps") == [(3,)]


def test_a_publish_retried_after_a_lost_answer_is_applied_once(
    published: tuple[str, Path], monkeypatch
) -> None:
    url, original = published
    step = _snapshot(original).steps[4]
    _rename_step(original, step.id, "Sent once")
    real_write = publishing.write_link
    calls = {"n": 0}

    def connection_drops(conn, link):  # the server committed; the answer never came back
        calls["n"] += 1
        if calls["n"] == 1:
            raise ConnectionResetError("connection to the server was lost")
        real_write(conn, link)

    monkeypatch.setattr(publishing, "write_link", connection_drops)
    with pytest.raises(ConnectionResetError):
        publish(original)
    assert _server(url, "SELECT version FROM repository_roadmaps") == [(2,)]
    again = publish(original)
    assert again.version == 2 and again.already
    assert _server(url, "SELECT count(*) FROM repository_publishes") == [(2,)]
    assert _server(url, "SELECT name, row_version FROM steps WHERE id = :i", i=step.id) == [
        ("Sent once", 2)
    ]


def test_offline_publish_and_pull_say_so_and_change_nothing(
    published: tuple[str, Path], capsys
) -> None:
    _, original = published
    with closing(sqlite3.connect(original)) as conn, conn:
        conn.execute("UPDATE repository_link SET url = 'postgresql://nobody@127.0.0.1:1/gone'")
    _rename_step(original, _snapshot(original).steps[0].id, "Offline edit")
    before = _digest(original)
    for command in (["publish", str(original)], ["pull", str(original)]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert "cannot be reached" in err and err.count("\n") == 1
    assert _digest(original) == before


def test_publishing_the_same_roadmap_as_a_new_one_is_refused(
    published: tuple[str, Path], sample_snapshot: RoadmapSnapshot, tmp_path: Path, capsys
) -> None:
    url, _ = published
    again = tmp_path / "again.roadmap"
    Workspace.create(again, sample_snapshot).close()
    assert main(["publish", str(again), url]) == 2
    assert "already holds the roadmap" in capsys.readouterr().err


def test_portfolio_of_the_repository_equals_that_of_the_files(
    published: tuple[str, Path], capsys
) -> None:
    url, original = published
    assert main(["portfolio", url, "--json"]) == 0
    from_server = capsys.readouterr().out
    assert main(["portfolio", str(original.parent), "--json"]) == 0
    from_files = capsys.readouterr().out
    assert '"roadmaps": 1' in from_server
    assert from_server == from_files


def test_a_clone_lists_every_kind_and_every_list_in_the_published_order(
    published: tuple[str, Path], tmp_path: Path
) -> None:
    """Stored positions travel: the clone's content, order included, is the file's."""
    url, original = published
    mine = _snapshot(original)
    by_id = {kind: sorted(e.id for e in mine.of(kind)) for kind in WRITE_ORDER}
    # The order is not simply by id (else this test could not tell).
    assert any(by_id[kind] != [e.id for e in mine.of(kind)] for kind in WRITE_ORDER)
    copy = tmp_path / "clone.roadmap"
    clone(url, mine.info.id, copy)
    assert in_order(_snapshot(copy)) == in_order(mine)
    # After an edit that appends records, a pull keeps the order too.
    with Workspace.open(original) as ws:
        first = ws.queries.snapshot().organizations[0]
        ws.commands.update(EntityKind.ORGANIZATION, first.id, name="Renamed first")
    publish(original)
    pull(copy)
    assert in_order(_snapshot(copy)) == in_order(_snapshot(original))


def test_a_pulled_record_lands_where_it_was_published(
    published: tuple[str, Path], tmp_path: Path
) -> None:
    """One laptop adds an organization and publishes; another added one of its own meanwhile
    and pulls: the published one comes where it was published (before the local one), and
    after the next publish every copy lists them in one order."""
    from roadmap.domain.entities import Organization, new_id

    url, original = published
    roadmap_id = _snapshot(original).info.id
    other = tmp_path / "other.roadmap"
    clone(url, roadmap_id, other)
    with Workspace.open(other) as ws:
        ws.commands.add(Organization(new_id(), "Published elsewhere"))
    publish(other)
    with Workspace.open(original) as ws:
        ws.commands.add(Organization(new_id(), "Added here"))
    pull(original)
    names = [o.name for o in _snapshot(original).organizations]
    assert names[-2:] == ["Published elsewhere", "Added here"]
    publish(original)
    pull(other)
    fresh = tmp_path / "fresh.roadmap"
    clone(url, roadmap_id, fresh)
    assert in_order(_snapshot(fresh)) == in_order(_snapshot(original))
    assert in_order(_snapshot(other)) == in_order(_snapshot(original))


def test_a_list_reordered_elsewhere_is_pulled_in_its_published_order(
    published: tuple[str, Path], tmp_path: Path
) -> None:
    """A product's pathways and a patent's steps are ordered lists. One laptop extends them,
    then re-imports its roadmap's JSON with both lists turned around, and publishes; a pull
    elsewhere lists them as published (the pull placed a new entry at the end of its list and
    kept the old order of entries it had)."""
    import json

    url, original = published
    mine = _snapshot(original)
    product = next(p for p in mine.products if p.pathway_ids)
    patent = next(p for p in mine.patents if p.step_ids)
    extra = next(p.id for p in mine.pathways if p.id not in product.pathway_ids)
    more = next(s.id for s in mine.steps if s.id not in patent.step_ids)
    other = tmp_path / "other.roadmap"
    clone(url, mine.info.id, other)
    with Workspace.open(other) as ws:
        ws.commands.update(
            EntityKind.PRODUCT, product.id, pathway_ids=(*product.pathway_ids, extra)
        )
        ws.commands.update(EntityKind.PATENT, patent.id, step_ids=(*patent.step_ids, more))
    exported = tmp_path / "other.json"
    assert main(["export", str(other), str(exported)]) == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    for section, key in (("products", "pathway_ids"), ("patents", "step_ids")):
        for record in data[section]:
            if record["id"] in (product.id, patent.id):
                record[key] = record[key][::-1]
    exported.write_text(json.dumps(data), encoding="utf-8")
    assert main(["import", str(exported), str(other)]) == 0
    turned = _snapshot(other)
    pathways = next(p for p in turned.products if p.id == product.id).pathway_ids
    steps = next(p for p in turned.patents if p.id == patent.id).step_ids
    assert pathways == (extra, *reversed(product.pathway_ids))
    assert steps == (more, *reversed(patent.step_ids))
    publish(other)
    pull(original)
    pulled = _snapshot(original)
    assert next(p for p in pulled.products if p.id == product.id).pathway_ids == pathways
    assert next(p for p in pulled.patents if p.id == patent.id).step_ids == steps
    assert in_order(pulled) == in_order(turned)


def _link(path: Path) -> tuple[bytes, int, int, str]:
    with closing(sqlite3.connect(path)) as conn:
        base, version, edited, synced_at = conn.execute(
            "SELECT base, base_version, edited, synced_at FROM repository_link"
        ).fetchone()
    return bytes(base), version, edited, synced_at


def test_a_pull_that_brings_nothing_keeps_the_base_as_the_file_has_it(
    published: tuple[str, Path],
) -> None:
    """Nothing new on the server and no edit since the sync: the pull neither unpacks nor
    packs the file's base again (on L that held the window ~90 ms); it stays byte for byte."""
    _, path = published
    base, version, edited, _ = _link(path)
    assert edited == 0
    # The same base, packed otherwise (as a file of another build may hold it).
    repacked = zlib.compress(zlib.decompress(base), 9)
    assert repacked != base and publishing.unpack(repacked) == publishing.unpack(base)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE repository_link SET base = ?", (repacked,))
    before = canonical(_snapshot(path))
    result = pull(path)
    assert result.already and result.received == 0 and result.version == version
    assert _link(path)[:3] == (repacked, version, 0)
    assert canonical(_snapshot(path)) == before


def test_a_pull_after_an_edit_that_brings_nothing_still_says_the_file_differs(
    published: tuple[str, Path],
) -> None:
    _, path = published
    step = _snapshot(path).steps[2]
    _rename_step(path, step.id, "Edited here, not published")
    pull(path)
    base, _, edited, _ = _link(path)
    assert edited == 1  # the base is not the file: a publish has something to send
    assert {s.id: s.name for s in publishing.unpack(base).steps}[step.id] == step.name
