"""The navigator: problems → pathways → steps, then products, organizations, people and
patents (the tree is `navigator_model`). Rename in place (F2), drag to reorder, filter by
name; selecting selects everywhere."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from roadmap.domain.entities import EntityKind
from roadmap.ui.labels import tr
from roadmap.ui.navigator_model import NavigatorModel, Node
from roadmap.ui.session import RoadmapSession

# A list with more records than this starts folded (on a big roadmap: the problems' pathways,
# people, patents): a long list shown open costs the tree a Python call per row whenever it
# lays its rows out again (after every step added, say).
FOLDED_OVER = 60


class NavigatorFilter(QSortFilterProxyModel):
    def __init__(self, source: NavigatorModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


class Navigator(QWidget):
    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = NavigatorModel(session)
        self.proxy = NavigatorFilter(self.model)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragEnabled(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self._syncing = False
        # The rows open now, kept as they open and close: asking the tree about every row
        # before a rebuild took a tenth of a second after an import into L.
        self._expanded: set[tuple[str, str]] = set()
        self.tree.expanded.connect(lambda index: self._expanded.add(self._key_at(index)))
        self.tree.collapsed.connect(lambda index: self._expanded.discard(self._key_at(index)))
        self._expand_defaults()
        self.model.modelReset.connect(self._restore)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        session.selection_changed.connect(self._on_session_selection)

    def _expand_defaults(self) -> None:
        """Open the headings, and the problems to show their pathways; a list longer than
        `FOLDED_OVER` starts folded (on a big roadmap: the problems, people and patents)."""
        proxy = self.proxy
        for row in range(proxy.rowCount()):
            heading = proxy.index(row, 0)
            if row > 0 and proxy.rowCount(heading) > FOLDED_OVER:
                continue
            self.tree.expand(heading)
            if row != 0:
                continue
            problems = [proxy.index(child, 0, heading) for child in range(proxy.rowCount(heading))]
            if sum(proxy.rowCount(problem) for problem in problems) <= FOLDED_OVER:
                for problem in problems:
                    self.tree.expand(problem)

    def _key(self, node: Node) -> tuple[str, str]:
        return (node.kind.value if node.kind else "", node.entity_id)

    def _key_at(self, index: QModelIndex) -> tuple[str, str]:
        return self._key(self.model.node(self.proxy.mapToSource(index)))

    def _restore(self) -> None:
        for node in [*self.model.root.children, *self.model.nodes.values()]:
            if node.children and self._key(node) in self._expanded:
                self.tree.expand(
                    self.proxy.mapFromSource(self.model.createIndex(node.row, 0, node))
                )

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

    def current_node(self) -> Node | None:
        index = self.proxy.mapToSource(self.tree.currentIndex())
        return self.model.node(index) if index.isValid() else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        node = self.model.node(self.proxy.mapToSource(current))
        if node.kind is not None:
            self._syncing = True
            try:
                self.session.select(node.kind, node.entity_id)
            finally:
                self._syncing = False

    def _on_session_selection(self, selection: tuple[EntityKind, str] | None) -> None:
        if self._syncing:
            return
        index = QModelIndex()
        if selection is not None:
            index = self.proxy.mapFromSource(self.model.index_of(*selection))
        self._syncing = True
        try:
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
            else:
                # Nothing (or nothing listed here) is selected: no row stays highlighted,
                # and no row stays current, so a click on that same row selects it again.
                self.tree.selectionModel().clear()
        finally:
            self._syncing = False
