"""Baselines travel with their roadmap to and from the shared repository.

A baseline is not a record of the plan (no plan edit or merge writes one), so the snapshot
merge of publish and pull does not see it: baselines are rows of their own table, merged here
by the engine's rules over what of a baseline may change — its name and note (the plan it
keeps never changes). The base is the labels the file recorded at its last sync (packed with
the link's base); theirs is that base with the server's changes since (rows by row_version,
removals by marker), so a pull still reads only what changed.

- added on one side: added on the other. Names are unique within a roadmap: a baseline that
  comes in with a name another baseline of the file has (added, or renamed so, on the other
  side) is called "name (2)" (…) here, the file's own keeps its name, and the rename is
  reported (`BaselineMerge.renamed`) and sent to the server with the next publish — with this
  one, when it is a publish — so every copy ends up with the same names;
- deleted on one side and untouched on the other: deleted;
- a name or note changed on one side: changed on the other; changed differently on both, or
  deleted on one side and changed on the other, is a `Conflict` of kind baseline, settled by
  the same choices as the records' (`--prefer`, `--resolutions`, the merge dialog).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from roadmap.domain.entities import EntityKind
from roadmap.domain.merge import Conflict, ConflictKey, Side
from roadmap.store.interface import Row, RowChange

TABLE = "baselines"
LABELS = ("name", "note")

Labels = dict[str, Row]  # baseline id -> {"name": …, "note": …}


def labels_of(rows: Iterable[Row]) -> Labels:
    return {row["id"]: {f: row[f] for f in LABELS} for row in rows}


def _key(baseline_id: str) -> tuple[tuple[str, str], ...]:
    return (("id", baseline_id),)


def _free_name(name: str, taken: set[str]) -> str:
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name} ({number})", number + 1
    return candidate


@dataclass
class BaselineMerge:
    """What the file and the server each get, the conflicts, and the labels afterwards."""

    to_file: list[RowChange] = field(default_factory=list)
    to_server: list[RowChange] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    unresolved: list[Conflict] = field(default_factory=list)
    merged: Labels = field(default_factory=dict)  # the labels both hold after a publish
    theirs: Labels = field(default_factory=dict)  # the server's labels (the base after a pull)
    # (name on the server, name in the file) of each baseline renamed on its way in
    renamed: list[tuple[str, str]] = field(default_factory=list)


def merge_baselines(
    base: Labels,
    mine: Sequence[Row],
    changed: Sequence[Row],
    gone: Iterable[str],
    *,
    choices: Mapping[ConflictKey, Side] | None = None,
    prefer: Side | None = None,
) -> BaselineMerge:
    """Merge the file's baselines (`mine`, whole rows) with the server's, given as the rows
    written (`changed`, whole rows) and the ids removed (`gone`) since `base`."""
    out = BaselineMerge()
    mine_rows = {row["id"]: row for row in mine}
    their_rows = {row["id"]: row for row in changed}
    theirs = dict(base)
    for baseline_id in gone:
        theirs.pop(baseline_id, None)
    theirs.update(labels_of(changed))
    out.theirs = theirs
    names = {row["name"] for row in mine}

    def free(baseline_id: str, name: str) -> str:
        """`name`, or a free one if another baseline of the file has it (reported)."""
        own = mine_rows.get(baseline_id)
        if own is not None:  # its own name is free for it, and no longer taken once renamed
            names.discard(own["name"])
        kept = _free_name(name, names)
        names.add(kept)
        if kept != name:
            out.renamed.append((name, kept))
            out.to_server.append(
                RowChange(TABLE, _key(baseline_id), {"name": name}, {"name": kept})
            )
        return kept

    def choose(conflict: Conflict) -> Side | None:
        out.conflicts.append(conflict)
        side = (choices or {}).get(conflict.key, prefer)
        if side is None:
            out.unresolved.append(conflict)
        return side

    def take_theirs(baseline_id: str) -> None:
        row = dict(their_rows[baseline_id])
        row["name"] = free(baseline_id, row["name"])
        out.to_file.append(RowChange(TABLE, _key(baseline_id), None, row))
        out.merged[baseline_id] = {f: row[f] for f in LABELS}

    for baseline_id in dict.fromkeys([*base, *mine_rows, *theirs]):
        b, t = base.get(baseline_id), theirs.get(baseline_id)
        row = mine_rows.get(baseline_id)
        m = None if row is None else {f: row[f] for f in LABELS}
        if m == t:
            if m is not None:
                out.merged[baseline_id] = m
            continue
        if b is None:  # added on one side
            if row is not None:
                out.to_server.append(RowChange(TABLE, _key(baseline_id), None, dict(row)))
                out.merged[baseline_id] = m  # type: ignore[assignment]
            else:
                take_theirs(baseline_id)
            continue
        if m is None or t is None:  # deleted on one side
            if (t if m is None else m) == b:  # and untouched on the other
                if m is None:
                    out.to_server.append(RowChange(TABLE, _key(baseline_id), t, None))
                else:
                    out.to_file.append(RowChange(TABLE, _key(baseline_id), dict(row or {}), None))
                continue
            name = (m or t or b)["name"]
            whole = Conflict(
                EntityKind.BASELINE, baseline_id, name, None, b, m, t,
                records=((EntityKind.BASELINE, baseline_id),),
            )  # fmt: skip
            side = choose(whole)
            if side is Side.THEIRS:
                if t is None:
                    out.to_file.append(RowChange(TABLE, _key(baseline_id), dict(row or {}), None))
                else:
                    take_theirs(baseline_id)
            elif side is Side.MINE:
                if m is None:
                    out.to_server.append(RowChange(TABLE, _key(baseline_id), t, None))
                else:
                    out.to_server.append(RowChange(TABLE, _key(baseline_id), None, dict(row or {})))
                    out.merged[baseline_id] = m
            elif m is not None:
                out.merged[baseline_id] = m
            continue
        to_file: Row = {}
        to_server: Row = {}
        for name in LABELS:
            bv, mv, tv = b[name], m[name], t[name]
            if mv == tv:
                continue
            if mv == bv:
                to_file[name] = tv
            elif tv == bv:
                to_server[name] = mv
            else:
                one = Conflict(
                    EntityKind.BASELINE, baseline_id, m["name"], name, bv, mv, tv,
                    records=((EntityKind.BASELINE, baseline_id),),
                )  # fmt: skip
                side = choose(one)
                if side is Side.THEIRS:
                    to_file[name] = tv
                elif side is Side.MINE:
                    to_server[name] = mv
        key = _key(baseline_id)
        if "name" in to_file:
            to_file["name"] = free(baseline_id, to_file["name"])
        if to_file:
            out.to_file.append(RowChange(TABLE, key, {f: m[f] for f in to_file}, to_file))
        if to_server:
            out.to_server.append(RowChange(TABLE, key, {f: t[f] for f in to_server}, to_server))
        out.merged[baseline_id] = {**m, **to_file}
    return out
