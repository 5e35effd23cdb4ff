"""The tables of a roadmap file as plain facts: names, columns, keys, dates, references.

Everything that reads or writes a file through the raw driver (the rows codec, the SQL
session, the services planning edits and deletes) asks here, not SQLAlchemy's metadata: the
facts come from `head_schema.py`, the schema a new file gets written out as data, so opening a
file at the head format imports no SQLAlchemy (half a second before the window could paint).
`schema.py` keeps the SQLAlchemy tables for creating and migrating files and for the server;
`tests/store/test_head_schema.py` checks that both say the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from roadmap.domain.entities import EntityKind
from roadmap.domain.snapshot import SECTION
from roadmap.store import head_schema


@dataclass(frozen=True)
class StoredTable:
    """One table: its columns in their order, primary key, date columns and foreign keys."""

    name: str
    columns: tuple[str, ...]
    primary_key: tuple[str, ...]
    dates: frozenset[str]
    # (column, table it points at, on delete) of each foreign key
    references: tuple[tuple[str, str, str], ...]


def _stored(name: str) -> StoredTable:
    columns, keys = head_schema.TABLES[name]
    key = sorted((c for c in columns if c[3]), key=lambda c: c[3])
    order = [c[0] for c in columns]
    return StoredTable(
        name,
        tuple(c[0] for c in columns),
        tuple(c[0] for c in key),
        frozenset(c[0] for c in columns if c[1] == "DATE"),
        # SQLite says NO ACTION where a key names no policy: a delete is then refused.
        tuple(
            (column, target, "RESTRICT" if rule == "NO ACTION" else rule)
            for target, column, _to, rule in sorted(keys, key=lambda k: order.index(k[1]))
        ),
    )


# alembic_version is Alembic's own: no row of ours is in it.
# In the order they are created, parents first.
BY_NAME: dict[str, StoredTable] = {name: _stored(name) for name in head_schema.ORDER}

# A kind's table is named as its section of a snapshot (the roadmap's own is "roadmap"); the
# test of this module holds the mapping to schema.py's.
TABLES: dict[EntityKind, StoredTable] = {
    EntityKind.ROADMAP: BY_NAME["roadmap"],
    **{kind: BY_NAME[section] for kind, section in SECTION.items()},
}

BASELINES = "baselines"
LINEAGE = "lineage"

KIND_OF_TABLE: dict[str, EntityKind] = {table.name: kind for kind, table in TABLES.items()}
KIND_OF_TABLE[BASELINES] = EntityKind.BASELINE

# Link tables behind an entity's list-of-IDs field: (table, owner column, member column).
LINKS: dict[tuple[EntityKind, str], tuple[StoredTable, str, str]] = {
    (EntityKind.PRODUCT, "pathway_ids"): (BY_NAME["pathway_products"], "product_id", "pathway_id"),
    (EntityKind.PATENT, "step_ids"): (BY_NAME["patent_steps"], "patent_id", "step_id"),
}


@cache
def referencing(table: str) -> tuple[tuple[str, str, str], ...]:
    """The (child table, column, ondelete) of every foreign key that points at `table`."""
    return tuple(
        (child.name, column, rule)
        for child in BY_NAME.values()
        for column, target, rule in child.references
        if target == table
    )


def primary_key(table: str) -> tuple[str, ...]:
    return BY_NAME[table].primary_key


@cache
def link_kinds(table: str) -> dict[str, EntityKind]:
    """For a link table, the kind each of its key columns points at."""
    targets = {column: target for column, target, _rule in BY_NAME[table].references}
    return {column: KIND_OF_TABLE[targets[column]] for column in primary_key(table)}
