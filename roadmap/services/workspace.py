"""An open roadmap file together with its services: the one object front ends hold."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from roadmap.domain.consistency import Violation, find_violations
from roadmap.domain.errors import ValidationError
from roadmap.domain.messages import Message, message
from roadmap.domain.snapshot import WRITE_ORDER, RoadmapSnapshot
from roadmap.services.changes import Edit
from roadmap.services.commands import AlsoRows, Commands
from roadmap.services.queries import Queries
from roadmap.store.backups import Backup, list_backups, make_backup, restore_backup
from roadmap.store.document import (
    Document,
    create_document,
    is_roadmap_file,
    open_copy,
    open_document,
)
from roadmap.store.interface import RowChange
from roadmap.store.lineage import TABLE, LineageRow
from roadmap.store.lock import LockOwner, lock_path, read_owner

__all__ = [
    "Backup",
    "Workspace",
    "is_roadmap_file",
    "list_backups",
    "require_valid",
    "restore_backup",
    "violations_message",
]

MAX_REPORTED = 20


def violations_message(violations: list[Violation]) -> Message:
    lines: list[str | Message] = [v.message for v in violations[:MAX_REPORTED]]
    if len(violations) > MAX_REPORTED:
        lines.append(message("roadmap.more_problems", count=len(violations) - MAX_REPORTED))
    return message("roadmap.invalid", lines=lines)


def require_valid(snapshot: RoadmapSnapshot) -> None:
    """Raise `ValidationError` listing what makes `snapshot` invalid, if anything does."""
    violations = find_violations(snapshot)
    if violations:
        raise ValidationError(violations_message(violations))


class Workspace:
    """A roadmap file opened for work: `queries` to read, `commands` to change it."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.opened_with: list[Message] = []  # notices of how it was opened (see app.py)
        self.queries = Queries(document)
        self.commands = Commands(document)
        self.written: list[Edit] = []  # a `writer()`'s edits, in the order it wrote them

    @property
    def path(self) -> Path:
        return self.document.path

    @property
    def notices(self) -> list[Message]:
        """What the person opening the roadmap should be told (it was recovered, or it is
        open elsewhere and so opened read-only)."""
        told = list(self.opened_with)
        if self.document.recovered:
            told.insert(0, message("file.recovered", name=self.path.name))
        return told

    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False) -> Workspace:
        return cls(open_document(path, readonly=readonly))

    @classmethod
    def open_copy(cls, path: Path | str) -> Workspace:
        """A read-only workspace on an in-memory copy of the roadmap at `path`, which the
        window has open: for the helper process's whole-roadmap reads (`store.document.open_copy`:
        the window's edits never wait for them). Use it in `with`."""
        return cls(open_copy(path))

    @classmethod
    def create(
        cls,
        path: Path | str,
        snapshot: RoadmapSnapshot,
        lineage: Sequence[LineageRow] = (),
        *,
        checked: bool = False,
        also: AlsoRows | None = None,
    ) -> Workspace:
        """Write `snapshot` (and the `lineage` of a copy) as a new roadmap file at `path`;
        nothing is left behind on failure. The whole-roadmap rules are checked first, unless
        the caller has just checked this very snapshot (`checked`, an importer's `validated`).
        `also` plans more rows in the same transaction (an imported file's baselines)."""
        if not checked:
            require_valid(snapshot)
        sections = [(kind, snapshot.of(kind)) for kind in WRITE_ORDER]

        def fill(document: Document) -> None:
            with document.write() as session:
                session.insert_all(sections)
                session.apply([RowChange(TABLE, r.key, None, r.row()) for r in lineage])
                if also is not None:
                    session.apply(list(also(session)))

        return cls(create_document(path, fill))

    def reader(self) -> Workspace:
        """A read-only workspace on the same file for work in a worker thread (an export, the
        checks): its own connections, no second round of opening checks. Use it in `with`."""
        return Workspace(self.document.reader())

    def writer(
        self,
        cancelled: Callable[[], bool] | None = None,
        commit_point: Callable[[], bool] | None = None,
    ) -> Workspace:
        """A writable workspace on the same file for one job in a worker thread (an import, a
        merge or an adoption applied in the background): its own connection, made in the
        thread that writes, under this workspace's lock. The edits it writes are kept in
        `written`, for the window to record once the job is done. `cancelled` is asked
        inside each edit's transaction until the first commit: true then, the edit is rolled
        back and `WriteCancelled` raised — nothing changed. (After the first commit the job's
        edit is in the file, so what follows it is written too rather than left half done;
        an import's baselines are part of its one edit.) `commit_point` is asked last before that first commit
        (`Commands.commit_point`): false cancels, true commits and ends cancelling. Read-only
        here, its edits are refused. Use it in `with`."""
        workspace = Workspace(self.document.writer())
        written = workspace.written
        workspace.commands.subscribe(written.append)
        if cancelled is not None:
            workspace.commands.cancelled = lambda: not written and cancelled()
        if commit_point is not None:
            workspace.commands.commit_point = lambda: bool(written) or commit_point()
        return workspace

    def save_copy(self, target: Path) -> None:
        """Save As: a copy of the roadmap at `target`; this one stays open."""
        self.document.save_copy(target)

    def backup(self, reason: str) -> Path:
        """Keep a rotating backup of the roadmap now (before destructive work)."""
        return make_backup(self.path, reason)

    def held_by(self) -> LockOwner | None:
        """Who else has this roadmap open for writing (host, user, since), if anyone: why a
        roadmap opened read-only cannot be changed here."""
        if not self.document.readonly:
            return None
        owner = read_owner(lock_path(self.path))
        return owner if owner is not None and owner.pid != os.getpid() else None

    def close(self) -> None:
        self.document.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
