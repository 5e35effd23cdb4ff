"""The charts there are, and how to make one: the entry point of `roadmap.charts`.

    fig = figure(snapshot, "trl", ChartOptions(problem=problem_id))

returns a matplotlib `Figure` not bound to any window: save it with `save_figure`, or embed it
in the app with `FigureCanvasQTAgg(fig)`. Importing this module is cheap; matplotlib and the
chart's module are imported when a chart is made.

Adding a chart is one entry in `CHARTS`: a name, a label key (roadmap.charts.labels) and the
module whose `draw(context) -> Figure` draws it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Protocol

from roadmap.charts.labels import label
from roadmap.charts.style import chart_fonts, font_families, needs_cjk
from roadmap.domain.baseline import Baseline
from roadmap.domain.entities import Pathway, Problem, Step
from roadmap.domain.enums import Language
from roadmap.domain.errors import NotFoundError, RoadmapError
from roadmap.domain.snapshot import RoadmapSnapshot

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class ChartSpec:
    name: str  # what `--chart` takes
    label_key: str  # its title in menus, from the label catalog
    module: str  # a module with `draw(context: ChartContext) -> Figure`


CHARTS: dict[str, ChartSpec] = {
    spec.name: spec
    for spec in (
        ChartSpec("timeline", "chart.timeline", "roadmap.charts.timeline"),
        ChartSpec("scores", "chart.scores", "roadmap.charts.scores"),
        ChartSpec("trl", "chart.trl", "roadmap.charts.trl"),
        ChartSpec("fom", "chart.fom", "roadmap.charts.fom"),
        ChartSpec("portfolio", "chart.portfolio", "roadmap.charts.portfolio"),
        ChartSpec("patents", "chart.patents", "roadmap.charts.patents"),
        ChartSpec("talent", "chart.talent", "roadmap.charts.talent"),
        ChartSpec("milestones", "chart.milestones", "roadmap.charts.milestones"),
    )
}
DEFAULT_CHART = "timeline"


class UnknownChart(RoadmapError):
    pass


@dataclass(frozen=True)
class ChartOptions:
    problem: str | None = None  # draw only this problem (ID); None: all problems
    language: str | None = None  # "en" | "zh"; None: the roadmap's language
    baselines: tuple[Baseline, ...] = ()  # for the milestone trend: the plan as it was


@dataclass
class ChartContext:
    """What a chart's `draw` gets: the roadmap limited to the chosen problem, and helpers."""

    snapshot: RoadmapSnapshot
    problems: tuple[Problem, ...]
    pathways: tuple[Pathway, ...]
    steps: tuple[Step, ...]
    language: Language
    warnings: list[str] = field(default_factory=list)
    baselines: tuple[Baseline, ...] = ()
    today: date = field(default_factory=date.today)

    @property
    def pathway_ids(self) -> set[str]:
        return {p.id for p in self.pathways}

    def t(self, key: str, **values: object) -> str:
        """A chart label in the chart's language."""
        return label(key, self.language, **values)

    def steps_of(self, pathway_id: str) -> list[Step]:
        return [s for s in self.steps if s.pathway_id == pathway_id]

    def pathways_of(self, problem_id: str) -> list[Pathway]:
        return [p for p in self.pathways if p.problem_id == problem_id]


class Draw(Protocol):
    def __call__(self, context: ChartContext) -> Figure: ...


@dataclass(frozen=True)
class Chart:
    figure: Figure
    warnings: tuple[str, ...]
    fonts: tuple[str, ...]  # the font list the chart was drawn with (save with the same)


def chart_names() -> tuple[str, ...]:
    return tuple(CHARTS)


def chart_titles(language: Language) -> list[tuple[str, str]]:
    """(name, title in `language`) for every chart, in menu order: for a Charts panel."""
    return [(spec.name, label(spec.label_key, language)) for spec in CHARTS.values()]


def chart_spec(name: str | None) -> ChartSpec:
    """The chart called `name` (default: the timeline); `UnknownChart` lists the valid names."""
    spec = CHARTS.get(name or DEFAULT_CHART)
    if spec is None:
        raise UnknownChart("chart.unknown", name=repr(name), choices=", ".join(CHARTS))
    return spec


def chart_context(snapshot: RoadmapSnapshot, options: ChartOptions) -> ChartContext:
    """The roadmap seen by a chart: every problem, or only `options.problem`."""
    problems = tuple(sorted(snapshot.problems, key=lambda p: p.position))
    if options.problem:
        problems = tuple(p for p in problems if p.id == options.problem)
        if not problems:
            raise NotFoundError("chart.unknown_problem", id=options.problem)
    order = {p.id: i for i, p in enumerate(problems)}
    pathways = tuple(
        sorted(
            (p for p in snapshot.pathways if p.problem_id in order),
            key=lambda p: (order[p.problem_id], p.position),
        )
    )
    ids = {p.id for p in pathways}
    steps = tuple(s for s in snapshot.steps if s.pathway_id in ids)
    language = Language(options.language) if options.language else snapshot.info.language
    return ChartContext(snapshot, problems, pathways, steps, language, baselines=options.baselines)


def _texts(context: ChartContext) -> list[str]:
    """Every piece of the roadmap's text a chart may show, and the chart's own labels."""
    snap = context.snapshot
    texts = [snap.info.title, context.t("chart.timeline"), context.t("today")]
    texts += [p.statement for p in context.problems]
    texts += [p.name for p in context.pathways]
    texts += [s.name for s in context.steps]
    texts += [lane.name for lane in snap.lanes]
    texts += [c.name for c in snap.criteria]
    texts += [f.name + f.unit for f in snap.figures_of_merit]
    texts += [p.name for p in snap.products]
    texts += [o.name for o in snap.organizations]
    return texts


def render(
    snapshot: RoadmapSnapshot, name: str | None = None, options: ChartOptions | None = None
) -> Chart:
    """Draw chart `name` of `snapshot`: the figure and any warnings for the user."""
    spec = chart_spec(name)
    context = chart_context(snapshot, options or ChartOptions())
    families = font_families(needs_cjk(_texts(context)))
    module = importlib.import_module(spec.module)
    draw: Draw = module.draw
    with chart_fonts(families):
        fig = draw(context)
    return Chart(fig, tuple(context.warnings), tuple(families))


def figure(
    snapshot: RoadmapSnapshot, name: str | None = None, options: ChartOptions | None = None
) -> Figure:
    """Chart `name` of `snapshot` as a matplotlib Figure (see `render` for the warnings)."""
    return render(snapshot, name, options).figure
