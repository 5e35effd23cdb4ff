"""Lineage: where a roadmap file came from (the base of a breakout copy) and which copies were
merged into it. One `LineageRow` each; the content is a roadmap packed by `domain.packing`.

The rows travel with the file, and with its JSON and workbook exports, so a copy that went
out as a workbook and came back still merges against its base.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from roadmap.domain.errors import ValidationError

BASE = "base"  # this file is the breakout copy `id`; `content` is its base
MERGED = "merged"  # the copy `id` was merged into this file; `content` is that copy as merged
ROLES = (BASE, MERGED)
FIELDS = ("role", "id", "roadmap_id", "label", "parent_id", "created", "content")


@dataclass(frozen=True)
class LineageRow:
    role: str
    id: str
    roadmap_id: str
    label: str
    parent_id: str | None
    created: str
    content: bytes

    @property
    def key(self) -> tuple[tuple[str, str], ...]:
        return (("role", self.role), ("id", self.id))

    def row(self) -> dict[str, Any]:
        return asdict(self)

    def plain(self) -> dict[str, Any]:
        """As text only (the content in base64), for JSON and workbook cells."""
        return {**self.row(), "content": base64.b64encode(self.content).decode("ascii")}


def from_plain(record: Mapping[str, Any]) -> LineageRow:
    """The row `plain()` wrote; raises `ValidationError` for anything else."""
    try:
        values = {name: record.get(name) for name in FIELDS}
        texts = [values[n] for n in FIELDS if n != "parent_id"]
        if not all(isinstance(v, str) and v for v in texts[:3]) or values["role"] not in ROLES:
            raise ValueError("role, id and roadmap_id are required")
        parent = values["parent_id"]
        content = base64.b64decode(str(values["content"]), validate=True)
        return LineageRow(
            str(values["role"]),
            str(values["id"]),
            str(values["roadmap_id"]),
            str(values["label"] or ""),
            None if parent in (None, "") else str(parent),
            str(values["created"] or ""),
            content,
        )
    except (ValueError, TypeError, binascii.Error) as exc:
        raise ValidationError("copy.lineage_unreadable", reason=str(exc)) from None
