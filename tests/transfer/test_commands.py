"""Patent status changes and recorded moves: do → assert → undo → as before → redo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from roadmap.domain.checks import run_checks
from roadmap.domain.entities import EntityKind, Mobility, Organization, Patent, PatentEvent, Person
from roadmap.domain.enums import LicenseKind, MobilityKind, OrganizationKind, PatentStatus
from roadmap.domain.errors import NotFoundError, ValidationError
from roadmap.domain.transfer import history, moves_of
from roadmap.services.changes import Edit
from roadmap.services.history import History
from roadmap.services.transfer import TransferCommands
from roadmap.services.workspace import Workspace
from tests.support import in_order

WARPAGE = "cc2982cb-7b06-5ba7-81b2-4096f0369797"  # filed 2026-07-08, owned by an institute
CAMERA = "980d1d44-b182-5567-be97-a092aebf7ddd"  # an idea, no filing date, no number
QIHENG = "e630d5eb-a9f7-54c0-8b54-a0c45dafcc34"  # an enterprise
LIU_SIQI = "e233b0fb-2287-5e22-8f0b-a0c5fe03c03f"  # at Nanyu University


def round_trip(ws: Workspace, command: Callable[[], Edit], check: Callable[[], None]) -> Edit:
    before = in_order(ws.queries.snapshot())
    undo = History(ws.commands)
    edit = undo.record(command())
    check()
    after = in_order(ws.queries.snapshot())
    assert after != before
    undo.undo()
    assert in_order(ws.queries.snapshot()) == before
    undo.redo()
    check()
    assert in_order(ws.queries.snapshot()) == after
    return edit


def entries(ws: Workspace, patent_id: str) -> list[tuple[PatentStatus, date, str]]:
    found = history(ws.queries.all(PatentEvent)).get(patent_id, [])
    return [(e.status, e.date, e.note) for e in found]


def test_a_status_change_sets_the_status_and_records_the_date_in_one_edit(
    workspace: Workspace,
) -> None:
    transfer = TransferCommands.of(workspace)

    def granted() -> None:
        assert workspace.queries.get(Patent, WARPAGE).status is PatentStatus.GRANTED
        assert entries(workspace, WARPAGE) == [
            (PatentStatus.FILED, date(2026, 7, 8), "Filed from the packaging pilot line."),
            (PatentStatus.GRANTED, date(2027, 3, 1), "Granted without amendment."),
        ]
        assert run_checks(workspace.queries.snapshot()) == []

    edit = round_trip(
        workspace,
        lambda: transfer.change_patent_status(
            WARPAGE, PatentStatus.GRANTED, date(2027, 3, 1), note="Granted without amendment."
        ),
        granted,
    )
    assert edit.title.startswith('Change patent "Warpage compensation method')
    assert edit.changes.updated == {(EntityKind.PATENT, WARPAGE)}
    assert [kind for kind, _ in edit.changes.added] == [EntityKind.PATENT_EVENT]


def test_licensing_names_the_licensee_in_the_same_edit(workspace: Workspace) -> None:
    transfer = TransferCommands.of(workspace)
    with pytest.raises(ValidationError, match="without a licensee; choose the organization"):
        transfer.change_patent_status(WARPAGE, PatentStatus.LICENSED, date(2027, 1, 1))

    def licensed() -> None:
        patent = workspace.queries.get(Patent, WARPAGE)
        assert (patent.status, patent.licensee_org_id, patent.license_kind) == (
            PatentStatus.LICENSED,
            QIHENG,
            LicenseKind.NON_EXCLUSIVE,
        )
        assert entries(workspace, WARPAGE)[-1][:2] == (PatentStatus.LICENSED, date(2027, 1, 1))

    round_trip(
        workspace,
        lambda: transfer.change_patent_status(
            WARPAGE,
            PatentStatus.LICENSED,
            date(2027, 1, 1),
            licensee_org_id=QIHENG,
            license_kind=LicenseKind.NON_EXCLUSIVE,
        ),
        licensed,
    )


def test_filing_an_idea_gives_it_its_filing_date(workspace: Workspace) -> None:
    transfer = TransferCommands.of(workspace)

    def filed() -> None:
        patent = workspace.queries.get(Patent, CAMERA)
        assert (patent.status, patent.filing_date) == (PatentStatus.FILED, date(2027, 1, 10))

    round_trip(
        workspace,
        lambda: transfer.change_patent_status(CAMERA, PatentStatus.FILED, date(2027, 1, 10)),
        filed,
    )


def test_refused_changes_write_nothing(workspace: Workspace) -> None:
    transfer = TransferCommands.of(workspace)
    before = in_order(workspace.queries.snapshot())
    with pytest.raises(ValidationError, match="already filed; choose another status"):
        transfer.change_patent_status(WARPAGE, PatentStatus.FILED, date(2027, 1, 1))
    with pytest.raises(ValidationError, match="already has filed on 2026-07-08; date the change"):
        transfer.change_patent_status(WARPAGE, PatentStatus.GRANTED, date(2026, 7, 7))
    with pytest.raises(NotFoundError):
        transfer.change_patent_status("no-such-patent", PatentStatus.GRANTED, date(2027, 1, 1))
    with pytest.raises(NotFoundError):  # the licensee must be an organization of the roadmap
        transfer.change_patent_status(
            WARPAGE, PatentStatus.LICENSED, date(2027, 1, 1), licensee_org_id="nobody"
        )
    assert in_order(workspace.queries.snapshot()) == before


def test_a_transfer_that_has_begun_changes_the_persons_organization(
    workspace: Workspace,
) -> None:
    transfer = TransferCommands.of(workspace)
    university = workspace.queries.get(Person, LIU_SIQI).organization_id

    def moved() -> None:
        person = workspace.queries.get(Person, LIU_SIQI)
        assert person.organization_id == QIHENG
        last = moves_of(workspace.queries.snapshot(), LIU_SIQI)[-1]
        assert (last.from_org_id, last.to_org_id, last.mobility_kind, last.start) == (
            university,
            QIHENG,
            MobilityKind.TRANSFER,
            date(2026, 10, 1),
        )

    edit = round_trip(
        workspace,
        lambda: transfer.record_move(
            LIU_SIQI, QIHENG, MobilityKind.TRANSFER, date(2026, 10, 1), today=date(2026, 11, 27)
        ),
        moved,
    )
    assert edit.title == 'Add mobility "Liu Siqi"'
    assert edit.changes.updated == {(EntityKind.PERSON, LIU_SIQI)}


@pytest.mark.parametrize(
    ("kind", "start"),
    [(MobilityKind.TRANSFER, date(2028, 1, 1)), (MobilityKind.SECONDMENT, date(2026, 1, 1))],
)
def test_a_planned_transfer_or_a_secondment_keeps_the_organization(
    workspace: Workspace, kind: MobilityKind, start: date
) -> None:
    transfer = TransferCommands.of(workspace)
    home = workspace.queries.get(Person, LIU_SIQI).organization_id
    edit = transfer.record_move(LIU_SIQI, QIHENG, kind, start, today=date(2026, 11, 27))
    assert workspace.queries.get(Person, LIU_SIQI).organization_id == home
    assert [k for k, _ in edit.changes.added] == [EntityKind.MOBILITY]
    assert edit.changes.updated == frozenset()
    assert len(moves_of(workspace.queries.snapshot(), LIU_SIQI)) == 2


def test_a_move_needs_a_starting_organization_and_dates_in_order(workspace: Workspace) -> None:
    transfer = TransferCommands.of(workspace)
    loner = Person("p-new", "New hire")
    workspace.commands.add(loner)
    before = in_order(workspace.queries.snapshot())
    with pytest.raises(ValidationError, match="belongs to no organization"):
        transfer.record_move("p-new", QIHENG, MobilityKind.TRANSFER, date(2026, 1, 1))
    with pytest.raises(ValidationError, match="before it starts"):
        transfer.record_move(
            LIU_SIQI, QIHENG, MobilityKind.SECONDMENT, date(2026, 1, 1), end=date(2025, 1, 1)
        )
    assert in_order(workspace.queries.snapshot()) == before
    spinoff = Organization("o-new", "Spin-off", OrganizationKind.ENTERPRISE)
    workspace.commands.add(spinoff)
    transfer.record_move(
        "p-new", "o-new", MobilityKind.SPIN_OFF_FOUNDER, date(2026, 1, 1), from_org_id=QIHENG
    )
    (move,) = moves_of(workspace.queries.snapshot(), "p-new")
    assert isinstance(move, Mobility) and move.from_org_id == QIHENG
