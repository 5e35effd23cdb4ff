"""Reading a workbook's data sheets with calamine (Rust) when the file proves it safe to.

calamine reads cell values several times faster than openpyxl, but it builds each sheet as a
dense grid from its first to its last cell, in memory, in one go: one cell in column XFD or in
row 99,999,999,999 makes it ask for gigabytes, and a failed allocation in Rust ends the
process. So it only reads files whose sheet XML shows the grid is small (`plan`): the parts it
will read unpack to at most CALAMINE_BYTES, and in each sheet it reads every row and every cell
states its place as the first attribute (`<row r="12"`, `<c r="B12"`), no cell lies beyond
column Z (a roadmap sheet has 20 columns) and no row beyond MAX_ROW. Everything else — a
foreign layout, a hostile file, a sheet too long — is read by openpyxl's streaming parser
(`sheet_cells.py`), whose cost is bounded by the cells present. The zip itself has already been
checked by `zip_guard` either way, and calamine refuses XML entities instead of expanding them.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any

CALAMINE_BYTES = 48 * 2**20  # sheets read + shared strings + styles, unpacked
MAX_ROW = 99_999  # with 26 columns, a grid of at most 2.6 million cells (~83 MB)
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_RELS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_ALWAYS_READ = ("xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml")

# A cell or row tag whose first attribute is not its place, or whose place is out of bounds.
_BAD_CELL = re.compile(rb'<c(?:[/>]|\s+(?!r="[A-Z][0-9]{1,5}"))')
_BAD_ROW = re.compile(rb'<row(?:[/>]|\s+(?!r="[0-9]{1,5}"))')
# Elements with a namespace prefix (`<x:c …>`) would escape the two patterns above. One
# pattern, not seven `in` tests: each `in` scanned the whole sheet again (92 ms on L's 20 MB).
_PREFIXED = re.compile(rb":(?:c[ >/\t\n\r]|row)")


def available() -> bool:
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return False
    return True


def sheet_names(archive: zipfile.ZipFile) -> dict[str, str] | None:
    """Each sheet's name and the zip part holding it, or None if the workbook's own index
    cannot be followed plainly (then calamine is not used)."""
    from defusedxml import ElementTree

    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return None
    targets = {rel.get("Id"): rel.get("Target") or "" for rel in rels.iter(f"{_RELS}Relationship")}
    parts: dict[str, str] = {}
    present = set(archive.namelist())
    for sheet in book.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_DOC_RELS}id")) or ""
        name = sheet.get("name")
        # Only the plain forms, which every reader resolves alike.
        if target.startswith("/xl/"):
            part = target[1:]
        elif target and not target.startswith(("/", "xl/")):
            part = posixpath.join("xl", target)
        else:
            return None
        if name is None or name in parts or posixpath.normpath(part) != part:
            return None
        if part not in present:
            return None
        parts[name] = part
    return parts


def plan(archive: zipfile.ZipFile, parts: Sequence[str]) -> bool:
    """Whether calamine may read the sheets in `parts` (see the module's docstring)."""
    sizes = {entry.filename: entry.file_size for entry in archive.infolist()}
    reads = [*parts, *(name for name in _ALWAYS_READ if name in sizes)]
    if sum(sizes.get(name, 0) for name in set(reads)) > CALAMINE_BYTES:
        return False
    for part in parts:
        data = archive.read(part)
        if _BAD_CELL.search(data) or _BAD_ROW.search(data):
            return False
        if _PREFIXED.search(data):
            return False
    return True


def read_sheets(
    path: Path, names: Sequence[str], blank_as_none: Collection[str], done: Callable[[str], None]
) -> dict[str, list[Sequence[Any]]]:
    """The rows of each sheet in `names` (row 1 first), read by calamine; `done(name)` after
    each sheet. calamine gives "" for a cell that is not there, where openpyxl gives None:
    the sheets in `blank_as_none` get None (the data sheets' reader takes either alike)."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    try:
        found: dict[str, list[Sequence[Any]]] = {}
        for name in names:
            grid = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            if name in blank_as_none:
                found[name] = [
                    tuple([(v or None) if type(v) is str else v for v in row]) for row in grid
                ]
            else:
                found[name] = list(grid)
            done(name)
        return found
    finally:
        workbook.close()
