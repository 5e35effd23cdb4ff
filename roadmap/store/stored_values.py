"""Every value a roadmap file stores, checked against the domain's rules when it is opened.

A file written by this program holds only values its commands accepted, but a file can come
from anywhere. Decoding runs on the fast path of `rows.py` (no per-value checks), so the file
is checked once, when it is opened: one statement per table finds the rows whose values the
decoders or the rules would refuse, and each is reported as "<file>, <table> row <id>, column
<name>: <what is wrong>".
"""

from __future__ import annotations

import sqlite3
import typing
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache
from typing import Any

from roadmap.domain import rules
from roadmap.domain.entities import ENTITY_TYPES, EntityKind
from roadmap.domain.messages import Message, message
from roadmap.store.rows import codec, quote
from roadmap.store.side_tables import shown_value, side_table_problems

MAX_PROBLEMS = 200

# Whole numbers with a range of their own (the domain's rules), by column name.
_INT_RANGES = {
    "trl_start": (rules.TRL_MIN, rules.TRL_MAX),
    "trl_target": (rules.TRL_MIN, rules.TRL_MAX),
    "progress": (0, 100),
    "value": (rules.SCORE_MIN, rules.SCORE_MAX),
    "lag_days": (-rules.LAG_LIMIT, rules.LAG_LIMIT),
}
_FLOAT_RANGES = {"weight": (0.0, rules.WEIGHT_MAX)}
_COLOR_COLUMNS = {"color"}
_HEX = "[0-9A-Fa-f]"


@dataclass(frozen=True)
class ColumnRule:
    column: str
    sql: str  # 1 when the value is acceptable, else 0: never NULL, whatever the value
    says: Message  # what an unacceptable value is not, e.g. "is not a date"


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _rule(column: str, hint: Any) -> ColumnRule:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    nullable = type(None) in typing.get_args(hint)
    base = args[0] if args else hint
    c = quote(column)
    if base is date:
        low, high = rules.DATE_MIN.isoformat(), rules.DATE_MAX.isoformat()
        # Only text lies between two texts (numbers sort before, blobs after): no typeof().
        # date() alone takes 2030-02-30; with a modifier it moves it on to March.
        sql = f"{c} NOTNULL AND {c} BETWEEN '{low}' AND '{high}' AND date({c}, '+0 days') IS {c}"
        says = message("stored.not_date", low=low[:4], high=high[:4])
    elif isinstance(base, type) and issubclass(base, Enum):
        allowed = ", ".join(_sql_text(m.value) for m in base)
        sql = f"{c} NOTNULL AND {c} IN ({allowed})"  # a number or blob never equals text
        says = message("stored.not_one_of", choices=", ".join(m.value for m in base))
    elif base is int:
        low_i, high_i = _INT_RANGES.get(column, (rules.INT_MIN, rules.INT_MAX))
        sql = f"typeof({c}) = 'integer'"
        if column in _INT_RANGES:  # SQLite's integers are 64-bit: the type says the rest
            sql += f" AND {c} BETWEEN {low_i} AND {high_i}"
        says = (
            message("stored.not_whole_within", low=low_i, high=high_i)
            if column in _INT_RANGES
            else message("stored.not_whole")
        )
    elif base is float:
        low_f, high_f = _FLOAT_RANGES.get(column, (-1.7976931348623157e308, 1.7976931348623157e308))
        sql = f"typeof({c}) IN ('integer', 'real') AND {c} BETWEEN {low_f!r} AND {high_f!r}"
        says = (
            message("stored.not_finite_within", low=f"{low_f:g}", high=f"{high_f:g}")
            if column in _FLOAT_RANGES
            else message("stored.not_finite")
        )
    elif column in _COLOR_COLUMNS:
        sql = f"typeof({c}) = 'text' AND {c} GLOB '#{_HEX * 6}'"
        says = message("stored.not_colour")
    else:
        sql = f"typeof({c}) = 'text'"
        says = message("stored.not_text")
    if nullable:
        sql = f"{c} IS NULL OR ({sql})"
    return ColumnRule(column, sql, says)


