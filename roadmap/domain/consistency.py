"""Rules over a whole roadmap: each record valid, IDs unique, references resolved, no cycles.

Used by importers (before anything is written) and by `roadmap check`. Every violation names
the record and the field, so a workbook importer can point at the sheet, row and column.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass

from roadmap.domain.entities import ENTITY_TYPES, Entity, EntityKind, references
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


def _references_resolve(index: Mapping[EntityKind, Mapping[str, Entity]], entity: Entity) -> bool:
    """Whether every reference of `entity` names a record (the common case, checked without
    building messages); `_references` says what is wrong when not."""
    for ref in references(type(entity)):
        value = getattr(entity, ref.field)
        targets = index[ref.target]
        if ref.many:
            if not all(target in targets for target in value):
                return False
        elif value is None:
            if ref.required:
                return False
        elif value not in targets:
            return False
    return True


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


def _referrers(snapshot: RoadmapSnapshot, gone: set[tuple[EntityKind, str]]) -> list[Entity]:
    """The records that name one of the `gone` records."""
    found: list[Entity] = []
    for kind in WRITE_ORDER:
        fields = references(ENTITY_TYPES[kind])
        if not any(ref.target is target for ref in fields for target, _ in gone):
            continue
        for entity in snapshot.of(kind):
            for ref in fields:
                value = getattr(entity, ref.field)
                if any((ref.target, v) in gone for v in (value if ref.many else (value,))):
                    found.append(entity)
                    break
    return found


def _changed_records(
    snapshot: RoadmapSnapshot, changed: Collection[tuple[EntityKind, str]]
) -> tuple[list[Violation], list[Entity]]:
    """IDs reused across kinds, and the records to check one by one, for a partial check."""
    gone = {ref for ref in changed if snapshot.get(*ref) is None}
    present = [e for ref in changed if (e := snapshot.get(*ref)) is not None]
    reused = [
        Violation(e.kind, e.id, "id", message("record.id_twice", id=e.id))
        for e in present
        if sum(e.id in records for records in snapshot.index.values()) > 1  # its own and another
    ]
    records = {(e.kind, e.id): e for e in [*present, *_referrers(snapshot, gone)]}
    order = {kind: n for n, kind in enumerate(WRITE_ORDER)}
    return reused, sorted(records.values(), key=lambda e: order[e.kind])


def find_violations(
    snapshot: RoadmapSnapshot, changed: Collection[tuple[EntityKind, str]] | None = None
) -> list[Violation]:
    """Everything that stops `snapshot` from being a valid roadmap, in write order.

    With `changed` — the records added, edited or deleted since a state known to be valid,
    as (kind, ID) — only those records and the ones naming a deleted record are checked one by
    one (a merge of a few thousand changes into L need not validate all 35,000 records); the
    rules over the whole roadmap (one score per pathway and criterion, no cycle) are checked
    in full either way.
    """
    if changed is None:
        found: list[Violation] = duplicate_ids(snapshot)
        records: Iterable[Entity] = (e for kind in WRITE_ORDER for e in snapshot.of(kind))
    else:
        found, records = _changed_records(snapshot, changed)
    index = snapshot.index
    for entity in records:
        kind = entity.kind
        try:
            validate(entity)
        except ValidationError as exc:
            found.append(Violation(kind, entity.id, None, exc.message))
            continue
        if not _references_resolve(index, entity):
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
