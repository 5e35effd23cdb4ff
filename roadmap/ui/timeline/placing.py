"""Where every step and arrow of the timeline goes, as plain numbers: the pathways' order, the
rows (`layout.lay_out`), a `StepPlace` per step and an `Arrow` per dependency.

`TimelineDrawing.rebuild` takes these and makes the scene items near the view. After a big
write in a worker (an import or merge into L) the worker works them out itself, from the
timeline it read after its commit (`RoadmapSession.prepare_with`), so the window only swaps
them in: on the UI thread they held it for a few hundred milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass

from roadmap.domain.entities import Dependency, Lane, Pathway, Problem, Step
from roadmap.domain.snapshot import Timeline
from roadmap.services.workspace import Workspace
from roadmap.ui.session import TimelineShown
from roadmap.ui.timeline.label_room import LABEL_ROOM_LIMIT
from roadmap.ui.timeline.layout import LabelDays, TimelineLayout, lay_out, pathway_order
from roadmap.ui.timeline.places import Arrow, ArrowPainter, StepPlace


@dataclass(frozen=True)
class Placed:
    order: list[str]  # pathway IDs, as the lanes list them
    layout: TimelineLayout
    places: dict[str, StepPlace]
    arrows: dict[str, Arrow]


def place_all(
    lanes: dict[str, Lane],
    problems: dict[str, Problem],
    pathways: dict[str, Pathway],
    steps: dict[str, Step],
    dependencies: dict[str, Dependency],
    label_days: LabelDays | None,
    layer: ArrowPainter,
) -> Placed:
    """Every step's place and every arrow, laid out in rows (plain Python, no Qt)."""
    order = pathway_order(problems.values(), pathways.values())
    layout = lay_out(lanes.values(), order, steps.values(), label_days)
    places: dict[str, StepPlace] = {}
    group_of, row_of = layout.group_of, layout.row_of
    for step in steps.values():
        group = group_of.get(step.id)
        if group is None:
            continue  # a step in a lane that no longer exists
        places[step.id] = StepPlace(step, group, row_of[step.id])
    arrows: dict[str, Arrow] = {}
    for dep in dependencies.values():  # as `_add_arrow`, inlined for 15,000 arrows
        source, target = places.get(dep.from_step_id), places.get(dep.to_step_id)
        if source is not None and target is not None:
            arrows[dep.id] = Arrow(dep, source, target, layer)
    return Placed(order, layout, places, arrows)


def place_in_worker(
    layer: ArrowPainter, _workspace: Workspace, timeline: Timeline
) -> Placed | None:
    """`place_all` for the timeline a worker read after its write; None for a roadmap small
    enough to keep room for names beside the bars (that room is measured with the font's
    metrics, on the UI thread only — and a small roadmap is laid out quickly there)."""
    shown = TimelineShown(timeline)
    if len(shown.steps) <= LABEL_ROOM_LIMIT:
        return None
    return place_all(
        shown.lanes,
        shown.problems,
        shown.pathways,
        shown.steps,
        shown.dependencies,
        None,
        layer,
    )
