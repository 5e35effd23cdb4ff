"""The navigator's tree of records: problems → pathways → steps, then products, organizations,
people and patents under their headings; renamed in place and reordered by dragging through
the same service commands as every edit, and following each edit row by row where it can."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from roadmap.domain.entities import (
    SIBLING_SCOPE,
    EntityKind,
    Organization,
    Patent,
    Person,
    Product,
)
from roadmap.domain.snapshot import RoadmapSnapshot, Timeline
from roadmap.services.changes import Action, Changes, Edit
from roadmap.services.queries import Queries
from roadmap.services.workspace import Workspace
from roadmap.ui.labels import tr
from roadmap.ui.session import RoadmapSession, TimelineShown
from roadmap.ui.tables import natural_key

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
MIME = "application/x-frontier-roadmap-node"
NAME_FIELD = {EntityKind.PROBLEM: "statement", EntityKind.PATENT: "title"}
SHOWN = {
    EntityKind.PROBLEM,
    EntityKind.PATHWAY,
    EntityKind.STEP,
    EntityKind.PRODUCT,
    EntityKind.ORGANIZATION,
    EntityKind.PERSON,
    EntityKind.PATENT,
}


# Combined once: or-ing Qt's flags in Python costs microseconds, and the tree asks thousands
# of times while a big roadmap opens.
_READ_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_HEADING_FLAGS = _READ_FLAGS | Qt.ItemFlag.ItemIsDropEnabled
_EDIT_FLAGS = _HEADING_FLAGS | Qt.ItemFlag.ItemIsEditable
_MOVABLE_FLAGS = _EDIT_FLAGS | Qt.ItemFlag.ItemIsDragEnabled
# Rows that never hold others say so: the tree then does not ask whether they have children
# (a Python call each) every time it lays out its rows again, e.g. after a step is added.
_PARENTS = {EntityKind.PROBLEM, EntityKind.PATHWAY}
_LEAF = Qt.ItemFlag.ItemNeverHasChildren
_LEAF_FLAGS = {
    flags: flags | _LEAF for flags in (_READ_FLAGS, _HEADING_FLAGS, _EDIT_FLAGS, _MOVABLE_FLAGS)
}


def name_of(entity: Any) -> str:
    return str(getattr(entity, NAME_FIELD.get(entity.kind, "name"), ""))


class Node:
    __slots__ = ("children", "entity_id", "kind", "name", "parent", "row")

    def __init__(
        self, kind: EntityKind | None, entity_id: str, name: str, parent: Node | None
    ) -> None:
        self.kind = kind  # None for the group headings
        self.entity_id = entity_id
        self.name = name
        self.parent = parent
        self.children: list[Node] = []
        self.row = 0
        if parent is not None:
            self.row = len(parent.children)
            parent.children.append(self)


Tree = tuple[Node, dict[tuple[EntityKind, str], Node]]


def tree_snapshot(shown: TimelineShown | RoadmapSession, queries: Queries) -> RoadmapSnapshot:
    """What the tree shows: the timeline as the views order it, the rest from the file."""
    return RoadmapSnapshot(
        info=shown.info,
        problems=tuple(shown.problems.values()),
        pathways=tuple(shown.pathways.values()),
        steps=tuple(shown.steps.values()),
        products=queries.all(Product),
        organizations=queries.all(Organization),
        people=queries.all(Person),
        patents=queries.all(Patent),
    )


def build_tree(snap: RoadmapSnapshot) -> Tree:
    """The tree's root and its nodes by record (plain Python: a worker may build it)."""
    root = Node(None, "", "", None)
    nodes: dict[tuple[EntityKind, str], Node] = {}

    def add(kind: EntityKind, entity: Any, parent: Node) -> Node:
        node = Node(kind, entity.id, name_of(entity), parent)
        nodes[(kind, entity.id)] = node
        return node

    problems = Node(None, "problems", tr("Problems"), root)
    by_problem: dict[str, list[Any]] = {}
    for pathway in sorted(snap.pathways, key=lambda p: p.position):
        by_problem.setdefault(pathway.problem_id, []).append(pathway)
    by_pathway: dict[str, list[Any]] = {}
    for step in sorted(snap.steps, key=lambda s: (s.position, s.start)):
        by_pathway.setdefault(step.pathway_id, []).append(step)
    for problem in sorted(snap.problems, key=lambda p: p.position):
        problem_node = add(EntityKind.PROBLEM, problem, problems)
        for pathway in by_problem.get(problem.id, []):
            pathway_node = add(EntityKind.PATHWAY, pathway, problem_node)
            for step in by_pathway.get(pathway.id, []):
                add(EntityKind.STEP, step, pathway_node)
    groups = (
        (
            "products",
            tr("Products"),
            EntityKind.PRODUCT,
            sorted(snap.products, key=lambda p: p.position),
        ),
        # Records without an order of their own, by name as people read it (2 before 10).
        (
            "organizations",
            tr("Organizations"),
            EntityKind.ORGANIZATION,
            sorted(snap.organizations, key=lambda o: natural_key(o.name)),
        ),
        (
            "people",
            tr("People"),
            EntityKind.PERSON,
            sorted(snap.people, key=lambda p: natural_key(p.name)),
        ),
        (
            "patents",
            tr("Patents"),
            EntityKind.PATENT,
            sorted(snap.patents, key=lambda p: natural_key(p.title)),
        ),
    )
    for key, label, kind, entities in groups:
        group = Node(None, key, label, root)
        for entity in entities:
            add(kind, entity, group)
    return root, nodes


