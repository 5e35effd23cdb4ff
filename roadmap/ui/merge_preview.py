"""The merge dialog's timeline preview: each step the merge touches, as it would be, with the
side it does not take drawn as a ghost behind it.

Only touched steps are drawn (a workshop merge touches tens, not thousands), one row each,
on a time axis fitted to them; bars are in the pathway's colour, ghosts dashed and pale.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from roadmap.domain.entities import EntityKind, Step
from roadmap.domain.merge import Side
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.services.merging import MergePlan

ROW = 26
LABEL_WIDTH = 240
AXIS_WIDTH = 520
MAX_ROWS = 200  # beyond this the list of changes says it all; the preview stays quick

PreviewRow = tuple[str, Step | None, Step | None]


class MergePreview(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # step ID -> (the bar as merged or None, the ghost of the side not taken or None)
        self.bars: dict[str, tuple[QGraphicsRectItem | None, QGraphicsRectItem | None]] = {}
        self.shown: list[PreviewRow] | None = None

    def show_plan(
        self,
        plan: MergePlan,
        choices: dict[tuple[str, str, str | None], Side],
        rows: list[PreviewRow] | None = None,
    ) -> None:
        """Draw `rows` (as `preview_rows(plan, choices)` gives them; computed here if None)."""
        rows = (preview_rows(plan, choices) if rows is None else rows)[:MAX_ROWS]
        if rows == self.shown:
            return  # a choice that moves no bar: nothing to redraw
        self.shown = rows
        scene = self.scene()
        scene.clear()
        self.bars = {}
        dates = [d for _, bar, ghost in rows for s in (bar, ghost) if s for d in (s.start, s.end)]
        if not dates:
            return
        first, last = min(dates), max(dates)
        span = max((last - first).days, 1)

        def x_of(day: date) -> float:
            return LABEL_WIDTH + AXIS_WIDTH * (day - first).days / span

        colors = {p.id: p.color for p in (*plan.mine.pathways, *plan.merged.pathways)}
        for index, (name, bar, ghost) in enumerate(rows):
            top = index * ROW
            label = QGraphicsSimpleTextItem(name if len(name) <= 34 else name[:33] + "…")
            label.setPos(4, top + 5)
            scene.addItem(label)
            items: list[QGraphicsRectItem | None] = []
            for step, is_ghost in ((ghost, True), (bar, False)):
                if step is None:
                    items.append(None)
                    continue
                left = x_of(step.start)
                width = max(x_of(step.end) - left, 6.0)
                color = QColor(colors.get(step.pathway_id, "#4C78A8"))
                item = QGraphicsRectItem(QRectF(left, top + 5, width, ROW - 10))
                if is_ghost:
                    pale = QColor(color)
                    pale.setAlpha(60)
                    item.setBrush(QBrush(pale))
                    item.setPen(QPen(color, 1, Qt.PenStyle.DashLine))
                    item.setZValue(0)
                else:
                    item.setBrush(QBrush(color))
                    item.setPen(QPen(color.darker(130)))
                    item.setZValue(1)
                item.setToolTip(f"{step.name}: {step.start.isoformat()} – {step.end.isoformat()}")
                scene.addItem(item)
                items.append(item)
            self.bars[(bar or ghost).id] = (items[1], items[0])  # type: ignore[union-attr]
        scene.setSceneRect(0, 0, LABEL_WIDTH + AXIS_WIDTH + 20, len(rows) * ROW)


def preview_rows(
    plan: MergePlan, choices: dict[tuple[str, str, str | None], Side]
) -> list[PreviewRow]:
    """(name, the step as merged, the ghost) for every step the merge touches.

    Pure (no Qt): the merge dialog computes it in its planning thread, since on L it walks
    every step of both versions."""
    mine, merged = plan.mine, plan.merged
    others: dict[str, Step] = {}
    into = mine  # what each copy was merged into: the result of the ones before
    for merge in plan.merges:
        for conflict in merge.result.conflicts:
            if conflict.kind is not EntityKind.STEP:
                continue
            chosen = choices.get(conflict.key)
            other = _step(into if chosen is Side.THEIRS else merge.copy.theirs, conflict.id)
            if other is not None:
                others[conflict.id] = other
        into = merge.result.merged
    rows: list[PreviewRow] = []
    ids = dict.fromkeys([*(s.id for s in mine.steps), *(s.id for s in merged.steps)])
    for step_id in ids:
        before, after = _step(mine, step_id), _step(merged, step_id)
        ghost = others.get(step_id)
        if ghost is None and before != after:
            ghost = before
        if ghost is None or ghost == after:
            if before == after:
                continue
            ghost = None
        shown = after or ghost
        assert shown is not None
        rows.append((shown.name, after, ghost))
    return rows


def _step(snapshot: RoadmapSnapshot, step_id: str) -> Step | None:
    found = snapshot.get(EntityKind.STEP, step_id)
    return found if isinstance(found, Step) else None
