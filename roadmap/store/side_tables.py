"""The values of the tables that are not records of the plan, checked when a file is opened.

`stored_values` checks every entity table; this module checks the rest the same way and says
what is wrong in the same words ("<file>, <table> row <id>, column <name>: <what is wrong>"):
the link tables (a product's pathways, a patent's steps), the baselines, the lineage of a
breakout copy and the tie to a shared repository. Opening checks each row's values and the
shape of the packed content (JSON that parses, zlib data); decoding every baseline's and every
copy's whole content costs about 80–300 ms per L-sized one, so `check` does that on top (see
`roadmap.services.stored_content`).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from roadmap.domain import rules
from roadmap.domain.baseline import PLAN_FORMAT, check_name
from roadmap.domain.errors import RoadmapError
from roadmap.domain.lineage import ROLES
from roadmap.domain.messages import Message, message
from roadmap.store.rows import quote
from roadmap.store.tables import LINKS

_ZLIB = "x'78'"  # the first byte of every zlib stream written with the default window


def shown(value: Any) -> str:
    """A stored value as a message shows it: short, and binary data by its size."""
    if isinstance(value, bytes):
        return f"binary data ({len(value)} bytes)"
    if value is None:
        return "empty"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def shown_value(value: Any) -> str | Message:
    """A stored value as a message shows it: short, binary data by its size, NULL as empty
    (those two in the reader's language)."""
    if isinstance(value, bytes):
        return message("stored.binary", size=len(value))
    if value is None:
        return message("stored.empty")
    return shown(value)


def _is_text(c: str) -> str:
    return f"typeof({c}) = 'text'"


def _id_text(c: str) -> str:
    return f"typeof({c}) = 'text' AND length({c}) > 0"


def _packed(c: str) -> str:
    return f"typeof({c}) = 'blob' AND substr({c}, 1, 1) = {_ZLIB}"


def _optional(sql: str, c: str) -> str:
    return f"{c} IS NULL OR ({sql})"


# table → (row label, [(column, SQL true when the value is acceptable, what it is not)])
Checks = list[tuple[str, str, Message]]


def _link_checks(owner: str, member: str, owner_table: str, member_table: str) -> Checks:
    position = quote("position")
    return [
        (owner, _id_text(quote(owner)), message("stored.not_id")),
        (
            owner,
            f"{quote(owner)} IN (SELECT id FROM {quote(owner_table)})",
            message("stored.names_no_row", table=owner_table),
        ),
        (member, _id_text(quote(member)), message("stored.not_id")),
        (
            member,
            f"{quote(member)} IN (SELECT id FROM {quote(member_table)})",
            message("stored.names_no_row", table=member_table),
        ),
        (
            "position",
            f"typeof({position}) = 'integer' AND {position} BETWEEN {rules.INT_MIN} AND "
            f"{rules.INT_MAX}",
            message("stored.not_whole"),
        ),
    ]


_BASELINE_CHECKS: Checks = [
    ("id", _id_text("id"), message("stored.not_id")),
    ("name", _is_text("name"), message("stored.not_text")),
    ("taken_at", _is_text("taken_at"), message("stored.not_text")),
    ("taken_by", _is_text("taken_by"), message("stored.not_text")),
    ("note", _is_text("note"), message("stored.not_text")),
    (
        "content",
        # CASE, not AND: SQLite may evaluate json_extract of text that is not JSON (an error).
        "CASE WHEN typeof(content) = 'text' AND json_valid(content) "
        f"THEN json_extract(content, '$.format') IS {PLAN_FORMAT} "
        "AND json_type(content, '$.steps') = 'array' "
        "AND json_type(content, '$.products') = 'array' "
        "AND json_type(content, '$.pathways') = 'array' ELSE 0 END",
        message("stored.not_plan"),
    ),
]
_ROLES = ", ".join(f"'{role}'" for role in ROLES)
_LINEAGE_CHECKS: Checks = [
    (
        "role",
        f"typeof(role) = 'text' AND role IN ({_ROLES})",
        message("stored.not_one_of", choices=", ".join(ROLES)),
    ),
    ("id", _id_text("id"), message("stored.not_id")),
    ("roadmap_id", _id_text("roadmap_id"), message("stored.not_id")),
    ("label", _is_text("label"), message("stored.not_text")),
    ("parent_id", _optional(_id_text("parent_id"), "parent_id"), message("stored.not_id")),
    ("created", _is_text("created"), message("stored.not_text")),
    ("content", _packed("content"), message("stored.not_packed")),
]
_LINK_CHECKS: Checks = [
    ("id", "id IS 1", message("stored.not_first_link")),
    ("url", _id_text("url"), message("stored.not_url")),
    ("roadmap_id", _id_text("roadmap_id"), message("stored.not_id")),
    (
        "base_version",
        f"typeof(base_version) = 'integer' AND base_version BETWEEN 0 AND {rules.INT_MAX}",
        message("stored.not_version"),
    ),
    ("synced_at", _is_text("synced_at"), message("stored.not_text")),
    (
        "pending_publish",
        _optional(_id_text("pending_publish"), "pending_publish"),
        message("stored.not_id"),
    ),
    ("base", _packed("base"), message("stored.not_packed")),
    (
        "edited",
        "edited IS NULL OR (typeof(edited) = 'integer' AND edited IN (0, 1))",
        message("stored.not_one_of", choices="0, 1"),
    ),
]


def checked_tables() -> list[tuple[str, str, Checks]]:
    """(table, SQL of the row's label, checks) for every table this module looks after."""
    found = []
    for table, owner, member in LINKS.values():
        targets = {column: target for column, target, _rule in table.references}
        label = quote(owner)  # the product or patent whose list holds the bad value
        checks = _link_checks(owner, member, targets[owner], targets[member])
        found.append((table.name, label, checks))
    found.append(("baselines", "id", _BASELINE_CHECKS))
    found.append(("lineage", "role || ' ' || id", _LINEAGE_CHECKS))
    found.append(("repository_link", "id", _LINK_CHECKS))
    return found


def side_table_problems(conn: sqlite3.Connection, name: str, limit: int) -> list[str | Message]:
    """Every unusable value of the tables besides the entities, one line each."""
    problems: list[str | Message] = []
    for table, label, checks in checked_tables():
        tests = ", ".join(f"coalesce(({sql}), 0)" for _, sql, _ in checks)
        values = ", ".join(quote(column) for column, _, _ in checks)
        every = " AND ".join(f"coalesce(({sql}), 0)" for _, sql, _ in checks)
        sql = (
            f"SELECT {label}, {tests}, {values} FROM {quote(table)} WHERE NOT ({every}) "
            f"LIMIT {limit}"
        )
        n = len(checks)
        for row in conn.execute(sql):
            for i, (column, _, says) in enumerate(checks):
                if not row[1 + i]:
                    problems.append(
                        message(
                            "stored.value",
                            file=name,
                            table=table,
                            row=repr(row[0]),
                            column=column,
                            value=shown_value(row[1 + n + i]),
                            says=says,
                        )
                    )
    problems += _baseline_labels(conn, name)
    links = conn.execute("SELECT count(*) FROM repository_link").fetchone()[0]
    if links > 1:
        problems.append(
            message("stored.rows_at_most_one", file=name, table="repository_link", count=links)
        )
    return problems[:limit]


def _baseline_labels(conn: sqlite3.Connection, name: str) -> list[str | Message]:
    """What the SQL above cannot say: names as the rules take them, and times Python reads."""
    problems: list[str | Message] = []
    seen: set[str] = set()
    rows = conn.execute(
        "SELECT id, name, taken_at FROM baselines "
        "WHERE typeof(name) = 'text' AND typeof(taken_at) = 'text' ORDER BY rowid"
    )
    for row_id, label, taken_at in rows:
        at = {"file": name, "table": "baselines", "row": shown_value(row_id)}
        problems += [
            message("stored.value", **at, column=column, value=shown_value(value), says=says)
            for column, value, says in baseline_label_problems(label, taken_at)
        ]
        if label in seen:
            says = message("stored.names_another_baseline")
            problems.append(
                message("stored.value", **at, column="name", value=shown_value(label), says=says)
            )
        seen.add(label)
    return problems


def baseline_label_problems(label: str, taken_at: str) -> list[tuple[str, str, Message]]:
    """(column, its value, what is wrong) for a baseline's name and time as the services read
    them."""
    problems = []
    try:
        if check_name(label) != label:
            raise ValueError(label)
    except (RoadmapError, ValueError):
        problems.append(("name", label, message("stored.not_baseline_name")))
    try:
        datetime.fromisoformat(taken_at)
    except ValueError:
        problems.append(("taken_at", taken_at, message("stored.not_date_time")))
    return problems