@dataclass(frozen=True)
class TableCheck:
    """The one statement that finds the rows of a table holding a value the rules refuse."""

    table: str
    rules: tuple[ColumnRule, ...]
    sql: str  # id, then one flag per rule (0: refused), then the rule's stored value


@cache
def table_check(kind: EntityKind) -> TableCheck:
    """Built once per program run: the type hints it comes from are costly to evaluate."""
    c = codec(kind)
    hints = typing.get_type_hints(c.cls)
    column_rules = tuple(_rule(column, hints[column]) for column in c.columns)
    table = c.table.name
    # No rule is ever NULL (`_rule`), so the WHERE is a plain NOT (… AND …), which SQLite runs
    # as a chain of jumps: a coalesce() or IS around it makes every row cost a third more.
    checks = ", ".join(f"({r.sql})" for r in column_rules)
    values = ", ".join(quote(r.column) for r in column_rules)
    every = " AND ".join(f"({r.sql})" for r in column_rules)
    sql = (
        f"SELECT id, {checks}, {values} FROM {quote(table)} WHERE NOT ({every}) "
        f"LIMIT {MAX_PROBLEMS}"
    )
    return TableCheck(table, column_rules, sql)


def stored_value_problems(conn: sqlite3.Connection, name: str) -> list[str | Message]:
    """Every stored value the program could not use, one line each (at most MAX_PROBLEMS):
    the entities' here, the link tables', baselines', lineage's and repository link's in
    `side_tables`."""
    problems: list[str | Message] = []
    for kind in ENTITY_TYPES:
        check = table_check(kind)
        table, column_rules = check.table, check.rules
        n = len(column_rules)
        for row in conn.execute(check.sql):
            for i, rule in enumerate(column_rules):
                if not row[1 + i]:
                    problems.append(
                        message(
                            "stored.value",
                            file=name,
                            table=table,
                            row=shown_value(row[0]),
                            column=rule.column,
                            value=shown_value(row[1 + n + i]),
                            says=rule.says,
                        )
                    )
        if kind is EntityKind.ROADMAP:
            rows = conn.execute(f"SELECT count(*) FROM {quote(table)}").fetchone()[0]
            if rows != 1:
                problems.append(message("stored.rows_not_one", file=name, table=table, count=rows))
        if len(problems) >= MAX_PROBLEMS:
            break
    else:
        problems += side_table_problems(conn, name, MAX_PROBLEMS - len(problems))
    return problems[:MAX_PROBLEMS]


def undecodable_text(conn: sqlite3.Connection, name: str) -> list[Message]:
    """Text values that are not UTF-8, one line each: `check` and `--repair` look for them.

    Opening does not (decoding every text twice would double the cost of opening); a load
    that meets one refuses with `rows.UndecodableText` instead.
    """
    problems: list[Message] = []
    for kind in ENTITY_TYPES:
        c = codec(kind)
        hints = typing.get_type_hints(c.cls)
        for column in c.columns:
            args = [a for a in typing.get_args(hints[column]) if a is not type(None)]
            if (args[0] if args else hints[column]) is not str:
                continue
            table, col = quote(c.table.name), quote(column)
            try:
                conn.execute(f"SELECT {col} FROM {table}").fetchall()
                continue
            except sqlite3.OperationalError:
                pass
            for entity_id, value in conn.execute(
                f"SELECT CAST(id AS BLOB), CAST({col} AS BLOB) FROM {table}"
            ):
                try:
                    bytes(value or b"").decode("utf-8")
                except UnicodeDecodeError:
                    shown = bytes(entity_id).decode("utf-8", "replace")
                    problems.append(
                        message(
                            "stored.bad_encoding",
                            file=name,
                            table=c.table.name,
                            row=repr(shown),
                            column=column,
                        )
                    )
    return problems[:MAX_PROBLEMS]
