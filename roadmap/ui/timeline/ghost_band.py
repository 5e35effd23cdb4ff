"""Steps the compared plan has and this roadmap does not: a band under the lanes.

A step only in the other scenario (File › Compare with…), or in the chosen baseline but since
deleted here, has no row on this timeline, so its ghost cannot go under a bar the way
`baseline_layer` draws the others. These are drawn in a band of their own below the last lane,
one row each, sorted by date: a dashed outline (a dashed diamond for milestones and gates) at
the compared plan's dates, with the step's name and "only in <other>" or "removed" beside it.
The band is part of the baseline layer (same item, same scene coordinates), so it lines up with
the bars above at any zoom and scroll; the drawing makes the scene taller by its height.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF

from roadmap.domain.baseline import StepPlan
from roadmap.ui.labels import tr
from roadmap.ui.timeline.layout import LANE_PADDING, LANE_TITLE, ROW_HEIGHT
from roadmap.ui.timeline.scale import day_x
from roadmap.ui.timeline.style import BAR_MARGIN

BAND_GAP = 12.0  # between the last lane and the band's title
DIAMOND = 7.0  # px: half the width of a ghost milestone's diamond


class GhostBand:
    """The compared plan's steps that are not on this timeline, and where each one's row is."""

    def __init__(self) -> None:
        self.steps: list[StepPlan] = []
        self.title = ""
        self.suffix = ""

    def update(
        self, planned: dict[str, StepPlan], here: set[str], name: str, scenario: bool
    ) -> bool:
        """Take the planned steps missing `here`; True when that changed what is drawn."""
        steps = sorted(
            (p for step_id, p in planned.items() if step_id not in here),
            key=lambda p: (p.start, p.end, p.name, p.id),
        )
        if scenario:
            title = tr("Only in {other}").format(other=name)
            suffix = tr("only in {other}").format(other=name)
        else:
            title = tr("Removed since the baseline {name}").format(name=name)
            suffix = tr("removed")
        changed = (steps, title, suffix) != (self.steps, self.title, self.suffix)
        self.steps, self.title, self.suffix = steps, title, suffix
        return changed

    def height(self) -> float:
        return (
            BAND_GAP + LANE_TITLE + len(self.steps) * ROW_HEIGHT + LANE_PADDING
            if self.steps
            else 0.0
        )

    def first_row(self, band_top: float) -> float:
        return band_top + BAND_GAP + LANE_TITLE

    def rect(self, index: int, band_top: float) -> QRectF:
        """The ghost of `steps[index]` in scene coordinates (days across, pixels down); zero
        wide for a milestone (its diamond is drawn in pixels around that line)."""
        plan = self.steps[index]
        top = self.first_row(band_top) + index * ROW_HEIGHT + BAR_MARGIN
        height = ROW_HEIGHT - 2 * BAR_MARGIN
        if plan.is_point:
            return QRectF(day_x(plan.start) + 0.5, top, 0, height)
        left = day_x(plan.start)
        return QRectF(left, top, day_x(plan.end) + 1 - left, height)

    def label(self, plan: StepPlan) -> str:
        return f"{plan.name} — {self.suffix}"

    def paint(
        self, painter: QPainter, band_top: float, exposed: QRectF, scale: float, color: QColor
    ) -> None:
        """Paint the rows in `exposed`; the painter works in pixels across, scene units down."""
        if not self.steps:
            return
        first = self.first_row(band_top)
        if exposed.bottom() < band_top or exposed.top() > first + len(self.steps) * ROW_HEIGHT:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(color)
        title_box = QRectF(exposed.left() * scale + 8, band_top + BAND_GAP, 2000, LANE_TITLE)
        painter.drawText(title_box, Qt.AlignmentFlag.AlignVCenter, self.title)
        font.setBold(False)
        painter.setFont(font)
        outline = QPen(color, 1.5, Qt.PenStyle.DashLine)
        outline.setCosmetic(True)
        pale = QColor(color)
        pale.setAlpha(40)
        low = max(0, int((exposed.top() - first) // ROW_HEIGHT))
        high = min(len(self.steps), int((exposed.bottom() - first) // ROW_HEIGHT) + 1)
        for index in range(low, high):
            plan = self.steps[index]
            rect = self.rect(index, band_top)
            middle = rect.center().y()
            if plan.is_point:
                x = rect.left() * scale
                d = DIAMOND
                shape = QPolygonF(
                    [
                        QPointF(x, middle - d),
                        QPointF(x + d, middle),
                        QPointF(x, middle + d),
                        QPointF(x - d, middle),
                    ]
                )
                painter.setPen(outline)
                painter.setBrush(pale)
                painter.drawPolygon(shape)
                text_x = x + d + 6
            else:
                box = QRectF(
                    rect.left() * scale, rect.top(), max(rect.width() * scale, 2.0), rect.height()
                )
                painter.setPen(outline)
                painter.setBrush(pale)
                painter.drawRect(box)
                text_x = box.right() + 6
            painter.setPen(color.darker(130))
            painter.drawText(
                QRectF(text_x, rect.top(), 2000, rect.height()),
                Qt.AlignmentFlag.AlignVCenter,
                self.label(plan),
            )
