"""Every change to a roadmap: validated by the domain, one transaction, undoable.

Each public method plans row changes against the current file, applies them in one transaction
and returns the `Edit` (what to undo, what changed). A refused edit raises `ValidationError` or
`NotFoundError` and writes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection

from roadmap.domain.entities import (
    SIBLING_SCOPE,
    Dependency,
    Entity,
    EntityKind,
    Score,
    new_id,
    references,
)
from roadmap.domain.enums import DependencyType
from roadmap.domain.errors import NotFoundError, ValidationError
from roadmap.domain.graph import check_new_edge
from roadmap.domain.rules import named, validate
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.services.cascade import plan_delete
from roadmap.services.changes import Action, Edit, RowChange, apply_rows
from roadmap.services.sync import merge, plan_diff
from roadmap.store.document import Document, DocumentError
from roadmap.store.rows import codec, load_all, load_one, quote
from roadmap.store.schema import LINKS, TABLES

Listener = Callable[[Edit], None]
Planned = tuple[str, list[RowChange]]  # the name of the thing edited, and the rows


def _name(entity: Entity) -> str:
    for attr in ("name", "title", "statement"):
        text = getattr(entity, attr, None)
        if isinstance(text, str) and text:
            return text
    return entity.id


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


def _label(conn: Connection, entity: Entity) -> str:
    """The name an edit of `entity` is shown by: its own, or for a dependency "A → B", for a
    score "pathway · criterion", for a move or a patent's history entry its person or patent."""
    parts = _NAMED_AFTER.get(entity.kind)
    if parts is None:
        return _name(entity)
    names = []
    for kind, attr in parts:
        target_id = getattr(entity, attr, None)
        target = load_one(conn, kind, target_id) if target_id else None
        names.append(_name(target) if target is not None else str(target_id))
    separator = " → " if entity.kind is EntityKind.DEPENDENCY else " · "
    return separator.join(names)


