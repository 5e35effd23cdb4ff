"""`check --repair` for the tables besides the entities: baselines, lineage, repository link.

A row comes across when it can be read and passes the checks of opening (`side_tables`) and
its content decodes; every row left behind, and every baseline renamed because another kept
its name, is reported by name with the reason.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote

from roadmap.domain.baseline import decode_plan
from roadmap.domain.errors import RoadmapError
from roadmap.domain.packing import unpack
from roadmap.store.rows import quote
from roadmap.store.schema import metadata
from roadmap.store.side_tables import baseline_label_problems, checked_tables, shown

KEPT = ("baselines", "lineage", "repository_link")

# Reads one row (column → value) and says what is wrong with it, or nothing.
Judge = Callable[[dict[str, Any]], str | None]


def _baseline(row: dict[str, Any]) -> str | None:
    problems = baseline_label_problems(row["name"], row["taken_at"])
    if problems:
        return "; ".join(
            f"column {column}: {shown(value)} {says}" for column, value, says in problems
        )
    try:
        decode_plan(row["content"])
    except RoadmapError as why:
        return f"column content: {why.message}"
    return None


def _lineage(row: dict[str, Any]) -> str | None:
    try:
        unpack(bytes(row["content"]))
    except RoadmapError as why:
        return f"column content: {why.message}"
    return None


def _link(row: dict[str, Any]) -> str | None:
    try:
        json.loads(zlib.decompress(bytes(row["base"])))
    except (zlib.error, ValueError) as why:
        return f"column base: not a packed roadmap ({why})"
    return None


_JUDGES: dict[str, Judge] = {"baselines": _baseline, "lineage": _lineage, "repository_link": _link}


def read_side_rows(
    conn: sqlite3.Connection,
    read_rows: Callable[[str, str], Iterator[Any]],
) -> dict[str, tuple[list[dict[str, Any]], list[str]]]:
    """Per kept table: the rows that may come across, and one line per row that may not."""
    result = {}
    for table, label, checks in checked_tables():
        if table not in KEPT:
            continue
        columns = [c.name for c in metadata.tables[table].columns]
        tests = ", ".join(f"coalesce(({sql}), 0)" for _, sql, _ in checks)
        names = ", ".join(quote(c) for c in columns)
        sql = (
            f"SELECT rowid, {label}, {tests}, {names} FROM {quote(table)} "
            "WHERE rowid > ? ORDER BY rowid"
        )
        kept: list[dict[str, Any]] = []
        refused: list[str] = []
        for row in read_rows(table, sql):
            oks = row[2 : 2 + len(checks)]
            values = dict(zip(columns, row[2 + len(checks) :], strict=True))
            wrong = [
                f"column {column}: {shown(values[column])} {says}"
                for (column, _, says), ok in zip(checks, oks, strict=True)
                if not ok
            ]
            why = "; ".join(wrong) if wrong else _JUDGES[table](values)
            if why is None:
                kept.append(values)
            else:
                refused.append(f"row {row[1]!r}: {why}")
        result[table] = (kept, refused)
    return result


def distinct_names(rows: list[dict[str, Any]]) -> list[str]:
    """Rename baselines whose name another kept row has (names are unique); say each."""
    said = []
    taken = {row["name"] for row in rows}
    seen: set[str] = set()
    for row in rows:
        name = row["name"]
        if name in seen:
            number = 2
            while f"{name[:70]} ({number})" in taken:
                number += 1
            row["name"] = f"{name[:70]} ({number})"
            taken.add(row["name"])
            said.append(f"row {shown(row['id'])}: renamed {shown(name)} to {shown(row['name'])}")
        seen.add(name)
    return said


def undecodable_content(source: Path) -> bool:
    """Whether a baseline, lineage or link content of a sound file does not decode."""
    uri = "file:" + url_quote(str(source.resolve())) + "?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        found = read_side_rows(conn, lambda _table, sql: iter(conn.execute(sql, (-(1 << 63),))))
    return any(refused for _, refused in found.values())
