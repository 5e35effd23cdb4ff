"""Adopt a scenario: bring another copy's plan into the open roadmap as one undoable edit.

What a planner means by "adopt this scenario" is "make the plan the scenario's", without
throwing away work done here that the scenario never touched. So, with the one merge engine:

- **The files share a base** (one is a breakout copy of the other, or both are copies of one
  roadmap): a three-way merge against that base with every conflict settled for the scenario
  (`prefer=theirs`). What the scenario changed lands, also where this roadmap changed the same
  field; what only this roadmap changed since the base stays. When nothing was changed here
  since, the roadmap ends up equal to the scenario. A copy adopted this way is recorded like a
  merged copy, so merging it later brings only what changed since.
- **No shared base** (two files with no lineage, or two different roadmaps): nothing tells
  "changed here" from "changed there", so the roadmap takes the scenario's records by ID —
  records only here are removed, records only there added, the rest take the scenario's
  values. The roadmap keeps its own identity and title.

Either way the result passes the whole-roadmap rules, a backup is taken first, and it is
written through `Commands.merge_in` as one edit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from roadmap.domain.merge import Side, merge_three
from roadmap.domain.packing import unpack
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.services.changes import Edit, RowChange
from roadmap.services.copies import copy_read, own_base
from roadmap.services.merging import UnsettledConflicts, count_changes, lineage_changes, plan_merge
from roadmap.services.workspace import Workspace


class AdoptBy(StrEnum):
    MERGE = "merge"  # three-way against the shared base, the scenario winning conflicts
    REPLACE = "replace"  # no shared base: the scenario's records by ID


@dataclass(frozen=True)
class Adoption:
    """What adopting the scenario at `path` would write."""

    path: Path
    by: AdoptBy
    mine: RoadmapSnapshot
    merged: RoadmapSnapshot
    lineage: tuple[RowChange, ...]
    kept_here: int  # records changed here since the base that keep this roadmap's version

    def counts(self) -> dict[str, dict[str, int]]:
        return count_changes(self.mine, self.merged)


def plan_adoption(workspace: Workspace, path: Path) -> Adoption:
    """Plan adopting the roadmap at `path` into `workspace` (nothing is written)."""
    mine = workspace.queries.snapshot()
    lineage = workspace.queries.lineage()
    with Workspace.open(path, readonly=True) as other:
        theirs = other.queries.snapshot()
        their_rows = other.queries.lineage()
    if theirs.info.id == mine.info.id and own_base(their_rows) is not None:
        copy = copy_read(path, theirs, their_rows, lineage)
        plan = plan_merge(mine, lineage, [copy], prefer=Side.THEIRS)
        if not plan.clean:
            raise UnsettledConflicts("merge.unsettled", count=len(plan.unresolved))
        return Adoption(
            path,
            AdoptBy.MERGE,
            mine,
            plan.merged,
            tuple(lineage_changes(plan)),
            _kept(copy.base, mine, plan.merged),
        )
    mine_base = own_base(lineage)
    if theirs.info.id == mine.info.id and mine_base is not None:
        # This file is a copy of the scenario (or of its ancestor): merge against our base.
        base = unpack(mine_base.content)
        result = merge_three(base, mine, theirs, prefer=Side.THEIRS)
        if not result.clean:
            raise UnsettledConflicts("merge.unsettled", count=len(result.unresolved))
        return Adoption(
            path, AdoptBy.MERGE, mine, result.merged, (), _kept(base, mine, result.merged)
        )
    # No base in common: against this roadmap itself as the base, every difference is the
    # scenario's change, so the engine returns the scenario's records, conflict-free.
    info = replace(theirs.info, id=mine.info.id, title=mine.info.title)
    result = merge_three(mine, mine, replace(theirs, info=info))
    return Adoption(path, AdoptBy.REPLACE, mine, result.merged, (), 0)


def _kept(base: RoadmapSnapshot, mine: RoadmapSnapshot, merged: RoadmapSnapshot) -> int:
    """Records changed, added or deleted here since `base` that stay as they are here."""
    kept = 0
    for key in {*base.by_id, *mine.by_id}:
        here = mine.get(*key)
        if base.get(*key) != here and merged.get(*key) == here:
            kept += 1
    return kept


def apply_adoption(workspace: Workspace, adoption: Adoption) -> Edit:
    """Write a planned adoption as one undoable edit, after a rotating backup."""
    if not workspace.document.readonly:
        workspace.backup("before-adopt")
    return workspace.commands.merge_in(adoption.mine, adoption.merged, adoption.lineage)
