"""Hand-edited workbooks: change a sheet's XML inside the zip, as an attacker (or a bug) would."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path


def sheet_parts(xlsx: Path) -> dict[str, str]:
    """Sheet name -> the zip entry of its XML."""
    with zipfile.ZipFile(xlsx) as archive:
        workbook = archive.read("xl/workbook.xml").decode("utf-8")
        rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
    targets |= {k: v for v, k in re.findall(r'Target="([^"]+)"[^>]*Id="(rId\d+)"', rels)}
    parts = {}
    for name, rid in re.findall(r'<sheet name="([^"]+)" sheetId="\d+" r:id="(rId\d+)"', workbook):
        target = targets[rid].lstrip("/")
        parts[name] = target if target.startswith("xl/") else f"xl/{target}"
    return parts


def edit_sheet(source: Path, target: Path, sheet: str, change: Callable[[str], str]) -> None:
    """Copy `source` to `target` with the XML of `sheet` passed through `change`."""
    part = sheet_parts(source)[sheet]
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for entry in src.infolist():
            data = src.read(entry)
            if entry.filename == part:
                data = change(data.decode("utf-8")).encode("utf-8")
            dst.writestr(entry, data)


def add_rows(xml: str, rows: str) -> str:
    return xml.replace("</sheetData>", rows + "</sheetData>")
