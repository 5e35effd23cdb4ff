"""The schema written out as data (`head_schema.py`, `tables.py`) says what SQLAlchemy's
tables say: opening a file compares and reads it by the data, creating and migrating one by
the tables, so they must not drift apart."""

from __future__ import annotations

from sqlalchemy import Date

from roadmap.store import schema, tables
from roadmap.store.head_schema_source import creation_order, made_shape, source
from roadmap.store.schema import metadata
from roadmap.store.schema_check import expected_shape

REWRITE = "rewrite it: .venv/bin/python -m roadmap.store.head_schema_source"


def test_the_written_schema_is_what_a_new_file_gets() -> None:
    made = made_shape()
    assert expected_shape() == made, REWRITE
    with open(tables.head_schema.__file__, encoding="utf-8") as written:
        assert written.read() == source(made, creation_order()), REWRITE


def test_the_tables_facts_are_sqlalchemys() -> None:
    assert list(tables.BY_NAME) == [t.name for t in metadata.sorted_tables]
    for table in metadata.sorted_tables:
        facts = tables.BY_NAME[table.name]
        assert facts.columns == tuple(table.columns.keys())
        assert facts.primary_key == tuple(c.name for c in table.primary_key.columns)
        assert facts.dates == {c.name for c in table.columns if isinstance(c.type, Date)}
        assert set(facts.references) == {
            (fk.parent.name, fk.column.table.name, fk.ondelete or "RESTRICT")
            for fk in table.foreign_keys
        }
    # every kind's table, and every link table, is the one schema.py names
    assert {k: t.name for k, t in tables.TABLES.items()} == {
        k: t.name for k, t in schema.TABLES.items()
    }
    assert {k: (t.name, o, m) for k, (t, o, m) in tables.LINKS.items()} == {
        k: (t.name, o, m) for k, (t, o, m) in schema.LINKS.items()
    }
