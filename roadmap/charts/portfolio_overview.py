"""The portfolio across many roadmaps on one page: seven small panels and the list of what is
due (see `roadmap.domain.portfolio` for how each figure is counted). English or Chinese."""

from __future__ import annotations

from typing import Any

from roadmap.charts.labels import label
from roadmap.charts.registry import Chart
from roadmap.charts.style import (
    MUTED,
    TEXT_SIZE,
    chart_fonts,
    chart_title,
    font_families,
    needs_cjk,
    new_figure,
    shorten,
    style_axes,
)
from roadmap.domain.enums import Language, PatentStatus, PathwayStatus, Priority
from roadmap.domain.portfolio import PortfolioTally
from roadmap.domain.transfer import Direction

WIDTH_IN, HEIGHT_IN = 16.0, 10.0
PRIORITY_COLORS = {"high": "#C0392B", "medium": "#E6A23C", "low": "#7F8C8D"}
BAR = "#3E7CB1"
SECOND = "#9BC1E0"
MAX_SECTORS = 8
MAX_SHARED = 10
MAX_DUE = 14


def _bars(ax: Any, names: list[str], values: list[int], color: str = BAR) -> None:
    ax.barh(range(len(names)), values, color=color)
    ax.set_yticks(range(len(names)), [shorten(n, 8, 1.25) for n in names], fontsize=8)
    ax.invert_yaxis()
    for i, value in enumerate(values):
        ax.text(value, i, f" {value}", va="center", fontsize=7, color=MUTED)


def _problems(ax: Any, tally: PortfolioTally, t: Any) -> None:
    sectors: dict[str, int] = {}
    for (sector, _), n in tally.problems.items():
        sectors[sector] = sectors.get(sector, 0) + n
    top = sorted(sectors, key=lambda s: (-sectors[s], s))[:MAX_SECTORS]
    left = [0] * len(top)
    for priority in Priority:
        values = [tally.problems.get((s, priority.value), 0) for s in top]
        ax.barh(
            range(len(top)),
            values,
            left=left,
            color=PRIORITY_COLORS[priority.value],
            label=t(f"priority.{priority.value}"),
        )
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_yticks(range(len(top)), [shorten(s or "—", 8, 1.25) for s in top], fontsize=8)
    ax.invert_yaxis()
    ax.legend(fontsize=7, frameon=False, loc="lower right")


def _trl(ax: Any, tally: PortfolioTally, t: Any) -> None:
    levels: list[int | None] = [None, *range(1, 10)]
    xs = range(len(levels))
    ax.bar(
        [x - 0.2 for x in xs],
        [tally.trl_now.get(v, 0) for v in levels],
        0.4,
        color=BAR,
        label=t("pf.trl_now"),
    )
    ax.bar(
        [x + 0.2 for x in xs],
        [tally.trl_horizon.get(v, 0) for v in levels],
        0.4,
        color=SECOND,
        label=t("pf.trl_horizon"),
    )
    ax.set_xticks(list(xs), [t("pf.not_rated")] + [str(v) for v in range(1, 10)], fontsize=8)
    ax.legend(fontsize=7, frameon=False)


def draw_portfolio(tally: PortfolioTally, language: Language) -> Any:
    def t(key: str, **values: object) -> str:
        return label(key, language, **values)

    fig = new_figure(WIDTH_IN, HEIGHT_IN)
    chart_title(
        fig, t("pf.title", count=tally.roadmaps), t("pf.subtitle", today=tally.today), HEIGHT_IN
    )
    grid = fig.add_gridspec(
        2, 4, left=0.11, right=0.93, top=0.86, bottom=0.06, hspace=0.35, wspace=0.75
    )
    panels = [fig.add_subplot(grid[r, c]) for r in range(2) for c in range(4)]
    for ax in panels:
        style_axes(ax)
        ax.tick_params(labelsize=8)
    titles = [
        "pf.problems",
        "pf.pathways",
        "pf.trl",
        "pf.launches",
        "pf.patents",
        "pf.moves",
        "pf.shared",
        "pf.due",
    ]
    for ax, key in zip(panels, titles, strict=True):
        ax.set_title(t(key), fontsize=TEXT_SIZE, loc="left")
    _problems(panels[0], tally, t)
    statuses = list(PathwayStatus)
    _bars(
        panels[1],
        [t(f"status.{s.value}") for s in statuses],
        [tally.pathways.get(s.value, 0) for s in statuses],
    )
    _trl(panels[2], tally, t)
    years = sorted(y for y in tally.launches if y is not None)
    keys: list[int | None] = [*years, None] if None in tally.launches else list(years)
    panels[3].bar(range(len(keys)), [tally.launches[k] for k in keys], color=BAR)
    panels[3].set_xticks(
        range(len(keys)), [str(k) if k else t("pf.no_date") for k in keys], fontsize=7, rotation=60
    )
    patent_names = [t(f"patent.{s.value}") for s in PatentStatus]
    licence_kinds = ["exclusive", "non_exclusive", "assignment"]
    _bars(
        panels[4],
        patent_names + [t(f"pf.licence.{k}") for k in licence_kinds],
        [tally.patents.get(s.value, 0) for s in PatentStatus]
        + [tally.licences.get(k, 0) for k in licence_kinds],
    )
    _bars(
        panels[5],
        [t(f"dir.{d.value}") for d in Direction],
        [tally.moves.get(d.value, 0) for d in Direction],
    )
    shared = tally.shared_organizations()[:MAX_SHARED]
    if shared:
        _bars(panels[6], [shorten(name, 8, 1.6) for name, _ in shared], [n for _, n in shared])
    else:
        panels[6].axis("off")
        panels[6].text(0, 1, t("pf.none"), va="top", fontsize=8, transform=panels[6].transAxes)
    due = tally.due_soon()
    panels[7].axis("off")
    lines = [
        f"{d.on.isoformat()}  {shorten(d.step, 7, 0.95)} · {shorten(d.roadmap, 7, 0.6)}"
        for d in due[:MAX_DUE]
    ]
    if len(due) > MAX_DUE:
        lines.append(t("more_rows", count=len(due) - MAX_DUE))
    panels[7].text(
        0, 1, "\n".join(lines) or t("pf.none"), va="top", fontsize=8, transform=panels[7].transAxes
    )
    return fig


def render_portfolio(tally: PortfolioTally, language: Language) -> Chart:
    texts = [label("pf.title", language, count=0)]
    texts += [name for name, _ in tally.shared_organizations()]
    texts += [sector for sector, _ in tally.problems]
    texts += [d.step + d.roadmap for d in tally.due]
    families = font_families(needs_cjk(texts))
    with chart_fonts(families):
        fig = draw_portfolio(tally, language)
    return Chart(fig, (), tuple(families))
