"""Milestone trend (slip) chart: for each milestone and decision gate, its planned date at each
baseline and now. x is when the plan was recorded, y the milestone's planned date; a flat line
is a milestone that holds, a rising one slips, and the diagonal (planned date = recording date)
is where a milestone is reached or overdue.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from roadmap.charts.registry import ChartContext
from roadmap.charts.style import (
    GRID,
    MUTED,
    SLIDE_HEIGHT_IN,
    SLIDE_WIDTH_IN,
    TEXT_SIZE,
    chart_title,
    new_figure,
    shorten,
    style_axes,
    text_width_in,
)
from roadmap.charts.trl import year_axis

MAX_MILESTONES = 12
COLORS = (
    "#1F77B4",
    "#D62728",
    "#2CA02C",
    "#9467BD",
    "#FF7F0E",
    "#8C564B",
    "#E377C2",
    "#17BECF",
    "#7F7F7F",
    "#BCBD22",
    "#393B79",
    "#AD494A",
)


def trend(context: ChartContext, today: date) -> dict[str, list[tuple[date, date]]]:
    """Milestone ID → (recorded on, planned date) at each baseline that has it, then now."""
    wanted = {s.id for s in context.steps if s.step_kind.is_point}
    lines: dict[str, list[tuple[date, date]]] = {}
    for baseline in sorted(context.baselines, key=lambda b: b.info.taken_at):
        recorded = baseline.info.taken_at.date()
        for step in baseline.plan.steps:
            if step.is_point and (step.id in wanted or step.pathway_id in context.pathway_ids):
                lines.setdefault(step.id, []).append((recorded, step.start))
    for now in context.steps:
        if now.step_kind.is_point and now.id in lines:
            lines[now.id].append((max(today, lines[now.id][-1][0]), now.start))
    return lines


def _slip(points: list[tuple[date, date]]) -> int:
    return (points[-1][1] - points[0][1]).days


def draw(context: ChartContext) -> Any:
    from matplotlib.lines import Line2D

    info = context.snapshot.info
    fig = new_figure(SLIDE_WIDTH_IN, SLIDE_HEIGHT_IN)
    chart_title(fig, context.t("chart.milestones"), info.title, SLIDE_HEIGHT_IN)
    today = context.today
    lines = trend(context, today)
    if not context.baselines or not lines:
        reason = "no_baselines" if not context.baselines else "no_milestones"
        fig.text(0.5, 0.5, context.t("nothing", reason=context.t(reason)), ha="center")
        return fig
    names: dict[str, str] = {s.id: s.name for s in context.steps}
    for baseline in context.baselines:
        for step in baseline.plan.steps:
            names.setdefault(step.id, step.name)
    # The most slipped first: they are what the chart is for.
    chosen = sorted(lines, key=lambda sid: (-abs(_slip(lines[sid])), names[sid]))
    if len(chosen) > MAX_MILESTONES:
        context.warnings.append(
            context.t("more_milestones", shown=MAX_MILESTONES, total=len(chosen))
        )
        chosen = chosen[:MAX_MILESTONES]
    ax = fig.add_axes((0.08, 0.2, 0.66, 0.62))
    style_axes(ax)
    xs = [x for sid in chosen for x, _ in lines[sid]]
    ys = [y for sid in chosen for _, y in lines[sid]]
    first, last = min(xs + ys), max(xs + ys)
    low, high = first.toordinal() - 30, last.toordinal() + 30
    ax.plot([low, high], [low, high], color=MUTED, lw=1, ls="--", zorder=1)
    handles = [Line2D([], [], color=MUTED, lw=1, ls="--", label=context.t("diagonal"))]
    label_x_in = SLIDE_WIDTH_IN * 0.76  # where the legend starts
    for index, sid in enumerate(chosen):
        color = COLORS[index % len(COLORS)]
        points = lines[sid]
        px = [x.toordinal() for x, _ in points]
        py = [y.toordinal() for _, y in points]
        ax.plot(px, py, color=color, lw=1.8, marker="D", markersize=5, zorder=3)
        removed = sid not in {s.id for s in context.steps}
        slip = _slip(points)
        suffix = context.t("removed") if removed else context.t("slip_days", days=f"{slip:+d}")
        room = SLIDE_WIDTH_IN - label_x_in - 0.75 - text_width_in(f" ({suffix})", TEXT_SIZE)
        text = shorten(names[sid], TEXT_SIZE, room)
        handles.append(Line2D([], [], color=color, marker="D", lw=1.8, label=f"{text} ({suffix})"))
    year_axis(ax, date.fromordinal(low), date.fromordinal(high), SLIDE_WIDTH_IN * 0.66)
    ax.set_ylim(low, high)
    ax.yaxis.set_major_locator(ax.xaxis.get_major_locator())
    ax.yaxis.set_major_formatter(ax.xaxis.get_major_formatter())
    ax.grid(True, color=GRID, lw=0.6)
    ax.set_xlabel(context.t("recorded_axis"), fontsize=TEXT_SIZE)
    ax.set_ylabel(context.t("planned_axis"), fontsize=TEXT_SIZE)
    fig.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(0.76, 0.82),
        frameon=False,
        fontsize=TEXT_SIZE,
    )
    return fig
