"""Technology transfer in figures: the patent pipeline, licensing to industry, talent mobility.

Read by `roadmap info --json`, the `patents` and `talent` charts, the transfer checks and the
app's transfer view, so they all count the same way. The rules of counting:

- **Sectors.** An enterprise is *industry*; a university or a research institute is *research*;
  government, investors and other organizations are *other*.
- **Pipeline.** A patent's status on a date is the status of the last entry of its dated history
  on or before that date (entries on one day are read in pipeline order, filed before granted).
  A patent with no history counts from its filing date in its current status; one with neither
  is left out of the pipeline (it still counts in `patents_by_status`).
- **Licensed or transferred.** Patents whose status is licensed or transferred and whose
  licensee is an enterprise: technology that reached industry.
- **Moves.** Each mobility record is one move, counted in the year it starts. Its direction is
  research → industry, industry → research, university ↔ institute (either way), or other
  (within one sector otherwise, or to or from government, investors and others). A move is
  cross-sector when its two organizations are in different sectors.
- **Pathway partners.** The organizations that own one of the pathway's steps, own one of the
  patents linked to it, or demand the solution (its problem's demanding organization).
  Licensees of its patents are the pathway's *recipients*, counted apart: a licensee does not
  become a partner by taking a licence, so "licensed to an enterprise with no enterprise among
  the partners" can be checked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from roadmap.domain.entities import Mobility, Organization, Patent, PatentEvent
from roadmap.domain.enums import OrganizationKind, PatentStatus
from roadmap.domain.snapshot import RoadmapSnapshot


class Sector(StrEnum):
    INDUSTRY = "industry"
    RESEARCH = "research"
    OTHER = "other"


SECTOR_OF: dict[OrganizationKind, Sector] = {
    OrganizationKind.ENTERPRISE: Sector.INDUSTRY,
    OrganizationKind.UNIVERSITY: Sector.RESEARCH,
    OrganizationKind.RESEARCH_INSTITUTE: Sector.RESEARCH,
    OrganizationKind.GOVERNMENT: Sector.OTHER,
    OrganizationKind.INVESTOR: Sector.OTHER,
    OrganizationKind.OTHER: Sector.OTHER,
}


class Direction(StrEnum):
    """Which way a person moved between sectors; the value is the JSON key."""

    RESEARCH_TO_INDUSTRY = "research_to_industry"
    INDUSTRY_TO_RESEARCH = "industry_to_research"
    UNIVERSITY_INSTITUTE = "university_institute"
    OTHER = "other"


# Where a status stands in the pipeline. Granted, licensed and transferred share a stage: an
# application may be licensed before it is granted, and a transferred patent licensed again.
STAGE: dict[PatentStatus, int] = {
    PatentStatus.IDEA: 0,
    PatentStatus.FILED: 1,
    PatentStatus.GRANTED: 2,
    PatentStatus.LICENSED: 2,
    PatentStatus.TRANSFERRED: 2,
    PatentStatus.LAPSED: 3,
}
# Within one day, the order entries are read in (filed and granted the same day ends granted).
_DAY_ORDER = {status: i for i, status in enumerate(PatentStatus)}
REACHED_INDUSTRY = (PatentStatus.LICENSED, PatentStatus.TRANSFERRED)


def sector_of(kind: OrganizationKind | None) -> Sector:
    """The sector of an organization kind; an unknown organization counts as other."""
    return Sector.OTHER if kind is None else SECTOR_OF[kind]


def direction_of(source: OrganizationKind | None, target: OrganizationKind | None) -> Direction:
    """The direction of a move from an organization of kind `source` to one of kind `target`."""
    research = (OrganizationKind.UNIVERSITY, OrganizationKind.RESEARCH_INSTITUTE)
    if source in research and target is OrganizationKind.ENTERPRISE:
        return Direction.RESEARCH_TO_INDUSTRY
    if source is OrganizationKind.ENTERPRISE and target in research:
        return Direction.INDUSTRY_TO_RESEARCH
    if {source, target} == set(research):
        return Direction.UNIVERSITY_INSTITUTE
    return Direction.OTHER


def is_cross_sector(source: OrganizationKind | None, target: OrganizationKind | None) -> bool:
    return sector_of(source) is not sector_of(target)


def history(events: Iterable[PatentEvent]) -> dict[str, list[PatentEvent]]:
    """Each patent's history entries in the order they happened."""
    by_patent: dict[str, list[PatentEvent]] = {}
    for event in events:
        by_patent.setdefault(event.patent_id, []).append(event)
    for entries in by_patent.values():
        entries.sort(key=lambda e: (e.date, _DAY_ORDER[e.status]))
    return by_patent


