"""A table of one kind of record (patents, organizations or people) that follows every edit:
new rows appear, deleted ones go, changed ones redraw, and names of the organizations and
pathways they point at stay current. `SortKeyFilter` sorts and filters it by `sort_key`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
)

from roadmap.domain.entities import Entity, EntityKind, Organization
from roadmap.services.changes import Edit
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


class RecordTableModel(QAbstractTableModel):
    def __init__(self, session: RoadmapSession, cls: type[Entity], columns: Sequence[str]) -> None:
        super().__init__()
        self.session = session
        self.cls = cls
        self.kind = cls.kind
        self.columns = tuple(columns)
        self.records: dict[str, Entity] = {}
        self.ids: list[str] = []
        self.rows: dict[str, int] = {}
        self.names: dict[str, str] = {}
        self._read_all()
        session.edited.connect(self._on_edited)

    def _read_all(self) -> None:
        queries = self.session.queries
        self.records = {e.id: e for e in queries.all(self.cls)}
        self.ids = list(self.records)
        self.rows = {record_id: row for row, record_id in enumerate(self.ids)}
        self._read_names()

    def _read_names(self) -> None:
        organizations = self.session.queries.all(Organization)
        self.names = {o.id: o.name for o in organizations}
        self.names.update({p.id: p.name for p in self.session.pathways.values()})

    # -- the model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

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

    def sort_key(self, row: int, column: int) -> tuple[int, Any]:
        """Dates as dates; everything else as the words shown, ignoring case; empty first."""
        name = self.columns[column]
        value = getattr(self.record(row), name)
        if value is None or value == "":
            return (0, "")
        if isinstance(value, date):
            return (1, value.isoformat())
        return (1, natural_key(self.display(name, value)))

    def row_of(self, record_id: str) -> int | None:
        return self.rows.get(record_id)

    # -- following edits -------------------------------------------------------------------

    def _on_edited(self, edit: Edit) -> None:
        changes = edit.changes
        if changes.touches(*NAMED_KINDS):
            self._read_names()
            if self.ids:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self.ids) - 1, len(self.columns) - 1)
                )
        if not changes.touches(self.kind):
            return
        for kind, record_id in changes.removed:
            row = self.rows.get(record_id)
            if kind is self.kind and row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.ids[row]
                del self.records[record_id]
                self.rows = {rid: r for r, rid in enumerate(self.ids)}
                self.endRemoveRows()
        queries = self.session.queries
        for kind, record_id in changes.added:
            if kind is self.kind and record_id not in self.rows:
                record = queries.get(self.cls, record_id)
                row = len(self.ids)
                self.beginInsertRows(QModelIndex(), row, row)
                self.ids.append(record_id)
                self.records[record_id] = record
                self.rows[record_id] = row
                self.endInsertRows()
        for kind, record_id in changes.updated:
            row = self.rows.get(record_id)
            if kind is self.kind and row is not None:
                self.records[record_id] = queries.get(self.cls, record_id)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
