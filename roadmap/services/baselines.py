"""Baselines: take, rename and delete them (undoable edits), read and compare them.

A baseline is never touched by a plan edit: commands, imports and merges plan rows of the
plan's tables only. Taking, renaming and deleting a baseline are edits like any other (one
transaction, an `Edit` to undo), so the app puts them on its undo stack.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from roadmap.domain.baseline import (
    MAX_BASELINES,
    Baseline,
    BaselineInfo,
    Plan,
    check_name,
    decode_arrays,
    decode_plan,
    encode_plan,
    plan_arrays,
    plan_of,
)
from roadmap.domain.entities import (
    Criterion,
    EntityKind,
    Pathway,
    Problem,
    RoadmapInfo,
    Score,
    new_id,
)
from roadmap.domain.errors import NotFoundError, ValidationError
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.domain.variance import Comparison, compare
from roadmap.services.changes import Action, Edit, RowChange
from roadmap.services.commands import Planned
from roadmap.services.workspace import Workspace
from roadmap.store.baselines import (
    TABLE,
    baseline_count,
    baseline_labels,
    baseline_row,
    baseline_rows,
    plan_rows,
)
from roadmap.store.interface import Row, StoreSession


def os_user() -> str:
    """Who is taking the baseline, as the operating system knows them."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a container, a service account)
        return ""


def current_arrays(session: StoreSession) -> dict[str, Any]:
    """The plan now as `plan_arrays` has it: steps and products as stored, pathways with
    their scores and ranks from the saved weights."""
    (info,) = session.load_all(EntityKind.ROADMAP)
    scoring = RoadmapSnapshot(
        info=cast(RoadmapInfo, info),
        criteria=cast(tuple[Criterion, ...], tuple(session.load_all(EntityKind.CRITERION))),
        problems=cast(tuple[Problem, ...], tuple(session.load_all(EntityKind.PROBLEM))),
        pathways=cast(tuple[Pathway, ...], tuple(session.load_all(EntityKind.PATHWAY))),
        scores=cast(tuple[Score, ...], tuple(session.load_all(EntityKind.SCORE))),
    )
    steps, products = plan_rows(session)
    return {**plan_arrays(plan_of(scoring)), "steps": steps, "products": products}


def current_plan(session: StoreSession) -> Plan:
    return decode_arrays(current_arrays(session))


def _label(row: Row) -> BaselineInfo:
    try:
        taken_at = datetime.fromisoformat(row["taken_at"])
    except (TypeError, ValueError):
        raise ValidationError("baseline.damaged", detail=f"{row['name']}: taken_at") from None
    return BaselineInfo(row["id"], row["name"], taken_at, row["taken_by"], row["note"])


def baseline_from_row(row: Row) -> Baseline:
    return Baseline(_label(row), decode_plan(row["content"]))


def row_of(baseline: Baseline) -> Row:
    info = baseline.info
    return {
        "id": info.id,
        "name": info.name,
        "taken_at": info.taken_at.isoformat(timespec="seconds"),
        "taken_by": info.taken_by,
        "note": info.note,
        "content": encode_plan(baseline.plan),
    }


# -- reading ---------------------------------------------------------------------------------


def list_baselines(workspace: Workspace) -> tuple[BaselineInfo, ...]:
    with workspace.document.read() as session:
        return tuple(_label(row) for row in baseline_labels(session))


def all_baselines(workspace: Workspace) -> tuple[Baseline, ...]:
    """Every baseline with its plan, oldest first (for export and the trend chart)."""
    with workspace.document.read() as session:
        return tuple(baseline_from_row(row) for row in baseline_rows(session))


def get_baseline(workspace: Workspace, name: str) -> Baseline:
    with workspace.document.read() as session:
        row = baseline_row(session, name)
    if row is None:
        raise NotFoundError("baseline.not_found", name=name)
    return baseline_from_row(row)


def plan_now(workspace: Workspace) -> Plan:
    with workspace.document.read() as session:
        return current_plan(session)


