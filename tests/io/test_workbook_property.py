"""Any valid roadmap survives a workbook round trip (small generated roadmaps)."""

from __future__ import annotations

import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from roadmap.domain.consistency import find_violations
from roadmap.domain.entities import (
    Criterion,
    Dependency,
    FigureOfMerit,
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
    Score,
    Step,
)
from roadmap.domain.enums import (
    DependencyType,
    FomDirection,
    Language,
    LicenseKind,
    MobilityKind,
    OrganizationKind,
    PatentStatus,
    PathwayStatus,
    Priority,
    StepKind,
    StepStatus,
    TimeUnit,
)
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io.exchange import ExportOptions
from roadmap.io.workbook_export import export_workbook
from roadmap.io.workbook_import import read_workbook
from tests.support import canonical

TRICKY = ["=1+2", "-minus", "@at", "+plus", "路线图", " leading", "trailing ", "a\nb", "tab\there"]
TEXT = st.one_of(
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Cn")),
        max_size=24,
    ),
    st.sampled_from(TRICKY),
)
NAME = TEXT.filter(lambda text: bool(text.strip()))
COLOR = st.from_regex(r"#[0-9A-F]{6}", fullmatch=True)
DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2080, 12, 31))
MONEY = st.integers(0, 10**9).map(lambda cents: cents / 100)
POSITION = st.integers(0, 40)


def ids(count: int) -> list[str]:
    return [str(uuid.UUID(int=index + 1)) for index in range(count)]