def _prepare_tree(workspace: Workspace, timeline: Timeline) -> Tree:
    """The tree after a worker's big write, built in that worker (see `prepare_with`)."""
    return build_tree(tree_snapshot(TimelineShown(timeline), workspace.queries))


class NavigatorModel(QAbstractItemModel):
    def __init__(self, session: RoadmapSession) -> None:
        super().__init__()
        self.session = session
        self.root = Node(None, "", "", None)
        self.nodes: dict[tuple[EntityKind, str], Node] = {}
        self._build(self._read())
        session.edited.connect(self._on_edited)
        session.prepare_with("navigator", _prepare_tree)

    def _read(self) -> RoadmapSnapshot:
        """What the tree shows: the timeline from the session's copy, the rest from the file."""
        return tree_snapshot(self.session, self.session.queries)

    def _build(self, snap: RoadmapSnapshot) -> None:
        self.root, self.nodes = build_tree(snap)

    def _insert_or_remove_rows(self, changes: Changes) -> bool:
        """Follow steps and pathways added or removed row by row (a pasted list, a captured
        line, Add › Pathway, a pathway deleted with its steps) instead of building the tree
        again, which takes 65 ms to a second on a big roadmap; False when the edit touched
        more than steps and pathways."""
        refs = changes.added | changes.removed
        shown = {kind for kind, _ in refs} & SHOWN  # (records only linked: their names stay)
        if not refs or not shown <= {EntityKind.STEP, EntityKind.PATHWAY} or len(refs) > 200:
            return False  # (no record came or went: a reorder, built again)
        pathways = [
            self.session.pathways.get(entity_id)
            for kind, entity_id in changes.added
            if kind is EntityKind.PATHWAY
        ]
        added = [
            self.session.steps.get(entity_id)
            for kind, entity_id in changes.added
            if kind is EntityKind.STEP
        ]
        new = {p.id for p in pathways if p is not None}
        if any(p is None or (EntityKind.PROBLEM, p.problem_id) not in self.nodes for p in pathways):
            return False
        if any(
            step is None
            or (
                (EntityKind.PATHWAY, step.pathway_id) not in self.nodes
                and step.pathway_id not in new
            )
            for step in added
        ):
            return False
        # Pathways first: their steps leave with them, one row removal for all.
        for kind, entity_id in sorted(changes.removed, key=lambda ref: ref[0] is EntityKind.STEP):
            if kind in (EntityKind.STEP, EntityKind.PATHWAY):
                self._remove_node(self.nodes.get((kind, entity_id)))
        for pathway in pathways:
            assert pathway is not None
            problem = self.nodes[(EntityKind.PROBLEM, pathway.problem_id)]
            siblings = [
                p.id for p in self.session.pathways.values() if p.problem_id == problem.entity_id
            ]
            self._insert_node(
                problem, siblings.index(pathway.id), EntityKind.PATHWAY, pathway.id, pathway.name
            )
        for step in added:
            assert step is not None
            if (EntityKind.STEP, step.id) in self.nodes:
                continue
            parent = self.nodes[(EntityKind.PATHWAY, step.pathway_id)]
            self._insert_node(parent, len(parent.children), EntityKind.STEP, step.id, step.name)
        return True

    def _remove_node(self, node: Node | None) -> None:
        """Take `node` and what is under it out of the tree (gone already: nothing)."""
        if node is None or node.parent is None or node.kind is None:
            return
        parent = node.parent
        self.beginRemoveRows(self.createIndex(parent.row, 0, parent), node.row, node.row)
        del parent.children[node.row]
        for row, sibling in enumerate(parent.children[node.row :], start=node.row):
            sibling.row = row
        stack = [node]
        while stack:
            gone = stack.pop()
            if gone.kind is not None:
                self.nodes.pop((gone.kind, gone.entity_id), None)
            stack.extend(gone.children)
        self.endRemoveRows()

    def _insert_node(
        self, parent: Node, row: int, kind: EntityKind, entity_id: str, name: str
    ) -> None:
        """A new node for a record, at `row` under `parent`."""
        row = min(row, len(parent.children))
        self.beginInsertRows(self.createIndex(parent.row, 0, parent), row, row)
        node = Node(kind, entity_id, name, None)
        node.parent = parent
        parent.children.insert(row, node)
        for index, sibling in enumerate(parent.children[row:], start=row):
            sibling.row = index
        self.nodes[(kind, entity_id)] = node
        self.endInsertRows()

    def rebuild(self) -> None:
        tree: Tree | None = self.session.prepared("navigator")  # built by the worker that wrote
        self.beginResetModel()
        if tree is None:
            self._build(self._read())
        else:
            self.root, self.nodes = tree
        self.endResetModel()

    # -- the model interface -------------------------------------------------------------

    def node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        node = self.node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = ROOT) -> int:
        if parent.column() > 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 1

    def index_of(self, kind: EntityKind, entity_id: str) -> QModelIndex:
        node = self.nodes.get((kind, entity_id))
        return QModelIndex() if node is None else self.createIndex(node.row, 0, node)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return node.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.name
        if role == Qt.ItemDataRole.FontRole and node.kind is None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self.node(index)
        if node.kind is None:
            return _HEADING_FLAGS
        flags = (
            _READ_FLAGS
            if self.session.readonly
            else _MOVABLE_FLAGS
            if node.kind in SIBLING_SCOPE
            else _EDIT_FLAGS
        )
        return flags if node.kind in _PARENTS else _LEAF_FLAGS[flags]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        node = self.node(index)
        text = str(value).strip()
        if node.kind is None or text == node.name:
            return False
        field = NAME_FIELD.get(node.kind, "name")
        kind, entity_id = node.kind, node.entity_id
        values: dict[str, Any] = {field: text}
        return self.session.perform(lambda c: c.update(kind, entity_id, **values)) is not None

    # -- drag to reorder ---------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        nodes = [self.node(i) for i in indexes if i.isValid()]
        if nodes and nodes[0].kind is not None:
            data.setData(MIME, f"{nodes[0].kind.value}:{nodes[0].entity_id}".encode())
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(MIME):
            return False
        kind_text, entity_id = bytes(data.data(MIME).data()).decode().split(":", 1)
        node = self.nodes.get((EntityKind(kind_text), entity_id))
        if node is None or node.parent is None:
            return False
        target = self.node(parent)
        if row < 0 and target.parent is node.parent:  # dropped onto a sibling: go before it
            row, target = target.row, node.parent
        if target is not node.parent:
            self.session.refused.emit(tr("Drop it among its own siblings to change the order."))
            return False
        index = row if row >= 0 else len(target.children)
        if index > node.row:
            index -= 1
        assert node.kind is not None
        kind = node.kind
        self.session.perform(lambda c: c.reorder(kind, entity_id, index))
        return False  # the tree is rebuilt from the edit; Qt must not remove the row itself

    # -- following edits ----------------------------------------------------------------------

    def _on_edited(self, edit: Edit) -> None:
        changes = edit.changes
        if not changes.kinds() & SHOWN:
            return
        # Records the tree does not show (a patent's events, links) come and go with edits of
        # those it shows (a patent's status): they need no new tree, which takes a second on
        # a big roadmap.
        came_or_went = any(kind in SHOWN for kind, _ in changes.added | changes.removed)
        if (edit.action is Action.REORDER or came_or_went) and not self._insert_or_remove_rows(
            changes
        ):
            self.rebuild()
            return
        for kind, entity_id in changes.updated:
            node = self.nodes.get((kind, entity_id))
            if node is None:
                continue
            entity = self.session.entity(kind, entity_id)
            if entity is None:
                continue
            name = name_of(entity)
            moved = (
                kind is EntityKind.STEP
                and node.parent is not None
                and node.parent.entity_id != getattr(entity, "pathway_id", "")
            )
            moved = moved or (
                kind is EntityKind.PATHWAY
                and node.parent is not None
                and node.parent.entity_id != getattr(entity, "problem_id", "")
            )
            if moved:
                self.rebuild()
                return
            if name != node.name:
                node.name = name
                index = self.createIndex(node.row, 0, node)
                self.dataChanged.emit(index, index)
