"""Each figure of merit from baseline to target over time, per pathway of its problem.

A roadmap records a figure of merit's baseline, target and target date, not measurements per
step, so a pathway's line is a projection from its TRL: at the baseline when its first rated
step starts, reaching the target when it reaches TRL 7, and in between in proportion to the
TRL it has climbed. The chart says so under its title. The grey dashed line is what the problem
asks for: baseline at the horizon start, target on the target date.
"""

from __future__ import annotations

from typing import Any

from roadmap.charts.registry import ChartContext
from roadmap.charts.style import (
    GRID,
    MUTED,
    SLIDE_HEIGHT_IN,
    SLIDE_WIDTH_IN,
    TEXT_SIZE,
    chart_title,
    legend_below,
    new_figure,
    plain,
    shorten,
    star_handle,
    style_axes,
)
from roadmap.charts.trl import faded, year_axis
from roadmap.domain.entities import FigureOfMerit
from roadmap.domain.enums import FomDirection
from roadmap.domain.maturity import LAUNCH_TRL, progression, rated_steps

MAX_PANELS = 9


def projected(
    fom: FigureOfMerit, curve: list[tuple[int, int]], last_day: int
) -> tuple[list[int], list[float]]:
    """The pathway's projected value of `fom` on each date its TRL changes."""
    first_trl = curve[0][1]
    span = max(LAUNCH_TRL - first_trl, 1)
    xs, ys = [], []
    for on, trl in curve:
        share = min(max((trl - first_trl) / span, 0.0), 1.0)
        xs.append(on)
        ys.append(fom.baseline + (fom.target - fom.baseline) * share)
    xs.append(max(last_day, xs[-1]))
    ys.append(ys[-1])
    return xs, ys


def draw(context: ChartContext) -> Any:
    from matplotlib.lines import Line2D

    snapshot = context.snapshot
    info = snapshot.info
    wanted = {p.id for p in context.problems}
    order = {p.id: i for i, p in enumerate(context.problems)}
    foms = sorted(
        (f for f in snapshot.figures_of_merit if f.problem_id in wanted),
        key=lambda f: (order[f.problem_id], f.position),
    )
    if len(foms) > MAX_PANELS:
        context.warnings.append(context.t("more_foms", shown=MAX_PANELS, total=len(foms)))
        foms = foms[:MAX_PANELS]
    fig = new_figure(SLIDE_WIDTH_IN, SLIDE_HEIGHT_IN)
    chart_title(fig, context.t("chart.fom"), info.title, SLIDE_HEIGHT_IN)
    fig.text(
        0.25 / SLIDE_WIDTH_IN,
        1 - 0.85 / SLIDE_HEIGHT_IN,
        context.t("fom_note"),
        fontsize=8.5,
        color=MUTED,
        va="top",
    )
    if not foms:
        fig.text(0.5, 0.5, context.t("nothing", reason=context.t("no_fom")), ha="center")
        return fig
    cols = 1 if len(foms) == 1 else 2 if len(foms) in (2, 4) else 3
    rows = -(-len(foms) // cols)
    grid = fig.add_gridspec(
        rows, cols, left=0.06, right=0.98, top=0.78, bottom=0.15, hspace=0.6, wspace=0.22
    )
    panel_in = SLIDE_WIDTH_IN * 0.92 / cols
    curves: dict[str, tuple[list[tuple[int, int]], int]] = {}
    for pathway in context.pathways:
        steps = rated_steps(context.steps_of(pathway.id))
        if steps:
            points = [(p.on.toordinal(), p.trl) for p in progression(steps)]
            curves[pathway.id] = (points, max(s.end for s in steps).toordinal())
    seen: dict[str, Any] = {}
    for index, fom in enumerate(foms):
        ax = fig.add_subplot(grid[index // cols, index % cols])
        style_axes(ax)
        better = context.t(
            "higher_better" if fom.direction is FomDirection.HIGHER else "lower_better"
        )
        unit = f" ({fom.unit})" if fom.unit else ""
        ax.set_title(
            shorten(plain(fom.name + unit), TEXT_SIZE + 1, panel_in - 0.4) + f"\n{better}",
            loc="left",
            fontsize=TEXT_SIZE + 1,
        )
        year_axis(ax, info.horizon_start, info.horizon_end, panel_in)
        ax.grid(color=GRID, lw=0.6)
        ax.set_axisbelow(True)
        start = info.horizon_start.toordinal()
        if fom.target_date is not None:
            due = fom.target_date.toordinal()
            ax.plot([start, due], [fom.baseline, fom.target], color="#9E9E9E", ls="--", lw=1.5)
            ax.plot([due], [fom.target], marker="*", markersize=13, color="#424242", zorder=5)
            ax.axvline(due, color="#BDBDBD", lw=0.8, ls=":")
        ax.axhline(fom.target, color="#BDBDBD", lw=0.8, ls=":")
        for pathway in context.pathways_of(fom.problem_id):
            if pathway.id not in curves:
                continue
            xs, ys = projected(fom, *curves[pathway.id])
            (line,) = ax.plot(
                xs,
                ys,
                drawstyle="steps-post",
                color=pathway.color,
                lw=2,
                ls="--" if faded(pathway) else "-",
                alpha=0.75 if faded(pathway) else 1,
                label=plain(shorten(pathway.name, TEXT_SIZE, 3.6)),
            )
            seen.setdefault(pathway.id, line)
        low, high = sorted((fom.baseline, fom.target))
        pad = (high - low) * 0.12 or 1.0
        ax.set_ylim(low - pad, high + pad)
    handles: list[Any] = [
        *seen.values(),
        Line2D([], [], color="#9E9E9E", ls="--", lw=1.5, label=context.t("fom_required")),
        star_handle(context.t("fom_target"), "#424242", 12),
    ]
    legend_below(fig, handles)
    return fig
