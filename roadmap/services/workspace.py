"""An open roadmap file together with its services: the one object front ends hold."""

from __future__ import annotations

import os
from pathlib import Path

from roadmap.domain.consistency import Violation, find_violations
from roadmap.domain.errors import ValidationError
from roadmap.domain.messages import Message, message
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.services.changes import apply_rows
from roadmap.services.commands import Commands
from roadmap.services.queries import Queries
from roadmap.services.sync import plan_insert
from roadmap.store.document import Document, create_document, open_document
from roadmap.store.lock import LockOwner, lock_path, read_owner

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
        self.queries = Queries(document)
        self.commands = Commands(document)

    @property
    def path(self) -> Path:
        return self.document.path

    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False) -> Workspace:
        return cls(open_document(path, readonly=readonly))

    @classmethod
    def create(cls, path: Path | str, snapshot: RoadmapSnapshot) -> Workspace:
        """Write `snapshot` as a new roadmap file at `path`; nothing is left behind on failure."""
        require_valid(snapshot)
        document = create_document(path)
        try:
            with document.transaction() as conn:
                apply_rows(conn, plan_insert(snapshot))
        except BaseException:
            document.close()
            Path(path).unlink(missing_ok=True)
            raise
        return cls(document)

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
