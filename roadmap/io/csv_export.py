"""The steps as a CSV file for spreadsheets and scripts.

UTF-8 with a byte-order mark, because Excel reads a CSV without one in the local code page and
shows Chinese as mojibake; ISO dates; the same columns and words as the workbook's Steps sheet.
Text a spreadsheet would run as a formula gets a leading apostrophe.
"""

from __future__ import annotations

import csv
from pathlib import Path

from roadmap.atomic_files import replacing
from roadmap.domain.entities import EntityKind, Step
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io import display_order
from roadmap.io.cell_text import clean, inert_for_csv
from roadmap.io.enum_labels import label
from roadmap.io.export_options import ExportOptions
from roadmap.io.workbook_export import display_name
from roadmap.io.workbook_layout import SHEET_OF, Cell


def _cells(snapshot: RoadmapSnapshot, step: Step, language: str) -> list[str]:
    spec = SHEET_OF[EntityKind.STEP]
    targets = {
        "pathway_id": EntityKind.PATHWAY,
        "lane_id": EntityKind.LANE,
        "owner_org_id": EntityKind.ORGANIZATION,
        "lead_person_id": EntityKind.PERSON,
    }
    cells: list[str] = []
    for column in spec.columns:
        if column.cell is Cell.LABEL:
            assert column.source is not None
            value = getattr(step, column.source)
            found = snapshot.get(targets[column.source], value) if value else None
            cells.append(inert_for_csv(clean(display_name(found))[0]))
            continue
        value = getattr(step, column.key)
        if value is None:
            cells.append("")
        elif column.cell is Cell.ENUM:
            cells.append(label(value, language))
        elif column.cell is Cell.DATE:
            cells.append(value.isoformat())
        elif isinstance(value, str):
            cells.append(inert_for_csv(clean(value)[0]))
        elif isinstance(value, float) and value.is_integer():
            cells.append(str(int(value)))
        else:
            cells.append(str(value))
    return cells


def export_csv(snapshot: RoadmapSnapshot, out: Path, options: ExportOptions) -> list[str]:
    """Write the steps of `snapshot` to `out` as CSV; returns warnings (none so far)."""
    language = options.language or snapshot.info.language.value
    spec = SHEET_OF[EntityKind.STEP]
    with replacing(out) as partial, partial.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow([column.header(language) for column in spec.columns])
        for step in display_order.steps(snapshot):
            writer.writerow(_cells(snapshot, step, language))
    return []
