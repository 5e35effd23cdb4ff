"""Plans for edits of many steps at once — a pasted list, copies, a multi-bar move, a cut —
so that each is one transaction and one step to undo, however many steps it touches.

Each plan checks every step and dependency as adding one by one would (the domain's rules,
references, no duplicate links, no cycles), against the file plus the rest of the batch.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from roadmap.domain.entities import Dependency, EntityKind, Step, new_id, references
from roadmap.domain.errors import NotFoundError, ValidationError
from roadmap.domain.graph import check_acyclic
from roadmap.domain.rules import named, validate
from roadmap.services.cascade import plan_delete
from roadmap.store.interface import RowChange, StoreSession
from roadmap.store.rows import codec


def _ids(session: StoreSession, kind: EntityKind, wanted: Iterable[str]) -> set[str]:
    """Which of `wanted` exist in the file."""
    return {entity.id for entity in session.load_where(kind, "id", sorted(set(wanted)))}


def _check_steps(session: StoreSession, steps: Sequence[Step]) -> None:
    if len({step.id for step in steps}) != len(steps):
        twice = next(s.id for s in steps if sum(o.id == s.id for o in steps) > 1)
        raise ValidationError("record.id_twice", id=twice)
    taken = _ids(session, EntityKind.STEP, (step.id for step in steps))
    if taken:
        raise ValidationError("record.id_taken", id=min(taken))
    for step in steps:
        validate(step)
    for ref in references(Step):
        targets = {getattr(step, ref.field) for step in steps} - {None}
        missing = targets - _ids(session, ref.target, targets)
        if missing:
            owner = next(s for s in steps if getattr(s, ref.field) in missing)
            raise NotFoundError(
                "record.dangling_reference",
                what=named(owner),
                field=ref.field,
                target=getattr(owner, ref.field),
                kind=ref.target,
            )


def _check_dependencies(
    session: StoreSession, dependencies: Sequence[Dependency], new_steps: dict[str, Step]
) -> None:
    if not dependencies:
        return
    for dep in dependencies:
        validate(dep)
    ends = {d.from_step_id for d in dependencies} | {d.to_step_id for d in dependencies}
    outside = ends - new_steps.keys()
    missing = outside - _ids(session, EntityKind.STEP, outside)
    if missing:
        raise NotFoundError("record.not_found", kind=EntityKind.STEP, id=min(missing))
    taken = _ids(session, EntityKind.DEPENDENCY, (d.id for d in dependencies))
    if taken:
        raise ValidationError("record.id_taken", id=min(taken))
    edges = [(d.from_step_id, d.to_step_id) for d in dependencies]
    names = {step_id: step.name for step_id, step in new_steps.items()}
    if outside:  # links to steps already in the file: the file's links matter too
        for link in session.load_all(EntityKind.DEPENDENCY):
            assert isinstance(link, Dependency)
            edges.append((link.from_step_id, link.to_step_id))
        for step in session.load_all(EntityKind.STEP):
            assert isinstance(step, Step)
            names.setdefault(step.id, step.name)
    if len(set(edges)) != len(edges):
        raise ValidationError("dependency.duplicate")
    check_acyclic(edges, lambda step_id: names.get(step_id, step_id))


def plan_add_steps(
    session: StoreSession, steps: Sequence[Step], dependencies: Sequence[Dependency] = ()
) -> list[RowChange]:
    """Insert `steps` (each at the end of its pathway, in the order given) and `dependencies`
    (among them, or to steps already in the file)."""
    if not steps and not dependencies:
        return []
    _check_steps(session, steps)
    _check_dependencies(session, dependencies, {step.id: step for step in steps})
    next_position: dict[str, int] = {}
    step_codec, dep_codec = codec(EntityKind.STEP), codec(EntityKind.DEPENDENCY)
    rows: list[RowChange] = []
    for step in steps:
        position = next_position.get(step.pathway_id)
        if position is None:
            position = session.next_position("steps", "pathway_id", step.pathway_id)
        next_position[step.pathway_id] = position + 1
        placed = dataclasses.replace(step, position=position)
        rows.append(RowChange("steps", (("id", step.id),), None, step_codec.encode(placed)))
    table = dep_codec.table.name
    first = session.next_position(table) if dependencies else 0
    rows += [
        RowChange(table, (("id", dep.id),), None, {**dep_codec.encode(dep), "position": at})
        for at, dep in enumerate(dependencies, start=first)
    ]
    return rows


def plan_delete_steps(session: StoreSession, step_ids: Sequence[str]) -> list[RowChange]:
    """Delete steps with their dependencies; a link between two of them is deleted once."""
    rows: list[RowChange] = []
    seen: set[tuple[str, tuple[tuple[str, object], ...]]] = set()
    for step_id in step_ids:
        for change in plan_delete(session, "steps", step_id):
            if (change.table, change.key) not in seen:
                seen.add((change.table, change.key))
                rows.append(change)
    return rows


def copies_of(
    session: StoreSession, step_ids: Sequence[str]
) -> tuple[list[Step], list[Dependency]]:
    """New steps like `step_ids` (new IDs, same everything else) and copies of the
    dependencies among them, linking the copies."""
    found = {
        s.id: s for s in session.load_where(EntityKind.STEP, "id", step_ids) if isinstance(s, Step)
    }
    missing = [step_id for step_id in step_ids if step_id not in found]
    if missing:
        raise NotFoundError("record.not_found", kind=EntityKind.STEP, id=missing[0])
    new_ids = {step_id: new_id() for step_id in step_ids}
    steps = [dataclasses.replace(found[s], id=new_ids[s]) for s in dict.fromkeys(step_ids)]
    dependencies = []
    for dep in session.load_where(EntityKind.DEPENDENCY, "from_step_id", step_ids):
        assert isinstance(dep, Dependency)
        if dep.to_step_id in new_ids:
            dependencies.append(
                dataclasses.replace(
                    dep,
                    id=new_id(),
                    from_step_id=new_ids[dep.from_step_id],
                    to_step_id=new_ids[dep.to_step_id],
                )
            )
    return steps, dependencies
