"""Pathway comparison per problem: grouped bars of the 1–5 scores by criterion, and the weighted
0–100 ranking beside them. A missing score is shown as missing, never as a short bar."""

from __future__ import annotations

from typing import Any

from roadmap.charts.registry import ChartContext
from roadmap.charts.style import (
    GRID,
    MUTED,
    SLIDE_HEIGHT_IN,
    SLIDE_WIDTH_IN,
    SUBTITLE_SIZE,
    TEXT_SIZE,
    bold,
    chart_title,
    new_figure,
    plain,
    shorten,
    style_axes,
    tint,
    wrap,
)
from roadmap.domain.scoring import rank_pathways

MAX_PROBLEMS = 4  # per figure; more stops being readable on a slide
MAX_PATHWAYS = 8  # per problem


def draw(context: ChartContext) -> Any:
    snapshot = context.snapshot
    problems = list(context.problems[:MAX_PROBLEMS])
    if len(context.problems) > MAX_PROBLEMS:
        context.warnings.append(
            context.t("more_problems", shown=MAX_PROBLEMS, total=len(context.problems))
        )
    criteria = [c for c in sorted(snapshot.criteria, key=lambda c: c.position) if c.weight > 0]
    total_weight = sum(c.weight for c in criteria) or 1.0
    rankings = {r.problem_id: r for r in rank_pathways(snapshot)}
    colors = {p.id: p.color for p in context.pathways}

    axes_in = max(2.1, 0.3 * len(criteria))
    block_in = 0.4 + axes_in + 0.6  # problem statement, axes, axis labels
    height = max(SLIDE_HEIGHT_IN, 1.0 + block_in * len(problems) + 0.35)
    fig = new_figure(SLIDE_WIDTH_IN, height)
    chart_title(fig, context.t("chart.scores"), snapshot.info.title, height)
    if not problems or not criteria:
        fig.text(0.5, 0.5, context.t("nothing", reason=context.t("no_pathways")), ha="center")
        return fig
    any_incomplete = False
    for row, problem in enumerate(problems):
        entries = rankings[problem.id].pathways[:MAX_PATHWAYS]
        top_in = 1.0 + row * block_in
        fig.text(
            0.25 / SLIDE_WIDTH_IN,
            1 - top_in / height,
            wrap(plain(problem.statement), SUBTITLE_SIZE, SLIDE_WIDTH_IN - 0.5, 1),
            fontsize=SUBTITLE_SIZE,
            fontweight=bold(problem.statement),
            va="top",
        )
        bottom = 1 - (top_in + 0.4 + axes_in) / height
        bars_ax = fig.add_axes(
            (1.75 / SLIDE_WIDTH_IN, bottom, 5.6 / SLIDE_WIDTH_IN, axes_in / height)
        )
        rank_ax = fig.add_axes(
            (10.0 / SLIDE_WIDTH_IN, bottom, 3.0 / SLIDE_WIDTH_IN, axes_in / height)
        )
        for ax in (bars_ax, rank_ax):
            style_axes(ax)
        # Grouped horizontal bars: one group per criterion, one bar per pathway.
        n = max(len(entries), 1)
        slot = 0.8 / n
        for k, entry in enumerate(entries):
            color = colors.get(entry.pathway_id, "#888888")
            for i, criterion in enumerate(criteria):
                y = i - 0.4 + slot * (k + 0.5)
                value = entry.values.get(criterion.id)
                if value is None:
                    bars_ax.text(
                        0.05, y, context.t("no_score"), va="center", fontsize=7, color=MUTED
                    )
                    continue
                bars_ax.barh(y, value, height=slot * 0.9, color=color, edgecolor="none")
        bars_ax.set_yticks(
            range(len(criteria)),
            labels=[
                shorten(plain(c.name), TEXT_SIZE, 1.7)
                + "\n"
                + context.t("weight", percent=round(100 * c.weight / total_weight))
                for c in criteria
            ],
        )
        bars_ax.set_ylim(len(criteria) - 0.5, -0.5)
        bars_ax.set_xlim(0, 5)
        bars_ax.set_xticks(range(0, 6))
        bars_ax.grid(axis="x", color=GRID, lw=0.6)
        bars_ax.set_axisbelow(True)
        bars_ax.set_xlabel(context.t("score_axis"), fontsize=TEXT_SIZE)

        # The ranking: weighted scores, best on top.
        names = []
        for j, entry in enumerate(entries):
            color = colors.get(entry.pathway_id, "#888888")
            score = entry.score or 0.0
            rank_ax.barh(
                j,
                score,
                color=color if entry.complete else tint(color, 0.55),
                edgecolor=color,
                height=0.6,
            )
            star = "" if entry.complete else "*"
            any_incomplete |= not entry.complete
            shown = "–" if entry.score is None else f"{entry.score:.0f}{star}"
            rank_ax.text(score + 1.5, j, shown, va="center", fontsize=TEXT_SIZE)
            prefix = f"{entry.rank}. " if entry.rank else ""
            names.append(prefix + shorten(plain(entry.name), TEXT_SIZE, 2.4))
        rank_ax.set_yticks(range(len(entries)), labels=names)
        rank_ax.set_ylim(max(len(entries), 1) - 0.5, -0.5)  # a problem with no pathway yet
        rank_ax.set_xlim(0, 112)
        rank_ax.set_xticks([0, 25, 50, 75, 100])
        rank_ax.grid(axis="x", color=GRID, lw=0.6)
        rank_ax.set_axisbelow(True)
        rank_ax.set_xlabel(context.t("weighted_axis"), fontsize=TEXT_SIZE)

    if any_incomplete:
        fig.text(0.02, 0.15 / height, context.t("incomplete"), fontsize=8, color=MUTED)
    return fig
