"""Writes `head_schema.py`: the schema a new file gets, as plain data, read from a file made
by `schema.py`'s SQLAlchemy tables.

Opening a file at the head format compares its `sqlite_master` with that data and reads it
through the raw driver, so SQLAlchemy (half a second of imports) is not needed to open one.
`tests/store/test_head_schema.py` fails when the data and the tables differ; then run

    .venv/bin/python -m roadmap.store.head_schema_source

and commit the rewritten `roadmap/store/head_schema.py`.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from pprint import pformat

from roadmap.store.schema_check import Shape, read_shape

TARGET = Path(__file__).with_name("head_schema.py")

_HEADER = '''"""The schema a new roadmap file gets, as `schema_check.read_shape` reads it (written by
`head_schema_source.py` from `schema.py`; do not edit by hand).

Columns: name, declared type, not null, place in the primary key (0: not in it). Foreign keys:
target table, column, target column, on delete. ORDER: the tables in the order they are
created, parents first (a delete is planned through its children in this order).
"""

Column = tuple[str, str, int, int]
Reference = tuple[str, str, str, str]

# fmt: off
'''


def creation_order() -> list[str]:
    """The tables in the order SQLAlchemy creates them (parents before children)."""
    from roadmap.store.schema import metadata

    return [table.name for table in metadata.sorted_tables]


def made_shape() -> Shape:
    """The schema a new file gets, created with SQLAlchemy in memory and read back."""
    from sqlalchemy import create_engine

    from roadmap.store.migrate import create_schema

    connection = sqlite3.connect(":memory:", check_same_thread=False)
    engine = create_engine("sqlite://", creator=lambda: connection)
    create_schema(engine)
    return read_shape(connection)


def source(shape: Shape, order: list[str]) -> str:
    """The text of `head_schema.py` for `shape` and the tables' creation `order`."""
    tables = {
        name: (columns, tuple(sorted(keys)))
        for name, (columns, keys) in sorted(shape.tables.items())
    }
    return (
        _HEADER
        + "TABLES: dict[str, tuple[tuple[Column, ...], tuple[Reference, ...]]]\n"
        + f"TABLES = {pformat(tables, width=99)}\n\n"
        + "INDEXES: dict[str, str]\n"
        + f"INDEXES = {pformat(dict(sorted(shape.indexes.items())), width=99)}\n\n"
        + "ORDER: list[str]\n"
        + f"ORDER = {pformat(order, width=99)}\n"
    )


def main() -> int:
    TARGET.write_text(source(made_shape(), creation_order()), encoding="utf-8")
    print(f"wrote {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
