"""A task outline (MS Project, GanttProject) read as problems → pathways → steps.

Summary tasks become pathways. When the outline is deep enough that some top-level summary
holds summaries of its own, the top level becomes problems and the summaries inside them
pathways; deeper summaries are folded into their pathway's name ("Pilot › Line 2"), since a
pathway holds steps, not pathways.

A summary task the file gives no name becomes a pathway or problem all the same, named after
its number ("Task 7", "任务 7") in the language of the roadmap it goes into: the names are
stored data, read by whoever opens the roadmap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from roadmap.domain.enums import Language
from roadmap.domain.messages import message
from roadmap.io.foreign_plan import ForeignPlan, PlanTask

SEPARATOR = " › "


@dataclass(frozen=True)
class OutlineNode:
    name: str | None  # None: the file gives the task no name
    parent: int | None  # index of the parent node; None at the top level
    guid: str | None = None  # an identifier the file gives the task (kept for round trips)
    number: str = "?"  # the file's own number for the task (GanttProject id, MS Project UID)


def is_summary(nodes: Sequence[OutlineNode]) -> list[bool]:
    summary = [False] * len(nodes)
    for node in nodes:
        if node.parent is not None:
            summary[node.parent] = True
    return summary


def place_tasks(
    nodes: Sequence[OutlineNode],
    tasks: dict[int, PlanTask],
    plan: ForeignPlan,
    language: Language | None,
) -> None:
    """Set each leaf task's problem and pathway from its summaries; record the summaries'
    own identifiers in `plan.known_ids` so a round trip keeps them.

    `plan.tasks` must be set. `language`: the roadmap's the plan goes into, which an unnamed
    summary's name is made up in; None for a new roadmap (the plan's content decides). The
    plan keeps the one used (`plan.language`)."""
    plan.language = language or plan.content_language()
    named = [_name(node, plan.language) for node in nodes]
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
            task.problem = named[chain[0]]
            _remember(plan, ("problem", task.problem), nodes[chain[0]].guid)
            chain = chain[1:] or chain
        names = [named[i] for i in chain]
        task.pathway = SEPARATOR.join(names)
        _remember(plan, ("pathway", task.pathway), nodes[chain[-1]].guid)


def _name(node: OutlineNode, language: Language) -> str:
    if node.name is not None:
        return node.name
    return message("task.unnamed", id=node.number).render(language.value)


def _remember(plan: ForeignPlan, key: tuple[str, ...], guid: str | None) -> None:
    if guid:
        plan.known_ids.setdefault(key, guid)
