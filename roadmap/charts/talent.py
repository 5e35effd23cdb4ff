"""Talent mobility: people moving between sectors over time (stacked bars of moves by direction
and the year they start), and beside it each organization's moves in and out, colored by its
sector. Counting follows `roadmap.domain.transfer`. Moves belong to no problem, so a chosen
problem does not narrow this chart.
"""

from __future__ import annotations

from typing import Any

from roadmap.charts.patents import MIN_SLOTS, more_rows, panel_axes, segment_label
from roadmap.charts.registry import ChartContext
from roadmap.charts.style import (
    GRID,
    INK,
    SLIDE_HEIGHT_IN,
    SLIDE_WIDTH_IN,
    SUBTITLE_SIZE,
    TEXT_SIZE,
    chart_title,
    new_figure,
    plain,
    readable_on,
    shorten,
)
from roadmap.domain.transfer import Direction, OrganizationFigures, Sector, transfer_figures

DIRECTION_COLORS: dict[Direction, str] = {
    Direction.RESEARCH_TO_INDUSTRY: "#F57C00",
    Direction.INDUSTRY_TO_RESEARCH: "#7B1FA2",
    Direction.UNIVERSITY_INSTITUTE: "#0097A7",
    Direction.OTHER: "#B0BEC5",
}
SECTOR_COLORS: dict[Sector, str] = {
    Sector.INDUSTRY: "#C62828",
    Sector.RESEARCH: "#1565C0",
    Sector.OTHER: "#9E9E9E",
}
MAX_ORGANIZATIONS = 12  # rows in the per-organization panel, busiest first

LEFT_IN, RIGHT_IN = 0.9, 9.0
YEARS_W_IN, ORGS_W_IN = 5.0, 3.9
ORG_LABEL_IN = 2.7


def draw(context: ChartContext) -> Any:
    from matplotlib.patches import Patch

    snapshot = context.snapshot
    fig = new_figure(SLIDE_WIDTH_IN, SLIDE_HEIGHT_IN)
    chart_title(fig, context.t("chart.talent"), snapshot.info.title, SLIDE_HEIGHT_IN)
    if not snapshot.mobility:
        fig.text(0.5, 0.5, context.t("nothing", reason=context.t("no_moves")), ha="center")
        return fig
    figures = transfer_figures(snapshot)
    fig.text(
        0.25 / SLIDE_WIDTH_IN,
        1 - 0.95 / SLIDE_HEIGHT_IN,
        context.t("cross_sector", count=figures.cross_sector_moves, total=len(snapshot.mobility)),
        fontsize=SUBTITLE_SIZE,
        va="top",
    )
    _draw_years(context, panel_axes(fig, LEFT_IN, YEARS_W_IN), figures.moves_by_year)
    _draw_organizations(context, panel_axes(fig, RIGHT_IN, ORGS_W_IN), figures.organizations)
    directions = [
        Patch(color=DIRECTION_COLORS[d], label=context.t(f"dir.{d.value}")) for d in Direction
    ]
    sectors = [Patch(color=SECTOR_COLORS[s], label=context.t(f"sector.{s.value}")) for s in Sector]
    fig.legend(
        handles=directions,
        loc="lower left",
        ncol=2,
        frameon=False,
        fontsize=TEXT_SIZE + 1,
        bbox_to_anchor=(LEFT_IN / SLIDE_WIDTH_IN, 0.0),
    )
    fig.legend(
        handles=sectors,
        loc="lower left",
        ncol=2,
        frameon=False,
        fontsize=TEXT_SIZE + 1,
        bbox_to_anchor=((RIGHT_IN - ORG_LABEL_IN) / SLIDE_WIDTH_IN, 0.0),
    )
    return fig


def _draw_years(context: ChartContext, ax: Any, by_year: dict[int, dict[Direction, int]]) -> None:
    ax.set_title(context.t("moves_title"), loc="left", fontsize=SUBTITLE_SIZE)
    years = list(by_year)
    bottoms = [0] * len(years)
    for direction in Direction:
        heights = [by_year[y][direction] for y in years]
        ax.bar(years, heights, bottom=bottoms, width=0.62, color=DIRECTION_COLORS[direction])
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    tallest = max(bottoms)
    top = tallest * 1.12 + 0.5
    below = [0] * len(years)
    for direction in Direction:
        color = DIRECTION_COLORS[direction]
        for i, year in enumerate(years):
            height = by_year[year][direction]
            segment_label(ax, year, below[i] + height / 2, height, color, height / top)
            below[i] += height
    pad = max(0.0, (MIN_SLOTS - len(years)) / 2)
    ax.set_xlim(years[0] - 0.6 - pad, years[-1] + 0.6 + pad)
    every = max(1, -(-len(years) // 12))
    ax.set_xticks(years[::every], labels=[str(y) for y in years[::every]])
    ax.set_ylim(0, top)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylabel(context.t("moves_axis"))
    ax.grid(axis="y", color=GRID, lw=0.6)
    ax.set_axisbelow(True)


def _draw_organizations(
    context: ChartContext, ax: Any, organizations: tuple[OrganizationFigures, ...]
) -> None:
    ax.set_title(context.t("by_org_title"), loc="left", fontsize=SUBTITLE_SIZE)
    moving = sorted(
        (o for o in organizations if o.moves_in or o.moves_out),
        key=lambda o: (-(o.moves_in + o.moves_out), o.name),
    )
    shown, hidden = moving[:MAX_ORGANIZATIONS], moving[MAX_ORGANIZATIONS:]
    for row, org in enumerate(shown):
        color = SECTOR_COLORS[org.sector]
        for value in (org.moves_in, -org.moves_out):
            if value:
                ax.barh(row, value, height=0.62, color=color, alpha=1.0 if value > 0 else 0.55)
                ax.text(
                    value / 2,
                    row,
                    str(abs(value)),
                    ha="center",
                    va="center",
                    fontsize=TEXT_SIZE,
                    color=readable_on(color) if value > 0 else INK,
                )
    widest = max([max(o.moves_in, o.moves_out) for o in shown] + [1])
    ax.axvline(0, color="#888888", lw=0.8)
    ax.set_xlim(-widest - 0.5, widest + 0.5)
    ax.set_xticks(
        range(-widest, widest + 1), labels=[str(abs(v)) for v in range(-widest, widest + 1)]
    )
    ax.set_yticks(
        range(len(shown)), labels=[plain(shorten(o.name, TEXT_SIZE, ORG_LABEL_IN)) for o in shown]
    )
    ax.set_ylim(max(len(shown), 4) - 0.5, -0.5)
    ax.set_xlabel(context.t("moves_in_out"))
    ax.grid(axis="x", color=GRID, lw=0.6)
    ax.set_axisbelow(True)
    if hidden:
        more_rows(ax, context.t("more_rows", count=len(hidden)))