class Commands:
    """The write side of the services, shared by the app, the CLI and the importers."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        """Call `listener` after every applied edit, undo and redo (views refresh from it)."""
        self._listeners.append(listener)

    # -- running -------------------------------------------------------------------------

    def _run(
        self,
        action: Action,
        kind: EntityKind,
        plan: Callable[[Connection], Planned],
    ) -> Edit:
        if self._document.readonly:
            raise DocumentError("document.read_only_edit")
        with self._document.transaction() as conn:
            name, rows = plan(conn)
            apply_rows(conn, rows)
        edit = Edit(action, kind, name, tuple(rows))
        self._notify(edit)
        return edit

    def run(self, action: Action, kind: EntityKind, plan: Callable[[Connection], Planned]) -> Edit:
        """Plan rows in one transaction and apply them as one edit: for commands that live in
        their own module (baselines) but go through the same path, listeners and undo."""
        return self._run(action, kind, plan)

    def _notify(self, edit: Edit) -> None:
        if edit.rows:
            for listener in self._listeners:
                listener(edit)

    def apply(self, edit: Edit) -> Edit:
        """Apply a recorded edit again (redo)."""
        with self._document.transaction() as conn:
            apply_rows(conn, edit.rows)
        self._notify(edit)
        return edit

    def revert(self, edit: Edit) -> Edit:
        """Undo a recorded edit; returns the inverse edit that was applied."""
        inverse = edit.inverse()
        return self.apply(inverse)

    # -- checks shared by the commands ---------------------------------------------------

    @staticmethod
    def _load(conn: Connection, kind: EntityKind, entity_id: str) -> Entity:
        current = load_one(conn, kind, entity_id)
        if current is None:
            raise NotFoundError("record.not_found", kind=kind, id=entity_id)
        return current

    @staticmethod
    def _exists(conn: Connection, kind: EntityKind, entity_id: str) -> bool:
        sql = f"SELECT 1 FROM {quote(TABLES[kind].name)} WHERE id = ?"
        return conn.exec_driver_sql(sql, (entity_id,)).first() is not None

    def _check_references(
        self, conn: Connection, entity: Entity, only: set[str] | None = None
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
                elif not self._exists(conn, ref.target, target):
                    raise NotFoundError(
                        "record.dangling_reference",
                        what=named(entity),
                        field=ref.field,
                        target=target,
                        kind=ref.target,
                    )

    def _check_dependency(self, conn: Connection, dep: Dependency) -> None:
        edges = [
            (d.from_step_id, d.to_step_id)
            for d in load_all(conn, EntityKind.DEPENDENCY)
            if isinstance(d, Dependency) and d.id != dep.id
        ]
        if (dep.from_step_id, dep.to_step_id) in edges:
            raise ValidationError("dependency.duplicate")

        def name_of(step_id: str) -> str:
            step = load_one(conn, EntityKind.STEP, step_id)
            return _name(step) if step else step_id

        check_new_edge(edges, (dep.from_step_id, dep.to_step_id), name_of)

    def _check_score(self, conn: Connection, score: Score) -> None:
        sql = "SELECT id FROM scores WHERE pathway_id = ? AND criterion_id = ? AND id != ?"
        args = (score.pathway_id, score.criterion_id, score.id)
        if conn.exec_driver_sql(sql, args).first() is not None:
            raise ValidationError("score.duplicate")

    def _check_relations(self, conn: Connection, entity: Entity, changed: set[str] | None) -> None:
        self._check_references(conn, entity, changed)
        if isinstance(entity, Dependency):
            self._check_dependency(conn, entity)
        elif isinstance(entity, Score):
            self._check_score(conn, entity)

    @staticmethod
    def _link_changes(
        kind: EntityKind, entity_id: str, old: tuple[str, ...], new: tuple[str, ...], link: str
    ) -> list[RowChange]:
        table, owner, member = LINKS[(kind, link)]
        rows = []
        for target in old:
            if target not in new:
                key = ((owner, entity_id), (member, target))
                rows.append(RowChange(table.name, key, {owner: entity_id, member: target}, None))
        for target in new:
            if target not in old:
                key = ((owner, entity_id), (member, target))
                rows.append(RowChange(table.name, key, None, {owner: entity_id, member: target}))
        return rows

    # -- generic commands ----------------------------------------------------------------

    def add(self, entity: Entity) -> Edit:
        """Add a new entity (at the end of its siblings, when it has a position)."""
        return self._run(Action.ADD, entity.kind, lambda conn: self._plan_add(conn, entity))

    def _plan_add(self, conn: Connection, entity: Entity) -> Planned:
        kind = entity.kind
        if kind is EntityKind.ROADMAP:
            raise ValidationError("roadmap.add_second")
        validate(entity)
        if self._exists(conn, kind, entity.id):
            raise ValidationError("record.id_taken", id=entity.id)
        if kind in SIBLING_SCOPE:
            entity = dataclasses.replace(entity, position=self._next_position(conn, entity))  # type: ignore[call-arg]
        self._check_relations(conn, entity, None)
        c = codec(kind)
        rows = [RowChange(c.table.name, (("id", entity.id),), None, c.encode(entity))]
        for link in c.link_fields:
            rows += self._link_changes(kind, entity.id, (), getattr(entity, link), link)
        return _label(conn, entity), rows

    def _next_position(self, conn: Connection, entity: Entity) -> int:
        scope = SIBLING_SCOPE[entity.kind]
        table = quote(TABLES[entity.kind].name)
        if scope is None:
            result = conn.exec_driver_sql(f"SELECT max(position) FROM {table}").scalar()
        else:
            sql = f"SELECT max(position) FROM {table} WHERE {quote(scope)} = ?"
            result = conn.exec_driver_sql(sql, (getattr(entity, scope),)).scalar()
        return 0 if result is None else int(result) + 1

    def update(
        self, kind: EntityKind, entity_id: str, *, action: Action = Action.CHANGE, **values: Any
    ) -> Edit:
        """Change some fields of an entity; the others keep their values."""
        return self._run(
            action, kind, lambda conn: self._plan_update(conn, kind, entity_id, values)
        )

    def _plan_update(
        self, conn: Connection, kind: EntityKind, entity_id: str, values: dict[str, Any]
    ) -> Planned:
        if "id" in values:
            raise ValidationError("record.id_changed")
        current = self._load(conn, kind, entity_id)
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
            return _label(conn, changed), []
        self._check_relations(conn, changed, set(columns) | set(links))
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
                kind, entity_id, getattr(current, link), getattr(changed, link), link
            )
        return _label(conn, changed), rows

    def delete(self, kind: EntityKind, entity_id: str) -> Edit:
        """Delete an entity with what belongs to it (a pathway's steps, a patent's history…)."""

        def plan(conn: Connection) -> Planned:
            if kind is EntityKind.ROADMAP:
                raise ValidationError("roadmap.delete_itself")
            current = self._load(conn, kind, entity_id)
            return _label(conn, current), plan_delete(conn, TABLES[kind].name, entity_id)

        return self._run(Action.DELETE, kind, plan)

    def reorder(self, kind: EntityKind, entity_id: str, index: int) -> Edit:
        """Move an entity to `index` among its siblings (lanes, pathways of a problem, …)."""
        if kind not in SIBLING_SCOPE:
            raise ValidationError("record.no_order", kind=kind)

        def plan(conn: Connection) -> Planned:
            current = self._load(conn, kind, entity_id)
            scope = SIBLING_SCOPE[kind]
            table = quote(TABLES[kind].name)
            sql = f"SELECT id, position FROM {table}"
            args: tuple[Any, ...] = ()
            if scope is not None:
                sql += f" WHERE {quote(scope)} = ?"
                args = (getattr(current, scope),)
            siblings = conn.exec_driver_sql(sql + " ORDER BY position, rowid", args).fetchall()
            order = [row[0] for row in siblings if row[0] != entity_id]
            order.insert(max(0, min(index, len(order))), entity_id)
            old = {row[0]: row[1] for row in siblings}
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
        with self._document.reading() as conn:
            sql = "SELECT id FROM scores WHERE pathway_id = ? AND criterion_id = ?"
            existing = conn.exec_driver_sql(sql, (pathway_id, criterion_id)).scalar()
        if existing is not None:
            return self.update(EntityKind.SCORE, existing, value=value, rationale=rationale)
        return self.add(Score(new_id(), pathway_id, criterion_id, value, rationale))

    def _relink(self, kind: EntityKind, owner_id: str, link: str, target: str, on: bool) -> Edit:
        with self._document.reading() as conn:
            current = load_one(conn, kind, owner_id)
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
        with self._document.reading() as conn:
            info_id = conn.exec_driver_sql("SELECT id FROM roadmap").scalar_one()
        return self.update(EntityKind.ROADMAP, str(info_id), **values)

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

        Each part is checked as `update` and `add` check it, against the file as it stands
        before the edit; if any part is refused, nothing is written.
        """

        def plan(conn: Connection) -> Planned:
            rows: list[RowChange] = []
            for entity_kind, entity_id, values in updates:
                rows += self._plan_update(conn, entity_kind, entity_id, values)[1]
            for entity in adds:
                rows += self._plan_add(conn, entity)[1]
            return name, rows

        return self._run(action, kind, plan)

    # -- whole-roadmap changes -------------------------------------------------------------

    def replace_all(
        self, current: RoadmapSnapshot, target: RoadmapSnapshot, *, keep_absent: bool
    ) -> Edit:
        """Make the file hold `target` (validated by the caller); with `keep_absent`, records
        that `target` does not name stay as they are."""
        goal = merge(current, target) if keep_absent else target
        return self.become(Action.IMPORT, EntityKind.ROADMAP, target.info.title, current, goal)

    def become(
        self,
        action: Action,
        kind: EntityKind,
        name: str,
        current: RoadmapSnapshot,
        target: RoadmapSnapshot,
    ) -> Edit:
        """Make the file, which holds `current`, hold `target` (checked by the caller) as one
        edit titled after `action`, `kind` and `name`: for edits that add records pointing
        at each other, which the one-record commands would check against the file alone."""

        def plan(conn: Connection) -> Planned:
            return name, plan_diff(current, target)

        return self._run(action, kind, plan)
