"""The roadmap as a T-Plan style figure: lanes top to bottom, steps as bars in their pathway's
color, milestones and decision gates as diamonds, dependency arrows, years along the top; each
pathway's own critical path (pathways are alternatives) edged and linked in crimson.

Steps are packed into rows inside their lane so that neither bars nor their labels overlap:
each step takes the room of its bar *and* its label. The figure is slide-wide; it grows taller
when a lane needs more rows, and shows whole problems up to `MAX_STEPS` steps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from roadmap.charts.registry import ChartContext
from roadmap.charts.style import (
    GRID,
    INK,
    MUTED,
    SLIDE_HEIGHT_IN,
    SLIDE_WIDTH_IN,
    SUBTITLE_SIZE,
    TEXT_SIZE,
    TITLE_SIZE,
    TODAY,
    bold,
    new_figure,
    plain,
    readable_on,
    shorten,
    style_axes,
    text_width_in,
    tint,
    wrap,
)
from roadmap.domain.entities import Step
from roadmap.domain.enums import DependencyType, StepKind, StepStatus
from roadmap.domain.errors import CycleError

CRITICAL = "#C2185B"  # the app's colour for the critical path
MAX_STEPS = 300  # beyond this a figure stops being readable; whole problems are dropped
LABEL_SIZE_PT = 7.5
ROW_IN = 0.26
LANE_GAP_ROWS = 0.35
LEFT_IN = 1.55  # lane names
RIGHT_IN = 0.35
TOP_IN = 1.25  # title, subtitle, years (less without a subtitle)
MAX_LABEL_IN = 3.4
BAR_HEIGHT = 0.64  # of a row
GAP_IN = 0.1  # between one step's label and the next bar in a row


@dataclass
class _Item:
    step: Step
    left: float  # x of the bar (or diamond) start, in day ordinals
    right: float
    text: str
    text_x: float
    text_align: str
    extent: tuple[float, float]
    row: int = 0
    y: float = 0.0


def _critical(context: ChartContext) -> tuple[frozenset[str], frozenset[str]]:
    """The critical steps and links, each pathway's own (pathways are alternatives; linked
    pathways share one); none when the links go round in a circle (`check` names it)."""
    from roadmap.domain.schedule import schedule

    try:
        result = schedule(context.snapshot.steps, context.snapshot.dependencies)
    except CycleError:
        return frozenset(), frozenset()
    return frozenset(result.critical_path), result.critical_dependencies


def _limit(context: ChartContext) -> list[Step]:
    """The steps to draw: whole problems, in order, until `MAX_STEPS` is reached."""
    kept: list[Step] = []
    shown = 0
    for problem in context.problems:
        ids = {p.id for p in context.pathways_of(problem.id)}
        steps = [s for s in context.steps if s.pathway_id in ids]
        if kept and len(kept) + len(steps) > MAX_STEPS:
            break
        kept.extend(steps)
        shown += 1
    if shown < len(context.problems):
        context.warnings.append(
            context.t("more_problems", shown=shown, total=len(context.problems))
        )
    return kept


def _items(steps: list[Step], x0: float, x1: float, days_per_in: float) -> list[_Item]:
    pad = 0.06 * days_per_in
    items = []
    for step in steps:
        left = float(step.start.toordinal())
        point = step.step_kind.is_point
        right = left if point else float(step.end.toordinal() + 1)
        text = shorten(step.name, LABEL_SIZE_PT, MAX_LABEL_IN)
        width = text_width_in(text, LABEL_SIZE_PT) * days_per_in
        start = left + (0.12 * days_per_in if point else pad)
        if start + width > x1 and not point:
            # Near the right edge the label runs leftwards from the bar's end.
            items.append(
                _Item(
                    step,
                    left,
                    right,
                    text,
                    right - pad,
                    "right",
                    (min(left, right - pad - width), right),
                )
            )
            continue
        if start + width > x1:
            start = left - 0.12 * days_per_in - width
            items.append(_Item(step, left, right, text, start, "left", (start, left + pad)))
            continue
        low = left - (0.1 * days_per_in if point else 0)
        items.append(
            _Item(step, left, right, text, start, "left", (low, max(right, start + width)))
        )
    return items


def _pack(items: list[_Item], gap: float) -> int:
    """First-fit rows by start (fewest rows for intervals); returns the number of rows."""
    row_ends: list[float] = []
    for item in sorted(items, key=lambda i: (i.extent[0], i.extent[1])):
        for row, end in enumerate(row_ends):
            if end + gap <= item.extent[0]:
                item.row = row
                row_ends[row] = item.extent[1]
                break
        else:
            item.row = len(row_ends)
            row_ends.append(item.extent[1])
    return max(len(row_ends), 1)


def _year_ticks(
    x0: float, x1: float, per_year_in: float
) -> tuple[list[float], list[float], list[str]]:
    first = date.fromordinal(int(x0)).year
    last = date.fromordinal(int(x1) - 1).year
    every = next(n for n in (1, 2, 5, 10, 20, 50) if per_year_in * n >= 0.5)
    starts = [float(date(y, 1, 1).toordinal()) for y in range(first, last + 2)]
    mids, names = [], []
    for year in range(first, last + 1):
        if (year - first) % every:
            continue
        a = max(x0, date(year, 1, 1).toordinal())
        b = min(x1, date(year + 1, 1, 1).toordinal())
        if b - a > 0.4 * 365:
            mids.append((a + b) / 2)
            names.append(str(year))
    return [s for s in starts if x0 <= s <= x1], mids, names


def draw(context: ChartContext) -> Any:
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch, Patch, Rectangle
    from matplotlib.ticker import FixedFormatter, FixedLocator, NullFormatter
    from matplotlib.transforms import blended_transform_factory

    info = context.snapshot.info
    steps = _limit(context)
    lanes = sorted(context.snapshot.lanes, key=lambda lane: lane.position)
    colors = {p.id: p.color for p in context.pathways}
    x0 = float(info.horizon_start.toordinal())
    x1 = float(info.horizon_end.toordinal() + 1)
    if steps:
        x0 = min(x0, min(s.start.toordinal() for s in steps))
        x1 = max(x1, max(s.end.toordinal() + 1 for s in steps))
    axes_w = SLIDE_WIDTH_IN - LEFT_IN - RIGHT_IN
    days_per_in = (x1 - x0) / axes_w

    critical_steps, critical_links = _critical(context)
    items = _items(steps, x0, x1, days_per_in)
    by_lane: dict[str, list[_Item]] = {lane.id: [] for lane in lanes}
    for item in items:
        by_lane.setdefault(item.step.lane_id, []).append(item)
    bands: list[tuple[float, float, Any]] = []
    y = 0.0
    for lane in lanes:
        rows = _pack(by_lane[lane.id], GAP_IN * days_per_in)
        for item in by_lane[lane.id]:
            item.y = y + LANE_GAP_ROWS / 2 + item.row + 0.5
        bands.append((y, y + rows + LANE_GAP_ROWS, lane))
        y += rows + LANE_GAP_ROWS
    total_rows = max(y, 1.0)

    pathway_names = [shorten(p.name, TEXT_SIZE, 3.6) for p in context.pathways]
    legend_entries = len(pathway_names) + 6
    col_in = max([text_width_in(n, TEXT_SIZE) for n in pathway_names] + [1.2]) + 0.55
    ncol = max(1, min(5, int((SLIDE_WIDTH_IN - 0.6) // col_in)))
    legend_rows = -(-legend_entries // ncol)
    bottom_in = 0.45 + 0.22 * legend_rows + 0.2
    top_in = TOP_IN if len(context.problems) == 1 else TOP_IN - 0.3
    plot_h = total_rows * ROW_IN
    height = max(SLIDE_HEIGHT_IN, top_in + plot_h + bottom_in)
    plot_h = height - top_in - bottom_in  # a short roadmap spreads over the slide
    fig = new_figure(SLIDE_WIDTH_IN, height)
    ax = fig.add_axes(
        (LEFT_IN / SLIDE_WIDTH_IN, bottom_in / height, axes_w / SLIDE_WIDTH_IN, plot_h / height)
    )
    style_axes(ax)
    ax.set_xlim(x0, x1)
    ax.set_ylim(total_rows, 0)
    ax.set_yticks([])
    for side in ("left", "right", "top", "bottom"):
        ax.spines[side].set_visible(False)

    label_side = blended_transform_factory(ax.transAxes, ax.transData)
    lane_w = (LEFT_IN - 0.1) / axes_w
    for top, bottom, lane in bands:
        ax.axhspan(top, bottom, color=tint(lane.color, 0.9), zorder=0, lw=0)
        ax.axhline(bottom, color="white", lw=2, zorder=0.5)
        ax.add_patch(
            Rectangle(
                (-lane_w, top + 0.05),
                lane_w - 0.008,
                bottom - top - 0.1,
                transform=label_side,
                clip_on=False,
                facecolor=lane.color,
                edgecolor="none",
            )
        )
        rows_in = (bottom - top) * plot_h / total_rows
        ax.text(
            -lane_w / 2,
            (top + bottom) / 2,
            wrap(plain(lane.name), 10, LEFT_IN - 0.3, max(1, min(3, int(rows_in / 0.2)))),
            transform=label_side,
            ha="center",
            va="center",
            fontsize=10,
            fontweight=bold(lane.name),
            color=readable_on(lane.color),
            clip_on=False,
        )

    starts, mids, names = _year_ticks(x0, x1, 365.25 / days_per_in)
    ax.xaxis.set_major_locator(FixedLocator(starts))
    ax.xaxis.set_major_formatter(NullFormatter())
    ax.xaxis.set_minor_locator(FixedLocator(mids))
    ax.xaxis.set_minor_formatter(FixedFormatter(names))
    ax.tick_params(axis="x", which="major", length=0)
    ax.tick_params(
        axis="x", which="minor", length=0, labeltop=True, labelbottom=True, labelsize=10, pad=4
    )
    ax.grid(axis="x", which="major", color=GRID, lw=0.8, zorder=0.6)

    for item in items:
        step = item.step
        color = colors.get(step.pathway_id, "#888888")
        cancelled = step.status is StepStatus.CANCELLED
        if step.step_kind.is_point:
            gate = step.step_kind is StepKind.DECISION_GATE
            ax.plot(
                [item.left],
                [item.y],
                marker="D",
                markersize=9 if gate else 8,
                markerfacecolor="white" if gate else color,
                markeredgecolor=CRITICAL if step.id in critical_steps else color,
                markeredgewidth=2 if gate or step.id in critical_steps else 0.8,
                alpha=0.45 if cancelled else 1,
                zorder=5,
            )
        else:
            ax.add_patch(
                Rectangle(
                    (item.left, item.y - BAR_HEIGHT / 2),
                    item.right - item.left,
                    BAR_HEIGHT,
                    facecolor=tint(color, 0.85 if cancelled else 0.6),
                    edgecolor=CRITICAL if step.id in critical_steps else color,
                    linewidth=2.0 if step.id in critical_steps else 1.0,
                    linestyle="--" if cancelled else "-",
                    zorder=2,
                )
            )
        ax.text(
            item.text_x,
            item.y,
            plain(item.text),
            ha=item.text_align,
            va="center",
            fontsize=LABEL_SIZE_PT,
            color=MUTED if cancelled else INK,
            zorder=6,
            clip_on=False,
        )

    by_id = {item.step.id: item for item in items}
    for dep in context.snapshot.dependencies:
        source, target = by_id.get(dep.from_step_id), by_id.get(dep.to_step_id)
        if source is None or target is None:
            continue
        fs = dep.type is DependencyType.FINISH_TO_START
        x = source.right if fs else source.left
        if abs(source.y - target.y) < 0.01:
            start, style = (x, source.y), "arc3,rad=0"
        else:
            # Down (or up) out of the predecessor's end, then along the row into the
            # successor's start: clear of the predecessor's own label.
            edge = 0.3 if source.step.step_kind.is_point else BAR_HEIGHT / 2
            start = (x, source.y + edge if target.y > source.y else source.y - edge)
            style = "angle,angleA=90,angleB=0,rad=0"
        end = (target.left, target.y)
        critical = dep.id in critical_links
        ax.add_patch(
            FancyArrowPatch(
                start,
                end,
                arrowstyle="-|>",
                mutation_scale=9,
                connectionstyle=style,
                color=CRITICAL if critical else "#4D4D4D",
                lw=1.6 if critical else 0.9,
                alpha=0.8,
                shrinkA=1,
                shrinkB=3 if target.step.step_kind.is_point else 0,
                zorder=4,
            )
        )

    today = float(date.today().toordinal())
    show_today = x0 <= today <= x1
    if show_today:
        ax.axvline(today, color=TODAY, lw=1.2, ls="--", zorder=4.5)
        ax.text(
            today,
            0.05,
            " " + context.t("today"),
            color=TODAY,
            fontsize=8,
            va="top",
            ha="left",
            zorder=7,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.5, "alpha": 0.8},
        )

    if not steps:
        ax.text(
            0.5,
            0.5,
            context.t("nothing", reason=context.t("no_steps")),
            transform=ax.transAxes,
            ha="center",
            fontsize=12,
            color=MUTED,
        )

    handles: list[Any] = [
        Patch(facecolor=tint(p.color, 0.6), edgecolor=p.color, label=plain(name))
        for p, name in zip(context.pathways, pathway_names, strict=True)
    ]
    handles += [
        Line2D(
            [],
            [],
            ls="none",
            marker="D",
            markersize=8,
            color="#555555",
            label=context.t("milestone"),
        ),
        Line2D(
            [],
            [],
            ls="none",
            marker="D",
            markersize=8,
            markerfacecolor="white",
            markeredgecolor="#555555",
            markeredgewidth=2,
            label=context.t("decision_gate"),
        ),
        Line2D(
            [], [], color="#4D4D4D", marker=">", markersize=5, lw=0.9, label=context.t("dependency")
        ),
        Patch(
            facecolor="#F2F2F2",
            edgecolor="#777777",
            ls="--",
            label=context.t("cancelled"),
        ),
    ]
    if critical_steps:
        handles.append(
            Patch(facecolor="white", edgecolor=CRITICAL, lw=2, label=context.t("critical_path"))
        )
    if show_today:
        handles.append(Line2D([], [], color=TODAY, ls="--", lw=1.2, label=context.t("today")))
    fig.legend(
        handles=handles,
        loc="lower center",
        bbox_to_anchor=(0.5, 0.1 / height),
        ncol=ncol,
        frameon=False,
        fontsize=TEXT_SIZE,
        handlelength=1.6,
        columnspacing=1.4,
    )

    fig.text(
        0.25 / SLIDE_WIDTH_IN,
        1 - 0.2 / height,
        wrap(plain(info.title), TITLE_SIZE * 1.15, SLIDE_WIDTH_IN - 0.5, 1),
        fontsize=TITLE_SIZE,
        fontweight=bold(info.title),
        va="top",
    )
    if len(context.problems) == 1:
        subtitle = context.t("problem", text=context.problems[0].statement)
        fig.text(
            0.25 / SLIDE_WIDTH_IN,
            1 - 0.58 / height,
            wrap(plain(subtitle), SUBTITLE_SIZE, SLIDE_WIDTH_IN - 0.5, 1),
            fontsize=SUBTITLE_SIZE,
            color=MUTED,
            va="top",
        )
    return fig
