"""Quick capture: typed lines and pasted lists → the steps they describe."""

from __future__ import annotations

from datetime import date

import pytest

from roadmap.domain.capture import CapturedLine, date_range, parse_line, parse_list, resolve
from roadmap.domain.entities import Lane, Pathway, Step
from roadmap.domain.enums import StepKind, TimeUnit
from roadmap.domain.errors import ValidationError
from roadmap.services.capture import CaptureTarget, steps_from_text


@pytest.mark.parametrize(
    ("typed", "first", "last"),
    [
        ("2027", date(2027, 1, 1), date(2027, 12, 31)),
        ("2027Q3", date(2027, 7, 1), date(2027, 9, 30)),
        ("2027-Q1", date(2027, 1, 1), date(2027, 3, 31)),
        ("2028-02", date(2028, 2, 1), date(2028, 2, 29)),
        ("2027/6", date(2027, 6, 1), date(2027, 6, 30)),
        ("2027-06-15", date(2027, 6, 15), date(2027, 6, 15)),
        ("2027Q3-2028Q2", date(2027, 7, 1), date(2028, 6, 30)),
        ("2027-2029", date(2027, 1, 1), date(2029, 12, 31)),
        ("2027-06-2028-01", date(2027, 6, 1), date(2028, 1, 31)),
        ("2027-06-01..2027-09-15", date(2027, 6, 1), date(2027, 9, 15)),
        ("2027-03 to 2027Q4", date(2027, 3, 1), date(2027, 12, 31)),
    ],
)
def test_typed_periods_and_ranges(typed: str, first: date, last: date) -> None:
    assert date_range(typed) == (first, last)


@pytest.mark.parametrize("typed", ["2027-13", "2027-02-30", "27Q3", "2027Q5", "soon"])
def test_what_is_not_a_date(typed: str) -> None:
    assert date_range(typed) is None


def test_a_capture_line_with_every_mark() -> None:
    line = parse_line("Pilot line 2027Q3-2028Q2 @Product #Near-memory !pilot TRL5-7")
    assert line == CapturedLine(
        "Pilot line",
        date(2027, 7, 1),
        date(2028, 6, 30),
        "Product",
        "Near-memory",
        StepKind.PILOT,
        5,
        7,
    )


def test_marks_may_stand_anywhere_and_a_bare_name_is_a_step() -> None:
    line = parse_line("- @Res literature survey of HBM 2026")
    assert (line.name, line.lane, line.start, line.end) == (
        "literature survey of HBM",
        "Res",
        date(2026, 1, 1),
        date(2026, 12, 31),
    )
    assert parse_line("Design review") == CapturedLine("Design review")
    assert parse_line("Go/no-go 2028-03 !gate TRL 6").kind is StepKind.DECISION_GATE
    assert parse_line("Go/no-go 2028-03 !gate TRL 6").trl_target == 6
    assert parse_line("评审 2028-03-31 !里程").kind is StepKind.MILESTONE
    assert parse_line("流片 !proto").kind is StepKind.PROTOTYPE


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("@Product 2027", "no name"),
        ("Pilot 2027-02-30", "not a date"),
        ("Pilot !banana", "no kind of step"),
    ],
)
def test_lines_refused_with_the_reason(typed: str, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        parse_line(typed)


def test_a_pasted_list_names_the_line_it_refuses() -> None:
    with pytest.raises(ValidationError, match=r"Line 2: .*not a date"):
        parse_list("First\nSecond 2027-13-01\nThird")


def test_spreadsheet_rows_in_default_order_and_by_header() -> None:
    plain = parse_list("Wafer test\t2027-01\t2027-06\tTech\n\nPackaging\t2027Q3\t\tProd\n")
    assert [(r.name, r.start, r.end, r.lane) for r in plain] == [
        ("Wafer test", date(2027, 1, 1), date(2027, 6, 30), "Tech"),
        ("Packaging", date(2027, 7, 1), date(2027, 9, 30), "Prod"),
    ]
    headed = parse_list("Lane\tName\tEnd\tTRL\nProduct\tLaunch\t2029-12-31\t7\n")
    assert headed == [
        CapturedLine("Launch", date(2029, 12, 31), date(2029, 12, 31), "Product", None, None, 7, 7)
    ]
    with pytest.raises(ValidationError, match="Row 3: start"):
        parse_list("Name\tStart\nGood\t2027\nBad\tlater\n")


def test_resolve_by_exact_name_then_unique_prefix() -> None:
    names = {"a": "Near-memory compute", "b": "Near-sensor AI", "c": "Photonics", "d": "Pho"}
    assert resolve("photo", names, "pathway") == "c"
    assert resolve("pho", names, "pathway") == "d"  # an exact name wins over longer ones
    assert resolve("near-m", names, "pathway") == "a"
    with pytest.raises(ValidationError, match="Several of them start with"):
        resolve("near", names, "pathway")
    with pytest.raises(ValidationError, match='No lane is called "x"'):
        resolve("x", {"l": "Research"}, "lane")


def _target(steps: list[Step] | None = None, pathway_id: str | None = "p1") -> CaptureTarget:
    lanes = {
        "l1": Lane("l1", "Industry & market"),
        "l2": Lane("l2", "Product"),
        "l3": Lane("l3", "Research"),
    }
    pathways = {
        "p1": Pathway("p1", "pr", "Near-memory"),
        "p2": Pathway("p2", "pr", "Photonics"),
    }
    return CaptureTarget(
        lanes,
        pathways,
        steps or [],
        pathway_id,
        None,
        TimeUnit.QUARTER,
        date(2026, 5, 20),
        date(2026, 1, 1),
    )


def test_lines_become_steps_where_they_say_or_where_the_user_is() -> None:
    before = Step("s0", "p2", "l3", "Earlier", date(2026, 1, 1), date(2027, 3, 31))
    steps = steps_from_text(
        "Pilot line 2027Q3-2028Q2 @Prod #Near\nFollow-up #Pho\nReview !mile\nBasic study @Res",
        _target([before]),
    )
    first, second, third, fourth = steps
    assert (first.pathway_id, first.lane_id, first.step_kind) == ("p1", "l2", StepKind.PRODUCT)
    assert (first.start, first.end) == (date(2027, 7, 1), date(2028, 6, 30))
    # No dates: after the pathway's last step, one quarter long.
    assert (second.pathway_id, second.start, second.end) == (
        "p2",
        date(2027, 4, 1),
        date(2027, 6, 30),
    )
    # The first lane when none is named; a milestone is one day after the last step.
    assert (third.pathway_id, third.lane_id, third.step_kind) == ("p1", "l1", StepKind.MILESTONE)
    assert third.start == third.end == date(2028, 7, 1)
    # A lane named for a kind of step suggests that kind.
    assert (fourth.lane_id, fourth.step_kind, fourth.start) == (
        "l3",
        StepKind.RESEARCH,
        date(2028, 7, 2),
    )
    assert len({s.id for s in steps}) == 4


def test_a_new_pathway_starts_this_month_within_the_horizon() -> None:
    (step,) = steps_from_text("Scoping", _target())
    assert (step.start, step.end) == (date(2026, 5, 1), date(2026, 7, 31))


def test_capture_without_a_pathway_says_so() -> None:
    with pytest.raises(ValidationError, match="which pathway"):
        steps_from_text("Scoping", _target(pathway_id=None))
    with pytest.raises(ValidationError, match='Line 2: No pathway is called "Quantum"'):
        steps_from_text("One\nTwo #Quantum", _target())
