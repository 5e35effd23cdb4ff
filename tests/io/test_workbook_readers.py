"""Two readers of workbooks: calamine for files that show their grid is small, openpyxl for
the rest. Both give the same roadmap; a grid calamine would have to allocate gigabytes for is
never handed to it."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io import calamine_sheets
from roadmap.io.exchange import ExportOptions
from roadmap.io.workbook_export import export_workbook
from roadmap.io.workbook_import import parse_workbook

ROOT = Path(__file__).resolve().parents[2]


def data_parts(path: Path) -> list[str]:
    from roadmap.io.workbook_layout import SHEETS

    with zipfile.ZipFile(path) as archive:
        parts = calamine_sheets.sheet_names(archive)
    assert parts is not None
    return [parts[spec.en] for spec in SHEETS if spec.en in parts]


def fits(path: Path) -> bool:
    with zipfile.ZipFile(path) as archive:
        return calamine_sheets.plan(archive, data_parts(path))


def with_part_changed(source: Path, target: Path, part: str, old: bytes, new: bytes) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for entry in src.infolist():
            data = src.read(entry)
            if entry.filename == part:
                assert old in data
                data = data.replace(old, new, 1)
            dst.writestr(entry, data)
    return target


@pytest.fixture
def zh_workbook(tmp_path: Path, sample_snapshot_zh: RoadmapSnapshot) -> Path:
    out = tmp_path / "sample-zh.xlsx"
    export_workbook(sample_snapshot_zh, out, ExportOptions())
    return out


def test_our_own_workbooks_are_read_by_calamine(en_workbook: Path, zh_workbook: Path) -> None:
    assert calamine_sheets.available()
    assert fits(en_workbook) and fits(zh_workbook)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_both_readers_give_the_same_roadmap(
    language: str, en_workbook: Path, zh_workbook: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workbook = en_workbook if language == "en" else zh_workbook
    fast = parse_workbook(workbook)
    monkeypatch.setattr(calamine_sheets, "available", lambda: False)
    slow = parse_workbook(workbook)
    assert len(fast.snapshot.steps) > 10
    # IDs made up for rows without one differ; everything read from the file must not.
    assert fast.snapshot.with_section(fast.snapshot.info.kind, (slow.snapshot.info,)) == (
        slow.snapshot
    )
    assert fast.baselines == slow.baselines and fast.lineage == slow.lineage


def cells_at(reference: str) -> tuple[bytes, bytes]:
    """A row holding one cell at `reference`, appended to a sheet's data."""
    digits = "".join(c for c in reference if c.isdigit())
    row = f'<row r="{digits}"><c r="{reference}"><v>1</v></c></row>'
    return b"</sheetData>", row.encode() + b"</sheetData>"


HOSTILE_GRIDS = {
    "column XFD": cells_at("XFD20"),
    "row 99,999,999,999": cells_at("A99999999999"),
    "row 100,000": cells_at("A100000"),
    "a cell without its place": (b"</sheetData>", b'<row r="30"><c><v>1</v></c></row></sheetData>'),
    "a row without its place": (b"</sheetData>", b'<row><c r="A31"><v>1</v></c></row></sheetData>'),
    "a prefixed cell": (
        b"</sheetData>",
        b'<row r="32"><x:c xmlns:x="urn:x" r="XFD32"><x:v>1</x:v></x:c></row></sheetData>',
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE_GRIDS), ids=list(HOSTILE_GRIDS))
def test_a_grid_calamine_cannot_bound_is_read_by_openpyxl(
    case: str, en_workbook: Path, tmp_path: Path
) -> None:
    old, new = HOSTILE_GRIDS[case]
    lanes = data_parts(en_workbook)[-1]  # the Lanes sheet: its extra cells are ignored
    hostile = with_part_changed(en_workbook, tmp_path / "hostile.xlsx", lanes, old, new)
    assert not fits(hostile)
    # In a process that cannot take more than 1.5 GiB: calamine would abort it, openpyxl
    # either reads the file or refuses it in one line.
    limit = int(1.5 * 2**30)
    result = subprocess.run(
        [sys.executable, "-m", "roadmap", "import", str(hostile), str(tmp_path / "new.roadmap")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (limit, limit)),
        timeout=300,
    )
    assert result.returncode in (0, 2), result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    if result.returncode == 2:  # damaged, or a row the roadmap cannot take: one line
        assert result.stderr.startswith("roadmap: hostile.xlsx ")
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_workbook_too_large_for_calamine_is_read_by_openpyxl(
    en_workbook: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert fits(en_workbook)
    monkeypatch.setattr(calamine_sheets, "CALAMINE_BYTES", 1000)
    assert not fits(en_workbook)
    assert len(parse_workbook(en_workbook).snapshot.steps) > 10
