"""Every change to a roadmap: validated by the domain, one transaction, undoable.

Each public method plans row changes against the current file, applies them in one transaction
and returns the `Edit` (what to undo, what changed). A refused edit raises `ValidationError` or
`NotFoundError` and writes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import partial
from typing import Any

from roadmap.domain.entities import (
    SIBLING_SCOPE,
    Dependency,
    Entity,
    EntityKind,
    Score,
    Step,
    name_of,
    new_id,
    references,
)
from roadmap.domain.enums import DependencyType
from roadmap.domain.errors import NotFoundError, ReadOnlyError, RoadmapError, ValidationError
from roadmap.domain.graph import check_new_edge
from roadmap.domain.rules import named, validate
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.services.cascade import plan_delete
from roadmap.services.changes import Action, Edit
from roadmap.services.step_batch import copies_of, plan_add_steps, plan_delete_steps
from roadmap.services.sync import list_changes, merge, plan_diff
from roadmap.store.interface import RowChange, Store, StoreSession
from roadmap.store.rows import codec
from roadmap.store.tables import LINKS, TABLES

Listener = Callable[[Edit], None]
Planned = tuple[str, list[RowChange]]  # the name of the thing edited, and the rows


class WriteCancelled(RoadmapError):
    """The user cancelled an edit before its commit: rolled back, nothing changed."""


# More rows planned inside an edit's own transaction (an import's baselines).
AlsoRows = Callable[[StoreSession], Sequence[RowChange]]


def _never() -> bool:
    return False


def _go() -> bool:
    return True


def _name(entity: Entity) -> str:
    return name_of(entity) or entity.id


# What an edit of a record without a name of its own is called after (the Undo menu said
# 'Add dependency "7d11d43c-…"'): the records it ties together, by name.
_NAMED_AFTER: dict[EntityKind, tuple[tuple[EntityKind, str], ...]] = {
    EntityKind.DEPENDENCY: ((EntityKind.STEP, "from_step_id"), (EntityKind.STEP, "to_step_id")),
    EntityKind.SCORE: (
        (EntityKind.PATHWAY, "pathway_id"),
        (EntityKind.CRITERION, "criterion_id"),
    ),
    EntityKind.MOBILITY: ((EntityKind.PERSON, "person_id"),),
    EntityKind.PATENT_EVENT: ((EntityKind.PATENT, "patent_id"),),
}


def _label(session: StoreSession, entity: Entity) -> str:
    """The name an edit of `entity` is shown by: its own, or for a dependency "A → B", for a
    score "pathway · criterion", for a move or a patent's history entry its person or patent."""
    parts = _NAMED_AFTER.get(entity.kind)
    if parts is None:
        return _name(entity)
    names = []
    for kind, attr in parts:
        target_id = getattr(entity, attr, None)
        target = session.load_one(kind, target_id) if target_id else None
        names.append(_name(target) if target is not None else str(target_id))
    separator = " → " if entity.kind is EntityKind.DEPENDENCY else " · "
    return separator.join(names)


