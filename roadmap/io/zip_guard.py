"""Look at a workbook's zip directory before anything is unpacked, and refuse a bomb.

An .xlsx is a zip of XML parts. A hostile file can declare a few kilobytes that unpack to
gigabytes, hold millions of entries, or carry an XML document type with entity definitions
(the "billion laughs"). The zip's central directory says how large every entry claims to be,
and reading stops at that claimed size, so checking the directory is enough to bound the
memory an import can take; the first bytes of each XML part show whether it declares a DTD.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from roadmap.domain.messages import Message, message
from roadmap.io.problems import DamagedFile

MAX_ENTRIES = 2_000
MAX_ENTRY_BYTES = 512 * 2**20
MAX_TOTAL_BYTES = 1024 * 2**20
MAX_RATIO = 200  # uncompressed / compressed, for entries large enough to matter
RATIO_FLOOR = 1 * 2**20  # entries smaller than this may compress as well as they like
PROLOG_BYTES = 4096
REQUIRED = ("[Content_Types].xml", "xl/workbook.xml")


def damaged(path: Path, why: str | Message = "") -> DamagedFile:
    """The one message for a file we cannot read as a workbook; `why` in the catalogue's words
    where it is ours, else the library's (an exception's text)."""
    if not why:
        return DamagedFile("workbook.damaged", name=path.name)
    return DamagedFile("workbook.damaged_because", name=path.name, why=why)


def inspect_workbook_zip(path: Path) -> None:
    """Raise `DamagedFile` unless `path` is a zip of plausible size holding a workbook."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ENTRIES:
                raise damaged(path, message("workbook.why_parts", count=len(entries)))
            names = {entry.filename for entry in entries}
            missing = [name for name in REQUIRED if name not in names]
            if missing:
                raise damaged(path, message("workbook.why_missing", part=missing[0]))
            total = 0
            for entry in entries:
                size = entry.file_size
                total += size
                if size > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES:
                    raise damaged(path, message("workbook.why_too_big"))
                if size > RATIO_FLOOR and size > MAX_RATIO * max(entry.compress_size, 1):
                    raise damaged(path, message("workbook.why_ratio"))
            for entry in entries:
                if entry.filename.endswith((".xml", ".rels", ".vml")):
                    _refuse_doctype(path, archive, entry)
    except DamagedFile:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise damaged(path, type(exc).__name__ if not str(exc) else str(exc)) from None
    except Exception as exc:  # anything a hostile zip provokes is "damaged"
        raise damaged(path, type(exc).__name__) from None


def _refuse_doctype(path: Path, archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> None:
    """Workbook XML never declares a DTD; one that does is an entity attack."""
    with archive.open(entry) as part:
        head = part.read(PROLOG_BYTES)
    for encoding in ("utf-8", "utf-16"):
        text = head.decode(encoding, errors="ignore")
        if "<!DOCTYPE" in text or "<!ENTITY" in text:
            raise damaged(path, message("workbook.why_doctype", part=entry.filename))
