"""Merge breakout copies into an open roadmap: plan with the engine, then write one edit.

`plan_merge` reads nothing but snapshots it is given and runs `domain.merge.merge_three` for
each copy in turn, each into the result of the one before. `apply_merge` writes the final
result through `Commands.merge_in` — the same diff-and-apply path as an import — together with
one lineage row per copy (the base for the next merge of that copy), as one undoable edit,
after a rotating backup ("before-merge") that `roadmap restore` puts back.
A dry run is the same plan without the write, so it reports the same numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from roadmap.domain.entities import Entity
from roadmap.domain.errors import RoadmapError, ValidationError
from roadmap.domain.merge import (
    RULES,
    Conflict,
    ConflictKey,
    Duplicate,
    ForeignRoadmap,
    MergeResult,
    Side,
    merge_three,
)
from roadmap.domain.messages import Message, message
from roadmap.domain.snapshot import WRITE_ORDER, RoadmapSnapshot
from roadmap.services.changes import Edit, RowChange
from roadmap.services.copies import CopyToMerge, merged_row, read_copy
from roadmap.services.workspace import Workspace
from roadmap.store.lineage import TABLE, LineageRow


class UnsettledConflicts(RoadmapError):
    """A merge cannot be written while conflicts are open."""


def plain(value: Any) -> Any:
    """A field value or a whole record as JSON can hold it (None stays None)."""
    if isinstance(value, Entity):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    return value


@dataclass(frozen=True)
class CopyMerge:
    """One copy and what merging it did."""

    copy: CopyToMerge
    result: MergeResult


@dataclass(frozen=True)
class MergePlan:
    """Every copy's merge, in order; `merged` is what the file would hold."""

    mine: RoadmapSnapshot
    merges: tuple[CopyMerge, ...]
    lineage_before: tuple[LineageRow, ...]

    @property
    def merged(self) -> RoadmapSnapshot:
        return self.merges[-1].result.merged if self.merges else self.mine

    @property
    def conflicts(self) -> list[Conflict]:
        return [c for m in self.merges for c in m.result.conflicts]

    @property
    def unresolved(self) -> list[Conflict]:
        return [c for m in self.merges for c in m.result.unresolved]

    @property
    def duplicates(self) -> list[Duplicate]:
        return [d for m in self.merges for d in m.result.duplicates]

    @property
    def clean(self) -> bool:
        return not self.unresolved

    def counts(self) -> dict[str, dict[str, int]]:
        """Records added, changed and deleted in the file, per kind (only kinds with any)."""
        return count_changes(self.mine, self.merged)

    def as_json(self, language: str = "en") -> dict[str, Any]:
        """The report `roadmap merge --json` prints; `--resolutions` reads it back."""
        return {
            **self.counts(),
            "conflicts": [conflict_json(c, language) for c in self.unresolved or self.conflicts],
            "duplicates": [
                {"kind": d.kind.value, "name": d.name, "mine": d.mine_id, "theirs": d.theirs_id}
                for d in self.duplicates
            ],
        }


def count_changes(before: RoadmapSnapshot, after: RoadmapSnapshot) -> dict[str, dict[str, int]]:
    """Records added, changed and deleted from `before` to `after`, per kind (only kinds with
    any): {"added": {kind: n}, "changed": {…}, "deleted": {…}}."""
    result: dict[str, dict[str, int]] = {"added": {}, "changed": {}, "deleted": {}}
    for kind in WRITE_ORDER:
        old = {e.id: e for e in before.of(kind)}
        new = {e.id: e for e in after.of(kind)}
        added = sum(1 for i in new if i not in old)
        deleted = sum(1 for i in old if i not in new)
        changed = sum(1 for i, e in new.items() if i in old and old[i] != e)
        for what, n in (("added", added), ("changed", changed), ("deleted", deleted)):
            if n:
                result[what][kind.value] = n
    return result


def conflict_json(conflict: Conflict, language: str = "en") -> dict[str, Any]:
    data = {
        "kind": conflict.kind.value,
        "id": conflict.id,
        "name": conflict.name,
        "field": conflict.field,
        "base": plain(conflict.base),
        "mine": plain(conflict.mine),
        "theirs": plain(conflict.theirs),
    }
    if conflict.field == RULES:
        data["reason"] = conflict.reason.render(language) if conflict.reason else ""
    return data


