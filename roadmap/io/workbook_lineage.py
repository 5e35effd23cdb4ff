"""The hidden Lineage sheet of a workbook exported from a breakout copy.

It carries the copy's lineage rows (`domain.lineage`), the packed base in base64 cut into
cells of 30,000 characters (a cell holds at most 32,767), so a copy that went out as a
workbook, was edited in Excel and imported again still merges against its base. The sheet is
hidden: planners never need it, and a workbook without it imports as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from roadmap.domain.errors import ValidationError
from roadmap.domain.lineage import FIELDS, LineageRow, from_plain
from roadmap.domain.messages import message

if TYPE_CHECKING:
    from roadmap.io.problems import Problems

SHEET = "Lineage"
CHUNK = 30_000


def write_lineage_sheet(workbook: Any, lineage: Sequence[LineageRow]) -> None:
    """Add the hidden sheet to an xlsxwriter workbook (nothing when there is no lineage)."""
    if not lineage:
        return
    sheet = workbook.add_worksheet(SHEET)
    sheet.hide()
    sheet.write_row(0, 0, FIELDS)
    for row_number, row in enumerate(lineage, start=1):
        plain = row.plain()
        sheet.write_row(row_number, 0, [plain[name] or "" for name in FIELDS[:-1]])
        content = plain["content"]
        for part, start in enumerate(range(0, len(content), CHUNK)):
            sheet.write_string(row_number, len(FIELDS) - 1 + part, content[start : start + CHUNK])


def read_lineage_rows(rows: Sequence[Sequence[Any]], problems: Problems) -> tuple[LineageRow, ...]:
    """The lineage rows of the sheet's cell values; a damaged one is reported in `problems`."""
    found: list[LineageRow] = []
    for number, values in enumerate(rows[1:], start=2):
        cells = ["" if v is None else str(v) for v in values]
        if not any(cells):
            continue
        record = dict(zip(FIELDS[:-1], cells, strict=False))
        record["content"] = "".join(cells[len(FIELDS) - 1 :])
        try:
            found.append(from_plain(record))
        except ValidationError as exc:
            place = message("workbook.place_row", sheet=SHEET, row=number)
            problems.append(message("import.at", place=place, problem=exc.message))
    return tuple(found)
