"""The patent pipeline: how many patents stood at each status at the end of each year (stacked
bars, from their dated histories), and beside it each pathway's patents by status today.

Counting follows `roadmap.domain.transfer`. With a problem chosen, only the patents linked to
its pathways are shown; otherwise every patent, those linked to no pathway in a row of their own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from roadmap.charts.registry import ChartContext
from roadmap.charts.style import (
    GRID,
    MUTED,
    SLIDE_HEIGHT_IN,
    SLIDE_WIDTH_IN,
    SUBTITLE_SIZE,
    TEXT_SIZE,
    chart_title,
    legend_below,
    new_figure,
    plain,
    readable_on,
    shorten,
    style_axes,
)
from roadmap.domain.entities import Patent
from roadmap.domain.enums import PatentStatus
from roadmap.domain.transfer import patent_pipeline, reached_industry

STATUS_COLORS: dict[PatentStatus, str] = {
    PatentStatus.IDEA: "#CFD8DC",
    PatentStatus.FILED: "#90CAF9",
    PatentStatus.GRANTED: "#1E88E5",
    PatentStatus.LICENSED: "#66BB6A",
    PatentStatus.TRANSFERRED: "#2E7D32",
    PatentStatus.LAPSED: "#BCAAA4",
}
MAX_PATHWAYS = 10  # rows in the per-pathway panel; more are summed up in a note
MIN_SLOTS = 5  # a short history still gets bars of a sensible width

# Both panels in inches from the figure's left and bottom edges.
LEFT_IN, RIGHT_IN, BOTTOM_IN, TOP_IN = 0.9, 9.0, 1.35, 1.75
PIPELINE_W_IN = 5.0
BY_PATHWAY_W_IN = 3.9
PATHWAY_LABEL_IN = 2.7  # the pathway names left of the right panel; clear of the left one


def panel_axes(fig: Any, left_in: float, width_in: float) -> Any:
    """One of the two side-by-side panels of the transfer charts, placed in inches."""
    height_in = SLIDE_HEIGHT_IN - TOP_IN - BOTTOM_IN
    ax = fig.add_axes(
        (
            left_in / SLIDE_WIDTH_IN,
            BOTTOM_IN / SLIDE_HEIGHT_IN,
            width_in / SLIDE_WIDTH_IN,
            height_in / SLIDE_HEIGHT_IN,
        )
    )
    style_axes(ax)
    return ax


def _patents(context: ChartContext) -> tuple[Patent, ...]:
    patents = context.snapshot.patents
    if len(context.problems) < len(context.snapshot.problems):  # one problem chosen
        ids = {p.id for p in context.pathways}
        patents = tuple(p for p in patents if p.pathway_id in ids)
    return patents


def draw(context: ChartContext) -> Any:
    from matplotlib.patches import Patch

    snapshot = context.snapshot
    fig = new_figure(SLIDE_WIDTH_IN, SLIDE_HEIGHT_IN)
    chart_title(fig, context.t("chart.patents"), snapshot.info.title, SLIDE_HEIGHT_IN)
    patents = _patents(context)
    if not patents:
        fig.text(0.5, 0.5, context.t("nothing", reason=context.t("no_patents")), ha="center")
        return fig
    kinds = {o.id: o.org_kind for o in snapshot.organizations}
    reached = sum(reached_industry(p, kinds) for p in patents)
    fig.text(
        0.25 / SLIDE_WIDTH_IN,
        1 - 0.95 / SLIDE_HEIGHT_IN,
        context.t("reached_industry", count=reached, total=len(patents)),
        fontsize=SUBTITLE_SIZE,
        va="top",
    )
    ids = {p.id for p in patents}
    events = tuple(e for e in snapshot.patent_events if e.patent_id in ids)
    pipeline = patent_pipeline(replace(snapshot, patents=patents, patent_events=events))
    _draw_pipeline(context, panel_axes(fig, LEFT_IN, PIPELINE_W_IN), pipeline)
    _draw_by_pathway(context, panel_axes(fig, RIGHT_IN, BY_PATHWAY_W_IN), patents)
    handles = [
        Patch(color=STATUS_COLORS[s], label=context.t(f"patent.{s.value}")) for s in PatentStatus
    ]
    legend_below(fig, handles, columns=len(handles), fontsize=TEXT_SIZE + 1, y=0.02)
    return fig


def _draw_pipeline(
    context: ChartContext, ax: Any, pipeline: dict[int, dict[PatentStatus, int]]
) -> None:
    ax.set_title(context.t("pipeline_title"), loc="left", fontsize=SUBTITLE_SIZE)
    years = list(pipeline)
    if not years:  # patents without any date: nothing to place in time
        ax.set_xticks([])
        ax.set_yticks([])
        return
    bottoms = [0] * len(years)
    for status in PatentStatus:
        heights = [pipeline[y][status] for y in years]
        ax.bar(years, heights, bottom=bottoms, width=0.62, color=STATUS_COLORS[status])
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    tallest = max(bottoms)
    top = tallest * 1.12 + 0.5
    below = [0] * len(years)
    for status in PatentStatus:
        for i, year in enumerate(years):
            height = pipeline[year][status]
            color = STATUS_COLORS[status]
            segment_label(ax, year, below[i] + height / 2, height, color, height / top)
            below[i] += height
    for year, total in zip(years, bottoms, strict=True):
        ax.text(year, total + tallest * 0.02, str(total), ha="center", va="bottom", color=MUTED)
    pad = max(0.0, (MIN_SLOTS - len(years)) / 2)
    ax.set_xlim(years[0] - 0.6 - pad, years[-1] + 0.6 + pad)
    every = max(1, -(-len(years) // 12))  # at most a dozen year labels
    ax.set_xticks(years[::every], labels=[str(y) for y in years[::every]])
    ax.set_ylim(0, top)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylabel(context.t("patents_axis"))
    ax.grid(axis="y", color=GRID, lw=0.6)
    ax.set_axisbelow(True)


def _draw_by_pathway(context: ChartContext, ax: Any, patents: tuple[Patent, ...]) -> None:
    ax.set_title(context.t("by_pathway_title"), loc="left", fontsize=SUBTITLE_SIZE)
    rows: list[tuple[str, list[Patent]]] = []
    names = {p.id: p.name for p in context.pathways}
    for pathway_id, name in names.items():
        linked = [p for p in patents if p.pathway_id == pathway_id]
        if linked:
            rows.append((name, linked))
    unlinked = [p for p in patents if p.pathway_id not in names]
    if unlinked:
        rows.append((context.t("no_pathway"), unlinked))
    # Too many rows: the pathways with the most patents, still in the roadmap's order.
    busiest = sorted(range(len(rows)), key=lambda i: -len(rows[i][1]))[:MAX_PATHWAYS]
    shown = [rows[i] for i in sorted(busiest)]
    hidden = len(rows) - len(shown)
    for row, (_, linked) in enumerate(shown):
        left = 0
        for status in PatentStatus:
            count = sum(p.status is status for p in linked)
            if count:
                ax.barh(row, count, left=left, height=0.62, color=STATUS_COLORS[status])
                left += count
    widest = max(len(linked) for _, linked in shown)
    for row, (_, linked) in enumerate(shown):
        left = 0
        for status in PatentStatus:
            count = sum(p.status is status for p in linked)
            room = count / (widest + 0.5)
            segment_label(ax, left + count / 2, row, count, STATUS_COLORS[status], room)
            left += count
    ax.set_yticks(
        range(len(shown)),
        labels=[plain(shorten(name, TEXT_SIZE, PATHWAY_LABEL_IN)) for name, _ in shown],
    )
    ax.set_ylim(max(len(shown), 4) - 0.5, -0.5)
    ax.set_xlim(0, widest + 0.5)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel(context.t("patents_axis"))
    ax.grid(axis="x", color=GRID, lw=0.6)
    ax.set_axisbelow(True)
    if hidden:
        more_rows(ax, context.t("more_rows", count=hidden))


def more_rows(ax: Any, text: str) -> None:
    """A note at the panel's top right that some rows are not shown."""
    ax.text(1.0, 1.01, text, transform=ax.transAxes, ha="right", va="bottom", color=MUTED)


def segment_label(ax: Any, x: float, y: float, value: int, color: str, room: float) -> None:
    """The count inside a bar segment, left out when the segment is too thin to hold it
    (`room`: the segment's share of the axis)."""
    if value and room >= 0.045:
        ax.text(
            x,
            y,
            str(value),
            ha="center",
            va="center",
            fontsize=TEXT_SIZE,
            color=readable_on(color),
        )