def read_resolutions(data: Any) -> dict[ConflictKey, Side]:
    """Choices from the `--json` report with `"choice": "mine"` or `"theirs"` on conflicts.

    Accepts the whole report or just its list of conflicts; conflicts without a choice stay
    open. Raises `ValidationError` for anything else.
    """
    items = data.get("conflicts") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ValidationError("merge.resolutions_no_list")
    choices: dict[ConflictKey, Side] = {}
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not {"kind", "id", "field"} <= item.keys():
            raise ValidationError("merge.resolution_incomplete", number=index + 1)
        choice = item.get("choice", item.get("resolution"))
        if choice is None:
            continue
        if choice not in ("mine", "theirs"):
            raise ValidationError(
                "merge.resolution_bad_choice", number=index + 1, choice=repr(choice)
            )
        field = item["field"]
        key = (str(item["kind"]), str(item["id"]), None if field is None else str(field))
        choices[key] = Side(choice)
    return choices


def plan_merge(
    mine: RoadmapSnapshot,
    lineage: Sequence[LineageRow],
    copies: Sequence[CopyToMerge],
    *,
    choices: Mapping[ConflictKey, Side] | None = None,
    prefer: Side | None = None,
) -> MergePlan:
    """Merge each copy in turn into `mine` (pure: nothing is read or written)."""
    merges: list[CopyMerge] = []
    current = mine
    for copy in copies:
        result = merge_three(copy.base, current, copy.theirs, choices=choices, prefer=prefer)
        merges.append(CopyMerge(copy, result))
        current = result.merged
    return MergePlan(mine, tuple(merges), tuple(lineage))


def read_copies(workspace: Workspace, paths: Sequence[Path]) -> list[CopyToMerge]:
    """Read the copies at `paths` for merging into `workspace` (refusals raise)."""
    return read_copies_into(workspace.queries.info().id, workspace.queries.lineage(), paths)


def read_copies_into(
    mine_id: str, lineage: Sequence[LineageRow], paths: Sequence[Path]
) -> list[CopyToMerge]:
    """Read the copies at `paths` for merging into the roadmap `mine_id` whose lineage is
    `lineage` (refusals raise). It opens only the copies' own files, so a window can run it
    in a worker thread: on L it takes seconds."""
    copies = []
    bases: dict[bytes, RoadmapSnapshot] = {}
    for path in paths:
        copy = read_copy(path, list(lineage), bases)
        if copy.theirs.info.id != mine_id or copy.base.info.id != mine_id:
            raise ForeignRoadmap("merge.foreign_roadmap", name=path.name)
        copies.append(copy)
    return copies


def lineage_changes(plan: MergePlan) -> list[RowChange]:
    """Rows that record each merged copy as it was merged (one row per copy, the last wins)."""
    before = {(r.role, r.id): r for r in plan.lineage_before}
    after: dict[tuple[str, str], LineageRow] = {}
    for merge in plan.merges:
        row = merged_row(merge.copy)
        after[(row.role, row.id)] = row
    changes = []
    for key, row in after.items():
        old = before.get(key)
        changes.append(RowChange(TABLE, row.key, None if old is None else old.row(), row.row()))
    return changes


def apply_merge(workspace: Workspace, plan: MergePlan) -> Edit:
    """Write a settled plan as one undoable edit, after a rotating backup of the file as it
    was (a merge rewrites many records at once, like import --replace); refuses a plan with
    open conflicts before anything is written or backed up."""
    if not plan.clean:
        raise UnsettledConflicts("merge.unsettled", count=len(plan.unresolved))
    if not workspace.document.readonly:
        workspace.backup("before-merge")
    return workspace.commands.merge_in(plan.mine, plan.merged, lineage_changes(plan))


def describe(conflict: Conflict) -> Message:
    """One line for a conflict: what, where, base / mine / theirs."""
    what = message("entity.named", kind=conflict.kind, name=conflict.name)
    if conflict.field == RULES:
        return message("merge.conflict_rule", what=what, reason=conflict.reason or "")
    if conflict.field is None:
        sides = {
            side: message("merge.side_deleted" if value is None else "merge.side_edited")
            for side, value in (("mine", conflict.mine), ("theirs", conflict.theirs))
        }
        return message("merge.conflict_record", what=what, **sides)

    def show(value: Any) -> str:
        shown = plain(value)
        return "—" if shown is None else str(shown)

    return message(
        "merge.conflict_field",
        what=what,
        field=conflict.field,
        base=show(conflict.base),
        mine=show(conflict.mine),
        theirs=show(conflict.theirs),
    )
