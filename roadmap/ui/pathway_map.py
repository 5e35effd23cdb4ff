"""The pathway map: each problem, the pathways that lead to it, and the products they feed,
as boxes joined by lines. Clicking a box selects that thing everywhere; dragging a pathway onto
a product links the two (or unlinks them when they were linked), as one undoable edit.

The three columns share the view's width (boxes 150–260 px wide, their texts on two lines and
elided after, the whole text in the tooltip), so on a 1366 px screen the products are in view without scrolling
sideways; resizing the window lays the map out again."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from roadmap.domain.entities import EntityKind, Product
from roadmap.services.changes import Edit
from roadmap.ui.session import RoadmapSession

WIDEST_BOX = 260.0
NARROWEST_BOX = 150.0
BOX_HEIGHT = 44.0
COLUMN_GAP = 56.0  # between a column's boxes and the next, where the lines run
MARGIN = 10.0
GAP = 14.0


def box_width(view_width: float) -> float:
    """How wide the boxes are for three columns to fill `view_width` pixels."""
    # A few pixels spare: the boxes' outlines reach past their rectangles.
    room = (view_width - 2 * MARGIN - 4 - 2 * COLUMN_GAP) / 3
    return max(NARROWEST_BOX, min(WIDEST_BOX, room))


class MapBox(QGraphicsRectItem):
    def __init__(
        self,
        kind: EntityKind,
        entity_id: str,
        text: str,
        color: QColor,
        x: float,
        y: float,
        width: float = WIDEST_BOX,
    ) -> None:
        super().__init__(QRectF(0, 0, width, BOX_HEIGHT))
        self.kind = kind
        self.entity_id = entity_id
        self.setPos(x, y)
        self.setBrush(QBrush(color.lighter(170)))
        self.setPen(QPen(color.darker(120), 1.2))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        label = QGraphicsSimpleTextItem(self)
        metrics = QFontMetricsF(label.font())
        shown = two_lines(text, metrics, width - 16)
        label.setText(shown)
        lines = shown.count("\n") + 1
        label.setPos(8, (BOX_HEIGHT - metrics.lineSpacing() * lines) / 2)
        self.setToolTip(text)


def two_lines(text: str, metrics: QFontMetricsF, room: float) -> str:
    """`text` in at most two lines of `room` pixels: broken at the last space that lets the
    first line fit (anywhere, in a long word or CJK text), the rest elided."""
    if metrics.horizontalAdvance(text) <= room:
        return text
    low, high = 1, len(text)  # the longest head that fits: text[:low]
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:middle]) <= room:
            low = middle
        else:
            high = middle - 1
    space = text.rfind(" ", 0, low + 1)
    cut = space if space > 0 else low
    rest = metrics.elidedText(text[cut:].strip(), Qt.TextElideMode.ElideRight, room)
    return f"{text[:cut].rstrip()}\n{rest}"


class PathwayMap(QGraphicsView):
    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.boxes: dict[tuple[EntityKind, str], MapBox] = {}
        self._dragged: MapBox | None = None  # a pathway being dragged onto a product
        self._link_line: QGraphicsLineItem | None = None
        self.width_laid = box_width(self.viewport().width())
        # A window being resized lays the map out once it rests, not at every step.
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(60)
        self._relayout.timeout.connect(self._fit_width)
        # Edits that came while the map was hidden: it is drawn again when it shows (after an
        # import into L that took the window over a tenth of a second for a hidden tab).
        self._stale = False
        self.rebuild()
        session.edited.connect(self._on_edited)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout.start()

    def _fit_width(self) -> None:
        if box_width(self.viewport().width()) != self.width_laid:
            if self.isVisible():
                self.rebuild()
            else:
                self._stale = True

    def _on_edited(self, edit: Edit) -> None:
        if edit.changes.touches(EntityKind.PROBLEM, EntityKind.PATHWAY, EntityKind.PRODUCT):
            if self.isVisible():
                self.rebuild()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.rebuild()
        super().showEvent(event)

    def rebuild(self) -> None:
        scene = self.scene()
        scene.clear()
        self.boxes.clear()
        session = self.session
        width = self.width_laid = box_width(self.viewport().width())
        column_x = [0.0, width + COLUMN_GAP, 2 * (width + COLUMN_GAP)]
        products = sorted(session.queries.all(Product), key=lambda p: p.position)
        line_pen = QPen(self.palette().windowText().color(), 1.0)
        line_pen.setColor(QColor(120, 120, 120))
        y = 10.0
        product_y: dict[str, float] = {}
        for problem in session.problems.values():
            pathways = [p for p in session.pathways.values() if p.problem_id == problem.id]
            pathways.sort(key=lambda p: p.position)
            top = y
            for pathway in pathways:
                box = MapBox(
                    EntityKind.PATHWAY,
                    pathway.id,
                    pathway.name,
                    QColor(pathway.color),
                    column_x[1],
                    y,
                    width,
                )
                scene.addItem(box)
                self.boxes[(EntityKind.PATHWAY, pathway.id)] = box
                y += BOX_HEIGHT + GAP
            height = max(BOX_HEIGHT, y - top - GAP)
            problem_box = MapBox(
                EntityKind.PROBLEM,
                problem.id,
                problem.statement,
                QColor("#8c8c8c"),
                column_x[0],
                top + (height - BOX_HEIGHT) / 2,
                width,
            )
            scene.addItem(problem_box)
            self.boxes[(EntityKind.PROBLEM, problem.id)] = problem_box
            for pathway in pathways:
                self._join(problem_box, self.boxes[(EntityKind.PATHWAY, pathway.id)], line_pen)
            y = max(y, top + BOX_HEIGHT + GAP) + GAP
        y_products = 10.0
        for product in products:
            linked = [
                self.boxes[(EntityKind.PATHWAY, pid)]
                for pid in product.pathway_ids
                if (EntityKind.PATHWAY, pid) in self.boxes
            ]
            want = sum(b.pos().y() for b in linked) / len(linked) if linked else y_products
            box_y = max(y_products, want)
            box = MapBox(
                EntityKind.PRODUCT,
                product.id,
                product.name,
                QColor("#F58518"),
                column_x[2],
                box_y,
                width,
            )
            scene.addItem(box)
            self.boxes[(EntityKind.PRODUCT, product.id)] = box
            product_y[product.id] = box_y
            y_products = box_y + BOX_HEIGHT + GAP
            for source in linked:
                self._join(source, box, line_pen)
        margin = MARGIN
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-margin, -margin, margin, margin))

    def _join(self, left: MapBox, right: MapBox, pen: QPen) -> None:
        a = left.pos() + QPointF(left.rect().width(), BOX_HEIGHT / 2)
        b = right.pos() + QPointF(0, BOX_HEIGHT / 2)
        line = self.scene().addLine(a.x(), a.y(), b.x(), b.y(), pen)
        line.setZValue(-1)

    def box_at(self, pos: QPoint) -> MapBox | None:
        for item in self.items(pos):
            box = item if isinstance(item, MapBox) else item.parentItem()
            if isinstance(box, MapBox):
                return box
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        box = self.box_at(event.position().toPoint())
        if box is not None:
            self.session.select(box.kind, box.entity_id)
            if box.kind is EntityKind.PATHWAY and not self.session.readonly:
                self._dragged = box

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        source = self._dragged
        if source is None:
            super().mouseMoveEvent(event)
            return
        start = source.pos() + QPointF(source.rect().width(), BOX_HEIGHT / 2)
        end = self.mapToScene(event.position().toPoint())
        if self._link_line is None:
            pen = QPen(QColor("#0a64d6"), 1.5, Qt.PenStyle.DashLine)
            self._link_line = self.scene().addLine(QLineF(start, end), pen)
        else:
            self._link_line.setLine(QLineF(start, end))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        source, self._dragged = self._dragged, None
        if self._link_line is not None:
            self.scene().removeItem(self._link_line)
            self._link_line = None
        super().mouseReleaseEvent(event)
        target = self.box_at(event.position().toPoint())
        if source is None or target is None or target.kind is not EntityKind.PRODUCT:
            return
        product = self.session.queries.get(Product, target.entity_id)
        pathway_id = source.entity_id
        linked = product.pathway_ids
        ids = tuple(p for p in linked if p != pathway_id)
        if pathway_id not in linked:
            ids = (*linked, pathway_id)
        self.session.perform(lambda c: c.update(EntityKind.PRODUCT, product.id, pathway_ids=ids))
