"""The transfer checks: each with a roadmap that trips it and one that does not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from roadmap.domain.checks import run_checks
from roadmap.domain.entities import EntityKind, Mobility, Patent, PatentEvent, Step
from roadmap.domain.enums import MobilityKind, PatentStatus
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.domain.transfer_checks import TRANSFER_CHECKS
from roadmap.io.json_format import read_json
from roadmap.locations import sample_path
from tests.transfer.roadmaps import hand_made, move

TRANSFER_CODES = {
    "licensee-missing",
    "licensee-is-owner",
    "patent-expires-before-launch",
    "no-industry-partner",
    "patent-history-order",
    "patent-history-before-filing",
    "patent-history-status",
    "mobility-order",
}


def findings(snapshot: RoadmapSnapshot) -> list[tuple[str, str]]:
    """(code, id) of every transfer finding, as `roadmap check` reports them."""
    return [(f.code, f.id) for f in run_checks(snapshot) if f.code in TRANSFER_CODES]


def messages(snapshot: RoadmapSnapshot, code: str) -> list[str]:
    return [f.text for f in run_checks(snapshot) if f.code == code]


def with_patent(snapshot: RoadmapSnapshot, patent_id: str, **values: object) -> RoadmapSnapshot:
    patents = tuple(
        replace(p, **values) if p.id == patent_id else p  # type: ignore[arg-type]
        for p in snapshot.patents
    )
    return replace(snapshot, patents=patents)


def with_events(snapshot: RoadmapSnapshot, *events: PatentEvent) -> RoadmapSnapshot:
    return replace(snapshot, patent_events=(*snapshot.patent_events, *events))


def clean() -> RoadmapSnapshot:
    """The hand-made roadmap with an enterprise working on route B, so nothing is flagged."""
    snapshot = hand_made()
    step = Step(
        "s4", "pw-b", "lane", "Pilot", date(2026, 1, 1), date(2026, 6, 30), owner_org_id="ent"
    )
    return replace(snapshot, steps=(*snapshot.steps, step))


def test_every_transfer_check_is_run_by_roadmap_check() -> None:
    from roadmap.domain.checks import CHECKS

    assert all(check in CHECKS for check in TRANSFER_CHECKS)
    assert findings(clean()) == []


@pytest.mark.parametrize("language", ["en", "zh"])
def test_both_samples_pass_every_check(language: str) -> None:
    assert run_checks(read_json(sample_path(language))) == []


def test_a_licensed_patent_names_its_licensee() -> None:
    snapshot = with_patent(clean(), "p1", licensee_org_id=None)
    assert findings(snapshot) == [("licensee-missing", "p1")]
    (message,) = messages(snapshot, "licensee-missing")
    assert message.startswith('patent "Method one" is licensed but names no licensee; choose')
    # A granted patent needs no licensee.
    assert findings(with_patent(snapshot, "p1", status=PatentStatus.GRANTED)) == [
        ("patent-history-status", "p1")
    ]


def test_the_licensee_is_not_the_owner() -> None:
    assert findings(with_patent(clean(), "p1", licensee_org_id="inst")) == [
        ("licensee-is-owner", "p1")
    ]


def test_a_licensee_that_is_no_organization_is_reported() -> None:
    snapshot = with_patent(clean(), "p1", licensee_org_id="nobody")
    reported = [f for f in run_checks(snapshot) if f.id == "p1"]
    assert len(reported) == 1
    assert "licensee_org_id nobody names no organization" in reported[0].text


def test_a_patent_expiring_before_its_pathways_product_launches() -> None:
    snapshot = with_patent(clean(), "p1", expiry=date(2029, 1, 1))
    assert findings(snapshot) == [("patent-expires-before-launch", "p1")]
    (message,) = messages(snapshot, "patent-expires-before-launch")
    assert 'expires on 2029-01-01, before product "Widget" of its pathway launches on ' in message
    assert "2029-06-01" in message
    # Expiring after the launch, or a lapsed patent, is not flagged.
    assert findings(with_patent(clean(), "p1", expiry=date(2029, 6, 2))) == []
    assert findings(with_patent(clean(), "p3", expiry=date(2027, 1, 1))) == []


def test_a_licence_to_an_enterprise_needs_an_enterprise_among_the_partners() -> None:
    snapshot = hand_made()  # route B: a university and a ministry, licensed to an enterprise
    assert findings(snapshot) == [("no-industry-partner", "p2")]
    (message,) = messages(snapshot, "no-industry-partner")
    assert 'to the enterprise "Enterprise", but no enterprise works on pathway "Route B"' in message
    # An enterprise as the problem's demanding organization is a partner too.
    problems = tuple(
        replace(p, demand_org_id="ent2") if p.id == "need-b" else p for p in snapshot.problems
    )
    assert findings(replace(snapshot, problems=problems)) == []
    # A licence to a university, or a patent with no pathway, is not about industry partners.
    assert findings(with_patent(snapshot, "p2", licensee_org_id="inst")) == []


def test_a_history_goes_forward() -> None:
    late_filing = PatentEvent("e10", "p1", PatentStatus.FILED, date(2025, 10, 1))
    snapshot = with_events(clean(), late_filing)
    assert findings(snapshot) == [("patent-history-order", "e10")]
    (message,) = messages(snapshot, "patent-history-order")
    assert "says filed on 2025-10-01, after granted on 2025-09-01" in message
    # A licence before the grant (licensed as an application) is a normal history.
    events = tuple(
        replace(e, date=date(2026, 3, 1)) if e.id == "e2" else e for e in clean().patent_events
    )
    reordered = with_patent(
        replace(clean(), patent_events=events), "p1", status=PatentStatus.GRANTED
    )
    assert findings(reordered) == []


def test_a_history_starts_with_the_filing() -> None:
    early = PatentEvent("e10", "p4", PatentStatus.FILED, date(2026, 2, 1))
    assert findings(with_events(clean(), early)) == [("patent-history-before-filing", "e10")]
    on_time = PatentEvent("e10", "p4", PatentStatus.FILED, date(2026, 3, 1))
    idea = PatentEvent("e11", "p4", PatentStatus.IDEA, date(2025, 12, 1))
    assert findings(with_events(clean(), idea, on_time)) == []


def test_the_history_ends_at_the_patents_status() -> None:
    snapshot = with_patent(clean(), "p1", status=PatentStatus.TRANSFERRED)
    assert findings(snapshot) == [("patent-history-status", "p1")]
    (message,) = messages(snapshot, "patent-history-status")
    assert "is transferred, but its history ends with licensed on 2026-01-15; record" in message


def test_a_persons_transfers_follow_one_another() -> None:
    snapshot = clean()  # ann spun off from the institute to the enterprise in 2025
    wrong = move("m7", "ann", "uni", "inst", date(2027, 1, 1), MobilityKind.TRANSFER)
    tripped = replace(snapshot, mobility=(*snapshot.mobility, wrong))
    assert findings(tripped) == [("mobility-order", "m7")]
    (message,) = messages(tripped, "mobility-order")
    assert message.startswith('Ann leaves "University" on 2027-01-01, but the move before')
    right = move("m7", "ann", "ent", "inst", date(2027, 1, 1), MobilityKind.TRANSFER)
    assert findings(replace(snapshot, mobility=(*snapshot.mobility, right))) == []
    # A secondment keeps the home organization: it does not chain.
    away = move("m7", "ann", "uni", "inst", date(2027, 1, 1), MobilityKind.SECONDMENT)
    assert findings(replace(snapshot, mobility=(*snapshot.mobility, away))) == []


def test_a_move_that_ends_before_it_starts_is_reported() -> None:
    snapshot = clean()
    backwards = Mobility(
        "m7", "ann", "ent", "inst", MobilityKind.SECONDMENT, date(2027, 1, 1), date(2026, 1, 1)
    )
    reported = [
        f
        for f in run_checks(replace(snapshot, mobility=(backwards,)))
        if f.kind is EntityKind.MOBILITY
    ]
    assert [(f.kind, f.id) for f in reported] == [(EntityKind.MOBILITY, "m7")]
    assert "ends (2026-01-01) before it starts (2027-01-01); set the end on or after" in (
        reported[0].text
    )
    assert findings(replace(snapshot, mobility=(replace(backwards, end=None),))) == []


def test_patents_without_history_are_not_flagged() -> None:
    snapshot = clean()
    extra = Patent("p9", "No history", status=PatentStatus.GRANTED)
    assert findings(replace(snapshot, patents=(*snapshot.patents, extra))) == []