def compare_with_baseline(workspace: Workspace, name: str) -> Comparison:
    """How the plan now differs from the baseline `name`."""
    baseline = get_baseline(workspace, name)
    return compare(baseline.plan, plan_now(workspace))


def compare_with_roadmap(workspace: Workspace, other: Workspace) -> Comparison:
    """How this roadmap differs from `other` (another scenario), records matched by ID."""
    return compare(plan_now(other), plan_now(workspace))


# -- edits -----------------------------------------------------------------------------------


def _require(session: StoreSession, name: str) -> Row:
    row = baseline_row(session, name)
    if row is None:
        raise NotFoundError("baseline.not_found", name=name)
    return row


def _free(session: StoreSession, name: str) -> None:
    if baseline_row(session, name) is not None:
        raise ValidationError("baseline.exists", name=name)


def take_baseline(
    workspace: Workspace, name: str, note: str = "", *, user: str | None = None
) -> Edit:
    """Save the plan as it stands now as the baseline `name`."""
    text = check_name(name)

    def plan(session: StoreSession) -> Planned:
        _free(session, text)
        if baseline_count(session) >= MAX_BASELINES:
            raise ValidationError("baseline.too_many", limit=MAX_BASELINES)
        info = BaselineInfo(
            new_id(),
            text,
            datetime.now().astimezone().replace(microsecond=0),
            os_user() if user is None else user,
            note.strip(),
        )
        content = json.dumps(current_arrays(session), ensure_ascii=False, separators=(",", ":"))
        row = {**row_of(Baseline(info, Plan())), "content": content}
        return text, [RowChange(TABLE, (("id", info.id),), None, row)]

    return workspace.commands.run(Action.ADD, EntityKind.BASELINE, plan)


def rename_baseline(
    workspace: Workspace, name: str, new_name: str, note: str | None = None
) -> Edit:
    """Give a baseline another name (and note); its plan stays as it was taken."""
    text = check_name(new_name)

    def plan(session: StoreSession) -> Planned:
        row = _require(session, name)
        if text != row["name"]:
            _free(session, text)
        before: dict[str, Any] = {"name": row["name"], "note": row["note"]}
        after: dict[str, Any] = {"name": text, "note": row["note"] if note is None else note}
        if before == after:
            return text, []
        return text, [RowChange(TABLE, (("id", row["id"]),), before, after)]

    return workspace.commands.run(Action.CHANGE, EntityKind.BASELINE, plan)


def delete_baseline(workspace: Workspace, name: str) -> Edit:
    def plan(session: StoreSession) -> Planned:
        row = _require(session, name)
        return row["name"], [RowChange(TABLE, (("id", row["id"]),), row, None)]

    return workspace.commands.run(Action.DELETE, EntityKind.BASELINE, plan)


def restore_baselines(workspace: Workspace, baselines: Sequence[Baseline]) -> Edit:
    """Add baselines read from a file (JSON, workbook) that this roadmap does not have yet.

    A baseline whose ID or name is already here is left out: baselines are never changed.
    """

    def plan(session: StoreSession) -> Planned:
        return "baselines", restored_rows(session, baselines)

    return workspace.commands.run(Action.IMPORT, EntityKind.BASELINE, plan)


def restored_rows(session: StoreSession, baselines: Sequence[Baseline]) -> list[RowChange]:
    """The rows adding those of `baselines` the file lacks (by ID and name): planned inside an
    import's own transaction, so that records and baselines are one edit (all or nothing).
    Refused (`baseline.too_many`) when the roadmap would then hold more than the limit."""
    present = baseline_labels(session)
    ids = {row["id"] for row in present}
    names = {row["name"] for row in present}
    rows = [
        RowChange(TABLE, (("id", b.info.id),), None, row_of(b))
        for b in baselines
        if b.info.id not in ids and b.name not in names
    ]
    if rows and len(present) + len(rows) > MAX_BASELINES:
        raise ValidationError("baseline.too_many", limit=MAX_BASELINES)
    return rows