def moves_of(snapshot: RoadmapSnapshot, person_id: str) -> list[Mobility]:
    """A person's moves in the order they began: their history, as a list."""
    return sorted(
        (m for m in snapshot.mobility if m.person_id == person_id), key=lambda m: (m.start, m.id)
    )


def _timeline(patent: Patent, entries: list[PatentEvent]) -> list[tuple[date, PatentStatus]]:
    if entries:
        return [(e.date, e.status) for e in entries]
    if patent.filing_date is not None:
        return [(patent.filing_date, patent.status)]
    return []


def status_on(timeline: list[tuple[date, PatentStatus]], day: date) -> PatentStatus | None:
    """The status held on `day` by a patent with this (ordered) timeline; None before it."""
    held: PatentStatus | None = None
    for when, status in timeline:
        if when > day:
            break
        held = status
    return held


def patent_pipeline(snapshot: RoadmapSnapshot) -> dict[int, dict[PatentStatus, int]]:
    """For each year from the first to the last dated status, how many patents held each status
    at the end of that year (every status present, zeros included)."""
    entries = history(snapshot.patent_events)
    timelines = [_timeline(p, entries.get(p.id, [])) for p in snapshot.patents]
    days = [when for timeline in timelines for when, _ in timeline]
    if not days:
        return {}
    pipeline: dict[int, dict[PatentStatus, int]] = {}
    for year in range(min(days).year, max(days).year + 1):
        counts = dict.fromkeys(PatentStatus, 0)
        for timeline in timelines:
            held = status_on(timeline, date(year, 12, 31))
            if held is not None:
                counts[held] += 1
        pipeline[year] = counts
    return pipeline


def partners_by_pathway(snapshot: RoadmapSnapshot) -> dict[str, set[str]]:
    """For every pathway, the IDs of the organizations working on it or asking for it (see the
    module's rules); one pass over the steps, so it stays cheap on large roadmaps."""
    partners: dict[str, set[str]] = {p.id: set() for p in snapshot.pathways}
    for step in snapshot.steps:
        if step.owner_org_id:
            partners.setdefault(step.pathway_id, set()).add(step.owner_org_id)
    for patent in snapshot.patents:
        if patent.pathway_id and patent.owner_org_id:
            partners.setdefault(patent.pathway_id, set()).add(patent.owner_org_id)
    demand = {p.id: p.demand_org_id for p in snapshot.problems}
    for pathway in snapshot.pathways:
        org = demand.get(pathway.problem_id)
        if org:
            partners[pathway.id].add(org)
    return partners


def reached_industry(patent: Patent, kinds: dict[str, OrganizationKind]) -> bool:
    """Licensed or transferred to an enterprise."""
    return (
        patent.status in REACHED_INDUSTRY
        and patent.licensee_org_id is not None
        and kinds.get(patent.licensee_org_id) is OrganizationKind.ENTERPRISE
    )


@dataclass(frozen=True)
class OrganizationFigures:
    organization_id: str
    name: str
    sector: Sector
    patents_owned: int
    patents_licensed_in: int  # licensed or transferred to it
    moves_in: int
    moves_out: int


@dataclass(frozen=True)
class PathwayFigures:
    pathway_id: str
    name: str
    partners: tuple[str, ...]  # organization IDs, sorted by name
    recipients: tuple[str, ...]  # licensees of its licensed or transferred patents
    patents_by_status: dict[PatentStatus, int]
    licensed_or_transferred: int  # to enterprises

    def has_enterprise_partner(self, kinds: dict[str, OrganizationKind]) -> bool:
        return any(kinds.get(o) is OrganizationKind.ENTERPRISE for o in self.partners)


@dataclass(frozen=True)
class TransferFigures:
    patents_by_status: dict[PatentStatus, int]
    pipeline: dict[int, dict[PatentStatus, int]]
    licensed_or_transferred: int
    moves_by_direction: dict[Direction, int]
    moves_by_year: dict[int, dict[Direction, int]]
    cross_sector_moves: int
    organizations: tuple[OrganizationFigures, ...]
    pathways: tuple[PathwayFigures, ...]


