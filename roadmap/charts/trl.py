"""TRL over time per pathway, one panel per problem, with the TRL 7 line and product launches.

Each pathway's line is its maturity curve (`roadmap.domain.maturity.progression`): it rises on
the dates its steps establish a higher TRL and runs on to its last rated step's end. A product
launch is a star on the line of each pathway it is linked to, at the launch date, so a star
below the TRL 7 line is a launch before the technology is ready.
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
    SUBTITLE_SIZE,
    TEXT_SIZE,
    LabelPlacer,
    bold,
    chart_title,
    legend_below,
    new_figure,
    plain,
    shorten,
    star_handle,
    style_axes,
    text_width_in,
    wrap,
)
from roadmap.domain.entities import Pathway
from roadmap.domain.enums import PathwayStatus
from roadmap.domain.maturity import LAUNCH_TRL, progression, rated_steps

MAX_PROBLEMS = 4


def faded(pathway: Pathway) -> bool:
    """Parked and dropped pathways are drawn dashed: still shown, clearly not the plan."""
    return pathway.status in (PathwayStatus.PARKED, PathwayStatus.DROPPED)


def year_axis(ax: Any, first: date, last: date, width_in: float) -> None:
    """Years on the x axis of a date-valued (ordinal) axis `width_in` inches wide."""
    from matplotlib.ticker import FixedLocator, FuncFormatter

    span = last.year - first.year + 1
    every = next(n for n in (1, 2, 5, 10, 20, 50) if width_in * n / span >= 0.5)
    years = [y for y in range(first.year, last.year + 2) if (y - first.year) % every == 0]
    ax.xaxis.set_major_locator(FixedLocator([date(y, 1, 1).toordinal() for y in years]))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: str(date.fromordinal(int(x)).year)))
    ax.set_xlim(first.toordinal(), last.toordinal() + 1)


def maturity_on(curve: list[tuple[int, int]], day: int) -> int | None:
    level = None
    for on, trl in curve:
        if on <= day:
            level = trl
    return level


def draw(context: ChartContext) -> Any:
    from matplotlib.lines import Line2D

    snapshot = context.snapshot
    info = snapshot.info
    problems = list(context.problems[:MAX_PROBLEMS])
    if len(context.problems) > MAX_PROBLEMS:
        context.warnings.append(
            context.t("more_problems", shown=MAX_PROBLEMS, total=len(context.problems))
        )
    fig = new_figure(SLIDE_WIDTH_IN, SLIDE_HEIGHT_IN)
    chart_title(fig, context.t("chart.trl"), info.title, SLIDE_HEIGHT_IN)
    if not any(rated_steps(context.steps)):
        fig.text(0.5, 0.5, context.t("nothing", reason=context.t("no_trl")), ha="center")
        return fig
    cols = 1 if len(problems) == 1 else 2
    rows = -(-len(problems) // cols)
    grid = fig.add_gridspec(
        rows, cols, left=0.06, right=0.98, top=0.8, bottom=0.17, hspace=0.55, wspace=0.12
    )
    launches: dict[str, list[tuple[date, str]]] = {}
    for product in snapshot.products:
        if product.launch_date is not None:
            for pathway_id in product.pathway_ids:
                launches.setdefault(pathway_id, []).append((product.launch_date, product.name))
    panel_in = (SLIDE_WIDTH_IN * 0.92) / cols
    handles: list[Any] = []
    for index, problem in enumerate(problems):
        ax = fig.add_subplot(grid[index // cols, index % cols])
        style_axes(ax)
        ax.set_title(
            wrap(plain(problem.statement), SUBTITLE_SIZE - 1, panel_in - 0.2, 2),
            loc="left",
            fontsize=SUBTITLE_SIZE - 1,
            fontweight=bold(problem.statement),
        )
        year_axis(ax, info.horizon_start, info.horizon_end, panel_in)
        ax.set_ylim(0.5, 9.6)
        ax.set_yticks(range(1, 10))
        ax.grid(axis="both", color=GRID, lw=0.6)
        ax.set_axisbelow(True)
        if index % cols == 0:
            ax.set_ylabel(context.t("trl_axis"))
        ax.axhline(LAUNCH_TRL, color="#2E7D32", lw=1.4, ls="-.", zorder=1)
        stars: list[tuple[int, int, str]] = []
        for pathway in context.pathways_of(problem.id):
            steps = rated_steps(context.steps_of(pathway.id))
            if not steps:
                continue
            curve = [(p.on.toordinal(), p.trl) for p in progression(steps)]
            last = max(s.end for s in steps).toordinal()
            xs = [on for on, _ in curve] + [last]
            ys = [trl for _, trl in curve] + [curve[-1][1]]
            style = "--" if faded(pathway) else "-"
            (line,) = ax.plot(
                xs,
                ys,
                drawstyle="steps-post",
                color=pathway.color,
                lw=2.2,
                ls=style,
                alpha=0.75 if faded(pathway) else 1,
                label=plain(shorten(pathway.name, TEXT_SIZE, 3.6)),
                zorder=3,
            )
            ax.plot(xs[:-1], ys[:-1], "o", color=pathway.color, markersize=4, zorder=3)
            handles.append(line)
            for launch, name in launches.get(pathway.id, []):
                day = launch.toordinal()
                level = maturity_on(curve, day) or 1
                stars.append((day, level, name))
                ax.plot(
                    [day],
                    [level],
                    marker="*",
                    markersize=15,
                    markerfacecolor=pathway.color,
                    markeredgecolor="white",
                    zorder=5,
                )
        _label_launches(ax, stars, panel_in, info.horizon_start, info.horizon_end)
    handles += [
        Line2D([], [], color="#2E7D32", lw=1.4, ls="-.", label=context.t("trl_line")),
        star_handle(context.t("launch"), "#555555", 13),
    ]
    legend_below(fig, handles)
    return fig


def _label_launches(
    ax: Any, stars: list[tuple[int, int, str]], panel_in: float, first: date, last: date
) -> None:
    """Product names under (or over) their stars, stacked so that none overlap."""
    placer = LabelPlacer()
    days_per_in = (last.toordinal() + 1 - first.toordinal()) / (panel_in * 0.95)
    trl_per_in = 9.1 / 3.9  # the panel's y range over its approximate height
    for day, level, _ in stars:
        placer.block((day - first.toordinal()) / days_per_in, level / trl_per_in, 0.18, 0.18)
    offsets = [(0.0, -0.2), (0.0, -0.36), (0.0, 0.2), (0.0, -0.52), (0.0, 0.36), (0.0, -0.68)]
    for day, level, name in sorted(stars):
        text = shorten(name, 7.5, 2.0)
        x_in = (day - first.toordinal()) / days_per_in
        width = text_width_in(text, 7.5)
        dx, dy = placer.place(x_in, level / trl_per_in, width, 0.14, offsets)
        ax.annotate(
            plain(text),
            (day, level),
            xytext=(dx * 72, dy * 72),
            textcoords="offset points",
            ha="center",
            va="center",
            fontsize=7.5,
            color=MUTED,
            zorder=6,
            arrowprops={"arrowstyle": "-", "color": "#AAAAAA", "lw": 0.6, "shrinkB": 5}
            if abs(dy) > 0.25
            else None,
        )
