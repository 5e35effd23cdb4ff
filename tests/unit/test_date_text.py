"""Typed dates: what each accepted form means as a start and as an end, and why the others
are refused."""

from __future__ import annotations

from datetime import date

import pytest

from roadmap.domain.date_text import DateProblem, DateTextError, parse_date_text


@pytest.mark.parametrize(
    ("text", "as_start", "as_end"),
    [
        ("2027-06-30", date(2027, 6, 30), date(2027, 6, 30)),
        (" 2028-2-29 ", date(2028, 2, 29), date(2028, 2, 29)),
        ("2027/6/3", date(2027, 6, 3), date(2027, 6, 3)),
        ("2027", date(2027, 1, 1), date(2027, 12, 31)),
        ("2027-06", date(2027, 6, 1), date(2027, 6, 30)),
        ("2028-02", date(2028, 2, 1), date(2028, 2, 29)),
        ("2027Q3", date(2027, 7, 1), date(2027, 9, 30)),
        ("2027q1", date(2027, 1, 1), date(2027, 3, 31)),
        ("2027-Q4", date(2027, 10, 1), date(2027, 12, 31)),
        ("2027 Q2", date(2027, 4, 1), date(2027, 6, 30)),
    ],
)
def test_accepted_forms(text: str, as_start: date, as_end: date) -> None:
    assert parse_date_text(text) == as_start
    assert parse_date_text(text, period_end=True) == as_end


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", DateProblem.EMPTY),
        ("   ", DateProblem.EMPTY),
        ("6/30/28", DateProblem.FORMAT),
        ("10/1/27", DateProblem.FORMAT),
        ("next spring", DateProblem.FORMAT),
        ("20277", DateProblem.FORMAT),
        ("2027-13", DateProblem.MONTH),
        ("2027-00-10", DateProblem.MONTH),
        ("2027-02-29", DateProblem.DAY),
        ("2027-04-31", DateProblem.DAY),
        ("2027Q5", DateProblem.QUARTER),
        ("2027Q0", DateProblem.QUARTER),
        ("0207-01-01", DateProblem.YEAR),
        ("3027", DateProblem.YEAR),
    ],
)
def test_refused_forms_say_why(text: str, problem: DateProblem) -> None:
    with pytest.raises(DateTextError) as caught:
        parse_date_text(text)
    assert caught.value.problem is problem
    assert caught.value.text == text


def test_a_later_start_keeps_the_duration_and_a_new_end_changes_it() -> None:
    from roadmap.domain.entities import Step
    from roadmap.domain.enums import StepKind
    from roadmap.domain.step_edits import values_for

    step = Step("s", "p", "l", "Pilot", date(2027, 1, 1), date(2027, 3, 31))
    assert values_for(step, "start", date(2027, 7, 1)) == {
        "start": date(2027, 7, 1),
        "end": date(2027, 9, 28),  # the same 90 days, Jul 1 to Sep 28
    }
    assert values_for(step, "end", date(2027, 6, 30)) == {"end": date(2027, 6, 30)}
    gate = Step("g", "p", "l", "Gate", date(2027, 1, 1), date(2027, 1, 1), StepKind.DECISION_GATE)
    assert values_for(gate, "end", date(2027, 5, 5)) == {
        "start": date(2027, 5, 5),
        "end": date(2027, 5, 5),
    }


def test_trl_is_set_and_cleared_as_a_pair() -> None:
    from roadmap.domain.entities import Step
    from roadmap.domain.step_edits import values_for

    empty = Step("s", "p", "l", "Pilot", date(2027, 1, 1), date(2027, 3, 31))
    assert values_for(empty, "trl_start", 4) == {"trl_start": 4, "trl_target": 4}
    assert values_for(empty, "trl_target", 6) == {"trl_target": 6, "trl_start": 6}
    both = Step(
        "s", "p", "l", "Pilot", date(2027, 1, 1), date(2027, 3, 31), trl_start=3, trl_target=5
    )
    assert values_for(both, "trl_target", 7) == {"trl_target": 7}
    assert values_for(both, "trl_start", None) == {"trl_start": None, "trl_target": None}
