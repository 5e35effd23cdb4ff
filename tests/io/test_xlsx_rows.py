"""`RowSheet` writes rows visiting only the cells they hold, and `put_string`/`put_number`
skip the "A1" check: the workbook must come out byte for byte as xlsxwriter's own worksheet
writes it (this is what fails if an xlsxwriter release changes how it stores rows)."""

from __future__ import annotations

import gc
import weakref
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from xlsxwriter.worksheet import Worksheet

from roadmap.domain.baseline import Baseline, BaselineInfo, plan_of
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io import xlsx_rows
from roadmap.io.exchange import ExportOptions
from roadmap.io.workbook_export import export_workbook


class StockSheet(Worksheet):  # type: ignore[misc]
    """xlsxwriter's worksheet as it comes, with the exporter's names for its writes."""

    put_string = Worksheet.write_string
    put_number = Worksheet.write_number


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        # core.xml holds the time xlsxwriter wrote the file
        return {n: archive.read(n) for n in archive.namelist() if n != "docProps/core.xml"}


def export_both(
    snapshot: RoadmapSnapshot, folder: Path, monkeypatch: pytest.MonkeyPatch, **kwargs: object
) -> tuple[dict[str, bytes], dict[str, bytes]]:
    def now() -> datetime:
        return datetime(2026, 3, 4, 5, 6, 7)

    ours, stock = folder / "ours.xlsx", folder / "stock.xlsx"
    export_workbook(snapshot, ours, ExportOptions(), now=now, **kwargs)  # type: ignore[arg-type]
    with monkeypatch.context() as patch:
        patch.setattr(xlsx_rows.RowWorkbook, "worksheet_class", StockSheet)
        export_workbook(snapshot, stock, ExportOptions(), now=now, **kwargs)  # type: ignore[arg-type]
    return members(ours), members(stock)


def test_the_samples_come_out_as_xlsxwriter_writes_them(
    sample_snapshot: RoadmapSnapshot,
    sample_snapshot_zh: RoadmapSnapshot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert xlsx_rows._KNOWN_ROWS  # the xlsxwriter installed is one RowSheet knows
    for snapshot in (sample_snapshot, sample_snapshot_zh):
        ours, stock = export_both(snapshot, tmp_path, monkeypatch)
        assert ours.keys() == stock.keys()
        assert [n for n in ours if ours[n] != stock[n]] == []


def test_with_a_baseline_and_steps_before_1900_too(
    sample_snapshot: RoadmapSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Baseline columns right of the bars, a step dated before Excel's first day (written as
    text), and rows far apart (blocks of 16 rows without cells between them)."""
    early = replace(sample_snapshot.steps[0], start=date(1899, 6, 1))
    moved = tuple(replace(s, start=s.start + timedelta(40)) for s in sample_snapshot.steps[1:])
    before = replace(sample_snapshot, steps=(early, *moved))
    baseline = Baseline(
        BaselineInfo("b1", "Kick-off", datetime(2025, 3, 1, tzinfo=UTC), "me", ""),
        plan_of(sample_snapshot),
    )
    ours, stock = export_both(before, tmp_path, monkeypatch, baselines=(baseline,))
    assert "xl/worksheets/sheet20.xml" in ours  # Variance and Baselines were written too
    assert [n for n in ours if ours[n] != stock[n]] == []


def test_a_written_workbook_is_freed_as_the_export_returns(
    sample_snapshot: RoadmapSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export runs with the cyclic collector paused, so nothing of the workbook may wait
    for it: xlsxwriter's sheets refer back to their workbook, and until `let_go` broke that,
    a whole workbook of cells stayed in memory after every export."""
    made: list[weakref.ref[xlsx_rows.RowWorkbook]] = []
    make = xlsx_rows.RowWorkbook.__init__

    def recorded(self: xlsx_rows.RowWorkbook, *args: object, **kwargs: object) -> None:
        make(self, *args, **kwargs)
        made.append(weakref.ref(self))

    monkeypatch.setattr(xlsx_rows.RowWorkbook, "__init__", recorded)
    was_on = gc.isenabled()
    gc.disable()  # so that only reference counting can free it
    try:
        export_workbook(sample_snapshot, tmp_path / "freed.xlsx", ExportOptions())
        assert len(made) == 1
        assert made[0]() is None
    finally:
        if was_on:
            gc.enable()
    assert gc.isenabled() == was_on  # the export turned the collector back on as it was
