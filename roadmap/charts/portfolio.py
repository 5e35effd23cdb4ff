"""The pathway portfolio as a bubble chart: weighted score against time to market, bubble area
proportional to the pathway's budget (its steps' budgets, cancelled steps left out).

Time to market is counted in years from the horizon start to the pathway's market date: the
earliest launch of a product linked to it, or, without one, the day it reaches TRL 7. A pathway
with neither, or without any score, cannot be placed and is named under the chart.
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
    LabelPlacer,
    chart_title,
    new_figure,
    plain,
    shorten,
    style_axes,
    text_width_in,
    wrap,
)
from roadmap.domain.enums import StepStatus
from roadmap.domain.maturity import LAUNCH_TRL, date_reaching
from roadmap.domain.scoring import score_pathways

MAX_LABELS = 40  # more bubble names than this only hide each other
AXES = (0.07, 0.2, 0.66, 0.62)  # left, bottom, width, height (figure fractions)


def market_date(context: ChartContext, pathway_id: str) -> date | None:
    launches = [
        p.launch_date
        for p in context.snapshot.products
        if p.launch_date is not None and pathway_id in p.pathway_ids
    ]
    if launches:
        return min(launches)
    return date_reaching(context.steps_of(pathway_id), LAUNCH_TRL)


def draw(context: ChartContext) -> Any:
    from matplotlib.lines import Line2D

    info = context.snapshot.info
    scores = score_pathways(context.snapshot)
    fig = new_figure(SLIDE_WIDTH_IN, SLIDE_HEIGHT_IN)
    chart_title(fig, context.t("chart.portfolio"), info.title, SLIDE_HEIGHT_IN)
    placed: list[tuple[Any, float, float, float]] = []
    left_out: list[str] = []
    for pathway in context.pathways:
        score = scores[pathway.id].score
        when = market_date(context, pathway.id)
        if score is None or when is None:
            left_out.append(pathway.name)
            continue
        budget = sum(
            s.budget or 0.0
            for s in context.steps_of(pathway.id)
            if s.status is not StepStatus.CANCELLED
        )
        years = (when - info.horizon_start).days / 365.25
        placed.append((pathway, years, score, budget))
    ax = fig.add_axes(AXES)
    style_axes(ax)
    ax.set_xlabel(context.t("ttm_axis", start=info.horizon_start.isoformat()))
    ax.set_ylabel(context.t("weighted_axis"))
    ax.grid(color=GRID, lw=0.6)
    ax.set_axisbelow(True)
    ax.set_ylim(-5, 108)
    horizon_years = (info.horizon_end - info.horizon_start).days / 365.25
    longest = max([years for _, years, _, _ in placed] + [horizon_years])
    ax.set_xlim(-0.3, longest * 1.06 + 0.3)
    if not placed:
        ax.text(
            0.5,
            0.5,
            context.t("nothing", reason=context.t("no_pathways")),
            transform=ax.transAxes,
            ha="center",
        )
    biggest = max([budget for *_, budget in placed] + [1.0])
    axes_w_in = AXES[2] * SLIDE_WIDTH_IN
    axes_h_in = AXES[3] * SLIDE_HEIGHT_IN
    x_lo, x_hi = ax.get_xlim()

    def size(budget: float) -> float:
        return 80 + 2400 * budget / biggest  # marker area in points²

    def page(years: float, score: float) -> tuple[float, float]:
        return ((years - x_lo) / (x_hi - x_lo) * axes_w_in, (score + 5) / 113 * axes_h_in)

    placer = LabelPlacer()
    for _, years, score, budget in placed:
        diameter_in = (size(budget) ** 0.5) / 72
        placer.block(*page(years, score), diameter_in, diameter_in)
    for pathway, years, score, budget in sorted(placed, key=lambda p: -p[3]):
        complete = scores[pathway.id].complete
        ax.scatter(
            [years],
            [score],
            s=size(budget),
            color=pathway.color if complete else "white",
            edgecolors=pathway.color,
            linewidths=2,
            alpha=0.75 if complete else 1,
            zorder=3,
        )
    for pathway, years, score, budget in placed[:MAX_LABELS]:
        text = shorten(pathway.name, 8, 2.4)
        width = text_width_in(text, 8)
        radius = (size(budget) ** 0.5) / 144
        offsets = [
            (0.0, radius + 0.12),
            (0.0, -radius - 0.12),
            (radius + width / 2 + 0.05, 0.0),
            (-radius - width / 2 - 0.05, 0.0),
            (0.0, radius + 0.3),
            (0.0, -radius - 0.3),
        ]
        dx, dy = placer.place(*page(years, score), width, 0.16, offsets)
        ax.annotate(
            plain(text),
            (years, score),
            xytext=(dx * 72, dy * 72),
            textcoords="offset points",
            ha="center",
            va="center",
            fontsize=8,
            zorder=4,
        )
    # The legend on the right: bubble sizes and what a hollow bubble means.
    references = [biggest, biggest / 2, biggest / 8] if placed else []
    handles: list[Any] = [
        Line2D(
            [],
            [],
            ls="none",
            marker="o",
            markersize=size(amount) ** 0.5,
            markerfacecolor="#CFCFCF",
            markeredgecolor="#8A8A8A",
            label=f"{amount:,.0f}",
        )
        for amount in references
    ]
    handles.append(
        Line2D(
            [],
            [],
            ls="none",
            marker="o",
            markersize=10,
            markerfacecolor="white",
            markeredgecolor="#555555",
            markeredgewidth=2,
            label=context.t("incomplete_marker"),
        )
    )
    fig.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(AXES[0] + AXES[2] + 0.03, AXES[1] + AXES[3]),
        frameon=False,
        fontsize=TEXT_SIZE,
        labelspacing=max(1.5, size(biggest) ** 0.5 / TEXT_SIZE * 0.75),
        borderpad=1.2,
        handletextpad=2.6,
        title=context.t("bubble_size"),
        title_fontsize=TEXT_SIZE,
        alignment="left",
    )
    if left_out:
        names = ", ".join(shorten(n, TEXT_SIZE, 2.5) for n in left_out)
        fig.text(
            0.02,
            0.03,
            wrap(plain(context.t("not_shown", names=names)), 8, SLIDE_WIDTH_IN - 0.5, 2),
            fontsize=8,
            color=MUTED,
        )
    return fig
