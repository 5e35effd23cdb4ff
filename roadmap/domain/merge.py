"""Three-way merge of two versions of one roadmap against the base they both grew from.

This is the one merge engine: breakout copies, pulls from the shared repository and adopting a
scenario all call `merge_three`. It is a pure function over snapshots — no file, no SQL — so a
front end plans with it, shows the result, and writes it through the services' one edit path.

Records are matched by kind and ID, fields one by one:

- a change on one side lands; the same change on both sides lands once;
- different changes to one field are a `Conflict` (base / mine / theirs);
- deleted on one side and edited on the other is a conflict over the whole record;
- records added on both sides stay separate; added ones with the same name under the same
  parent (a step in the same pathway, …) are reported as possible `Duplicate`s;
- list-of-ID fields (a product's pathways, a patent's steps) merge as sets: what either side
  added is in, what either side removed is out — never a conflict;
- the merged roadmap must obey the whole-roadmap rules (`find_violations`): a rule the
  field-by-field result breaks (end before start from two groups' dates, a dependency cycle
  from two groups' links, a reference to a record the other side deleted) is a conflict too,
  over every record it involves.

A conflict is settled by choosing a side (`choices` per conflict key, or `prefer` for all);
the chosen side's value, or for a whole record or a rule its version of every record involved,
goes into the result. Unsettled conflicts keep mine in `merged`, which must then not be written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from functools import cache
from itertools import pairwise
from typing import Any

from roadmap.domain.consistency import Violation, find_violations
from roadmap.domain.entities import (
    ENTITY_TYPES,
    SIBLING_SCOPE,
    Entity,
    EntityKind,
    Score,
    name_of,
    references,
)
from roadmap.domain.errors import ValidationError
from roadmap.domain.graph import find_cycle
from roadmap.domain.messages import Message
from roadmap.domain.snapshot import WRITE_ORDER, RoadmapSnapshot

Ref = tuple[EntityKind, str]
ConflictKey = tuple[str, str, str | None]  # kind value, record ID, field (None: whole record)

RULES = "rules"  # the `field` of a conflict over a whole-roadmap rule
MAX_RULE_ROUNDS = 8  # a choice can expose another rule; stop rather than loop forever


class Side(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"


class ForeignRoadmap(ValidationError):
    """The other file is a copy of a different roadmap; nothing can be merged."""


@dataclass(frozen=True)
class Conflict:
    """One disagreement a person settles: base / mine / theirs of a field or of a record.

    `field` is a field name; None when one side deleted the record and the other edited it
    (the values are then whole records, None for deleted); `RULES` when the field-by-field
    result broke a whole-roadmap rule (`reason` says which; `records` are all the records a
    choice sets to that side's version).
    """

    kind: EntityKind
    id: str
    name: str
    field: str | None
    base: Any
    mine: Any
    theirs: Any
    reason: Message | None = None
    records: tuple[Ref, ...] = ()

    @property
    def key(self) -> ConflictKey:
        return (self.kind.value, self.id, self.field)


@dataclass(frozen=True)
class Duplicate:
    """A record each side added under the same parent with the same name: maybe one thing."""

    kind: EntityKind
    name: str
    mine_id: str
    theirs_id: str


@dataclass(frozen=True)
class MergeResult:
    """The merged roadmap, every conflict found, those still open, and what changes in mine."""

    merged: RoadmapSnapshot
    conflicts: tuple[Conflict, ...]
    unresolved: tuple[Conflict, ...]
    duplicates: tuple[Duplicate, ...]
    added: dict[EntityKind, int] = field(default_factory=dict)
    changed: dict[EntityKind, int] = field(default_factory=dict)
    deleted: dict[EntityKind, int] = field(default_factory=dict)

    @property
    def clean(self) -> bool:
        """True when `merged` may be written: every conflict is settled."""
        return not self.unresolved

    @property
    def changes_mine(self) -> bool:
        return bool(self.added or self.changed or self.deleted)


def record_name(entity: Entity | None, fallback: str = "") -> str:
    if entity is None:
        return fallback
    return name_of(entity) or entity.id


@cache
def _fields(kind: EntityKind) -> tuple[tuple[str, bool], ...]:
    """(field, merges as a set) for every field but the ID."""
    many = {r.field for r in references(ENTITY_TYPES[kind]) if r.many}
    return tuple((f.name, f.name in many) for f in fields(ENTITY_TYPES[kind]) if f.name != "id")


_ABSENT = object()  # the base value of a field when both sides added the record


def _merge_set(base: Any, mine: tuple[str, ...], theirs: tuple[str, ...]) -> tuple[str, ...]:
    before = set(() if base is _ABSENT else base)
    gone = (before - set(mine)) | (before - set(theirs))
    kept = [x for x in mine if x not in gone]
    return (*kept, *(x for x in theirs if x not in before and x not in kept))


class _Merger:
    def __init__(
        self,
        base: RoadmapSnapshot,
        mine: RoadmapSnapshot,
        theirs: RoadmapSnapshot,
        choices: Mapping[ConflictKey, Side],
        prefer: Side | None,
    ) -> None:
        self.sides = {None: base, Side.MINE: mine, Side.THEIRS: theirs}
        self.base, self.mine, self.theirs = base, mine, theirs
        self.choices, self.prefer = choices, prefer
        # The result as changes to mine: ref -> entity, or None for deleted.
        self.result: dict[Ref, Entity | None] = {}
        self.conflicts: list[Conflict] = []
        self.unresolved: list[Conflict] = []

    def choice(self, conflict: Conflict) -> Side | None:
        return self.choices.get(conflict.key, self.prefer)

    def version(self, side: Side | None, ref: Ref) -> Entity | None:
        return self.sides[side].get(*ref)

    def current(self, ref: Ref) -> Entity | None:
        return self.result[ref] if ref in self.result else self.mine.get(*ref)

    # -- records and fields ----------------------------------------------------------------

    def merge_records(self) -> None:
        for kind in WRITE_ORDER:
            base = {e.id: e for e in self.base.of(kind)}
            mine = {e.id: e for e in self.mine.of(kind)}
            theirs = {e.id: e for e in self.theirs.of(kind)}
            ids = list(base) + [i for i in theirs if i not in base]
            for entity_id in ids:
                b, m, t = base.get(entity_id), mine.get(entity_id), theirs.get(entity_id)
                if m == t or t == b:
                    continue
                if m == b:
                    self.result[(kind, entity_id)] = t
                elif m is None or t is None:
                    self.whole_record(kind, entity_id, b, m, t)
                else:
                    self.result[(kind, entity_id)] = self.field_by_field(b, m, t)

    def whole_record(
        self, kind: EntityKind, entity_id: str, b: Entity | None, m: Entity | None, t: Entity | None
    ) -> None:
        conflict = Conflict(
            kind, entity_id, record_name(m or t or b), None, b, m, t, records=((kind, entity_id),)
        )
        self.conflicts.append(conflict)
        side = self.choice(conflict)
        if side is None:
            self.unresolved.append(conflict)
        elif side is Side.THEIRS:
            self.result[(kind, entity_id)] = t

    def field_by_field(self, b: Entity | None, m: Entity, t: Entity) -> Entity:
        values: dict[str, Any] = {}
        for name, as_set in _fields(m.kind):
            bv = _ABSENT if b is None else getattr(b, name)
            mv, tv = getattr(m, name), getattr(t, name)
            if mv == tv or tv == bv:
                continue
            if as_set:
                values[name] = _merge_set(bv, mv, tv)
            elif mv == bv:
                values[name] = tv
            else:
                conflict = Conflict(
                    m.kind,
                    m.id,
                    record_name(m),
                    name,
                    None if bv is _ABSENT else bv,
                    mv,
                    tv,
                    records=((m.kind, m.id),),
                )
                self.conflicts.append(conflict)
                side = self.choice(conflict)
                if side is None:
                    self.unresolved.append(conflict)
                elif side is Side.THEIRS:
                    values[name] = tv
        return replace(m, **values) if values else m

    # -- the whole-roadmap rules -----------------------------------------------------------

    def snapshot(self) -> RoadmapSnapshot:
        touched: dict[EntityKind, dict[str, Entity | None]] = {}
        for (kind, entity_id), entity in self.result.items():
            touched.setdefault(kind, {})[entity_id] = entity
        merged = self.mine
        for kind, changes in touched.items():
            items = [changes.get(e.id, e) for e in self.mine.of(kind)]
            mine_ids = {e.id for e in self.mine.of(kind)}
            added = {i: e for i, e in changes.items() if i not in mine_ids and e is not None}
            if added:
                items = _in_their_places(items, added, self.theirs.of(kind))
            merged = merged.with_section(kind, tuple(e for e in items if e is not None))
        return merged

    def involved(self, merged: RoadmapSnapshot, violation: Violation) -> tuple[Ref, ...]:
        """The records a rule conflict is about: choosing a side sets all of them."""
        refs: list[Ref] = [(violation.kind, violation.id)]
        entity = merged.get(violation.kind, violation.id)
        if entity is not None:
            for reference in references(type(entity)):
                if reference.field != violation.field:
                    continue
                value = getattr(entity, reference.field)
                for target in value if reference.many else (value,):
                    if target is not None and merged.get(reference.target, target) is None:
                        refs.append((reference.target, target))
            if isinstance(entity, Score):
                pair = (entity.pathway_id, entity.criterion_id)
                refs += [
                    (EntityKind.SCORE, s.id)
                    for s in merged.scores
                    if (s.pathway_id, s.criterion_id) == pair and s.id != entity.id
                ]
        if violation.kind is EntityKind.DEPENDENCY and violation.field is None:
            edges = {(d.from_step_id, d.to_step_id): d.id for d in merged.dependencies}
            cycle = find_cycle(edges)
            if cycle is not None:
                refs += [(EntityKind.DEPENDENCY, edges[pair]) for pair in pairwise(cycle)]
        return tuple(dict.fromkeys(refs))

    def check_rules(self) -> RoadmapSnapshot:
        """Settle rule conflicts by choice until the result obeys the rules or none is left.

        A record can break several rules at once (a dependency whose two steps the other
        side deleted dangles at both ends): that is one conflict — one key, one choice —
        over every record any of them involves. A rule broken again after its choice is
        applied stays open, unless it now involves records the choice has not set yet.
        Returns the merged snapshot; rules it still breaks are in `unresolved`.
        """
        seen: dict[ConflictKey, Conflict] = {}
        applied: dict[ConflictKey, set[Ref]] = {}  # the records each choice has set
        round_no = 0
        while True:
            round_no += 1
            merged = self.snapshot()
            found: dict[ConflictKey, Conflict] = {}
            # Mine is valid: only what the merge changed needs checking record by record.
            for violation in find_violations(merged, list(self.result)):
                refs = self.involved(merged, violation)
                if all(self.current(r) == self.mine.get(*r) for r in refs):
                    continue  # mine breaks it already: not the merge's doing
                ref = (violation.kind, violation.id)
                conflict = Conflict(
                    violation.kind,
                    violation.id,
                    record_name(self.current(ref) or self.version(Side.THEIRS, ref), violation.id),
                    RULES,
                    self.version(None, ref),
                    self.version(Side.MINE, ref),
                    self.version(Side.THEIRS, ref),
                    violation.message,
                    refs,
                )
                earlier = found.get(conflict.key) or seen.get(conflict.key)
                if earlier is not None:
                    records = tuple(dict.fromkeys((*earlier.records, *refs)))
                    conflict = replace(earlier, records=records)
                found[conflict.key] = conflict
            still_open: list[Conflict] = []
            opened = False
            for key, conflict in found.items():
                seen[key] = conflict
                side = self.choice(conflict)
                done = applied.setdefault(key, set())
                new = [r for r in conflict.records if r not in done]
                if side is None or not new or round_no >= MAX_RULE_ROUNDS:
                    still_open.append(conflict)
                    continue
                done.update(conflict.records)
                for r in conflict.records:
                    self.result[r] = self.version(side, r)
                opened = True
            if not opened:
                self.conflicts += seen.values()
                self.unresolved += still_open
                return merged


def _counts(
    mine: RoadmapSnapshot, result: Mapping[Ref, Entity | None]
) -> tuple[dict[EntityKind, int], dict[EntityKind, int], dict[EntityKind, int]]:
    added: dict[EntityKind, int] = {}
    changed: dict[EntityKind, int] = {}
    deleted: dict[EntityKind, int] = {}
    for (kind, entity_id), entity in result.items():
        before = mine.get(kind, entity_id)
        if before == entity:
            continue
        counts = added if before is None else deleted if entity is None else changed
        counts[kind] = counts.get(kind, 0) + 1
    return added, changed, deleted


def _scope(entity: Entity) -> object:
    scope = SIBLING_SCOPE.get(entity.kind)
    return None if scope is None else getattr(entity, scope)


def find_duplicates(
    base: RoadmapSnapshot, mine: RoadmapSnapshot, theirs: RoadmapSnapshot
) -> tuple[Duplicate, ...]:
    """Records both sides added (different IDs) with the same name under the same parent."""
    found: list[Duplicate] = []
    for kind in WRITE_ORDER[1:]:
        in_base = {e.id for e in base.of(kind)}
        mine_ids = {e.id for e in mine.of(kind)}
        named: dict[tuple[object, str], str] = {}
        for entity in mine.of(kind):
            if entity.id in in_base:
                continue  # not added by mine: naming it would cost more than the check
            name = record_name(entity, "")
            if name and name != entity.id:
                named.setdefault((_scope(entity), name.strip().casefold()), entity.id)
        if not named:
            continue
        for entity in theirs.of(kind):
            if entity.id in in_base or entity.id in mine_ids:
                continue
            key = (_scope(entity), record_name(entity, "").strip().casefold())
            if key in named:
                found.append(Duplicate(kind, record_name(entity), named[key], entity.id))
    return tuple(found)


def _in_their_places(
    items: list[Entity | None], added: dict[str, Entity], theirs: Sequence[Entity]
) -> list[Entity | None]:
    """`items` (mine, in my order) with the records `added` from theirs, each right after
    the record theirs has before it (the nearest one mine has too; first if none): a pulled
    record lands where it was published, not at the end of its kind."""
    present = {e.id for e in items if e is not None}
    after: dict[str | None, list[Entity]] = {}
    anchor: str | None = None
    rest = dict(added)
    for entity in theirs:
        if entity.id in rest:
            after.setdefault(anchor, []).append(rest.pop(entity.id))
        elif entity.id in present:
            anchor = entity.id
    placed: list[Entity | None] = [*after.get(None, [])]
    for item in items:
        placed.append(item)
        if item is not None:
            placed += after.get(item.id, [])
    return [*placed, *rest.values()]  # (theirs lists every record it adds; kept all the same)


def merge_three(
    base: RoadmapSnapshot,
    mine: RoadmapSnapshot,
    theirs: RoadmapSnapshot,
    *,
    choices: Mapping[ConflictKey, Side] | None = None,
    prefer: Side | None = None,
) -> MergeResult:
    """Merge `theirs` into `mine`, both grown from `base`; see the module's rules.

    Raises `ForeignRoadmap` when `theirs` is not a version of the same roadmap as `mine`.
    """
    if theirs.info.id != mine.info.id or base.info.id != mine.info.id:
        raise ForeignRoadmap("merge.foreign_roadmap", name=f'"{theirs.info.title}"')
    merger = _Merger(base, mine, theirs, choices or {}, prefer)
    merger.merge_records()
    merged = merger.check_rules()
    added, changed, deleted = _counts(mine, merger.result)
    duplicates = tuple(
        d
        for d in find_duplicates(base, mine, theirs)
        if merged.get(d.kind, d.mine_id) and merged.get(d.kind, d.theirs_id)
    )
    return MergeResult(
        merged,
        tuple(merger.conflicts),
        tuple(merger.unresolved),
        duplicates,
        added,
        changed,
        deleted,
    )


def merge_many(
    mine: RoadmapSnapshot,
    others: Iterable[tuple[RoadmapSnapshot, RoadmapSnapshot]],
    *,
    choices: Mapping[ConflictKey, Side] | None = None,
    prefer: Side | None = None,
) -> list[MergeResult]:
    """Merge several (base, theirs) pairs into `mine` one after the other, each into the
    result of the one before; a later one starts from a result that may still hold conflicts."""
    results: list[MergeResult] = []
    current = mine
    for base, theirs in others:
        result = merge_three(base, current, theirs, choices=choices, prefer=prefer)
        results.append(result)
        current = result.merged
    return results
