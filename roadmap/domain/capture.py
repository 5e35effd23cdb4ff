"""Quick capture: steps typed as one line each, or pasted as a list or spreadsheet rows.

A capture line is a step's name with optional marks anywhere in it:

    Pilot line 2027Q3-2028Q2 @Product #Near-memory !pilot TRL5-7

- dates as a year (`2027`), quarter (`2027Q3`), month (`2027-06`) or day (`2027-06-15`); one
  period gives the step that period, a range `A-B` (also `A..B`, `A to B`) runs from the start
  of A to the end of B;
- `@lane` and `#pathway` name a lane and a pathway by the start of their name;
- `!kind` a kind of step (`!milestone`, `!gate`, `!pilot`…), also by the start of its name;
- `TRL5-7` (or `TRL 5`) the TRL at start and the target TRL.

Rows copied from a spreadsheet come as tab-separated cells: name, start, end, lane, pathway,
kind, TRL at start, target TRL — or in the order of a header row naming those columns.

Only text is parsed here; `resolve` finds a lane or pathway by a typed prefix. Turning the
parsed lines into steps of a roadmap is the services' (`roadmap.services.capture`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from roadmap.domain.entities import EntityKind
from roadmap.domain.enums import StepKind
from roadmap.domain.errors import ValidationError

# A period: 2027, 2027Q3 / 2027-Q3, 2027-06 / 2027/6, 2027-06-15 / 2027/6/15. Month and day
# digits may not run on into more digits, so "2027-06-2028-01" reads as two periods.
_PERIOD = r"\d{4}(?:[-/ ]?[Qq][1-4]|[-/.]\d{1,2}(?!\d)(?:[-/.]\d{1,2}(?!\d))?)?"
_RANGE = re.compile(
    rf"(?<![\w@#!])(?P<first>{_PERIOD})(?:\s*(?:\.\.|–|—|-|~|\bto\b)\s*(?P<last>{_PERIOD}))?(?!\w)"
)
_TRL = re.compile(
    r"(?<!\w)TRL\s*(?P<start>[1-9])(?:\s*(?:-|–|→|>|\.\.|to)\s*(?P<target>[1-9]))?(?!\w)",
    re.IGNORECASE,
)
_MARK = re.compile(r"(?<!\S)(?P<sign>[@#!])(?P<text>\S+)")
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦]|\d+[.)]|\[[ xX]?\])\s+")

# Header words a spreadsheet row may use for each column (English and Chinese).
_HEADERS = {
    "name": ("name", "step", "title", "task", "名称", "步骤", "任务"),
    "start": ("start", "begin", "from", "开始"),
    "end": ("end", "finish", "until", "to", "结束", "完成"),
    "lane": ("lane", "layer", "泳道", "层"),
    "pathway": ("pathway", "path", "route", "路径"),
    "kind": ("kind", "type", "类型", "种类"),
    "trl_start": ("trl start", "trl at start", "trl", "起始trl"),
    "trl_target": ("target trl", "trl target", "目标trl"),
}
_DEFAULT_COLUMNS = ("name", "start", "end", "lane", "pathway", "kind", "trl_start", "trl_target")
# Words a `!kind` mark may start: the English names, "gate", and the Chinese labels.
_KIND_WORDS = [(kind, kind.value.replace("_", " ")) for kind in StepKind] + [
    (StepKind.DECISION_GATE, "gate"),
    (StepKind.RESEARCH, "研究"),
    (StepKind.TECHNOLOGY, "技术"),
    (StepKind.PROTOTYPE, "原型"),
    (StepKind.PILOT, "中试"),
    (StepKind.PRODUCT, "产品"),
    (StepKind.MILESTONE, "里程碑"),
    (StepKind.DECISION_GATE, "决策关口"),
]


@dataclass(frozen=True)
class CapturedLine:
    """One step as typed: its name and whatever marks the line had (unresolved)."""

    name: str
    start: date | None = None
    end: date | None = None
    lane: str | None = None
    pathway: str | None = None
    kind: StepKind | None = None
    trl_start: int | None = None
    trl_target: int | None = None


def period(text: str) -> tuple[date, date] | None:
    """The first and last day of a typed period (year, quarter, month or day), or None."""
    text = text.strip()
    match = re.fullmatch(r"(\d{4})[-/ ]?[Qq]([1-4])", text)
    if match:
        year, quarter = int(match[1]), int(match[2])
        first = date(year, 3 * quarter - 2, 1)
        return first, _month_end(year, 3 * quarter)
    match = re.fullmatch(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?", text)
    if not match:
        return None
    year = int(match[1])
    try:
        if match[2] is None:
            return date(year, 1, 1), date(year, 12, 31)
        month = int(match[2])
        if match[3] is None:
            return date(year, month, 1), _month_end(year, month)
        day = date(year, month, int(match[3]))
    except ValueError:
        return None
    return day, day


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def date_range(text: str) -> tuple[date, date] | None:
    """A typed range `A-B` (or one period) as its first and last day, or None."""
    match = _RANGE.fullmatch(text.strip())
    if match is None:
        return None
    first = period(match["first"])
    last = period(match["last"]) if match["last"] else first
    if first is None or last is None:
        return None
    return first[0], last[1]


def match_kind(text: str) -> StepKind:
    """The step kind whose name starts with `text` (`!mile`, `!gate`, `!proto`)."""
    typed = text.casefold().replace("_", " ").replace("-", " ")
    found = {kind for kind, word in _KIND_WORDS if word.startswith(typed)}
    if len(found) == 1:
        return found.pop()
    raise ValidationError("capture.unknown_kind", text=text)


def parse_line(line: str) -> CapturedLine:
    """Read one capture line; refuses a line with no name or a date that does not exist."""
    text = _BULLET.sub("", line).strip()
    start = end = None
    trl_start = trl_target = None
    lane = pathway = None
    kind = None

    def take_marks(match: re.Match[str]) -> str:
        nonlocal lane, pathway, kind
        sign, value = match["sign"], match["text"]
        if sign == "@":
            lane = value
        elif sign == "#":
            pathway = value
        else:
            kind = match_kind(value)
        return " "

    text = _MARK.sub(take_marks, text)
    trl = _TRL.search(text)
    if trl is not None:
        trl_start = int(trl["start"])
        trl_target = int(trl["target"] or trl["start"])
        text = text[: trl.start()] + " " + text[trl.end() :]
    found = _RANGE.search(text)
    if found is not None:
        dates = date_range(found[0])
        if dates is None:
            raise ValidationError("capture.not_a_date", text=found[0].strip())
        start, end = dates
        text = text[: found.start()] + " " + text[found.end() :]
    name = " ".join(text.split())
    if not name:
        raise ValidationError("capture.no_name", text=line.strip())
    return CapturedLine(name, start, end, lane, pathway, kind, trl_start, trl_target)


def _header_columns(cells: list[str]) -> tuple[str, ...] | None:
    """The columns a header row names, or None if `cells` is not a header row."""
    names: list[str] = []
    for cell in cells:
        typed = " ".join(cell.casefold().replace("_", " ").split())
        column = next((col for col, words in _HEADERS.items() if typed in words), "")
        names.append(column)
    return tuple(names) if "name" in names and ("start" in names or "lane" in names) else None


def _row(cells: list[str], columns: tuple[str, ...], number: int) -> CapturedLine:
    values = dict(zip(columns, (cell.strip() for cell in cells), strict=False))
    name = values.get("name", "")
    if not name:
        raise ValidationError("capture.row_no_name", number=number)
    start = end = None
    if values.get("start"):
        first = date_range(values["start"])
        if first is None:
            raise ValidationError("capture.row_bad_start", number=number, text=values["start"])
        start, end = first
    if values.get("end"):
        last = date_range(values["end"])
        if last is None:
            raise ValidationError("capture.row_bad_end", number=number, text=values["end"])
        end = last[1]
        start = start or last[0]
    trl_start = _trl(values.get("trl_start", ""), number)
    trl_target = _trl(values.get("trl_target", ""), number)
    kind = match_kind(values["kind"]) if values.get("kind") else None
    return CapturedLine(
        name,
        start,
        end,
        values.get("lane") or None,
        values.get("pathway") or None,
        kind,
        trl_start if trl_start is not None else trl_target,
        trl_target if trl_target is not None else trl_start,
    )


def _trl(text: str, number: int) -> int | None:
    if not text:
        return None
    if text.isdigit() and 1 <= int(text) <= 9:
        return int(text)
    raise ValidationError("capture.row_bad_trl", number=number, text=text)


def parse_list(text: str) -> list[CapturedLine]:
    """Read a pasted list: capture lines, or tab-separated rows (a header row is optional)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not any("\t" in line for line in lines):
        result = []
        for number, line in enumerate(lines, start=1):
            try:
                result.append(parse_line(line))
            except ValidationError as error:
                if len(lines) == 1:
                    raise
                raise ValidationError(
                    "capture.line", number=number, problem=error.message
                ) from None
        return result
    rows = [line.split("\t") for line in lines]
    columns = _header_columns(rows[0]) if rows else None
    if columns is not None:
        rows = rows[1:]
    result = []
    for number, cells in enumerate(rows, start=2 if columns else 1):
        result.append(_row(cells, columns or _DEFAULT_COLUMNS, number))
    return result


def resolve(typed: str, names: Mapping[str, str], kind: EntityKind) -> str:
    """The ID whose name is `typed` or starts with it (ignoring case and spaces); refuses a
    prefix that names none or several. `names` maps IDs to names; `kind` (lane or pathway)
    is for the message."""
    wanted = _key(typed)
    exact = [key for key, name in names.items() if _key(name) == wanted]
    if len(exact) == 1:
        return exact[0]
    found = exact or [key for key, name in names.items() if _key(name).startswith(wanted)]
    if len(found) == 1:
        return found[0]
    if found:
        several = ", ".join(f'"{names[key]}"' for key in found[:4])
        raise ValidationError("capture.ambiguous", kind=kind, typed=typed, names=several)
    if not names:
        raise ValidationError("capture.none_yet", kind=kind, typed=typed)
    listed = ", ".join(f'"{name}"' for name in list(names.values())[:5])
    raise ValidationError("capture.no_match", kind=kind, typed=typed, names=listed)


def _key(name: str) -> str:
    return "".join(name.casefold().split())
