"""What every item of the timeline shares: colors by lane or pathway, fonts, the palette's
colors, what is highlighted (the schedule, Find, the presenter's pathways), and the patent mark.
Plain settings and two drawing helpers: the items, the arrow layer and the legend read them."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from roadmap.domain.entities import Step

BAR_MARGIN = 4.0  # px above and below a bar inside its row
DIMMED = 0.22  # opacity of the steps the presenter view is not about
_NO_COLOR = QColor("#4C78A8")  # a step whose lane or pathway has no color (yet)


class CanvasStyle:
    """What all items share: colors by lane or pathway, fonts, palette colors."""

    def __init__(self) -> None:
        self.color_mode = "lane"
        self.lane_colors: dict[str, QColor] = {}
        self.pathway_colors: dict[str, QColor] = {}
        self.font = QFont()
        self.font.setPointSizeF(max(8.0, self.font.pointSizeF() * 0.9))
        self.small = QFont(self.font)
        self.small.setPointSizeF(self.font.pointSizeF() * 0.85)
        self.metrics = QFontMetricsF(self.font)
        self.small_metrics = QFontMetricsF(self.small)
        self.text = QColor("#1d1d1f")
        self.muted = QColor("#6e6e73")
        self.selection = QColor("#0a64d6")
        self.arrow = QColor("#5b6470")
        self.risk = QColor("#d62728")
        self.critical = QColor("#c2185b")
        self.slack = QColor(110, 110, 118, 130)
        # The schedule, shown when `show_schedule` is on: critical steps and arrows stand out,
        # and a bar with slack trails a thin tail from its earliest to its latest finish.
        self.show_schedule = False
        self.px_per_day = 1.0  # the view's zoom
        self.diamond_scale = 0.5  # diamonds' extents are sized for zooms down to this
        self.critical_steps: frozenset[str] = frozenset()
        self.critical_dependencies: frozenset[str] = frozenset()
        self.selected_dependency: str | None = None  # the arrow clicked (drawn highlighted)
        self.slack_tails: dict[str, tuple[float, float]] = {}  # step id -> scene x from, to
        # Steps with patents linked get a small marker; kept by roadmap.ui.transfer.patent_marks.
        self.patents: dict[str, tuple[str, ...]] = {}  # step id -> titles of its patents
        self.patent_mark = QColor("#e69500")
        # Steps that Find matched: drawn with a halo until the search is cleared.
        self.found: frozenset[str] = frozenset()
        self.found_color = QColor(255, 193, 7, 170)
        # The presenter view: the pathways walked to stand out, the others are dimmed.
        self.focus_pathways: frozenset[str] | None = None
        self._base_size = self.font.pointSizeF()
        self._bar_looks: dict[tuple[int, bool, bool], tuple[QBrush, QPen, QColor]] = {}

    def set_scale(self, scale: float) -> None:
        """Type `scale` times the usual size (the presenter view's projector type)."""
        self.font.setPointSizeF(self._base_size * scale)
        self.small = QFont(self.font)
        self.small.setPointSizeF(self.font.pointSizeF() * 0.85)
        self.metrics = QFontMetricsF(self.font)
        self.small_metrics = QFontMetricsF(self.small)

    def dimmed(self, step: Step) -> bool:
        return self.focus_pathways is not None and step.pathway_id not in self.focus_pathways

    def is_critical(self, step_id: str) -> bool:
        return self.show_schedule and step_id in self.critical_steps

    def tail_of(self, step_id: str) -> tuple[float, float] | None:
        return self.slack_tails.get(step_id) if self.show_schedule else None

    def color_of(self, step: Step) -> QColor:
        table = self.pathway_colors if self.color_mode == "pathway" else self.lane_colors
        key = step.pathway_id if self.color_mode == "pathway" else step.lane_id
        color = table.get(key)
        return color if color is not None else _NO_COLOR

    def bar_look(self, color: QColor, done: bool, cancelled: bool) -> tuple[QBrush, QPen, QColor]:
        """A bar's fill, outline and progress line in `color`, made once per color and kind:
        a zoom step repaints a few hundred bars, and making three colors, a pen and a brush
        for each was a fifth of its paint."""
        key = (color.rgba(), done, cancelled)
        look = self._bar_looks.get(key)
        if look is None:
            if cancelled:
                fill, pen = QColor("#d9d9d9"), QPen(QColor("#8e8e93"), 1, Qt.PenStyle.DashLine)
            else:
                fill, pen = color.lighter(185 if done else 165), QPen(color.darker(125), 1)
            look = self._bar_looks[key] = (QBrush(fill), pen, color.darker(110))
        return look


def draw_patent_mark(painter: QPainter, style: CanvasStyle, centre: QPointF) -> None:
    """The small dot that says "patents are linked to this step", in device pixels."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor("white"), 1.2))
    painter.setBrush(style.patent_mark)
    painter.drawEllipse(centre, 3.8, 3.8)


def patent_lines(titles: tuple[str, ...]) -> str:
    """The tooltip's lines for the patents linked to a step ('' for none)."""
    if not titles:
        return ""
    from roadmap.ui.labels import tr

    shown = "\n".join(f"• {t}" for t in titles[:5])
    more = "\n…" if len(titles) > 5 else ""
    return "\n" + tr("Patents:") + "\n" + shown + more
