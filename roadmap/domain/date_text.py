"""Dates as planners type them: ISO `2027-06-30`, a year `2027`, a month `2027-06` or a
quarter `2027Q3`.

A partial date names a period; where it lands depends on what it is for: a start takes the
period's first day, an end its last (`2027Q3` starts 2027-07-01 and ends 2027-09-30), so a
step typed as "2027Q3 to 2028Q2" covers both quarters whole. Every front end that takes a
typed date (the table, the inspector, dialogs, the capture box) reads it here, so they all
accept the same things and refuse the same things for the same reasons.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from enum import Enum

# Years outside this range are typing slips (a lost or extra digit), not plans.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2199

_FULL = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_MONTH = re.compile(r"(\d{4})[-/.](\d{1,2})")
_QUARTER = re.compile(r"(\d{4})\s*[-/ ]?\s*[Qq](\d)")
_YEAR = re.compile(r"(\d{4})")


class DateProblem(Enum):
    """Why a typed date is refused (each front end says it in the user's language)."""

    EMPTY = "empty"
    FORMAT = "format"
    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    QUARTER = "quarter"


class DateTextError(ValueError):
    """`text` is not a date; `problem` says why and `text` is what was typed."""

    def __init__(self, problem: DateProblem, text: str) -> None:
        super().__init__(f"{text!r} is not a date ({problem.value})")
        self.problem = problem
        self.text = text


def parse_date_text(text: str, *, period_end: bool = False) -> date:
    """The date `text` names; a year, month or quarter gives its first day, or its last day
    when `period_end`. Raises DateTextError saying why when `text` is not a date."""
    typed = text.strip()
    if not typed:
        raise DateTextError(DateProblem.EMPTY, text)
    if match := _FULL.fullmatch(typed):
        year, month, day = (int(g) for g in match.groups())
        _check_year(year, text)
        _check_month(month, text)
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            raise DateTextError(DateProblem.DAY, text)
        return date(year, month, day)
    if match := _QUARTER.fullmatch(typed):
        year, quarter = int(match.group(1)), int(match.group(2))
        _check_year(year, text)
        if not 1 <= quarter <= 4:
            raise DateTextError(DateProblem.QUARTER, text)
        first, last = 3 * quarter - 2, 3 * quarter
        return _month_end(year, last) if period_end else date(year, first, 1)
    if match := _MONTH.fullmatch(typed):
        year, month = int(match.group(1)), int(match.group(2))
        _check_year(year, text)
        _check_month(month, text)
        return _month_end(year, month) if period_end else date(year, month, 1)
    if match := _YEAR.fullmatch(typed):
        year = int(match.group(1))
        _check_year(year, text)
        return date(year, 12, 31) if period_end else date(year, 1, 1)
    raise DateTextError(DateProblem.FORMAT, text)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _check_year(year: int, text: str) -> None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise DateTextError(DateProblem.YEAR, text)


def _check_month(month: int, text: str) -> None:
    if not 1 <= month <= 12:
        raise DateTextError(DateProblem.MONTH, text)