@st.composite
def roadmaps(draw: st.DrawFn) -> RoadmapSnapshot:
    start = draw(DATES)
    info = RoadmapInfo(
        id=str(uuid.uuid4()),
        title=draw(NAME),
        horizon_start=start,
        horizon_end=start + timedelta(days=draw(st.integers(30, 4000))),
        description=draw(TEXT),
        time_unit=draw(st.sampled_from(TimeUnit)),
        language=draw(st.sampled_from(Language)),
    )
    pool = iter(ids(200))
    lanes = [
        Lane(next(pool), draw(NAME), draw(COLOR), draw(POSITION))
        for _ in range(draw(st.integers(1, 3)))
    ]
    criteria = [
        Criterion(next(pool), draw(NAME), draw(MONEY), draw(TEXT), draw(POSITION))
        for _ in range(draw(st.integers(0, 2)))
    ]
    orgs = [
        Organization(next(pool), draw(NAME), draw(st.sampled_from(OrganizationKind)), draw(TEXT))
        for _ in range(draw(st.integers(0, 3)))
    ]
    org_ids = [None, *(o.id for o in orgs)]
    people = [
        Person(next(pool), draw(NAME), draw(st.sampled_from(org_ids)), draw(TEXT), draw(TEXT))
        for _ in range(draw(st.integers(0, 2)))
    ]
    problems = [
        Problem(
            next(pool),
            draw(NAME),
            draw(TEXT),
            draw(st.sampled_from(org_ids)),
            draw(st.sampled_from(Priority)),
            draw(TEXT),
            draw(POSITION),
        )
        for _ in range(draw(st.integers(1, 2)))
    ]
    foms = [
        FigureOfMerit(
            next(pool),
            draw(st.sampled_from(problems)).id,
            draw(NAME),
            draw(TEXT),
            draw(MONEY),
            draw(MONEY),
            draw(st.sampled_from(FomDirection)),
            draw(st.none() | DATES),
            draw(POSITION),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    pathways = [
        Pathway(
            next(pool),
            draw(st.sampled_from(problems)).id,
            draw(NAME),
            draw(TEXT),
            draw(st.sampled_from(PathwayStatus)),
            draw(COLOR),
            draw(POSITION),
        )
        for _ in range(draw(st.integers(1, 3)))
    ]
    pairs = draw(
        st.lists(
            st.tuples(st.sampled_from(pathways), st.sampled_from(criteria)),
            max_size=3,
            unique_by=lambda pair: (pair[0].id, pair[1].id),
        )
        if criteria
        else st.just([])
    )
    scores = [Score(next(pool), p.id, c.id, draw(st.integers(1, 5)), draw(TEXT)) for p, c in pairs]
    steps = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(StepKind))
        first = draw(DATES)
        last = first if kind.is_point else first + timedelta(days=draw(st.integers(0, 900)))
        trl = draw(st.none() | st.tuples(st.integers(1, 9), st.integers(0, 8)))
        steps.append(
            Step(
                next(pool),
                draw(st.sampled_from(pathways)).id,
                draw(st.sampled_from(lanes)).id,
                draw(NAME),
                first,
                last,
                kind,
                trl[0] if trl else None,
                min(trl[0] + trl[1], 9) if trl else None,
                draw(st.sampled_from(StepStatus)),
                draw(st.integers(0, 100)),
                draw(st.sampled_from(org_ids)),
                draw(st.sampled_from([None, *(p.id for p in people)])),
                draw(st.none() | MONEY),
                draw(TEXT),
                draw(POSITION),
            )
        )
    links = draw(
        st.lists(
            st.tuples(st.integers(0, len(steps) - 1), st.integers(0, len(steps) - 1)), max_size=4
        )
        if len(steps) > 1
        else st.just([])
    )
    dependencies = [
        Dependency(
            next(pool),
            steps[min(a, b)].id,
            steps[max(a, b)].id,
            draw(st.sampled_from(DependencyType)),
            draw(st.integers(-30, 90)),
        )
        for a, b in links
        if a != b
    ]
    products = [
        Product(
            next(pool),
            draw(NAME),
            draw(TEXT),
            draw(st.none() | DATES),
            draw(TEXT),
            draw(POSITION),
            tuple(p.id for p in draw(st.lists(st.sampled_from(pathways), unique=True))),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    mobility = []
    if people and len(orgs) >= 2:
        moves = draw(st.lists(st.sampled_from(people), max_size=2))
        for person in moves:
            begin = draw(DATES)
            mobility.append(
                Mobility(
                    next(pool),
                    person.id,
                    orgs[0].id,
                    orgs[1].id,
                    draw(st.sampled_from(MobilityKind)),
                    begin,
                    draw(st.none() | st.just(begin + timedelta(days=365))),
                    draw(TEXT),
                )
            )
    patents = [
        Patent(
            next(pool),
            draw(NAME),
            draw(TEXT),
            draw(st.none() | DATES),
            draw(st.sampled_from(PatentStatus)),
            draw(st.sampled_from(org_ids)),
            draw(st.sampled_from(org_ids)),
            draw(st.none() | st.sampled_from(LicenseKind)),
            draw(st.none() | DATES),
            draw(st.sampled_from([None, *(p.id for p in pathways)])),
            tuple(s.id for s in draw(st.lists(st.sampled_from(steps), unique=True)))
            if steps
            else (),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    events = [
        PatentEvent(
            next(pool),
            draw(st.sampled_from(patents)).id,
            draw(st.sampled_from(PatentStatus)),
            draw(DATES),
            draw(TEXT),
        )
        for _ in range(draw(st.integers(0, 2) if patents else st.just(0)))
    ]
    return RoadmapSnapshot(
        info=info,
        lanes=tuple(lanes),
        criteria=tuple(criteria),
        organizations=tuple(orgs),
        people=tuple(people),
        problems=tuple(problems),
        figures_of_merit=tuple(foms),
        pathways=tuple(pathways),
        scores=tuple(scores),
        steps=tuple(steps),
        dependencies=tuple(dependencies),
        products=tuple(products),
        mobility=tuple(mobility),
        patents=tuple(patents),
        patent_events=tuple(events),
    )


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(roadmap=roadmaps(), language=st.sampled_from(["en", "zh"]))
def test_any_valid_roadmap_comes_back_from_its_workbook(
    roadmap: RoadmapSnapshot, language: str
) -> None:
    assume(not find_violations(roadmap))
    with tempfile.TemporaryDirectory() as folder:
        workbook = Path(folder) / "generated.xlsx"
        export_workbook(roadmap, workbook, ExportOptions(language=language))
        back = read_workbook(workbook)
    assert canonical(back) == canonical(roadmap)
