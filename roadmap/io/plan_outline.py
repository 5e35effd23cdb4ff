"""A task outline (MS Project, GanttProject) read as problems → pathways → steps.

Summary tasks become pathways. When the outline is deep enough that some top-level summary
holds summaries of its own, the top level becomes problems and the summaries inside them
pathways; deeper summaries are folded into their pathway's name ("Pilot › Line 2"), since a
pathway holds steps, not pathways.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from roadmap.io.foreign_plan import ForeignPlan, PlanTask

SEPARATOR = " › "


@dataclass(frozen=True)
class OutlineNode:
    name: str
    parent: int | None  # index of the parent node; None at the top level
    guid: str | None = None  # an identifier the file gives the task (kept for round trips)


def is_summary(nodes: Sequence[OutlineNode]) -> list[bool]:
    summary = [False] * len(nodes)
    for node in nodes:
        if node.parent is not None:
            summary[node.parent] = True
    return summary


def place_tasks(
    nodes: Sequence[OutlineNode], tasks: dict[int, PlanTask], plan: ForeignPlan
) -> None:
    """Set each leaf task's problem and pathway from its summaries; record the summaries'
    own identifiers in `plan.known_ids` so a round trip keeps them."""
    summary = is_summary(nodes)
    top_problems = any(
        node.parent is not None and summary[index] and nodes[node.parent].parent is None
        for index, node in enumerate(nodes)
    )
    for index, task in tasks.items():
        chain: list[int] = []
        parent = nodes[index].parent
        while parent is not None and len(chain) < 100:
            chain.append(parent)
            parent = nodes[parent].parent
        chain.reverse()
        if not chain:
            continue
        if top_problems:
            top = nodes[chain[0]]
            task.problem = top.name
            _remember(plan, ("problem", top.name), top.guid)
            chain = chain[1:] or chain
        names = [nodes[i].name for i in chain]
        task.pathway = SEPARATOR.join(names)
        _remember(plan, ("pathway", task.pathway), nodes[chain[-1]].guid)


def _remember(plan: ForeignPlan, key: tuple[str, ...], guid: str | None) -> None:
    if guid:
        plan.known_ids.setdefault(key, guid)
