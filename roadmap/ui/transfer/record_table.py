"""A table of one kind of record (patents, organizations or people) that follows every edit:
new rows appear, deleted ones go, changed ones redraw, and names of the organizations and
pathways they point at stay current. It sorts and filters itself on keys worked out once
(`KeyedRowsModel`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt

from roadmap.domain.entities import Entity, EntityKind, Organization
from roadmap.services.changes import Edit
from roadmap.ui.keyed_rows import KeyedRowsModel
from roadmap.ui.labels import field_label, tr, value_label
from roadmap.ui.session import RoadmapSession
from roadmap.ui.tables import ROOT, Index, natural_key

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's ID
# Fields that hold the ID of an organization or a pathway: shown by that thing's name.
ORGANIZATION_FIELDS = {
    "organization_id",
    "owner_org_id",
    "licensee_org_id",
    "from_org_id",
    "to_org_id",
}
NAMED_KINDS = (EntityKind.ORGANIZATION, EntityKind.PATHWAY)


def column_title(name: str) -> str:
    """A column's heading; an organization's kind is its sector to a planner."""
    return tr("Sector") if name == "org_kind" else field_label(name)


class RecordTableModel(KeyedRowsModel):
    def __init__(self, session: RoadmapSession, cls: type[Entity], columns: Sequence[str]) -> None:
        super().__init__()
        self.session = session
        self.cls = cls
        self.kind = cls.kind
        self.columns = tuple(columns)
        self.records: dict[str, Entity] = {}
        self.names: dict[str, str] = {}
        self._read_all()
        session.edited.connect(self._on_edited)

    def _read_all(self) -> None:
        queries = self.session.queries
        self.records = {e.id: e for e in queries.all(self.cls)}
        self._read_names()
        self._set(self._shown())

    def all_ids(self) -> list[str]:
        return list(self.records)

    def _read_names(self) -> None:
        organizations = self.session.queries.all(Organization)
        self.names = {o.id: o.name for o in organizations}
        self.names.update({p.id: p.name for p in self.session.pathways.values()})

    # -- the model interface -------------------------------------------------------------

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return column_title(self.columns[section])
        return None

    def record(self, row: int) -> Entity:
        return self.records[self.ids[row]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        record = self.record(index.row())
        if role == RECORD_ROLE:
            return record.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = self.columns[index.column()]
            return self.display(column, getattr(record, column))
        return None

    def display(self, column: str, value: Any) -> str:
        if value is None:
            return ""
        if column in ORGANIZATION_FIELDS or column == "pathway_id":
            return self.names.get(value, "")
        if isinstance(value, Enum):
            return value_label(value)
        if isinstance(value, date):
            return value.isoformat()
        return str(value)

    def sort_key(self, record_id: str, column: int) -> tuple[int, Any]:
        """Dates as dates; everything else as the words shown, ignoring case; empty first."""
        name = self.columns[column]
        value = getattr(self.records[record_id], name)
        if value is None or value == "":
            return (0, "")
        if isinstance(value, date):
            return (1, value.isoformat())
        return (1, natural_key(self.display(name, value)))

    def search_text(self, record_id: str) -> str:
        record = self.records[record_id]
        return "\x1f".join(self.display(c, getattr(record, c)) for c in self.columns).casefold()

    def row_of(self, record_id: str) -> int | None:
        return self.rows.get(record_id)

    # -- following edits -------------------------------------------------------------------

    def _on_edited(self, edit: Edit) -> None:
        changes = edit.changes
        if changes.touches(*NAMED_KINDS):
            self._read_names()
            if not changes.touches(self.kind):
                self.reset_rows()  # names shown (and sorted, and searched) may have changed
                return
        if not changes.touches(self.kind):
            return
        mine = self.kind

        def of_mine(pairs: frozenset[tuple[EntityKind, str]]) -> set[str]:
            return {record_id for kind, record_id in pairs if kind is mine}

        removed, added, updated = (
            of_mine(changes.removed),
            of_mine(changes.added),
            of_mine(changes.updated),
        )
        queries = self.session.queries
        for record_id in removed:
            self.records.pop(record_id, None)
        for record_id in added | updated:
            self.records[record_id] = queries.get(self.cls, record_id)
        if changes.touches(*NAMED_KINDS):
            self.reset_rows()
            return
        self.records_changed(added, removed, updated)
