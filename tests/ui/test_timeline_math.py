"""Dates, snapping and the packing of steps into rows (no Qt needed)."""

from __future__ import annotations

from datetime import date

from roadmap.domain.entities import Lane, Pathway, Problem, Step
from roadmap.ui.timeline.layout import ROW_HEIGHT, lay_out, pathway_order
from roadmap.ui.timeline.scale import axis_units, day_x, periods, snap, x_day


def test_dates_round_trip_through_scene_x() -> None:
    for day in (date(2025, 1, 1), date(2031, 7, 15), date(1999, 12, 31)):
        assert x_day(day_x(day)) == day
        assert x_day(day_x(day) + 0.99) == day


def test_snap_goes_to_the_nearest_period_start() -> None:
    assert snap(date(2026, 2, 10), "quarter") == date(2026, 1, 1)
    assert snap(date(2026, 3, 10), "quarter") == date(2026, 4, 1)
    assert snap(date(2026, 3, 20), "month") == date(2026, 4, 1)
    assert snap(date(2026, 3, 20), "year") == date(2026, 1, 1)
    assert snap(date(2026, 3, 20), None) == date(2026, 3, 20)


def test_periods_cover_the_span() -> None:
    quarters = list(periods("quarter", date(2025, 2, 1), date(2025, 12, 31)))
    assert quarters == [date(2025, m, 1) for m in (1, 4, 7, 10)]


def test_axis_coarsens_when_periods_get_too_narrow() -> None:
    assert axis_units(6.0, "month") == ("month", "week")
    assert axis_units(6.0, "quarter") == ("month", "week")
    assert axis_units(1.5, "month") == ("year", "month")
    assert axis_units(0.2, "month")[1] == "year"
    assert axis_units(0.03, "quarter")[1] == "decade"


def test_steps_of_a_pathway_pack_into_rows_without_overlap() -> None:
    lane = Lane("l1", "Research")
    problem = Problem("p", "Problem")
    pathway = Pathway("w", "p", "Pathway")
    steps = [
        Step("a", "w", "l1", "A", date(2025, 1, 1), date(2025, 6, 30)),
        Step("b", "w", "l1", "B", date(2025, 7, 1), date(2025, 12, 31)),
        Step("c", "w", "l1", "C", date(2025, 3, 1), date(2025, 9, 30)),
    ]
    layout = lay_out([lane], pathway_order([problem], [pathway]), steps)
    assert layout.row_top["a"] == layout.row_top["b"]  # B starts after A ends: same row
    assert layout.row_top["c"] == layout.row_top["a"] + ROW_HEIGHT
    assert layout.next_start["a"] == date(2025, 7, 1).toordinal()
    assert layout.bands[0].groups[0].rows == 2
