"""The time columns of the Timeline sheet: months, quarters or years over the horizon."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from roadmap.domain.enums import TimeUnit

_MONTH_INITIALS = "JFMAMJJASOND"


@dataclass(frozen=True)
class Period:
    first: date
    last: date

    def label(self, unit: TimeUnit, language: str) -> str:
        """The period header: a month initial (or number in Chinese), Q1–Q4, or the year."""
        if unit is TimeUnit.MONTH:
            month = self.first.month
            return str(month) if language == "zh" else _MONTH_INITIALS[month - 1]
        if unit is TimeUnit.QUARTER:
            return f"Q{(self.first.month - 1) // 3 + 1}"
        return str(self.first.year)


def _months_per_period(unit: TimeUnit) -> int:
    return {TimeUnit.MONTH: 1, TimeUnit.QUARTER: 3, TimeUnit.YEAR: 12}[unit]


def periods(start: date, end: date, unit: TimeUnit, limit: int) -> list[Period]:
    """The periods from the one holding `start` to the one holding `end`, at most `limit`."""
    step = _months_per_period(unit)
    month_index = start.year * 12 + (start.month - 1)
    month_index -= month_index % step
    found: list[Period] = []
    while len(found) < limit:
        first = date(month_index // 12, month_index % 12 + 1, 1)
        if first > end:
            break
        month_index += step
        if month_index // 12 > 9999:
            found.append(Period(first, date(9999, 12, 31)))
            break
        after = date(month_index // 12, month_index % 12 + 1, 1)
        found.append(Period(first, after - timedelta(days=1)))
    return found


def width(unit: TimeUnit) -> float:
    """Column width of one period: narrow months, wider quarters and years."""
    return {TimeUnit.MONTH: 2.4, TimeUnit.QUARTER: 2.7, TimeUnit.YEAR: 6.0}[unit]