class Commands:
    """The write side of the services, shared by the app, the CLI and the importers."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._listeners: list[Listener] = []
        # Asked inside every edit's transaction, before planning and before the commit: an
        # edit written by a job in a worker thread that the user may cancel (see
        # `Workspace.writer`). True rolls the edit back with `WriteCancelled`.
        self.cancelled: Callable[[], bool] = _never
        # Asked last, right before the commit, once `cancelled` said no: false rolls back
        # (Cancel came first); true means the commit goes ahead and may no longer be
        # cancelled — the job's owner stops offering Cancel (`ui/background.CancelGate`).
        self.commit_point: Callable[[], bool] = _go

    def subscribe(self, listener: Listener) -> None:
        """Call `listener` after every applied edit, undo and redo (views refresh from it)."""
        self._listeners.append(listener)

    # -- running -------------------------------------------------------------------------

    def _run(
        self,
        action: Action,
        kind: EntityKind,
        plan: Callable[[StoreSession], Planned],
    ) -> Edit:
        self._check_writable()
        with self._store.write() as session:
            self._stop_if_cancelled()
            name, rows = plan(session)
            session.apply(rows)
            self._stop_unless_committing()
        edit = Edit(action, kind, name, tuple(rows))
        self._notify(edit)
        return edit

    def _run_parts(
        self,
        action: Action,
        kind: EntityKind,
        parts: Sequence[Callable[[StoreSession], Planned]],
        name: str = "",
    ) -> Edit:
        """Several changes as one edit: one transaction, one step to undo, one notification.

        Each part is planned against the store as the parts before it left it (they are
        applied as they come, inside the one transaction), so a later part sees an earlier
        one's rows; if any part is refused, the transaction is rolled back and nothing stays.
        """
        self._check_writable()
        rows: list[RowChange] = []
        names: list[str] = []
        with self._store.write() as session:
            for part in parts:
                self._stop_if_cancelled()
                part_name, part_rows = part(session)
                session.apply(part_rows)
                names.append(part_name)
                rows += part_rows
            self._stop_unless_committing()
        count = len(parts)
        edit = Edit(action, kind, name or (names[0] if names else ""), tuple(rows), count)
        self._notify(edit)
        return edit

    def run(
        self, action: Action, kind: EntityKind, plan: Callable[[StoreSession], Planned]
    ) -> Edit:
        """Plan rows in one transaction and apply them as one edit: for commands that live in
        their own module (baselines) but go through the same path, listeners and undo."""
        return self._run(action, kind, plan)

    def _stop_if_cancelled(self) -> None:
        if self.cancelled():
            raise WriteCancelled("edit.cancelled")

    def _stop_unless_committing(self) -> None:
        if self.cancelled() or not self.commit_point():
            raise WriteCancelled("edit.cancelled")

    def _notify(self, edit: Edit) -> None:
        if edit.rows:
            for listener in self._listeners:
                listener(edit)

    def announce(self, edit: Edit) -> None:
        """Tell the listeners of an edit another connection wrote to this file (a worker's
        `Workspace.writer`), as if it had been applied here."""
        self._notify(edit)

    def apply(self, edit: Edit) -> Edit:
        """Apply a recorded edit again (redo); `ConflictError` if its rows changed meanwhile."""
        self._check_writable()
        with self._store.write() as session:
            session.apply(edit.rows)
        self._notify(edit)
        return edit

    def revert(self, edit: Edit) -> Edit:
        """Undo a recorded edit; returns the inverse edit that was applied."""
        inverse = edit.inverse()
        return self.apply(inverse)

    # -- checks shared by the commands ---------------------------------------------------

    def _check_writable(self) -> None:
        if self._store.readonly:
            raise ReadOnlyError("document.read_only_edit")

    @staticmethod
    def _load(session: StoreSession, kind: EntityKind, entity_id: str) -> Entity:
        current = session.load_one(kind, entity_id)
        if current is None:
            raise NotFoundError("record.not_found", kind=kind, id=entity_id)
        return current

    def _check_references(
        self, session: StoreSession, entity: Entity, only: set[str] | None = None
    ) -> None:
        for ref in references(type(entity)):
            if only is not None and ref.field not in only:
                continue
            value = getattr(entity, ref.field)
            for target in value if ref.many else (value,):
                if target is None:
                    if ref.required:
                        raise ValidationError(
                            "record.choose_reference", what=named(entity), kind=ref.target
                        )
                elif not session.exists(ref.target, target):
                    raise NotFoundError(
                        "record.dangling_reference",
                        what=named(entity),
                        field=ref.field,
                        target=target,
                        kind=ref.target,
                    )

    def _check_dependency(self, session: StoreSession, dep: Dependency) -> None:
        edges = [
            (d.from_step_id, d.to_step_id)
            for d in session.load_all(EntityKind.DEPENDENCY)
            if isinstance(d, Dependency) and d.id != dep.id
        ]
        if (dep.from_step_id, dep.to_step_id) in edges:
            raise ValidationError("dependency.duplicate")

        def name_of(step_id: str) -> str:
            step = session.load_one(EntityKind.STEP, step_id)
            return _name(step) if step else step_id

        check_new_edge(edges, (dep.from_step_id, dep.to_step_id), name_of)

    def _check_score(self, session: StoreSession, score: Score) -> None:
        same = session.find_ids(
            EntityKind.SCORE, pathway_id=score.pathway_id, criterion_id=score.criterion_id
        )
        if any(other != score.id for other in same):
            raise ValidationError("score.duplicate")

    def _check_relations(
        self, session: StoreSession, entity: Entity, changed: set[str] | None
    ) -> None:
        self._check_references(session, entity, changed)
        if isinstance(entity, Dependency):
            self._check_dependency(session, entity)
        elif isinstance(entity, Score):
            self._check_score(session, entity)

    @staticmethod
    def _link_changes(
        session: StoreSession,
        kind: EntityKind,
        entity_id: str,
        old: tuple[str, ...],
        new: tuple[str, ...],
        link: str,
    ) -> list[RowChange]:
        """Link rows to delete (with their stored position, for undo), to add and to move
        (`sync.list_changes`)."""
        table, owner, member = LINKS[(kind, link)]
        stored = (
            {
                row[member]: row["position"]
                for row in session.positions(table.name, owner, entity_id)
            }
            if old
            else {}
        )
        removed, added = list_changes(kind, link, entity_id, old, new, stored)
        return removed + added

    # -- generic commands ----------------------------------------------------------------

    def add(self, entity: Entity) -> Edit:
        """Add a new entity (at the end of its siblings, when it has a position)."""
        return self._run(Action.ADD, entity.kind, lambda s: self._plan_add(s, entity))

    def _plan_add(self, session: StoreSession, entity: Entity) -> Planned:
        kind = entity.kind
        if kind is EntityKind.ROADMAP:
            raise ValidationError("roadmap.add_second")
        validate(entity)
        if session.exists(kind, entity.id):
            raise ValidationError("record.id_taken", id=entity.id)
        if kind in SIBLING_SCOPE:
            scope = SIBLING_SCOPE[kind]
            value = None if scope is None else getattr(entity, scope)
            position = session.next_position(TABLES[kind].name, scope, value)
            entity = dataclasses.replace(entity, position=position)  # type: ignore[call-arg]
        self._check_relations(session, entity, None)
        c = codec(kind)
        row = c.encode(entity)
        if c.stored_position:
            row["position"] = session.next_position(c.table.name)
        rows = [RowChange(c.table.name, (("id", entity.id),), None, row)]
        for link in c.link_fields:
            rows += self._link_changes(session, kind, entity.id, (), getattr(entity, link), link)
        return _label(session, entity), rows

    def update(
        self, kind: EntityKind, entity_id: str, *, action: Action = Action.CHANGE, **values: Any
    ) -> Edit:
        """Change some fields of an entity; the others keep their values."""
        return self._run(
            action, kind, lambda session: self._plan_update(session, kind, entity_id, values)
        )

    def _plan_update(
        self, session: StoreSession, kind: EntityKind, entity_id: str, values: dict[str, Any]
    ) -> Planned:
        if "id" in values:
            raise ValidationError("record.id_changed")
        current = self._load(session, kind, entity_id)
        try:
            changed = dataclasses.replace(current, **values)
        except TypeError:
            unknown = sorted(set(values) - {f.name for f in dataclasses.fields(current)})
            raise ValidationError(
                "record.unknown_field", kind=kind, fields=", ".join(unknown)
            ) from None
        validate(changed)
        c = codec(kind)
        old_row, new_row = c.encode(current), c.encode(changed)
        columns = [col for col in c.columns if old_row[col] != new_row[col]]
        links = [f for f in c.link_fields if getattr(current, f) != getattr(changed, f)]
        if not columns and not links:
            return _label(session, changed), []
        self._check_relations(session, changed, set(columns) | set(links))
        rows = []
        if columns:
            rows.append(
                RowChange(
                    c.table.name,
                    (("id", entity_id),),
                    {col: old_row[col] for col in columns},
                    {col: new_row[col] for col in columns},
                )
            )
        for link in links:
            rows += self._link_changes(
                session, kind, entity_id, getattr(current, link), getattr(changed, link), link
            )
        return _label(session, changed), rows

    def delete(self, kind: EntityKind, entity_id: str) -> Edit:
        """Delete an entity with what belongs to it (a pathway's steps, a patent's history…)."""

        def plan(session: StoreSession) -> Planned:
            if kind is EntityKind.ROADMAP:
                raise ValidationError("roadmap.delete_itself")
            current = self._load(session, kind, entity_id)
            return _label(session, current), plan_delete(session, TABLES[kind].name, entity_id)

        return self._run(Action.DELETE, kind, plan)

    def reorder(self, kind: EntityKind, entity_id: str, index: int) -> Edit:
        """Move an entity to `index` among its siblings (lanes, pathways of a problem, …)."""
        if kind not in SIBLING_SCOPE:
            raise ValidationError("record.no_order", kind=kind)

        def plan(session: StoreSession) -> Planned:
            current = self._load(session, kind, entity_id)
            scope = SIBLING_SCOPE[kind]
            value = None if scope is None else getattr(current, scope)
            siblings = session.positions(TABLES[kind].name, scope, value)
            order = [row["id"] for row in siblings if row["id"] != entity_id]
            order.insert(max(0, min(index, len(order))), entity_id)
            old = {row["id"]: row["position"] for row in siblings}
            return _name(current), [
                RowChange(
                    TABLES[kind].name, (("id", sid),), {"position": old[sid]}, {"position": pos}
                )
                for pos, sid in enumerate(order)
                if old[sid] != pos
            ]

        return self._run(Action.REORDER, kind, plan)

    # -- the commands planners use most ---------------------------------------------------

    def move_step(self, step_id: str, start: date, end: date) -> Edit:
        """Move or resize a step on the timeline."""
        return self.update(EntityKind.STEP, step_id, action=Action.MOVE, start=start, end=end)

    def add_dependency(
        self,
        from_step_id: str,
        to_step_id: str,
        dependency_type: DependencyType = DependencyType.FINISH_TO_START,
        lag_days: int = 0,
        dependency_id: str | None = None,
    ) -> Edit:
        dep = Dependency(
            dependency_id or new_id(), from_step_id, to_step_id, dependency_type, lag_days
        )
        return self.add(dep)

    def set_score(
        self, pathway_id: str, criterion_id: str, value: int, rationale: str = ""
    ) -> Edit:
        """Give a pathway its 1–5 score on a criterion, replacing any earlier one."""
        with self._store.read() as session:
            existing = session.find_ids(
                EntityKind.SCORE, pathway_id=pathway_id, criterion_id=criterion_id
            )
        if existing:
            return self.update(EntityKind.SCORE, existing[0], value=value, rationale=rationale)
        return self.add(Score(new_id(), pathway_id, criterion_id, value, rationale))

    def _relink(self, kind: EntityKind, owner_id: str, link: str, target: str, on: bool) -> Edit:
        with self._store.read() as session:
            current = session.load_one(kind, owner_id)
        if current is None:
            raise NotFoundError("record.not_found", kind=kind, id=owner_id)
        members: tuple[str, ...] = getattr(current, link)
        if on:
            new = members if target in members else (*members, target)
        else:
            new = tuple(m for m in members if m != target)
        return self.update(
            kind, owner_id, action=Action.LINK if on else Action.UNLINK, **{link: new}
        )

    def link_pathway_product(
        self, pathway_id: str, product_id: str, *, linked: bool = True
    ) -> Edit:
        return self._relink(EntityKind.PRODUCT, product_id, "pathway_ids", pathway_id, linked)

    def link_patent_step(self, patent_id: str, step_id: str, *, linked: bool = True) -> Edit:
        return self._relink(EntityKind.PATENT, patent_id, "step_ids", step_id, linked)

    def update_roadmap(self, **values: Any) -> Edit:
        with self._store.read() as session:
            (info_id,) = session.find_ids(EntityKind.ROADMAP)
        return self.update(EntityKind.ROADMAP, info_id, **values)

    # -- several changes as one edit ------------------------------------------------------

    def update_and_add(
        self,
        action: Action,
        kind: EntityKind,
        name: str,
        *,
        updates: Sequence[tuple[EntityKind, str, dict[str, Any]]] = (),
        adds: Sequence[Entity] = (),
    ) -> Edit:
        """Field changes (kind, ID, values) and new entities as one edit: one transaction and
        one step to undo, titled after `action`, `kind` and `name`.

        Each part is checked as `update` and `add` check it, against the file as the parts
        before it leave it; if any part is refused, nothing is written.
        """

        parts: list[Callable[[StoreSession], Planned]] = [
            partial(self._plan_update, kind=entity_kind, entity_id=entity_id, values=values)
            for entity_kind, entity_id, values in updates
        ]
        parts += [partial(self._plan_add, entity=entity) for entity in adds]
        edit = self._run_parts(action, kind, parts, name)
        return dataclasses.replace(edit, count=1)

    def move_steps(self, moves: Sequence[tuple[str, date, date]], name: str = "") -> Edit:
        """Move or resize several steps (id, start, end) as one edit."""
        parts = [
            partial(
                self._plan_update,
                kind=EntityKind.STEP,
                entity_id=step_id,
                values={"start": start, "end": end},
            )
            for step_id, start, end in moves
        ]
        return self._run_parts(Action.MOVE, EntityKind.STEP, parts, name)

    def delete_many(self, refs: Sequence[tuple[EntityKind, str]], name: str = "") -> Edit:
        """Delete several things, each with what belongs to it, as one edit. A thing already
        deleted along with an earlier one (a step of a deleted pathway) is skipped."""
        kinds = {kind for kind, _ in refs}
        kind = next(iter(kinds)) if len(kinds) == 1 else EntityKind.ROADMAP

        def part(session: StoreSession, kind: EntityKind, entity_id: str) -> Planned:
            if kind is EntityKind.ROADMAP:
                raise ValidationError("roadmap.delete_itself")
            current = session.load_one(kind, entity_id)
            if current is None:
                return entity_id, []
            return _name(current), plan_delete(session, TABLES[kind].name, entity_id)

        parts = [partial(part, kind=k, entity_id=i) for k, i in dict.fromkeys(refs)]
        return self._run_parts(Action.DELETE, kind, parts, name)

    def set_weights(self, weights: Mapping[str, float], name: str = "") -> Edit:
        """Give several criteria their weights (criterion id → weight) as one edit."""
        parts = [
            partial(
                self._plan_update,
                kind=EntityKind.CRITERION,
                entity_id=criterion_id,
                values={"weight": weight},
            )
            for criterion_id, weight in weights.items()
        ]
        return self._run_parts(Action.CHANGE, EntityKind.CRITERION, parts, name)

    # -- many steps as one edit (planned in step_batch) -------------------------------------

    def add_steps(
        self, steps: Sequence[Step], dependencies: Sequence[Dependency] = (), name: str = ""
    ) -> Edit:
        """Add steps (a pasted list, a capture line) and links among them as one edit."""
        title = name or (steps[0].name if len(steps) == 1 else f"{len(steps)} steps")
        return self._run(
            Action.ADD,
            EntityKind.STEP,
            lambda session: (title, plan_add_steps(session, steps, dependencies)),
        )

    def duplicate_steps(self, step_ids: Sequence[str], name: str = "") -> Edit:
        """Copies of steps, with copies of the dependencies among them, as one edit."""

        def plan(session: StoreSession) -> Planned:
            steps, dependencies = copies_of(session, step_ids)
            title = name or (steps[0].name if len(steps) == 1 else f"{len(steps)} steps")
            return title, plan_add_steps(session, steps, dependencies)

        return self._run(Action.ADD, EntityKind.STEP, plan)

    def delete_steps(self, step_ids: Sequence[str], name: str = "") -> Edit:
        """Delete steps and their dependencies as one edit."""

        def plan(session: StoreSession) -> Planned:
            first = self._load(session, EntityKind.STEP, step_ids[0]) if step_ids else None
            title = name or (
                _name(first) if first and len(step_ids) == 1 else f"{len(step_ids)} steps"
            )
            return title, plan_delete_steps(session, step_ids)

        return self._run(Action.DELETE, EntityKind.STEP, plan)

    # -- whole-roadmap changes -------------------------------------------------------------

    def replace_all(
        self,
        current: RoadmapSnapshot,
        target: RoadmapSnapshot,
        *,
        keep_absent: bool,
        also: AlsoRows | None = None,
    ) -> Edit:
        """Make the file hold `target` (validated by the caller); with `keep_absent`, records
        that `target` does not name stay as they are. `also` plans more rows in the same
        transaction (an import's baselines): one edit, refused as a whole."""
        goal = merge(current, target) if keep_absent else target
        title = target.info.title
        return self.become(Action.IMPORT, EntityKind.ROADMAP, title, current, goal, also)

    def become(
        self,
        action: Action,
        kind: EntityKind,
        name: str,
        current: RoadmapSnapshot,
        target: RoadmapSnapshot,
        also: AlsoRows | None = None,
    ) -> Edit:
        """Make the file, which holds `current`, hold `target` (checked by the caller) as one
        edit titled after `action`, `kind` and `name`: for edits that add records pointing
        at each other, which the one-record commands would check against the file alone.
        `also`: more rows of other tables, planned in the same transaction (see
        `replace_all`)."""

        def plan(session: StoreSession) -> Planned:
            rows = plan_diff(current, target, session)
            return name, [*rows, *also(session)] if also is not None else rows

        return self._run(action, kind, plan)

    def merge_in(
        self, current: RoadmapSnapshot, merged: RoadmapSnapshot, extra: Sequence[RowChange]
    ) -> Edit:
        """Make the file hold `merged` (settled and checked by the merge engine) plus the
        `extra` rows (its record of what was merged), as one edit."""

        def plan(session: StoreSession) -> Planned:
            return merged.info.title, [*plan_diff(current, merged, session), *extra]

        return self._run(Action.MERGE, EntityKind.ROADMAP, plan)
