"""The store interface on a real roadmap file: row changes never overwrite a row that changed
underneath them, dates are dates, and undo puts every row back where it was."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from roadmap.domain.entities import EntityKind, Organization, Product, Step
from roadmap.domain.errors import ConflictError
from roadmap.services.history import History
from roadmap.services.workspace import Workspace
from roadmap.store.interface import RowChange
from tests.support import in_order


def stored(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    """What the file holds, read by plain sqlite3 behind the program's back."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()


def a_step(ws: Workspace) -> Step:
    return next(s for s in ws.queries.all(Step) if not s.step_kind.is_point)


def test_an_update_over_a_row_changed_meanwhile_is_a_conflict(workspace: Workspace) -> None:
    step = a_step(workspace)
    history = History(workspace.commands)
    history.record(workspace.commands.move_step(step.id, date(2026, 2, 1), date(2026, 9, 30)))
    # Someone else moves it again, not through this history.
    workspace.commands.move_step(step.id, date(2026, 3, 1), date(2026, 10, 31))
    with pytest.raises(ConflictError, match="was changed meanwhile") as caught:
        history.undo()
    assert step.name in str(caught.value)
    assert "在此期间已被更改" in caught.value.render("zh")
    now = workspace.queries.get(Step, step.id)
    assert (now.start, now.end) == (date(2026, 3, 1), date(2026, 10, 31))


def test_a_conflict_in_the_middle_writes_nothing_of_the_change(workspace: Workspace) -> None:
    first, second = [s for s in workspace.queries.all(Step) if not s.step_kind.is_point][:2]
    path = workspace.path
    before = stored(path, "SELECT id, name, start FROM steps ORDER BY id")
    changes = [
        RowChange("steps", (("id", first.id),), {"name": first.name}, {"name": "Renamed"}),
        # planned against a start the second step does not have
        RowChange("steps", (("id", second.id),), {"start": date(1999, 1, 1)}, {"name": "X"}),
    ]
    with pytest.raises(ConflictError), workspace.document.write() as session:
        session.apply(changes)
    assert stored(path, "SELECT id, name, start FROM steps ORDER BY id") == before


def test_inserting_an_existing_id_is_a_conflict(workspace: Workspace) -> None:
    org = workspace.queries.all(Organization)[0]
    row = {"id": org.id, "name": "Twin", "org_kind": "other", "country": "", "description": ""}
    with pytest.raises(ConflictError, match="exists already"), workspace.document.write() as s:
        s.apply([RowChange("organizations", (("id", org.id),), None, {**row, "position": 99})])
    assert stored(workspace.path, "SELECT name FROM organizations WHERE id = ?", org.id) == [
        (org.name,)
    ]


def test_deleting_a_missing_row_is_a_conflict(workspace: Workspace) -> None:
    history = History(workspace.commands)
    org = workspace.queries.all(Organization)[-1]
    history.record(workspace.commands.delete(EntityKind.ORGANIZATION, org.id))
    history.undo()
    # Deleted again behind the history's back: redoing the delete finds no row to delete.
    workspace.commands.delete(EntityKind.ORGANIZATION, org.id)
    count = stored(workspace.path, "SELECT count(*) FROM organizations")
    with pytest.raises(ConflictError):
        history.redo()
    assert stored(workspace.path, "SELECT count(*) FROM organizations") == count


def test_a_delete_over_a_changed_row_is_a_conflict(workspace: Workspace) -> None:
    history = History(workspace.commands)
    org = workspace.queries.all(Organization)[-1]
    history.record(workspace.commands.delete(EntityKind.ORGANIZATION, org.id))
    history.undo()
    workspace.commands.update(EntityKind.ORGANIZATION, org.id, name="Renamed meanwhile")
    with pytest.raises(ConflictError):
        history.redo()
    assert workspace.queries.get(Organization, org.id).name == "Renamed meanwhile"


def test_dates_cross_the_interface_as_dates(workspace: Workspace) -> None:
    step = a_step(workspace)
    edit = workspace.commands.move_step(step.id, date(2026, 2, 1), date(2026, 9, 30))
    (change,) = edit.rows
    assert change.before == {"start": step.start, "end": step.end}
    assert change.after == {"start": date(2026, 2, 1), "end": date(2026, 9, 30)}
    with workspace.document.read() as session:
        (row,) = session.rows_where("steps", "id", step.id)
    assert row["start"] == date(2026, 2, 1) and isinstance(row["end"], date)
    # …and as ISO text in the file, as before.
    assert stored(workspace.path, "SELECT start FROM steps WHERE id = ?", step.id) == [
        ("2026-02-01",)
    ]


