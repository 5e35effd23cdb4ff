"""A small hand-made roadmap with patents, organizations, people and moves, counted by hand."""

from __future__ import annotations

from datetime import date

from roadmap.domain.entities import (
    Lane,
    Mobility,
    Organization,
    Patent,
    PatentEvent,
    Pathway,
    Person,
    Problem,
    Product,
    RoadmapInfo,
    Step,
)
from roadmap.domain.enums import LicenseKind, MobilityKind, OrganizationKind, PatentStatus
from roadmap.domain.snapshot import RoadmapSnapshot

ENTERPRISE, UNIVERSITY, INSTITUTE = (
    OrganizationKind.ENTERPRISE,
    OrganizationKind.UNIVERSITY,
    OrganizationKind.RESEARCH_INSTITUTE,
)


def event(eid: str, patent: str, status: PatentStatus, day: date) -> PatentEvent:
    return PatentEvent(eid, patent, status, day)


def move(
    mid: str,
    person: str,
    source: str,
    target: str,
    start: date,
    kind: MobilityKind = MobilityKind.SECONDMENT,
) -> Mobility:
    return Mobility(mid, person, source, target, kind, start)


def hand_made() -> RoadmapSnapshot:
    """Two pathways: "pw-a" worked on by the institute and the enterprise "ent", "pw-b" by the
    university only (its problem is asked for by the government).

    Patents: p1 filed 2024 → granted 2025 → licensed to ent 2026 (pw-a);
             p2 filed 2025 → transferred to ent 2025-12-31 (pw-b);
             p3 filed 2025 → lapsed 2026 (pw-a);
             p4 no history, filed 2026-03-01, status filed (pw-a);
             p5 idea, no history, no filing date; licensed-to-university p6 (granted 2024,
             licensed 2025 to uni: not an enterprise).
    Moves: institute → ent (2025), ent → uni (2025), uni → institute (2026),
           institute → uni (2026), ent → ent2 (2027), gov → institute (2027).
    """
    orgs = (
        Organization("inst", "Institute", INSTITUTE),
        Organization("uni", "University", UNIVERSITY),
        Organization("ent", "Enterprise", ENTERPRISE),
        Organization("ent2", "Other enterprise", ENTERPRISE),
        Organization("gov", "Ministry", OrganizationKind.GOVERNMENT),
    )
    patents = (
        Patent(
            "p1",
            "Method one",
            filing_date=date(2024, 5, 1),
            status=PatentStatus.LICENSED,
            owner_org_id="inst",
            licensee_org_id="ent",
            license_kind=LicenseKind.EXCLUSIVE,
            expiry=date(2044, 4, 30),
            pathway_id="pw-a",
        ),
        Patent(
            "p2",
            "Method two",
            filing_date=date(2025, 2, 1),
            status=PatentStatus.TRANSFERRED,
            owner_org_id="uni",
            licensee_org_id="ent",
            license_kind=LicenseKind.ASSIGNMENT,
            pathway_id="pw-b",
        ),
        Patent(
            "p3",
            "Method three",
            filing_date=date(2025, 6, 1),
            status=PatentStatus.LAPSED,
            owner_org_id="inst",
            pathway_id="pw-a",
        ),
        Patent(
            "p4",
            "Method four",
            filing_date=date(2026, 3, 1),
            status=PatentStatus.FILED,
            owner_org_id="ent",
            pathway_id="pw-a",
        ),
        Patent("p5", "Idea five", status=PatentStatus.IDEA, owner_org_id="inst"),
        Patent(
            "p6",
            "Method six",
            filing_date=date(2023, 1, 10),
            status=PatentStatus.LICENSED,
            owner_org_id="inst",
            licensee_org_id="uni",
            license_kind=LicenseKind.NON_EXCLUSIVE,
        ),
    )
    events = (
        event("e1", "p1", PatentStatus.FILED, date(2024, 5, 1)),
        event("e2", "p1", PatentStatus.GRANTED, date(2025, 9, 1)),
        event("e3", "p1", PatentStatus.LICENSED, date(2026, 1, 15)),
        event("e4", "p2", PatentStatus.FILED, date(2025, 2, 1)),
        event("e5", "p2", PatentStatus.TRANSFERRED, date(2025, 12, 31)),
        event("e6", "p3", PatentStatus.FILED, date(2025, 6, 1)),
        event("e7", "p3", PatentStatus.LAPSED, date(2026, 6, 1)),
        event("e8", "p6", PatentStatus.GRANTED, date(2024, 1, 10)),
        event("e9", "p6", PatentStatus.LICENSED, date(2025, 3, 1)),
    )
    people = tuple(Person(pid, pid.title()) for pid in ("ann", "bo", "cy", "di", "ed", "fu"))
    moves = (
        move("m1", "ann", "inst", "ent", date(2025, 3, 1), MobilityKind.SPIN_OFF_FOUNDER),
        move("m2", "bo", "ent", "uni", date(2025, 7, 1)),
        move("m3", "cy", "uni", "inst", date(2026, 1, 1), MobilityKind.DUAL_APPOINTMENT),
        move("m4", "di", "inst", "uni", date(2026, 9, 1), MobilityKind.TRANSFER),
        move("m5", "ed", "ent", "ent2", date(2027, 2, 1)),
        move("m6", "fu", "gov", "inst", date(2027, 5, 1)),
    )
    return RoadmapSnapshot(
        info=RoadmapInfo("r", "Transfer", date(2023, 1, 1), date(2035, 12, 31)),
        lanes=(Lane("lane", "Technology"),),
        organizations=orgs,
        people=people,
        problems=(
            Problem("need-a", "Need A"),
            Problem("need-b", "Need B", demand_org_id="gov"),
        ),
        pathways=(Pathway("pw-a", "need-a", "Route A"), Pathway("pw-b", "need-b", "Route B")),
        steps=(
            Step(
                "s1",
                "pw-a",
                "lane",
                "Lab work",
                date(2024, 1, 1),
                date(2025, 12, 31),
                owner_org_id="inst",
            ),
            Step(
                "s2",
                "pw-a",
                "lane",
                "Pilot",
                date(2026, 1, 1),
                date(2027, 12, 31),
                owner_org_id="ent",
            ),
            Step(
                "s3",
                "pw-b",
                "lane",
                "Study",
                date(2024, 1, 1),
                date(2026, 12, 31),
                owner_org_id="uni",
            ),
        ),
        products=(Product("prod", "Widget", launch_date=date(2029, 6, 1), pathway_ids=("pw-a",)),),
        mobility=moves,
        patents=patents,
        patent_events=events,
    )
