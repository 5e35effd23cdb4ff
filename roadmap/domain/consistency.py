"""Rules over a whole roadmap: each record valid, IDs unique, references resolved, no cycles.

Used by importers (before anything is written) and by `roadmap check`. Every violation names
the record and the field, so a workbook importer can point at the sheet, row and column.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from roadmap.domain.entities import Entity, EntityKind, references
from roadmap.domain.errors import ValidationError
from roadmap.domain.graph import cycle_message, find_cycle
from roadmap.domain.messages import Message, message
from roadmap.domain.rules import named, validate
from roadmap.domain.snapshot import WRITE_ORDER, RoadmapSnapshot


@dataclass(frozen=True)
class Violation:
    kind: EntityKind
    id: str
    field: str | None
    message: Message


def _references(snapshot: RoadmapSnapshot, entity: Entity) -> Iterator[Violation]:
    for ref in references(type(entity)):
        value = getattr(entity, ref.field)
        targets = value if ref.many else (value,)
        for target in targets:
            if target is None:
                if ref.required:
                    yield Violation(
                        entity.kind,
                        entity.id,
                        ref.field,
                        message("record.reference_empty", what=named(entity), field=ref.field),
                    )
            elif snapshot.get(ref.target, target) is None:
                yield Violation(
                    entity.kind,
                    entity.id,
                    ref.field,
                    message(
                        "record.dangling_reference",
                        what=named(entity),
                        field=ref.field,
                        target=target,
                        kind=ref.target,
                    ),
                )


def duplicate_ids(snapshot: RoadmapSnapshot) -> list[Violation]:
    """Every record whose ID an earlier record already uses (in any section)."""
    found: list[Violation] = []
    seen: set[str] = set()
    for kind in WRITE_ORDER:
        for entity in snapshot.of(kind):
            if entity.id in seen:
                twice = message("record.id_twice", id=entity.id)
                found.append(Violation(kind, entity.id, "id", twice))
            seen.add(entity.id)
    return found


def find_violations(snapshot: RoadmapSnapshot) -> list[Violation]:
    """Everything that stops `snapshot` from being a valid roadmap, in write order."""
    found: list[Violation] = duplicate_ids(snapshot)
    for kind in WRITE_ORDER:
        for entity in snapshot.of(kind):
            try:
                validate(entity)
            except ValidationError as exc:
                found.append(Violation(kind, entity.id, None, exc.message))
                continue
            found.extend(_references(snapshot, entity))
    pairs: set[tuple[str, str]] = set()
    for score in snapshot.scores:
        pair = (score.pathway_id, score.criterion_id)
        if pair in pairs:
            found.append(
                Violation(
                    EntityKind.SCORE,
                    score.id,
                    "criterion_id",
                    message("score.twice"),
                )
            )
        pairs.add(pair)
    edges = [(d.from_step_id, d.to_step_id) for d in snapshot.dependencies]
    cycle = find_cycle(edges)
    if cycle is not None:

        def name_of(step_id: str) -> str:
            step = snapshot.get(EntityKind.STEP, step_id)
            return getattr(step, "name", step_id)

        closing = next(
            d
            for d in snapshot.dependencies
            if (d.from_step_id, d.to_step_id) == (cycle[-2], cycle[-1])
        )
        found.append(
            Violation(EntityKind.DEPENDENCY, closing.id, None, cycle_message(cycle, name_of))
        )
    return found
