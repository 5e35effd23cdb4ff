"""Breakout copies: a roadmap file that remembers the roadmap it came from and its base.

A copy holds the same roadmap (same IDs, same roadmap identity) plus one lineage row: its own
copy ID, the group's label, and the base — the content at the moment of copying, packed. A copy
of a copy keeps the first copy's base (the content the whole family grew from), so any member
of the family merges into any other against a base they share.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from roadmap.domain.entities import new_id
from roadmap.domain.errors import RoadmapError
from roadmap.domain.packing import pack, unpack
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.services.workspace import Workspace
from roadmap.store.lineage import BASE, MERGED, LineageRow


class NotACopy(RoadmapError):
    """The file remembers no base, so nothing tells its changes from the other side's."""


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def own_base(rows: list[LineageRow]) -> LineageRow | None:
    """The row saying which copy a file is and what it was copied from, if it is a copy."""
    return next((r for r in rows if r.role == BASE), None)


def copy_lineage(snapshot: RoadmapSnapshot, rows: list[LineageRow], label: str) -> LineageRow:
    """The lineage row of a new copy of a file holding `snapshot` with lineage `rows`."""
    parent = own_base(rows)
    content = parent.content if parent is not None else pack(snapshot)
    return LineageRow(
        BASE,
        new_id(),
        snapshot.info.id,
        label,
        parent.id if parent is not None else None,
        now_text(),
        content,
    )


def make_copy(source: Path, target: Path, label: str) -> LineageRow:
    """Write `target` as a breakout copy of the roadmap `source`, labelled `label`."""
    if not label.strip():
        raise RoadmapError("copy.label_missing")
    with Workspace.open(source, readonly=True) as workspace:
        snapshot = workspace.queries.snapshot()
        rows = workspace.queries.lineage()
    row = copy_lineage(snapshot, rows, label.strip())
    with Workspace.create(target, snapshot, [row]):
        pass
    return row


def make_copies(source: Path, folder: Path, labels: list[str]) -> list[Path]:
    """One copy of `source` per label in `folder`, named "<source name> - <label>.roadmap".

    All names are checked before any file is written, so a clash leaves nothing behind.
    """
    targets = [folder / f"{source.stem} - {_safe(label)}{source.suffix}" for label in labels]
    if len(set(targets)) != len(targets):
        raise RoadmapError("copy.same_names")
    for target in targets:
        if target.exists():
            raise RoadmapError("copy.exists", path=str(target))
    written: list[Path] = []
    try:
        for label, target in zip(labels, targets, strict=True):
            make_copy(source, target, label)
            written.append(target)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return targets


def _safe(label: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_.()" else "_" for c in label.strip())
    return cleaned.strip(". ") or "copy"


@dataclass(frozen=True)
class CopyToMerge:
    """A copy read for merging: who it is, its content, and the base to merge it against."""

    path: Path
    label: str
    copy_id: str
    parent_id: str | None
    base: RoadmapSnapshot
    theirs: RoadmapSnapshot


def read_copy(
    path: Path, into: list[LineageRow], bases: dict[bytes, RoadmapSnapshot] | None = None
) -> CopyToMerge:
    """Read the copy at `path` for merging into a file whose lineage is `into`.

    The base is the copy's own base, or — when this copy was merged before — the copy as it
    was merged then, so merging the same copy again brings only what changed since.
    `bases` holds bases already unpacked by their packed bytes: the copies handed out in one
    workshop share one base, and unpacking it costs a third of a second on L.
    """
    if not path.is_file():
        raise RoadmapError("merge.no_file", path=str(path))
    with Workspace.open(path, readonly=True) as workspace:
        theirs = workspace.queries.snapshot()
        rows = workspace.queries.lineage()
    return copy_read(path, theirs, rows, into, bases)


def copy_read(
    path: Path,
    theirs: RoadmapSnapshot,
    rows: list[LineageRow],
    into: list[LineageRow],
    bases: dict[bytes, RoadmapSnapshot] | None = None,
) -> CopyToMerge:
    """`read_copy` of a copy whose roadmap and lineage rows were read already."""
    own = own_base(rows)
    if own is None:
        raise NotACopy("merge.not_a_copy", name=path.name)
    merged_before = next((r for r in into if r.role == MERGED and r.id == own.id), None)
    base_row = merged_before or own
    base = None if bases is None else bases.get(base_row.content)
    if base is None:
        base = unpack(base_row.content)
        if bases is not None:
            bases[base_row.content] = base
    return CopyToMerge(path, own.label, own.id, own.parent_id, base, theirs)


def merged_row(copy: CopyToMerge) -> LineageRow:
    """The row a file keeps for a merged copy: the copy as merged, the next merge's base."""
    return LineageRow(
        MERGED,
        copy.copy_id,
        copy.theirs.info.id,
        copy.label,
        copy.parent_id,
        now_text(),
        pack(copy.theirs),
    )
