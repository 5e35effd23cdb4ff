"""`roadmap copy` and `roadmap merge` on real files, edited through the real commands."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from roadmap.cli import main
from roadmap.domain.entities import EntityKind, Step
from roadmap.services.workspace import Workspace
from tests.merge.edits import by_id

STEP = EntityKind.STEP


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(path: Path):  # type: ignore[no-untyped-def]
    with Workspace.open(path, readonly=True) as ws:
        return ws.queries.snapshot()


def steps(path: Path) -> dict[str, Step]:
    return {s.id: s for s in snapshot(path).steps}


@pytest.fixture
def family(sample_file: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, Path]:
    folder = sample_file.parent
    a, b = folder / "a.roadmap", folder / "b.roadmap"
    assert run(capsys, "copy", sample_file, a, "--label", "Group A")[0] == 0
    assert run(capsys, "copy", sample_file, b, "--label", "Group B")[0] == 0
    return sample_file, a, b


def first_steps(path: Path) -> list[Step]:
    return list(snapshot(path).steps[:3])


def test_a_copy_opens_like_any_roadmap_and_remembers_its_base(
    family: tuple[Path, Path, Path],
) -> None:
    main_file, a, _ = family
    assert by_id(snapshot(a)) == by_id(snapshot(main_file))
    with Workspace.open(a) as ws:
        (row,) = ws.queries.lineage()
        assert (row.role, row.label, row.roadmap_id) == ("base", "Group A", ws.queries.info().id)
        ws.commands.update(STEP, ws.queries.snapshot().steps[0].id, notes="edited in a copy")


def test_changes_from_two_groups_land_and_the_json_report_has_the_issue_shape(
    family: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    main_file, a, b = family
    s0, s1, s2 = first_steps(main_file)
    with Workspace.open(a) as ws:
        ws.commands.move_step(s0.id, s0.start, date(2025, 7, 31))
        ws.commands.delete(STEP, s2.id)
    with Workspace.open(b) as ws:
        ws.commands.update(STEP, s1.id, progress=55)
        ws.commands.add(
            Step("new-in-b", s1.pathway_id, s1.lane_id, "B's new step", s1.start, s1.end)
        )
    code, out, err = run(capsys, "merge", main_file, a, b, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert list(report) == ["added", "changed", "deleted", "conflicts", "duplicates"]
    assert report["added"] == {"step": 1}
    assert report["changed"]["step"] == 2
    assert report["deleted"]["step"] == 1
    assert report["conflicts"] == [] and report["duplicates"] == []
    merged = steps(main_file)
    assert merged[s0.id].end == date(2025, 7, 31)
    assert merged[s1.id].progress == 55
    assert s2.id not in merged and "new-in-b" in merged


def test_conflicts_stop_the_merge_with_exit_3_and_change_nothing(
    family: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    main_file, a, _ = family
    s0 = first_steps(main_file)[0]
    with Workspace.open(main_file) as ws:
        ws.commands.update(STEP, s0.id, name="Facilitator's name")
    with Workspace.open(a) as ws:
        ws.commands.update(STEP, s0.id, name="Group A's name")
    before = digest(main_file)
    code, out, err = run(capsys, "merge", main_file, a)
    assert code == 3
    assert "Facilitator's name" in out and "Group A's name" in out and "name" in out
    assert "nothing was changed" in err and err[-1] == "\n" and err.count("\n") == 1
    assert digest(main_file) == before

    code, out, _ = run(capsys, "merge", main_file, a, "--json")
    assert code == 3
    (conflict,) = json.loads(out)["conflicts"]
    assert set(conflict) == {"kind", "id", "name", "field", "base", "mine", "theirs"}
    assert (conflict["kind"], conflict["id"], conflict["field"]) == ("step", s0.id, "name")
    assert (conflict["base"], conflict["mine"], conflict["theirs"]) == (
        s0.name,
        "Facilitator's name",
        "Group A's name",
    )
    assert digest(main_file) == before

    resolutions = main_file.parent / "choices.json"
    report = json.loads(out)
    report["conflicts"][0]["choice"] = "theirs"
    resolutions.write_text(json.dumps(report), encoding="utf-8")
    code, _, err = run(capsys, "merge", main_file, a, "--resolutions", resolutions)
    assert code == 0, err
    assert steps(main_file)[s0.id].name == "Group A's name"


def test_prefer_settles_every_conflict_one_way(
    family: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    main_file, a, _ = family
    s0 = first_steps(main_file)[0]
    with Workspace.open(main_file) as ws:
        ws.commands.update(STEP, s0.id, notes="mine")
    with Workspace.open(a) as ws:
        ws.commands.update(STEP, s0.id, notes="theirs")
    assert run(capsys, "merge", main_file, a, "--prefer", "mine")[0] == 0
    assert steps(main_file)[s0.id].notes == "mine"


def test_dry_run_reports_what_the_real_run_does_and_writes_nothing(
    family: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    main_file, a, b = family
    s0, s1, _ = first_steps(main_file)
    with Workspace.open(a) as ws:
        ws.commands.update(STEP, s0.id, notes="from A")
    with Workspace.open(b) as ws:
        ws.commands.delete(STEP, s1.id)
    before = digest(main_file)
    code, dry, _ = run(capsys, "merge", main_file, a, b, "--dry-run", "--json")
    assert code == 0 and digest(main_file) == before
    code, real, _ = run(capsys, "merge", main_file, a, b, "--json")
    assert code == 0 and digest(main_file) != before
    assert json.loads(dry) == json.loads(real)
    assert json.loads(real)["deleted"]["step"] == 1


def test_merging_the_same_copy_twice_changes_nothing_the_second_time(
    family: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    main_file, a, _ = family
    s0, s1, _ = first_steps(main_file)
    with Workspace.open(main_file) as ws:
        ws.commands.update(STEP, s0.id, notes="mine")
    with Workspace.open(a) as ws:
        ws.commands.update(STEP, s0.id, notes="theirs")
        ws.commands.update(STEP, s1.id, progress=12)
    assert run(capsys, "merge", main_file, a, "--prefer", "mine")[0] == 0
    after_first = by_id(snapshot(main_file))
    code, out, _ = run(capsys, "merge", main_file, a, "--json")
    assert code == 0
    report = json.loads(out)
    assert report["added"] == report["changed"] == report["deleted"] == {}
    assert report["conflicts"] == []
    assert by_id(snapshot(main_file)) == after_first
    # The group goes on working: the next merge brings only what changed since.
    with Workspace.open(a) as ws:
        ws.commands.update(STEP, s1.id, progress=90)
    assert run(capsys, "merge", main_file, a)[0] == 0
    assert steps(main_file)[s1.id].progress == 90
    assert steps(main_file)[s0.id].notes == "mine"


def test_a_copy_of_a_copy_keeps_the_lineage(
    family: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    main_file, a, _ = family
    s0, s1, _ = first_steps(main_file)
    with Workspace.open(a) as ws:
        ws.commands.update(STEP, s0.id, notes="A before the split")
    a2 = main_file.parent / "a2.roadmap"
    assert run(capsys, "copy", a, a2, "--label", "A, second table")[0] == 0
    with Workspace.open(a2) as ws:
        (row,) = ws.queries.lineage()
        assert row.parent_id is not None and row.label == "A, second table"
        ws.commands.update(STEP, s1.id, notes="A2")
    with Workspace.open(main_file) as ws:
        ws.commands.update(STEP, s1.id, progress=33)
    assert run(capsys, "merge", main_file, a, a2)[0] == 0
    merged = steps(main_file)
    assert merged[s0.id].notes == "A before the split"
    assert (merged[s1.id].notes, merged[s1.id].progress) == ("A2", 33)


def test_a_copy_of_a_different_roadmap_is_refused_with_exit_2(
    family: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    main_file, _, _ = family
    other = tmp_path / "other.roadmap"
    stranger = tmp_path / "stranger.roadmap"
    assert run(capsys, "new", other, "--title", "Another plan")[0] == 0
    assert run(capsys, "copy", other, stranger)[0] == 0
    before = digest(main_file)
    code, out, err = run(capsys, "merge", main_file, stranger)
    assert code == 2 and out == ""
    assert "different roadmap" in err and err.count("\n") == 1
    assert digest(main_file) == before
    code, _, err = run(capsys, "merge", main_file, other)
    assert code == 2 and "not a breakout copy" in err
    assert digest(main_file) == before


def test_a_merge_is_one_undoable_edit(
    family: tuple[Path, Path, Path],
) -> None:
    from roadmap.services.merging import apply_merge, plan_merge, read_copies

    main_file, a, b = family
    s0, s1, _ = first_steps(main_file)
    with Workspace.open(a) as ws:
        ws.commands.update(STEP, s0.id, notes="A")
    with Workspace.open(b) as ws:
        ws.commands.delete(STEP, s1.id)
    with Workspace.open(main_file) as ws:
        before = by_id(ws.queries.snapshot())
        lineage_before = ws.queries.lineage()
        plan = plan_merge(ws.queries.snapshot(), lineage_before, read_copies(ws, [a, b]))
        edit = apply_merge(ws, plan)
        assert by_id(ws.queries.snapshot()) != before
        assert {r.role for r in ws.queries.lineage()} == {"merged"}
        ws.commands.revert(edit)
        assert by_id(ws.queries.snapshot()) == before
        assert ws.queries.lineage() == lineage_before
        ws.commands.apply(edit)
        assert s1.id not in {s.id for s in ws.queries.snapshot().steps}


def test_conflicts_and_refusals_follow_the_locale(
    family: tuple[Path, Path, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    main_file, a, _ = family
    s0 = first_steps(main_file)[0]
    with Workspace.open(main_file) as ws:
        ws.commands.update(STEP, s0.id, progress=10)
    with Workspace.open(a) as ws:
        ws.commands.update(STEP, s0.id, progress=20)
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    code, out, err = run(capsys, "merge", main_file, a)
    assert code == 3
    assert f"基准 {s0.progress} / 我方 10 / 对方 20" in out and "步骤" in out
    assert "处冲突；没有任何更改" in err
    code, _, err = run(capsys, "merge", main_file, main_file)
    assert code == 2 and "不是分组副本" in err


def test_a_merge_backs_up_first_and_restore_brings_the_roadmap_before_it_back(
    family: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from roadmap.store.backups import list_backups

    main_file, a, b = family
    s0, s1, _ = first_steps(main_file)
    with Workspace.open(a) as ws:
        ws.commands.update(STEP, s0.id, name="renamed by A")
    with Workspace.open(b) as ws:
        ws.commands.update(STEP, s0.id, name="renamed by B")
        ws.commands.delete(STEP, s1.id)
    before = by_id(snapshot(main_file))
    # Neither a dry run nor a merge stopped on its conflict writes anything, so no backup.
    assert run(capsys, "merge", main_file, a, b, "--dry-run")[0] == 3
    assert run(capsys, "merge", main_file, a, b)[0] == 3
    assert list_backups(main_file) == []
    code, _, err = run(capsys, "merge", main_file, a, b, "--prefer", "theirs")
    assert code == 0, err
    after = by_id(snapshot(main_file))
    assert after != before and steps(main_file)[s0.id].name == "renamed by B"
    (backup,) = list_backups(main_file)
    assert backup.reason == "before-merge"
    assert by_id(snapshot(backup.path)) == before
    code, _, err = run(capsys, "restore", main_file, "1")
    assert code == 0, err
    assert by_id(snapshot(main_file)) == before
