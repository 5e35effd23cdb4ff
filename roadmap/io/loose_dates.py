"""Dates as people type them in spreadsheets: what the app reads everywhere (ISO, `2027`,
`2027-06`, `2027Q3`, see `roadmap.domain.date_text`), plus times after a date, Excel serial
numbers, `Q3 2027`, halves, day/month forms and Chinese forms.

A period (`2027Q3`, `2027-06`, `2027`) means its first day in a start column and its last day
in an end column. `03/04/2027` could be 3 April or 4 March: such a cell is *ambiguous* and is
only read when the user has said which order the sheet uses; `13/04/2027` is not ambiguous.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from enum import StrEnum

from roadmap.domain.date_text import DateProblem, DateTextError, parse_date_text
from roadmap.io.problems import CellError

_EXCEL_DAY_ZERO = date(1899, 12, 30)
_MAX_SERIAL = 2958465  # 9999-12-31
_YEARS = range(1900, 2201)  # a bare whole number in this range is a year, not a day number


class DayOrder(StrEnum):
    DAY_FIRST = "dmy"
    MONTH_FIRST = "mdy"


class Ambiguous(ValueError):
    """Day and month could be either way round; the user must pick the order."""


class OrderMismatch(ValueError):
    """A day/month form that contradicts the order the user chose (13/04 read month first)."""


class Edge(StrEnum):
    """Which day of a period a cell means."""

    FIRST = "first"
    LAST = "last"


_ISO_TIME = re.compile(r"^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[ T]\d{1,2}:\d{2}.*$")
_CHINESE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?$")
_QUARTER_FIRST = re.compile(r"^Q([1-4])\s*[-/ ]?\s*(\d{4})$", re.I)
_QUARTER_ZH = re.compile(r"^(\d{4})\s*年?\s*第?\s*([1-4一二三四])\s*季度?$")
_HALF = re.compile(r"^(\d{4})\s*[-/ ]?\s*H([12])$", re.I)
_YEAR_ZH = re.compile(r"^(\d{4})\s*年$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_ZH_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4}


def _period(year: int, first_month: int, months: int, edge: Edge) -> date:
    if edge is Edge.FIRST:
        return date(year, first_month, 1)
    last_month = first_month + months - 1
    return date(year, last_month, calendar.monthrange(year, last_month)[1])


def _serial(number: float) -> date:
    if not 1 <= number <= _MAX_SERIAL:
        raise CellError("cell.not_a_date", value=f"{number:g}")
    return _EXCEL_DAY_ZERO + timedelta(days=int(number))


def parse_date(value: object, edge: Edge, order: DayOrder | None = None) -> date | None:
    """The date a cell means (None for an empty cell).

    Raises `Ambiguous` for a day/month form that reads both ways when no `order` is given, and
    `CellError` (a ValueError) saying why for anything that is not a date.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellError("cell.not_a_date", value=str(value))
    if isinstance(value, (int, float)):
        if float(value).is_integer() and int(value) in _YEARS:
            return _period(int(value), 1, 12, edge)
        return _serial(float(value))
    text = " ".join(str(value).split())
    if not text:
        return None
    try:
        return _parse_text(text, edge, order)
    except Ambiguous:
        raise
    except OrderMismatch:
        raise CellError("cell.wrong_day_order", value=_shown(text)) from None
    except ValueError:
        raise CellError("cell.not_a_date", value=_shown(text)) from None


def _parse_text(text: str, edge: Edge, order: DayOrder | None) -> date:
    # The forms a planner types anywhere in the app (ISO, 2027, 2027-06, 2027Q3) are read by
    # the one reader of typed dates; a spreadsheet adds times, serials and the rest below.
    match = _ISO_TIME.match(text)
    try:
        return parse_date_text(match[1] if match else text, period_end=edge is Edge.LAST)
    except DateTextError as error:
        if error.problem is not DateProblem.FORMAT:
            raise ValueError(error.problem.value) from None
    match = _CHINESE.match(text)
    if match:
        year, month = int(match[1]), int(match[2])
        if match[3]:
            return date(year, month, int(match[3]))
        return _period(year, month, 1, edge)
    match = _QUARTER_FIRST.match(text)
    if match:
        return _period(int(match[2]), 3 * int(match[1]) - 2, 3, edge)
    match = _QUARTER_ZH.match(text)
    if match and ("季" in text or "第" in text):
        quarter = _ZH_DIGITS.get(match[2]) or int(match[2])
        return _period(int(match[1]), 3 * quarter - 2, 3, edge)
    match = _HALF.match(text)
    if match:
        return _period(int(match[1]), 6 * int(match[2]) - 5, 6, edge)
    match = _YEAR_ZH.match(text)
    if match:
        return _period(int(match[1]), 1, 12, edge)
    match = _DMY.match(text)
    if match:
        return _day_month(int(match[1]), int(match[2]), int(match[3]), order)
    return _serial(float(text))


def _day_month(a: int, b: int, year: int, order: DayOrder | None) -> date:
    if year < 100:
        year += 2000
    if a == b or a > 12 or b > 12:
        if a > 12 and b > 12:
            raise ValueError("no month")
        day, month = (a, b) if a > 12 or a == b else (b, a)
        if order is not None and a != b and (day, month) != _ordered(a, b, order):
            raise OrderMismatch(text_of(a, b, year))
        return date(year, month, day)
    if order is None:
        raise Ambiguous(f"{a:02d}/{b:02d}/{year}")
    day, month = _ordered(a, b, order)
    return date(year, month, day)


def text_of(a: int, b: int, year: int) -> str:
    return f"{a:02d}/{b:02d}/{year}"


def _ordered(a: int, b: int, order: DayOrder) -> tuple[int, int]:
    return (a, b) if order is DayOrder.DAY_FIRST else (b, a)


def _shown(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "…")
