"""A workbook's data sheets as rows of cell values, read by calamine or openpyxl.

The file is distrusted: its zip directory is inspected before it is opened (`zip_guard`);
calamine reads it when the file shows its sheets are small grids (`calamine_sheets`), openpyxl
through defusedxml otherwise; anything that goes wrong while reading becomes "damaged or not a
workbook". What the rows mean is `workbook_import`'s business.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import message
from roadmap.io import calamine_sheets
from roadmap.io.cell_text import unescape_from_xlsx
from roadmap.io.export_options import Progress
from roadmap.io.problems import DamagedFile
from roadmap.io.sheet_cells import SheetOutOfBounds, sheet_rows
from roadmap.io.workbook_baselines import BASELINES_SHEET
from roadmap.io.workbook_layout import ABOUT_SHEET, SHEETS
from roadmap.io.workbook_lineage import SHEET as LINEAGE_SHEET
from roadmap.io.zip_guard import damaged, inspect_workbook_zip


@dataclass
class RawSheet:
    """A sheet as read: its name and the rows of cell values (row 1 first)."""

    name: str
    language: str
    rows: list[Sequence[Any]] = field(default_factory=list)  # data sheets: "" may mean empty


def norm(text: object) -> str:
    return " ".join(str(text).split()).casefold() if text is not None else ""


def find_sheet(names: Sequence[str], en: str, zh: str) -> tuple[str, str] | None:
    """The workbook's sheet called `en` or `zh` (any case), and which language it is in."""
    by_norm = {norm(name): name for name in names}
    for wanted, language in ((en, "en"), (zh, "zh")):
        found = by_norm.get(norm(wanted))
        if found is not None:
            return found, language
    return None


def require_defused_xml() -> None:
    from openpyxl.xml import functions

    if not functions.iterparse.__module__.startswith("defusedxml"):
        raise RoadmapError("workbook.needs_defusedxml")


def read_raw(path: Path, progress: Progress | None = None) -> dict[str, RawSheet | None]:
    """The data sheets' cell values, keyed by table name (None: the sheet is missing).

    calamine reads them when the file shows it may (`calamine_sheets`), openpyxl otherwise."""
    inspect_workbook_zip(path)
    wanted = [(s.table, s.en, s.zh) for s in SHEETS] + [("About", *ABOUT_SHEET)]
    wanted.append((LINEAGE_SHEET, LINEAGE_SHEET, LINEAGE_SHEET))
    wanted.append(("Baselines", *BASELINES_SHEET))  # optional: only roadmaps with baselines
    try:
        fast = _read_with_calamine(path, wanted, progress)
    except RoadmapError:
        raise
    except Exception as exc:  # whatever a hostile file provokes is "damaged"
        raise _damaged_by(path, exc) from None
    if fast is not None:
        return fast
    return _read_with_openpyxl(path, wanted, progress)


def _read_with_calamine(
    path: Path, wanted: list[tuple[str, str, str]], progress: Progress | None
) -> dict[str, RawSheet | None] | None:
    """The sheets read by calamine, or None when this file is for openpyxl to read."""
    if not calamine_sheets.available():
        return None
    with zipfile.ZipFile(path) as archive:
        parts = calamine_sheets.sheet_names(archive)
        if parts is None:
            return None
        located = {key: find_sheet(list(parts), en, zh) for key, en, zh in wanted}
        names = [hit[0] for hit in located.values() if hit is not None]
        if not calamine_sheets.plan(archive, [parts[name] for name in names]):
            return None

    def done(name: str) -> None:
        if progress is not None:
            progress(names.index(name) + 1, len(names))

    data_sheets = {hit[0] for spec in SHEETS if (hit := located[spec.table]) is not None}
    blank_as_none = [name for name in names if name not in data_sheets]
    rows = calamine_sheets.read_sheets(path, names, blank_as_none, done)
    return {
        key: None if hit is None else RawSheet(hit[0], hit[1], rows[hit[0]])
        for key, hit in located.items()
    }


def _damaged_by(path: Path, exc: BaseException) -> DamagedFile:
    """The refusal for whatever a reader raised on a file it could not read."""
    from defusedxml import DefusedXmlException

    causes: list[BaseException] = [exc]
    while causes[-1].__context__ is not None and len(causes) < 10:
        causes.append(causes[-1].__context__)
    entities = any(isinstance(cause, DefusedXmlException) for cause in causes)
    # calamine refuses an entity it was not told of, where defusedxml refuses the declaration.
    entities = entities or "unrecognized entity" in str(exc)
    return damaged(path, message("workbook.why_entities") if entities else type(exc).__name__)


def _read_with_openpyxl(
    path: Path, wanted: list[tuple[str, str, str]], progress: Progress | None
) -> dict[str, RawSheet | None]:
    try:
        import openpyxl
    except ImportError as exc:  # pragma: no cover - a broken installation
        raise RoadmapError("workbook.cannot_read", reason=exc) from None
    require_defused_xml()
    found: dict[str, RawSheet | None] = {}
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
        try:
            located = {key: find_sheet(workbook.sheetnames, en, zh) for key, en, zh in wanted}
            total = sum(workbook[hit[0]].max_row or 0 for hit in located.values() if hit) or 1
            done = 0
            for key, hit in located.items():
                if hit is None:
                    found[key] = None
                    continue
                worksheet = workbook[hit[0]]
                sheet = found[key] = RawSheet(hit[0], hit[1])
                for number, values in sheet_rows(worksheet):
                    # Rows keep their numbers (messages name them); gaps stay empty.
                    sheet.rows.extend([()] * (number - 1 - len(sheet.rows)))
                    sheet.rows.append(_unescaped(values))
                    done += 1
                    if progress is not None and done % 2000 == 0:
                        progress(min(done, total), total)
        finally:
            workbook.close()
    except RoadmapError:
        raise
    except SheetOutOfBounds as exc:
        raise damaged(path, exc.said) from None
    except Exception as exc:  # whatever a hostile file provokes is "damaged"
        raise _damaged_by(path, exc) from None
    if progress is not None:
        progress(1, 1)
    return found


def _unescaped(values: tuple[Any, ...]) -> tuple[Any, ...]:
    """openpyxl leaves `_xHHHH_` escapes in text; Excel shows the characters they stand for."""
    if not any(isinstance(v, str) and "_x" in v for v in values):
        return values
    return tuple(unescape_from_xlsx(v) if isinstance(v, str) else v for v in values)
