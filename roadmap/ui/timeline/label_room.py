"""Room for names: how many days right of a step its name takes at the current zoom, for the
rows to keep free (so a name too long for its bar is written whole beside it), on roadmaps
small enough for it; and how far the scene reaches, to the last of those names."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from math import ceil

from PySide6.QtCore import QRectF

from roadmap.domain.entities import RoadmapInfo, Step
from roadmap.ui.timeline.layout import LabelDays
from roadmap.ui.timeline.places import DIAMOND
from roadmap.ui.timeline.scale import day_x
from roadmap.ui.timeline.style import CanvasStyle

# Up to this many steps, rows make room for the names written beside short bars (and are laid
# out again when the zoom changes). Beyond, names are shortened instead: at 10,000 steps that
# room would multiply the rows and re-lay them all at every zoom step.
LABEL_ROOM_LIMIT = 3000


class LabelRoom:
    def __init__(self, style: CanvasStyle) -> None:
        self.style = style
        self._name_px: dict[tuple[str, float], float] = {}  # (name, font size) -> its width
        self._laid_at = (0.0, 0.0)  # the zoom and type size the rows were laid out for

    def mark_laid(self, px_per_day: float) -> None:
        """Every row was laid out for this zoom and the current type size (only a whole layout
        says so: the scene's size and a repack of a few groups ask `days` too)."""
        self._laid_at = (px_per_day, self.style.font.pointSizeF())

    def stale(self, px_per_day: float, steps: int) -> bool:
        """Whether rows laid out for the last `days` need laying out again at this zoom."""
        now = (px_per_day, self.style.font.pointSizeF())
        return now != self._laid_at and steps <= LABEL_ROOM_LIMIT

    def days(self, px_per_day: float, steps: int) -> LabelDays | None:
        """How many days right of a step its name takes at `px_per_day` (0 when it fits inside
        its bar); None for a roadmap of more than `LABEL_ROOM_LIMIT` `steps`."""
        style = self.style
        size = style.font.pointSizeF()
        if steps > LABEL_ROOM_LIMIT:
            return None
        widths = self._name_px

        def label_days(step: Step) -> int:
            key = (step.name, size)
            advance = widths.get(key)
            if advance is None:
                advance = widths[key] = style.metrics.horizontalAdvance(step.name)
            if step.step_kind.is_point:
                # Drawn from the diamond's right edge (see StepDiamond.paint).
                return ceil((advance + 6 + DIAMOND + 12) / px_per_day)
            name_px = advance + 12  # as StepBar.name_px
            if name_px - 2 <= ((step.end - step.start).days + 1) * px_per_day:
                return 0  # written inside the bar
            return ceil((name_px + 8) / px_per_day)  # NameBeside: 4 px gap, 6 px margin

        return label_days


class SceneReach:
    """How far the scene reaches across (the horizon, the steps and the names beside them, and
    what is drawn under the lanes) and down; the span of the steps' dates is kept between
    edits and widened by the steps changed (`span = None` works it out again)."""

    def __init__(self) -> None:
        self.span: tuple[date, date] | None = None  # first start, last end of all steps
        self.below: tuple[float, date | None, date | None] = (0.0, None, None)

    def left(self, step: Step) -> None:
        """`step` (its dates before an edit) moved or went: the span is worked out again only
        if it was the first or the last step (looking at all 10,000 steps of L took ~1.5 ms of
        every drag's release, undo and redo)."""
        span = self.span
        if span is not None and (step.start <= span[0] or step.end >= span[1]):
            self.span = None

    def rect(
        self,
        info: RoadmapInfo,
        steps: Iterable[Step],
        changed: Iterable[Step],
        label_days: LabelDays | None,
        lanes_height: float,
    ) -> QRectF:
        span = self.span
        if span is None:
            listed = list(steps)
            if listed:
                span = (min(s.start for s in listed), max(s.end for s in listed))
        else:
            for step in changed:
                span = (min(span[0], step.start), max(span[1], step.end))
        self.span = span
        first, last = info.horizon_start, info.horizon_end
        if span is not None:
            first, last = min(first, span[0]), max(last, span[1])
            if label_days is not None:  # the names beside the last bars can be scrolled to
                named = max(s.end + timedelta(days=label_days(s)) for s in steps)
                last = max(last, named - timedelta(days=200))
        below, below_first, below_last = self.below
        first = min(first, below_first or first)
        last = max(last, below_last or last)
        left, right = day_x(first - timedelta(days=120)), day_x(last + timedelta(days=240))
        return QRectF(left, 0, right - left, lanes_height + below + 40)
