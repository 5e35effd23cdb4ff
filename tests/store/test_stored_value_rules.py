"""The stored-value check's SQL: each rule says 1 or 0 for any value, never NULL.

Opening finds refused rows with `WHERE NOT (rule AND rule AND …)`; a rule that came out NULL
for some value would let that row through unreported, so every rule is tried here on values
of every type SQLite can hold.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from roadmap.domain.entities import ENTITY_TYPES, EntityKind
from roadmap.store.stored_values import table_check

ODD_VALUES = [None, 0, 7, -3, 2.5, float("inf"), "", "x", "2030-01-01", "#A0B1C2", b"\x00\xff"]


@pytest.mark.parametrize("kind", list(ENTITY_TYPES), ids=lambda k: k.value)
def test_every_rule_is_one_or_zero_whatever_the_value(kind: EntityKind) -> None:
    with closing(sqlite3.connect(":memory:")) as conn:
        for rule in table_check(kind).rules:
            for value in ODD_VALUES:
                (verdict,) = conn.execute(
                    f'SELECT {rule.sql} FROM (SELECT ? AS "{rule.column}")', (value,)
                ).fetchone()
                assert verdict in (0, 1), (kind, rule.column, value, verdict)


def test_dates_the_calendar_does_not_have_are_refused() -> None:
    (start,) = [r for r in table_check(EntityKind.STEP).rules if r.column == "start"]
    with closing(sqlite3.connect(":memory:")) as conn:
        verdicts = {
            value: conn.execute(
                f'SELECT {start.sql} FROM (SELECT ? AS "start")', (value,)
            ).fetchone()[0]
            for value in ["2028-02-29", "2030-02-29", "2030-02-30", "2030-04-31", "2030-13-01"]
        }
    assert verdicts == {
        "2028-02-29": 1,
        "2030-02-29": 0,
        "2030-02-30": 0,
        "2030-04-31": 0,
        "2030-13-01": 0,
    }