def test_undoing_a_delete_puts_the_first_organization_back_first(workspace: Workspace) -> None:
    before = in_order(workspace.queries.snapshot())
    first = workspace.queries.all(Organization)[0]
    history = History(workspace.commands)
    history.record(workspace.commands.delete(EntityKind.ORGANIZATION, first.id))
    assert workspace.queries.all(Organization)[0].id != first.id
    history.undo()
    assert workspace.queries.all(Organization)[0].id == first.id
    assert in_order(workspace.queries.snapshot()) == before


def test_undoing_an_unlink_puts_the_link_back_in_its_place(workspace: Workspace) -> None:
    product = next(p for p in workspace.queries.all(Product) if len(p.pathway_ids) >= 1)
    extra = next(
        p.id for p in workspace.queries.snapshot().pathways if p.id not in product.pathway_ids
    )
    workspace.commands.link_pathway_product(extra, product.id)
    linked = workspace.queries.get(Product, product.id).pathway_ids
    assert linked == (*product.pathway_ids, extra)
    history = History(workspace.commands)
    history.record(workspace.commands.link_pathway_product(linked[0], product.id, linked=False))
    assert workspace.queries.get(Product, product.id).pathway_ids == linked[1:]
    history.undo()
    assert workspace.queries.get(Product, product.id).pathway_ids == linked


def test_a_record_merged_in_between_two_takes_its_place_and_undo_puts_all_back(
    workspace: Workspace,
) -> None:
    """A merge (a pull) that brings an organization in between two numbered one after the
    other renumbers the rest, as stored; undoing it gives back every row's old position."""
    from roadmap.domain.entities import new_id

    before = workspace.queries.snapshot()
    orgs = list(before.organizations)
    between = Organization(new_id(), "Merged in between")
    target = before.with_section(EntityKind.ORGANIZATION, (orgs[0], between, *orgs[1:]))
    edit = workspace.commands.replace_all(before, target, keep_absent=False)
    names = [o.name for o in workspace.queries.snapshot().organizations]
    assert names == [o.name for o in target.organizations]
    positions = stored(workspace.document.path, "SELECT name FROM organizations ORDER BY position")
    assert [row[0] for row in positions] == names
    workspace.commands.revert(edit)
    assert in_order(workspace.queries.snapshot()) == in_order(before)


def test_a_conflict_in_a_batch_names_the_row_that_changed_not_the_first(
    workspace: Workspace,
) -> None:
    """Changes of one shape go in one statement: the rows it could change were changed,
    so the message must name the one that had moved on, wherever it is in the batch."""
    first, second, third = workspace.queries.snapshot().steps[:3]
    workspace.commands.update(EntityKind.STEP, second.id, name="Renamed meanwhile")
    changes = [
        RowChange("steps", (("id", s.id),), {"name": s.name}, {"name": f"{s.name} (new)"})
        for s in (first, second, third)
    ]
    with pytest.raises(ConflictError) as caught, workspace.document.write() as session:
        session.apply(changes)
    assert "Renamed meanwhile" in str(caught.value)
    names = {s.id: s.name for s in workspace.queries.snapshot().steps}
    assert names[first.id] == first.name  # rolled back: nothing of the batch stays


def test_a_list_turned_around_is_stored_in_its_new_order_and_undo_puts_it_back(
    workspace: Workspace,
) -> None:
    """A product's pathways are an ordered list: a change that puts a new pathway first and
    turns the kept ones around reads back as written (kept rows held their old positions and
    only new ones were appended), and undo restores every row where it was."""
    product = next(p for p in workspace.queries.all(Product) if p.pathway_ids)
    others = [
        p.id for p in workspace.queries.snapshot().pathways if p.id not in product.pathway_ids
    ]
    history = History(workspace.commands)
    grown = (*product.pathway_ids, others[0])
    history.record(workspace.commands.update(EntityKind.PRODUCT, product.id, pathway_ids=grown))
    before = in_order(workspace.queries.snapshot())
    turned = (others[1], *reversed(grown))
    history.record(workspace.commands.update(EntityKind.PRODUCT, product.id, pathway_ids=turned))
    assert workspace.queries.get(Product, product.id).pathway_ids == turned
    rows = stored(
        workspace.path,
        "SELECT pathway_id FROM pathway_products WHERE product_id = ? ORDER BY position",
        product.id,
    )
    assert tuple(r[0] for r in rows) == turned
    history.undo()
    assert in_order(workspace.queries.snapshot()) == before
