"""`check --repair` for the tables besides the entities: baselines, lineage, repository link.

A row comes across when it can be read and passes the checks of opening (`side_tables`) and
its content decodes; every row left behind, and every baseline renamed because another kept
its name, is reported by name with the reason — in the catalogue's words (`repair.*`).
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
from roadmap.domain.messages import Listing, Message, message
from roadmap.domain.packing import unpack
from roadmap.store.rows import quote
from roadmap.store.schema import metadata
from roadmap.store.side_tables import baseline_label_problems, checked_tables, shown_value

KEPT = ("baselines", "lineage", "repository_link")

# Reads one row (column → value) and says what is wrong with it, or nothing.
Judge = Callable[[dict[str, Any]], Message | Listing | None]


def _column(column: str, value: Any, says: Message) -> Message:
    return message("repair.column", column=column, value=shown_value(value), says=says)


def _wrong(problems: list[Message]) -> Message | Listing:
    """One row's problems on one line: a column's, or several columns' with the list comma."""
    return problems[0] if len(problems) == 1 else Listing(tuple(problems))


def _baseline(row: dict[str, Any]) -> Message | Listing | None:
    problems = baseline_label_problems(row["name"], row["taken_at"])
    if problems:
        return _wrong([_column(column, value, says) for column, value, says in problems])
    try:
        decode_plan(row["content"])
    except RoadmapError as why:
        return message("repair.column_why", column="content", why=why.message)
    return None


def _lineage(row: dict[str, Any]) -> Message | None:
    try:
        unpack(bytes(row["content"]))
    except RoadmapError as why:
        return message("repair.column_why", column="content", why=why.message)
    return None


def _link(row: dict[str, Any]) -> Message | None:
    try:
        json.loads(zlib.decompress(bytes(row["base"])))
    except (zlib.error, ValueError):  # zlib's or json's own words would be English only
        return message("repair.column_why", column="base", why=message("stored.not_packed"))
    return None


_JUDGES: dict[str, Judge] = {"baselines": _baseline, "lineage": _lineage, "repository_link": _link}


def read_side_rows(
    conn: sqlite3.Connection,
    read_rows: Callable[[str, str], Iterator[Any]],
) -> dict[str, tuple[list[dict[str, Any]], list[Message]]]:
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
        refused: list[Message] = []
        for row in read_rows(table, sql):
            oks = row[2 : 2 + len(checks)]
            values = dict(zip(columns, row[2 + len(checks) :], strict=True))
            wrong = [
                _column(column, values[column], says)
                for (column, _, says), ok in zip(checks, oks, strict=True)
                if not ok
            ]
            why = _wrong(wrong) if wrong else _JUDGES[table](values)
            if why is None:
                kept.append(values)
            else:
                refused.append(message("repair.row", id=repr(row[1]), why=why))
        result[table] = (kept, refused)
    return result


def distinct_names(rows: list[dict[str, Any]]) -> list[Message]:
    """Rename baselines whose name another kept row has (names are unique); say each."""
    said: list[Message] = []
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
            said.append(
                message(
                    "repair.renamed",
                    id=shown_value(row["id"]),
                    old=shown_value(name),
                    new=shown_value(row["name"]),
                )
            )
        seen.add(name)
    return said


def undecodable_content(source: Path) -> bool:
    """Whether a baseline, lineage or link content of a sound file does not decode."""
    uri = "file:" + url_quote(str(source.resolve())) + "?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        found = read_side_rows(conn, lambda _table, sql: iter(conn.execute(sql, (-(1 << 63),))))
    return any(refused for _, refused in found.values())
