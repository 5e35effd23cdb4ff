"""What an edit did, row by row, and what it means to the views.

Every command is planned as a list of `RowChange`s (insert, update, delete of one row; see
`roadmap.store.interface`) and applied in one transaction. Undo applies the same list inverted and reversed, so every command,
including cascading deletes and whole imports, is undoable by the same few lines of code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from roadmap.domain.entities import EntityKind
from roadmap.store.interface import RowChange
from roadmap.store.tables import KIND_OF_TABLE, LINEAGE, link_kinds

__all__ = ["Action", "Changes", "Edit", "RowChange"]

Ref = tuple[EntityKind, str]


@dataclass(frozen=True)
class Changes:
    """Which entities an edit added, updated or removed, so views refresh only those."""

    added: frozenset[Ref] = field(default_factory=frozenset)
    updated: frozenset[Ref] = field(default_factory=frozenset)
    removed: frozenset[Ref] = field(default_factory=frozenset)

    def kinds(self) -> frozenset[EntityKind]:
        return frozenset(kind for kind, _ in self.added | self.updated | self.removed)

    def touches(self, *kinds: EntityKind) -> bool:
        return not self.kinds().isdisjoint(kinds)

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    @staticmethod
    def of(rows: Iterable[RowChange]) -> Changes:
        added: set[Ref] = set()
        updated: set[Ref] = set()
        removed: set[Ref] = set()
        for change in rows:
            kind = KIND_OF_TABLE.get(change.table)
            if change.table == LINEAGE:
                continue  # where the file came from: no record of the roadmap, no view shows it
            if kind is None:  # a link table: both ends changed
                ends = link_kinds(change.table)
                for column, value in change.key:
                    updated.add((ends[column], value))
                continue
            ref = (kind, dict(change.key)["id"])
            if change.before is None:
                added.add(ref)
            elif change.after is None:
                removed.add(ref)
            else:
                updated.add(ref)
        # An entity deleted and re-created in one edit reads as updated.
        both = added & removed
        return Changes(
            frozenset(added - both),
            frozenset((updated | both) - added - removed),
            frozenset(removed - both),
        )


class Action(StrEnum):
    """What kind of edit a command was; with the entity kind and name it makes the Undo title."""

    ADD = "add"
    CHANGE = "change"
    DELETE = "delete"
    MOVE = "move"
    REORDER = "reorder"
    LINK = "link"
    UNLINK = "unlink"
    IMPORT = "import"
    MERGE = "merge"


_VERBS = {
    Action.ADD: "Add",
    Action.CHANGE: "Change",
    Action.DELETE: "Delete",
    Action.MOVE: "Move",
    Action.REORDER: "Reorder",
    Action.LINK: "Link",
    Action.UNLINK: "Unlink",
    Action.IMPORT: "Import into",
    Action.MERGE: "Merge copies into",
}


@dataclass(frozen=True)
class Edit:
    """A done command: what it was (for the Undo menu), its rows, and what it changed."""

    action: Action
    kind: EntityKind
    name: str
    rows: tuple[RowChange, ...]
    count: int = 1  # how many things the edit did this to (several bars moved as one edit)

    @property
    def title(self) -> str:
        """An English title such as 'Move step "Tape-out"'; the app builds a translated one."""
        if self.count > 1:
            return f"{_VERBS[self.action]} {self.count} {self.kind.value.replace('_', ' ')}s"
        return f'{_VERBS[self.action]} {self.kind.value.replace("_", " ")} "{self.name}"'

    @cached_property
    def changes(self) -> Changes:
        """Computed once, however many views ask."""
        return Changes.of(self.rows)

    def fields_changed(self, kinds: frozenset[EntityKind]) -> frozenset[str] | None:
        """The fields this edit changed in records of `kinds`, or None when it added or
        removed such a record (a view that lays them out must do so again)."""
        fields: set[str] = set()
        for change in self.rows:
            if KIND_OF_TABLE.get(change.table) not in kinds:
                continue
            if change.before is None or change.after is None:
                return None
            fields.update(change.after)  # an update holds only the columns it changes
        return frozenset(fields)

    def inverse(self) -> Edit:
        rows = tuple(change.inverse() for change in reversed(self.rows))
        return Edit(self.action, self.kind, self.name, rows, self.count)
