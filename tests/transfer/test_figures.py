"""Transfer figures on a hand-made roadmap: every count worked out by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from roadmap.domain.entities import Mobility
from roadmap.domain.enums import OrganizationKind, PatentStatus
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.domain.transfer import (
    Direction,
    Sector,
    direction_of,
    is_cross_sector,
    partners_by_pathway,
    sector_of,
    transfer_figures,
    transfer_summary,
)
from tests.transfer.roadmaps import hand_made


def statuses(**counts: int) -> dict[PatentStatus, int]:
    return {status: counts.get(status.value, 0) for status in PatentStatus}


def test_sectors_and_directions() -> None:
    kind = OrganizationKind
    assert sector_of(kind.ENTERPRISE) is Sector.INDUSTRY
    assert {sector_of(kind.UNIVERSITY), sector_of(kind.RESEARCH_INSTITUTE)} == {Sector.RESEARCH}
    assert {sector_of(kind.GOVERNMENT), sector_of(kind.INVESTOR), sector_of(None)} == {Sector.OTHER}
    assert direction_of(kind.UNIVERSITY, kind.ENTERPRISE) is Direction.RESEARCH_TO_INDUSTRY
    assert direction_of(kind.ENTERPRISE, kind.RESEARCH_INSTITUTE) is Direction.INDUSTRY_TO_RESEARCH
    assert direction_of(kind.UNIVERSITY, kind.RESEARCH_INSTITUTE) is Direction.UNIVERSITY_INSTITUTE
    assert direction_of(kind.RESEARCH_INSTITUTE, kind.UNIVERSITY) is Direction.UNIVERSITY_INSTITUTE
    assert direction_of(kind.UNIVERSITY, kind.UNIVERSITY) is Direction.OTHER
    assert direction_of(kind.INVESTOR, kind.ENTERPRISE) is Direction.OTHER
    assert is_cross_sector(kind.INVESTOR, kind.ENTERPRISE)
    assert not is_cross_sector(kind.UNIVERSITY, kind.RESEARCH_INSTITUTE)


def test_patents_by_status_and_licensed_to_enterprises() -> None:
    figures = transfer_figures(hand_made())
    assert figures.patents_by_status == statuses(
        idea=1, filed=1, licensed=2, transferred=1, lapsed=1
    )
    # p1 (licensed to ent) and p2 (transferred to ent); p6 is licensed to a university.
    assert figures.licensed_or_transferred == 2


def test_pipeline_counts_each_patent_at_each_year_end() -> None:
    pipeline = transfer_figures(hand_made()).pipeline
    # The range starts at the first dated status: p6's history begins in 2024 (its 2023
    # filing date is not used, since it has a history).
    assert list(pipeline) == [2024, 2025, 2026]
    assert pipeline[2024] == statuses(filed=1, granted=1)  # p1 filed, p6 granted
    # End 2025: p1 granted, p2 transferred (on 31 Dec), p3 filed, p6 licensed.
    assert pipeline[2025] == statuses(granted=1, transferred=1, filed=1, licensed=1)
    # End 2026: p1 licensed, p2 transferred, p3 lapsed, p4 filed (no history: its filing
    # date), p6 licensed; p5 (an idea with no date) is never in the pipeline.
    assert pipeline[2026] == statuses(licensed=2, transferred=1, lapsed=1, filed=1)


def test_moves_by_direction_year_and_sector() -> None:
    figures = transfer_figures(hand_made())
    assert figures.moves_by_direction == {
        Direction.RESEARCH_TO_INDUSTRY: 1,  # m1
        Direction.INDUSTRY_TO_RESEARCH: 1,  # m2
        Direction.UNIVERSITY_INSTITUTE: 2,  # m3, m4
        Direction.OTHER: 2,  # m5 within industry, m6 from government
    }
    # m1, m2 and m6 change sector; m3, m4 stay in research, m5 in industry.
    assert figures.cross_sector_moves == 3
    assert figures.moves_by_year == {
        2025: {
            Direction.RESEARCH_TO_INDUSTRY: 1,
            Direction.INDUSTRY_TO_RESEARCH: 1,
            Direction.UNIVERSITY_INSTITUTE: 0,
            Direction.OTHER: 0,
        },
        2026: {
            Direction.RESEARCH_TO_INDUSTRY: 0,
            Direction.INDUSTRY_TO_RESEARCH: 0,
            Direction.UNIVERSITY_INSTITUTE: 2,
            Direction.OTHER: 0,
        },
        2027: {
            Direction.RESEARCH_TO_INDUSTRY: 0,
            Direction.INDUSTRY_TO_RESEARCH: 0,
            Direction.UNIVERSITY_INSTITUTE: 0,
            Direction.OTHER: 2,
        },
    }


def test_quiet_years_between_moves_are_shown_as_zero() -> None:
    snapshot = hand_made()
    late = Mobility("m9", "ann", "ent", "inst", start=date(2030, 1, 1))
    figures = transfer_figures(replace(snapshot, mobility=(*snapshot.mobility, late)))
    assert list(figures.moves_by_year) == [2025, 2026, 2027, 2028, 2029, 2030]
    assert sum(figures.moves_by_year[2028].values()) == 0


def test_per_organization() -> None:
    figures = {o.organization_id: o for o in transfer_figures(hand_made()).organizations}
    inst, ent, uni = figures["inst"], figures["ent"], figures["uni"]
    assert (inst.patents_owned, inst.patents_licensed_in, inst.moves_in, inst.moves_out) == (
        4,
        0,
        2,
        2,
    )
    assert (ent.patents_owned, ent.patents_licensed_in, ent.moves_in, ent.moves_out) == (1, 2, 1, 2)
    assert (uni.patents_licensed_in, uni.moves_in, uni.moves_out) == (1, 2, 1)
    assert ent.sector is Sector.INDUSTRY and uni.sector is Sector.RESEARCH


def test_per_pathway_partners_are_step_owners_patent_owners_and_the_demand() -> None:
    snapshot = hand_made()
    partners = partners_by_pathway(snapshot)
    assert partners["pw-a"] == {"inst", "ent"}  # steps (inst, ent) and patents (inst, ent)
    assert partners["pw-b"] == {"uni", "gov"}  # step and patent owner, demanding organization
    figures = {p.pathway_id: p for p in transfer_figures(snapshot).pathways}
    route_a, route_b = figures["pw-a"], figures["pw-b"]
    assert route_a.partners == ("ent", "inst")  # sorted by name: Enterprise, Institute
    assert route_a.recipients == ("ent",)
    assert route_a.patents_by_status == statuses(licensed=1, lapsed=1, filed=1)
    assert route_a.licensed_or_transferred == 1
    # Route B's patent went to "ent", which is a recipient, not a partner.
    assert route_b.recipients == ("ent",) and "ent" not in route_b.partners
    kinds = {o.id: o.org_kind for o in snapshot.organizations}
    assert route_a.has_enterprise_partner(kinds) and not route_b.has_enterprise_partner(kinds)


def test_info_json_summary_has_every_status_and_direction() -> None:
    summary = transfer_summary(hand_made())
    assert summary == {
        "patents_by_status": {
            "idea": 1,
            "filed": 1,
            "granted": 0,
            "licensed": 2,
            "transferred": 1,
            "lapsed": 1,
        },
        "licensed_or_transferred": 2,
        "cross_sector_moves": 3,
        "moves_by_direction": {
            "research_to_industry": 1,
            "industry_to_research": 1,
            "university_institute": 2,
            "other": 2,
        },
    }


def test_an_empty_roadmap_has_zero_figures() -> None:
    snapshot = hand_made()
    empty = RoadmapSnapshot(info=snapshot.info)
    figures = transfer_figures(empty)
    assert figures.pipeline == {} and figures.moves_by_year == {}
    assert figures.licensed_or_transferred == 0 and figures.cross_sector_moves == 0
    assert set(figures.patents_by_status.values()) == {0}


def test_a_move_naming_an_unknown_organization_counts_as_other() -> None:
    snapshot = hand_made()
    orgs = tuple(o for o in snapshot.organizations if o.id != "gov")
    figures = transfer_figures(replace(snapshot, organizations=orgs))
    # m6 now comes from an unknown organization: still "other", and still a change of sector.
    assert figures.moves_by_direction[Direction.OTHER] == 2
    assert figures.cross_sector_moves == 3
