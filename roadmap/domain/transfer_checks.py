"""The technology-transfer checks of `roadmap check`: licensees, expiries, industry partners,
patent histories and people's moves. Each finding names the thing and says how to fix it.

Dangling IDs (a licensee that names no organization, a move from an unknown organization) and a
move that ends before it starts are refused by the structural check already; these checks
assume valid records and look at how they fit together.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from itertools import pairwise

from roadmap.domain.entities import EntityKind, Mobility, Patent, PatentEvent
from roadmap.domain.enums import MobilityKind, OrganizationKind, PatentStatus
from roadmap.domain.findings import Check, Finding
from roadmap.domain.messages import Message, message
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.domain.transfer import (
    REACHED_INDUSTRY,
    STAGE,
    history,
    partners_by_pathway,
    reached_industry,
)

# Moves after which the person works at the new organization (secondments and dual
# appointments keep the home organization, so they do not chain).
PERMANENT_MOVES = (MobilityKind.TRANSFER, MobilityKind.SPIN_OFF_FOUNDER)


def _patent(patent: Patent) -> Message:
    return message("check.named_patent", name=patent.title)


def licensees_named(snapshot: RoadmapSnapshot) -> Iterable[Finding]:
    """A licensed or transferred patent names its licensee, and the licensee is not its owner."""
    for patent in snapshot.patents:
        if patent.status in REACHED_INDUSTRY and patent.licensee_org_id is None:
            yield Finding(
                EntityKind.PATENT,
                patent.id,
                message("check.licensee_missing", what=_patent(patent), status=patent.status),
                "licensee-missing",
            )
        elif patent.licensee_org_id is not None and patent.licensee_org_id == patent.owner_org_id:
            yield Finding(
                EntityKind.PATENT,
                patent.id,
                message("check.licensee_is_owner", what=_patent(patent)),
                "licensee-is-owner",
            )


def patents_outlive_launches(snapshot: RoadmapSnapshot) -> Iterable[Finding]:
    """A patent protecting a pathway is still in force when the pathway's products launch."""
    launches: dict[str, list[tuple[str, date]]] = {}
    for product in snapshot.products:
        if product.launch_date is not None:
            for pathway_id in product.pathway_ids:
                launches.setdefault(pathway_id, []).append((product.name, product.launch_date))
    for patent in snapshot.patents:
        if patent.expiry is None or patent.pathway_id is None:
            continue
        if patent.status is PatentStatus.LAPSED:
            continue  # it protects nothing any more; its expiry no longer matters
        late = sorted(
            (launch, name)
            for name, launch in launches.get(patent.pathway_id, [])
            if launch > patent.expiry
        )
        if late:
            launch, name = late[0]
            yield Finding(
                EntityKind.PATENT,
                patent.id,
                message(
                    "check.expires_before_launch",
                    what=_patent(patent),
                    expiry=patent.expiry,
                    product=name,
                    launch=launch,
                ),
                "patent-expires-before-launch",
            )


def transfers_have_industry_partners(snapshot: RoadmapSnapshot) -> Iterable[Finding]:
    """A patent licensed or transferred to an enterprise belongs to a pathway with an
    enterprise among its partners (see `roadmap.domain.transfer` for who the partners are)."""
    kinds = {o.id: o.org_kind for o in snapshot.organizations}
    names = {o.id: o.name for o in snapshot.organizations}
    pathways = {p.id: p.name for p in snapshot.pathways}
    partners = partners_by_pathway(snapshot)
    for patent in snapshot.patents:
        if patent.pathway_id not in pathways or not reached_industry(patent, kinds):
            continue
        if any(
            kinds.get(o) is OrganizationKind.ENTERPRISE
            for o in partners.get(patent.pathway_id or "", ())
        ):
            continue
        licensee = names.get(patent.licensee_org_id or "", "")
        yield Finding(
            EntityKind.PATENT,
            patent.id,
            message(
                "check.no_industry_partner",
                what=_patent(patent),
                status=patent.status,
                licensee=licensee,
                pathway=pathways[patent.pathway_id or ""],
            ),
            "no-industry-partner",
        )


def patent_histories_in_order(snapshot: RoadmapSnapshot) -> Iterable[Finding]:
    """A patent's dated history moves forward (idea → filed → granted/licensed/transferred →
    lapsed), starts no earlier than its filing, and ends at the patent's current status."""
    patents = {p.id: p for p in snapshot.patents}
    for patent_id, entries in history(snapshot.patent_events).items():
        patent = patents.get(patent_id)
        if patent is None:
            continue  # the structural check reports the dangling entry
        yield from _history_findings(patent, entries)


def _history_findings(patent: Patent, entries: list[PatentEvent]) -> Iterable[Finding]:
    reached = entries[0]
    for entry in entries[1:]:
        if entry.date > reached.date and STAGE[entry.status] < STAGE[reached.status]:
            yield Finding(
                EntityKind.PATENT_EVENT,
                entry.id,
                message(
                    "check.history_backwards",
                    what=_patent(patent),
                    status=entry.status,
                    date=entry.date,
                    reached=reached.status,
                    reached_on=reached.date,
                ),
                "patent-history-order",
            )
        elif STAGE[entry.status] >= STAGE[reached.status]:
            reached = entry
    if patent.filing_date is not None:
        for entry in entries:
            if entry.status is not PatentStatus.IDEA and entry.date < patent.filing_date:
                yield Finding(
                    EntityKind.PATENT_EVENT,
                    entry.id,
                    message(
                        "check.history_before_filing",
                        what=_patent(patent),
                        status=entry.status,
                        date=entry.date,
                        filed=patent.filing_date,
                    ),
                    "patent-history-before-filing",
                )
    last = entries[-1]
    if last.status is not patent.status:
        yield Finding(
            EntityKind.PATENT,
            patent.id,
            message(
                "check.history_status",
                what=_patent(patent),
                status=patent.status,
                last=last.status,
                date=last.date,
            ),
            "patent-history-status",
        )


def moves_in_order(snapshot: RoadmapSnapshot) -> Iterable[Finding]:
    """A person's transfers and spin-offs follow one another: each leaves the organization the
    one before it went to."""
    names = {o.id: o.name for o in snapshot.organizations}
    people = {p.id: p.name for p in snapshot.people}
    by_person: dict[str, list[Mobility]] = {}
    for move in snapshot.mobility:
        if move.mobility_kind in PERMANENT_MOVES:
            by_person.setdefault(move.person_id, []).append(move)
    for person_id, moves in by_person.items():
        moves.sort(key=lambda m: (m.start, m.id))
        for before, move in pairwise(moves):
            if move.from_org_id == before.to_org_id:
                continue
            yield Finding(
                EntityKind.MOBILITY,
                move.id,
                message(
                    "check.mobility_order",
                    person=people.get(person_id, person_id),
                    left=names.get(move.from_org_id, ""),
                    start=move.start,
                    before=before.start,
                    went=names.get(before.to_org_id, ""),
                ),
                "mobility-order",
            )


TRANSFER_CHECKS: list[Check] = [
    licensees_named,
    patents_outlive_launches,
    transfers_have_industry_partners,
    patent_histories_in_order,
    moves_in_order,
]
