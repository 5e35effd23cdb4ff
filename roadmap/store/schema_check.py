"""Only our schema runs: a file's `sqlite_master` compared with what this program creates.

SQLite runs whatever a file's schema says — a trigger added by someone else would fire on the
first edit (and `trusted_schema=OFF` does not stop triggers on ordinary tables). So a file with
triggers, views, tables or indexes that are not ours, or with a column missing or changed, is
refused before anything is written, naming what is foreign.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cache

from roadmap.domain.messages import Message, message

Columns = tuple[tuple[str, str, int, int], ...]  # name, declared type, not null, primary key
ForeignKeys = frozenset[tuple[str, str, str, str]]  # table, from, to, on delete


@dataclass(frozen=True)
class Shape:
    tables: dict[str, tuple[Columns, ForeignKeys]]
    indexes: dict[str, str]  # name -> table
    others: list[tuple[str, str]]  # (type, name) of triggers, views, anything else


def read_shape(conn: sqlite3.Connection) -> Shape:
    tables: dict[str, tuple[Columns, ForeignKeys]] = {}
    indexes: dict[str, str] = {}
    others: list[tuple[str, str]] = []
    rows = conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    for kind, name, table in rows:
        if kind == "table":
            if name.startswith("sqlite_"):
                continue
            quoted = '"' + str(name).replace('"', '""') + '"'
            columns = tuple(
                (str(c[1]), str(c[2]).upper(), int(c[3]), int(c[5]))
                for c in conn.execute(f"PRAGMA table_info({quoted})")
            )
            keys = frozenset(
                (str(k[2]), str(k[3]), str(k[4]), str(k[6]).upper())
                for k in conn.execute(f"PRAGMA foreign_key_list({quoted})")
            )
            tables[str(name)] = (columns, keys)
        elif kind == "index":
            if not str(name).startswith("sqlite_autoindex_"):
                indexes[str(name)] = str(table)
        else:
            others.append((str(kind), str(name)))
    return Shape(tables, indexes, others)


@cache
def expected_shape() -> Shape:
    """The schema a new file gets, as `read_shape` reads it: written out as data in
    `head_schema.py` (see `head_schema_source.py`), so no SQLAlchemy is needed to compare."""
    from roadmap.store import head_schema

    tables = {
        name: (columns, frozenset(keys)) for name, (columns, keys) in head_schema.TABLES.items()
    }
    return Shape(tables, dict(head_schema.INDEXES), [])


def foreign_objects(conn: sqlite3.Connection, *, current: bool) -> list[Message]:
    """What in the file's schema is not ours, in words; empty when all of it is.

    An older format (`current` False) may lack tables, columns and indexes added since, but it
    holds nothing we never made.
    """
    ours = expected_shape()
    found = read_shape(conn)
    foreign = [_other(kind, name) for kind, name in found.others]
    for table, (columns, keys) in found.tables.items():
        expected = ours.tables.get(table)
        if expected is None:
            foreign.append(message("schema.table", name=repr(table)))
            continue
        want_columns, want_keys = expected
        by_name = {c[0]: c for c in want_columns}
        for column in columns:
            if column[0] not in by_name:
                foreign.append(message("schema.column", table=table, column=column[0]))
            elif column != by_name[column[0]]:
                foreign.append(message("schema.changed_column", table=table, column=column[0]))
        if current:
            present = {c[0] for c in columns}
            foreign += [
                message("schema.missing_column", table=table, column=c[0])
                for c in want_columns
                if c[0] not in present
            ]
        if not keys <= want_keys or (current and keys != want_keys):
            foreign.append(message("schema.changed_references", name=repr(table)))
    if current:
        foreign += [
            message("schema.missing_table", name=repr(t))
            for t in ours.tables
            if t not in found.tables
        ]
    for index, table in found.indexes.items():
        if ours.indexes.get(index) != table:
            foreign.append(message("schema.index", name=repr(index)))
    return foreign


def _other(kind: str, name: str) -> Message:
    """A trigger, a view or anything else SQLite keeps in its schema that we never make."""
    if kind == "trigger":
        return message("schema.trigger", name=repr(name))
    if kind == "view":
        return message("schema.view", name=repr(name))
    return message("schema.other", kind=kind, name=repr(name))
