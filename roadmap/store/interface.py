"""The store interface: everything the services ask of a storage backend, and nothing more.

The services plan every edit as `RowChange`s and read entities through a `StoreSession`; they
never write SQL. A backend (the SQLite document, a PostgreSQL repository) provides a `Store`
whose `write()` is one transaction and whose `read()` is one consistent snapshot.

Rows are plain dicts of column → value as the domain sees them: enums as their text value,
dates as `datetime.date` (whatever the driver keeps), numbers and text as they are.

The conflict rule, the same for every backend: a change is applied only over the row it was
planned against. An update or a delete names the row by its key *and* by the values it expects
(`before`, compared NULL-safely), and must touch exactly one row; an insert must not find its
key taken. Otherwise the whole transaction is rolled back with a `ConflictError`, so a change
never overwrites a row that changed underneath it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from roadmap.domain.entities import Entity, EntityKind

Row = dict[str, Any]
Key = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class RowChange:
    """One row of one table: inserted (no `before`), deleted (no `after`) or updated.

    An update's `before` and `after` hold only the columns it changes; a delete's `before`
    holds the whole row (so undo can insert it again, position included).
    """

    table: str
    key: Key
    before: Row | None
    after: Row | None

    def inverse(self) -> RowChange:
        return RowChange(self.table, self.key, self.after, self.before)


class StoreSession(Protocol):
    """One transaction (or one consistent read) on a store."""

    def load_all(self, kind: EntityKind) -> list[Entity]:
        """Every entity of `kind` in the stored order (by position; see `positions`)."""
        ...

    def load_where(self, kind: EntityKind, column: str, values: Iterable[Any]) -> list[Entity]:
        """The entities of `kind` whose `column` holds one of `values`, in the stored order."""
        ...

    def load_one(self, kind: EntityKind, entity_id: str) -> Entity | None: ...

    def exists(self, kind: EntityKind, entity_id: str) -> bool: ...

    def count(self, kind: EntityKind) -> int: ...

    def find_ids(self, kind: EntityKind, **equal: Any) -> list[str]:
        """IDs of the entities of `kind` whose columns equal the given values."""
        ...

    def rows_where(self, table: str, column: str, value: Any) -> list[Row]:
        """Whole rows of `table` (any table, link tables too) whose `column` equals `value`:
        the children of a row, for planning a delete with everything it takes along."""
        ...

    def table_rows(self, table: str, order_by: Sequence[str]) -> list[Row]:
        """Every whole row of `table` (a table of the store's own, such as baselines), in
        the order of the columns `order_by`."""
        ...

    def positions(self, table: str, scope: str | None = None, value: Any = None) -> list[Row]:
        """`{key columns…, "position": n}` of the rows of `table` (within `scope = value`),
        in order."""
        ...

    def next_position(self, table: str, scope: str | None = None, value: Any = None) -> int:
        """The position after the last row of `table` (within `scope = value`); 0 if none."""
        ...

    def insert_all(self, sections: Sequence[tuple[EntityKind, Sequence[Entity]]]) -> None:
        """Write whole sections (kind, entities in order) into an empty store, parents first;
        the same rows as `apply` of `services.sync.plan_insert`, without a change per row."""
        ...

    def apply(self, changes: Sequence[RowChange]) -> None:
        """Write the changes in order, each over the row it was planned against; raises
        `ConflictError` (and writes nothing, the transaction being rolled back) otherwise."""
        ...


class Store(Protocol):
    """A place roadmaps are kept: the `.roadmap` file, or a roadmap on a shared server."""

    @property
    def readonly(self) -> bool: ...

    def write(self) -> AbstractContextManager[StoreSession]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        ...

    def read(self) -> AbstractContextManager[StoreSession]:
        """A consistent read: every call in the block sees the same snapshot."""
        ...
