"""Time on the canvas: dates to scene x (one unit per day), periods, snapping and zoom range.

The scene is laid out in days horizontally and pixels vertically; zooming changes only the
view's horizontal scale, so no item moves when the user zooms.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

ORIGIN = date(2000, 1, 1).toordinal()
MIN_PX_PER_DAY = 0.03  # decades: a ten-year span in about 110 px
MAX_PX_PER_DAY = 30.0  # weeks: one week in 210 px
UNITS = ("week", "month", "quarter", "year", "decade")


def day_x(day: date) -> float:
    return float(day.toordinal() - ORIGIN)


def x_day(x: float) -> date:
    """The day a scene x falls in."""
    return date.fromordinal(int(x // 1) + ORIGIN)


def period_start(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if unit == "year":
        return date(day.year, 1, 1)
    return date(day.year - day.year % 10, 1, 1)


def next_period(day: date, unit: str) -> date:
    """The start of the period after the one starting at `day`."""
    if unit == "week":
        return day + timedelta(days=7)
    if unit == "month":
        return date(day.year + day.month // 12, day.month % 12 + 1, 1)
    if unit == "quarter":
        month = day.month + 3
        return date(day.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    if unit == "year":
        return date(day.year + 1, 1, 1)
    return date(day.year + 10, 1, 1)


def periods(unit: str, first: date, last: date) -> Iterator[date]:
    """Starts of the periods that overlap first..last."""
    day = period_start(first, unit)
    while day <= last:
        yield day
        day = next_period(day, unit)


def snap(day: date, unit: str | None) -> date:
    """The period boundary nearest to `day` (unit None: the day itself)."""
    if unit is None:
        return day
    start = period_start(day, unit)
    following = next_period(start, unit)
    return start if (day - start) <= (following - day) else following


def clamp_zoom(px_per_day: float) -> float:
    return max(MIN_PX_PER_DAY, min(MAX_PX_PER_DAY, px_per_day))


def axis_units(px_per_day: float, preferred: str) -> tuple[str, str]:
    """The (upper, lower) header rows for a zoom: the preferred unit when it has room."""
    minimum = 24.0  # pixels a period needs for its label
    lengths = {"week": 7, "month": 30.4, "quarter": 91.3, "year": 365.25, "decade": 3652.5}
    order = list(UNITS)
    lower = preferred
    # Zoomed in far, finer periods than the roadmap's unit make the grid useful again.
    if px_per_day * 7 >= 40:
        lower = "week"
    elif px_per_day * lengths["month"] >= 60 and preferred in ("quarter", "year"):
        lower = "month"
    while lengths[lower] * px_per_day < minimum and lower != "decade":
        lower = order[order.index(lower) + 1]
    upper = "year" if lower in ("week", "month", "quarter") else "decade"
    if upper == "year" and lower == "week":
        upper = "month"
    if lower == "decade":
        upper = "decade"
    return upper, lower
