"""The three-way rules baselines follow between a file and the repository (pure)."""

from __future__ import annotations

from roadmap.domain.merge import Side
from roadmap.services.baseline_sync import labels_of, merge_baselines


def row(baseline_id: str, name: str, note: str = "") -> dict[str, str]:
    return {
        "id": baseline_id,
        "name": name,
        "taken_at": "2026-01-01T00:00:00+00:00",
        "taken_by": "ana",
        "note": note,
        "content": "{}",
    }


BASE = [row("a", "Kick-off"), row("b", "Gate 1"), row("c", "Gate 2")]


def test_each_side_adds_renames_and_deletes_and_both_get_it() -> None:
    mine = [row("a", "Kick-off (final)"), row("b", "Gate 1"), row("m", "Mine new")]  # c deleted
    changed = [row("b", "Gate 1", "their note"), row("t", "Their new")]
    out = merge_baselines(labels_of(BASE), mine, changed, gone=[])
    assert not out.conflicts
    to_server = {(c.key[0][1], c.before is None, c.after is None): c.after for c in out.to_server}
    assert to_server == {
        ("a", False, False): {"name": "Kick-off (final)"},
        ("m", True, False): row("m", "Mine new"),
        ("c", False, True): None,
    }
    to_file = {(c.key[0][1], c.before is None): c.after for c in out.to_file}
    assert to_file == {("b", False): {"note": "their note"}, ("t", True): row("t", "Their new")}
    assert out.merged == {
        "a": {"name": "Kick-off (final)", "note": ""},
        "b": {"name": "Gate 1", "note": "their note"},
        "m": {"name": "Mine new", "note": ""},
        "t": {"name": "Their new", "note": ""},
    }


def test_the_same_field_changed_differently_is_a_conflict_settled_by_a_choice() -> None:
    mine = [row("a", "Mine"), *BASE[1:]]
    changed = [row("a", "Theirs")]
    out = merge_baselines(labels_of(BASE), mine, changed, gone=[])
    assert [(c.id, c.field, c.base, c.mine, c.theirs) for c in out.unresolved] == [
        ("a", "name", "Kick-off", "Mine", "Theirs")
    ]
    assert out.to_file == [] and out.to_server == []
    settled = merge_baselines(
        labels_of(BASE), mine, changed, gone=[], choices={("baseline", "a", "name"): Side.THEIRS}
    )
    assert not settled.unresolved
    assert [c.after for c in settled.to_file] == [{"name": "Theirs"}]


def test_deleted_there_and_renamed_here_is_a_conflict_and_prefer_mine_puts_it_back() -> None:
    mine = [row("a", "Renamed"), *BASE[1:]]
    out = merge_baselines(labels_of(BASE), mine, [], gone=["a"])
    assert [(c.id, c.field) for c in out.unresolved] == [("a", None)]
    back = merge_baselines(labels_of(BASE), mine, [], gone=["a"], prefer=Side.MINE)
    assert [(c.before, c.after) for c in back.to_server] == [(None, row("a", "Renamed"))]


def test_a_name_the_file_already_uses_is_not_taken_twice() -> None:
    mine = [*BASE, row("m", "Pilot")]
    out = merge_baselines(labels_of(BASE), mine, [row("t", "Pilot")], gone=[])
    assert [c.after["name"] for c in out.to_file if c.after] == ["Pilot (2)"]
