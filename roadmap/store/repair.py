"""`roadmap check --repair`: save what SQLite can still read of a damaged roadmap.

Like SQLite's `.recover`, every table is read row by row, skipping past pages that cannot be
read; every row that decodes and passes the domain's rules is written, parents first, into a
new file beside the damaged one (`<name>.repaired.roadmap`). The damaged file is never changed.
Baselines, lineage and the repository link come across the same way (`repair_side.py`). The
report says, per table, how many rows came across and names each row that was refused or
changed (the first SHOWN of each table; the rest are counted).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from roadmap.domain.entities import EntityKind
from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import Listing, Message, message, render_value
from roadmap.domain.rules import validate
from roadmap.domain.snapshot import WRITE_ORDER
from roadmap.store.document import (
    DamagedError,
    DocumentError,
    ForeignSchemaError,
    StoredValueError,
    create_document,
    examine,
    is_roadmap_file,
)
from roadmap.store.inspection import undecodable_text_in
from roadmap.store.repair_side import KEPT, distinct_names, read_side_rows, undecodable_content
from roadmap.store.rows import codec, quote
from roadmap.store.schema import LINKS
from roadmap.store.side_tables import shown_value
from roadmap.store.stored_values import table_check

# What reading a damaged file raises: SQLite's errors, and an error message of SQLite that quotes
# damaged schema bytes (not UTF-8), which Python fails to decode.
_UNREADABLE = (sqlite3.DatabaseError, UnicodeDecodeError)
SHOWN = 20  # lines per table in the report; the rest is counted

# Why SQLite refused to write a row into the new file, by its extended result code, in the
# catalogue's words (SQLite's own text is English only; it stays a parameter of the rest).
_WRITE_REFUSALS = {
    sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY: "repair.why_lost_reference",
    sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY: "repair.why_repeated",
    sqlite3.SQLITE_CONSTRAINT_UNIQUE: "repair.why_repeated",
    sqlite3.SQLITE_CONSTRAINT_NOTNULL: "repair.why_empty",
    sqlite3.SQLITE_CONSTRAINT_CHECK: "repair.why_rule",
}

_SKIPS = (1, 2, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1 << 20, 1 << 24, 1 << 32)


@dataclass
class TableReport:
    table: str
    recovered: int = 0
    refused: int = 0  # read, but breaking a rule or naming something that was lost
    unreadable: bool = False  # part of the table sat in pages that could not be read
    # Each row refused, with the reason, and each that came across changed: in words of the
    # catalogue where this module has them (a Message), else as the checks said it.
    examples: list[Message] = field(default_factory=list)
    changed: list[Message] = field(default_factory=list)


@dataclass
class RepairReport:
    source: Path
    target: Path | None
    tables: list[TableReport]
    note: Message | None = None  # why there is no target

    @property
    def lost_anything(self) -> bool:
        return any(t.refused or t.unreadable for t in self.tables)

    @property
    def changed_anything(self) -> bool:
        return any(t.changed for t in self.tables)

    def as_text(self, language: str = "en") -> str:
        """The report in `language` ("en" or "zh")."""
        if self.target is None:
            return self.note.render(language) if self.note is not None else ""

        def say(code: str, **params: Any) -> str:
            return message(code, **params).render(language)

        lines = [say("repair.saved", name=self.source.name, target=str(self.target))]
        for t in self.tables:
            lost: list[Message] = []
            if t.refused:
                lost.append(message("repair.refused", count=t.refused))
            if t.unreadable:
                lost.append(message("repair.unreadable"))
            if t.changed:
                lost.append(message("repair.changed", count=len(t.changed)))
            if lost:
                lines.append(
                    say(
                        "repair.table_lost",
                        table=t.table,
                        recovered=t.recovered,
                        lost=Listing(tuple(lost)),
                    )
                )
            elif t.recovered:
                lines.append(say("repair.table", table=t.table, recovered=t.recovered))
            said = t.examples + t.changed
            lines += [f"    {render_value(line, language)}" for line in said[:SHOWN]]
            if len(said) > SHOWN:
                lines.append(say("repair.more", count=len(said) - SHOWN))
        if self.lost_anything:
            lines.append(say("repair.lost"))
        elif self.changed_anything:
            lines.append(say("repair.kept_changed"))
        else:
            lines.append(say("repair.kept"))
        return "\n".join(lines)


def write_refused(error: BaseException | None) -> Message:
    """Why SQLite would not write a repaired row, in words of the catalogue."""
    code = getattr(error, "sqlite_errorcode", None)
    entry = _WRITE_REFUSALS.get(code) if isinstance(code, int) else None
    if entry is not None:
        return message(entry)
    return message("repair.why_sqlite", reason=str(error))


def _read_rows(conn: sqlite3.Connection, sql: str, report: TableReport) -> Iterator[Any]:
    """Every row of `sql` (which must select rowid first and take `rowid > ?`), stepping over
    rows that sit in pages SQLite cannot read."""
    after = -(1 << 63)
    while True:
        try:
            cursor = conn.execute(sql, (after,))
            for row in cursor:
                after = row[0]
                yield row
            return
        except _UNREADABLE:
            report.unreadable = True
        for skip in _SKIPS:  # find the next rowid that can be read again
            try:
                found = conn.execute(sql + " LIMIT 1", (after + skip,)).fetchone()
            except _UNREADABLE:
                continue
            if found is None:
                return
            after = found[0] - 1
            break
        else:
            return


def _target_for(source: Path) -> Path:
    stem = source.name.removesuffix(".roadmap")
    target = source.with_name(f"{stem}.repaired.roadmap")
    number = 2
    while target.exists():
        target = source.with_name(f"{stem}.repaired-{number}.roadmap")
        number += 1
    return target


def repair(source: Path) -> RepairReport:
    """Write what can be read of `source` into a new file beside it; `source` is not changed."""
    try:
        examine(source)
    except (DamagedError, StoredValueError, ForeignSchemaError):
        if not is_roadmap_file(source):
            raise
    else:
        if not undecodable_text_in(source) and not undecodable_content(source):
            note = message("repair.not_damaged", name=source.name)
            return RepairReport(source, None, [], note)
    uri = "file:" + str(source.resolve()) + "?mode=ro"
    reports: list[TableReport] = []
    recovered: dict[EntityKind, list[tuple[str, list[Any]]]] = {}
    links: dict[str, list[tuple[Any, ...]]] = {}
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        conn.text_factory = lambda data: data.decode("utf-8", "replace")
        for kind in WRITE_ORDER:
            c = codec(kind)
            report = TableReport(c.table.name)
            reports.append(report)
            columns = ", ".join(quote(x) for x in c.columns)
            # The opening check's rules ride along, so a refused row names its column and why
            # in the catalogue's words rather than in Python's.
            check = table_check(kind)
            flags = ", ".join(f"({rule.sql})" for rule in check.rules)
            sql = (
                f"SELECT rowid, {columns}, {flags} FROM {quote(c.table.name)} "
                "WHERE rowid > ? ORDER BY rowid"
            )
            width = len(c.columns)
            rows: list[tuple[str, list[Any]]] = []
            try:
                for row in _read_rows(conn, sql, report):
                    values = list(row[1 : 1 + width])
                    oks = row[1 + width :]
                    wrong = [
                        (r, v) for r, v, ok in zip(check.rules, values, oks, strict=True) if not ok
                    ]
                    if wrong:
                        rule, value = wrong[0]
                        report.refused += 1
                        report.examples.append(
                            message(
                                "stored.value_here",
                                table=c.table.name,
                                row=shown_value(values[0]),
                                column=rule.column,
                                value=shown_value(value),
                                says=rule.says,
                            )
                        )
                        continue
                    try:
                        entity = c.make(values)
                        validate(entity)
                    except (RoadmapError, ValueError, TypeError, KeyError) as why:
                        report.refused += 1
                        reason = (
                            why.message
                            if isinstance(why, RoadmapError)
                            else message("repair.why_unusable", reason=str(why))
                        )
                        report.examples.append(
                            message("repair.row", id=repr(values[0]), why=reason)
                        )
                        continue
                    rows.append((str(values[0]), values))
            except _UNREADABLE:
                report.unreadable = True
            recovered[kind] = rows
        for table, owner, member in LINKS.values():
            report = TableReport(table.name)
            reports.append(report)
            sql = (
                f"SELECT rowid, {quote(owner)}, {quote(member)} FROM {quote(table.name)} "
                "WHERE rowid > ? ORDER BY rowid"
            )
            links[table.name] = [tuple(row[1:]) for row in _read_rows(conn, sql, report)]
        side_reports = {table: TableReport(table) for table in KEPT}
        reports += side_reports.values()
        side = read_side_rows(conn, lambda t, sql: _read_rows(conn, sql, side_reports[t]))
        for side_table, (_, refused) in side.items():
            side_reports[side_table].refused += len(refused)
            side_reports[side_table].examples += refused
        side_reports["baselines"].changed += distinct_names(side["baselines"][0])
    if not recovered.get(EntityKind.ROADMAP):
        raise DocumentError("file.too_damaged", name=source.name)
    target = _target_for(source)
    by_table = {r.table: r for r in reports}

    def fill(document: Any) -> None:
        with document.transaction() as db:
            for kind in WRITE_ORDER:
                c = codec(kind)
                report = by_table[c.table.name]
                # Kinds whose order the store keeps get theirs from the order rows were read in.
                names = [*c.columns, "position"] if c.stored_position else list(c.columns)
                cols = ", ".join(quote(x) for x in names)
                marks = ", ".join("?" * len(names))
                insert = f"INSERT INTO {quote(c.table.name)} ({cols}) VALUES ({marks})"
                rows = recovered[kind]
                chosen = rows[:1] if kind is EntityKind.ROADMAP else rows
                for at, (entity_id, values) in enumerate(chosen):
                    stored = [*values, at] if c.stored_position else values
                    try:
                        db.exec_driver_sql(insert, tuple(stored))
                    except DBAPIError as why:  # it names a row that was lost, or repeats one
                        report.refused += 1
                        report.examples.append(
                            message("repair.row", id=repr(entity_id), why=write_refused(why.orig))
                        )
                        continue
                    report.recovered += 1
            for table, owner, member in LINKS.values():
                report = by_table[table.name]
                insert = (
                    f"INSERT INTO {quote(table.name)} ({quote(owner)}, {quote(member)}, position) "
                    "VALUES (?, ?, ?)"
                )
                for at, pair in enumerate(links[table.name]):
                    try:
                        db.exec_driver_sql(insert, (*pair, at))
                    except DBAPIError:  # it names a row that was lost
                        report.refused += 1
                        report.examples.append(
                            message(
                                "repair.link_lost",
                                id=repr(pair[0]),
                                column=member,
                                value=repr(pair[1]),
                            )
                        )
                        continue
                    report.recovered += 1
            for side_table, (kept, _) in side.items():
                for row in kept:
                    cols = ", ".join(quote(x) for x in row)
                    marks = ", ".join("?" * len(row))
                    insert = f"INSERT INTO {quote(side_table)} ({cols}) VALUES ({marks})"
                    db.exec_driver_sql(insert, tuple(row.values()))
                    by_table[side_table].recovered += 1

    create_document(target, fill).close()
    return RepairReport(source, target, reports)