def _by_status(patents: Iterable[Patent]) -> dict[PatentStatus, int]:
    counts = Counter(p.status for p in patents)
    return {status: counts[status] for status in PatentStatus}


def _by_direction(moves: Iterable[Direction]) -> dict[Direction, int]:
    counts = Counter(moves)
    return {direction: counts[direction] for direction in Direction}


def transfer_figures(snapshot: RoadmapSnapshot) -> TransferFigures:
    """Every transfer figure of a roadmap, counted by the rules in this module's docstring."""
    kinds = {o.id: o.org_kind for o in snapshot.organizations}
    moves: list[tuple[Mobility, Direction]] = [
        (m, direction_of(kinds.get(m.from_org_id), kinds.get(m.to_org_id)))
        for m in snapshot.mobility
    ]
    # Every year from the first move to the last, quiet years included, so charts show gaps.
    years = [m.start.year for m, _ in moves]
    moves_by_year = {
        year: _by_direction(d for m, d in moves if m.start.year == year)
        for year in (range(min(years), max(years) + 1) if years else ())
    }
    partners = partners_by_pathway(snapshot)
    cross = sum(
        is_cross_sector(kinds.get(m.from_org_id), kinds.get(m.to_org_id)) for m in snapshot.mobility
    )
    return TransferFigures(
        patents_by_status=_by_status(snapshot.patents),
        pipeline=patent_pipeline(snapshot),
        licensed_or_transferred=sum(reached_industry(p, kinds) for p in snapshot.patents),
        moves_by_direction=_by_direction(d for _, d in moves),
        moves_by_year=moves_by_year,
        cross_sector_moves=cross,
        organizations=tuple(_organization(snapshot, o) for o in snapshot.organizations),
        pathways=tuple(
            _pathway(snapshot, p.id, p.name, partners.get(p.id, set()), kinds)
            for p in snapshot.pathways
        ),
    )


def transfer_summary(snapshot: RoadmapSnapshot) -> dict[str, object]:
    """The summary `roadmap info --json` shows under "transfer": patents by status, how many
    reached industry, cross-sector moves and moves by direction (every key, zeros included).
    Reads only the organizations, patents and moves, so callers need not load the steps."""
    kinds = {o.id: o.org_kind for o in snapshot.organizations}
    directions = (
        direction_of(kinds.get(m.from_org_id), kinds.get(m.to_org_id)) for m in snapshot.mobility
    )
    return {
        "patents_by_status": {s.value: n for s, n in _by_status(snapshot.patents).items()},
        "licensed_or_transferred": sum(reached_industry(p, kinds) for p in snapshot.patents),
        "cross_sector_moves": sum(
            is_cross_sector(kinds.get(m.from_org_id), kinds.get(m.to_org_id))
            for m in snapshot.mobility
        ),
        "moves_by_direction": {d.value: n for d, n in _by_direction(directions).items()},
    }


def _organization(snapshot: RoadmapSnapshot, org: Organization) -> OrganizationFigures:
    return OrganizationFigures(
        organization_id=org.id,
        name=org.name,
        sector=sector_of(org.org_kind),
        patents_owned=sum(p.owner_org_id == org.id for p in snapshot.patents),
        patents_licensed_in=sum(
            p.licensee_org_id == org.id and p.status in REACHED_INDUSTRY for p in snapshot.patents
        ),
        moves_in=sum(m.to_org_id == org.id for m in snapshot.mobility),
        moves_out=sum(m.from_org_id == org.id for m in snapshot.mobility),
    )


def _pathway(
    snapshot: RoadmapSnapshot,
    pathway_id: str,
    name: str,
    partners: set[str],
    kinds: dict[str, OrganizationKind],
) -> PathwayFigures:
    patents = [p for p in snapshot.patents if p.pathway_id == pathway_id]
    names = {o.id: o.name for o in snapshot.organizations}
    recipients = {
        p.licensee_org_id for p in patents if p.status in REACHED_INDUSTRY and p.licensee_org_id
    }
    return PathwayFigures(
        pathway_id=pathway_id,
        name=name,
        partners=tuple(sorted(partners, key=lambda o: names.get(o, o))),
        recipients=tuple(sorted(recipients, key=lambda o: names.get(o, o))),
        patents_by_status=_by_status(patents),
        licensed_or_transferred=sum(reached_industry(p, kinds) for p in patents),
    )
