"""Technology-transfer edits that change several records at once, each one undoable edit.

    transfer = TransferCommands.of(workspace)
    transfer.change_patent_status(patent_id, PatentStatus.GRANTED, on=date(2026, 9, 22))

A status change sets the patent's status and adds the dated entry to its history in one
transaction, so undo takes back both and the history always ends at the patent's status.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from roadmap.domain.entities import (
    EntityKind,
    Mobility,
    Patent,
    PatentEvent,
    Person,
    new_id,
)
from roadmap.domain.enums import LicenseKind, MobilityKind, PatentStatus
from roadmap.domain.errors import ValidationError
from roadmap.domain.rules import named
from roadmap.domain.transfer import REACHED_INDUSTRY, history
from roadmap.services.changes import Action, Edit
from roadmap.services.commands import Commands
from roadmap.services.queries import Queries
from roadmap.services.workspace import Workspace

# Moves after which the person works at the new organization; secondments and dual
# appointments keep the person's home organization.
_PERMANENT = (MobilityKind.TRANSFER, MobilityKind.SPIN_OFF_FOUNDER)


class _Unchanged:
    """Marks an argument left out: the field keeps its value (None would clear it)."""

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Any = _Unchanged()


class TransferCommands:
    """Patent status changes and people's moves, over the workspace's commands and queries."""

    def __init__(self, commands: Commands, queries: Queries) -> None:
        self._commands = commands
        self._queries = queries

    @classmethod
    def of(cls, workspace: Workspace) -> TransferCommands:
        return cls(workspace.commands, workspace.queries)

    def change_patent_status(
        self,
        patent_id: str,
        status: PatentStatus,
        on: date,
        *,
        note: str = "",
        licensee_org_id: str | None = UNCHANGED,
        license_kind: LicenseKind | None = UNCHANGED,
        event_id: str | None = None,
    ) -> Edit:
        """Move a patent to `status` on `on`, recording the dated entry in its history.

        Licensing or transferring may name the licensee and the kind of licence in the same
        edit, and must end with a licensee. Filing a patent that has no filing date gives it
        `on`. Refused (nothing written): the status it already has, a date before the last
        entry of its history, a licence or transfer without a licensee.
        """
        patent = self._queries.get(Patent, patent_id)
        what = named(patent)
        if status is patent.status:
            raise ValidationError("patent.same_status", what=what, status=status)
        entries = history(e for e in self._queries.all(PatentEvent) if e.patent_id == patent_id)
        last = entries[patent_id][-1] if entries else None
        if last is not None and on < last.date:
            raise ValidationError(
                "patent.history_later", what=what, status=last.status, date=last.date
            )
        values: dict[str, Any] = {"status": status}
        if licensee_org_id is not UNCHANGED:
            values["licensee_org_id"] = licensee_org_id
        if license_kind is not UNCHANGED:
            values["license_kind"] = license_kind
        licensee = values.get("licensee_org_id", patent.licensee_org_id)
        if status in REACHED_INDUSTRY and licensee is None:
            raise ValidationError("patent.needs_licensee", what=what, status=status)
        if status is PatentStatus.FILED and patent.filing_date is None:
            values["filing_date"] = on
        entry = PatentEvent(event_id or new_id(), patent_id, status, on, note)
        return self._commands.update_and_add(
            Action.CHANGE,
            EntityKind.PATENT,
            patent.title,
            updates=[(EntityKind.PATENT, patent_id, values)],
            adds=[entry],
        )

    def record_move(
        self,
        person_id: str,
        to_org_id: str,
        mobility_kind: MobilityKind,
        start: date,
        *,
        end: date | None = None,
        from_org_id: str | None = None,
        note: str = "",
        today: date | None = None,
        move_id: str | None = None,
    ) -> Edit:
        """Record a person's move, from their current organization unless `from_org_id` says
        otherwise. A transfer or a spin-off that has begun by `today` (default: the real today)
        and has no end also makes `to_org_id` the person's current organization, in the same
        edit; a planned one leaves it for when it happens.
        """
        person = self._queries.get(Person, person_id)
        source = from_org_id or person.organization_id
        if source is None:
            raise ValidationError("person.no_organization", what=named(person))
        move = Mobility(
            move_id or new_id(), person_id, source, to_org_id, mobility_kind, start, end, note
        )
        updates: list[tuple[EntityKind, str, dict[str, Any]]] = []
        begun = start <= (today or date.today())
        moved_for_good = mobility_kind in _PERMANENT and end is None and begun
        if moved_for_good and person.organization_id != to_org_id:
            updates.append((EntityKind.PERSON, person_id, {"organization_id": to_org_id}))
        return self._commands.update_and_add(
            Action.ADD, EntityKind.MOBILITY, person.name, updates=updates, adds=[move]
        )
