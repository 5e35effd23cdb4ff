"""The workbook carries patents with their dated histories, organizations, people and moves
through export and import unchanged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from roadmap.cli import main
from roadmap.domain.entities import EntityKind
from roadmap.domain.enums import LicenseKind, MobilityKind, PatentStatus
from roadmap.services.transfer import TransferCommands
from roadmap.services.workspace import Workspace
from tests.support import canonical

WARPAGE = "cc2982cb-7b06-5ba7-81b2-4096f0369797"
QIHENG = "e630d5eb-a9f7-54c0-8b54-a0c45dafcc34"
LIU_SIQI = "e233b0fb-2287-5e22-8f0b-a0c5fe03c03f"
HUANG_JIANGUO = "85f266b6-26a1-53af-92b1-3a3b07438f6d"
TRANSFER_KINDS = (
    EntityKind.ORGANIZATION,
    EntityKind.PERSON,
    EntityKind.MOBILITY,
    EntityKind.PATENT,
    EntityKind.PATENT_EVENT,
)


def transfer_sections(path: Path) -> dict[str, object]:
    with Workspace.open(path, readonly=True) as workspace:
        whole = canonical(workspace.queries.snapshot())
    return {kind.value: whole[kind.value] for kind in TRANSFER_KINDS}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_histories_and_moves_survive_export_and_import(
    language: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, copy, workbook = tmp_path / "a.roadmap", tmp_path / "b.roadmap", tmp_path / "a.xlsx"
    assert main(["sample", str(source), "--lang", language]) == 0
    with Workspace.open(source) as workspace:
        transfer = TransferCommands.of(workspace)
        transfer.change_patent_status(
            WARPAGE, PatentStatus.GRANTED, date(2027, 3, 1), note="授权公告：无修改"
        )
        transfer.change_patent_status(
            WARPAGE,
            PatentStatus.LICENSED,
            date(2027, 9, 30),
            licensee_org_id=QIHENG,
            license_kind=LicenseKind.EXCLUSIVE,
            note="=exclusive licence, CNY 2 million",  # text, never a formula
        )
        transfer.record_move(
            LIU_SIQI, QIHENG, MobilityKind.TRANSFER, date(2026, 10, 1), today=date(2026, 11, 27)
        )
        transfer.record_move(
            HUANG_JIANGUO,
            QIHENG,
            MobilityKind.SECONDMENT,
            date(2027, 1, 1),
            end=date(2027, 12, 31),
            note="Packaging line set-up at Qiheng",
        )
    assert main(["export", str(source), str(workbook)]) == 0
    assert main(["import", str(workbook), str(copy)]) == 0, capsys.readouterr().err

    before, after = transfer_sections(source), transfer_sections(copy)
    assert after == before
    history = [e for e in after["patent_event"] if e.patent_id == WARPAGE]  # type: ignore[attr-defined]
    assert sorted((e.date, e.status) for e in history) == [
        (date(2026, 7, 8), PatentStatus.FILED),
        (date(2027, 3, 1), PatentStatus.GRANTED),
        (date(2027, 9, 30), PatentStatus.LICENSED),
    ]
    assert main(["check", str(copy)]) == 0


def test_the_history_sheet_shows_words_dates_and_patent_titles(tmp_path: Path) -> None:
    source, workbook = tmp_path / "zh.roadmap", tmp_path / "zh.xlsx"
    assert main(["sample", str(source), "--lang", "zh"]) == 0
    assert main(["export", str(source), str(workbook)]) == 0
    book = openpyxl.load_workbook(workbook, read_only=True)
    try:
        rows = list(book["专利状态历史"].iter_rows(values_only=True))
        moves = list(book["人员流动"].iter_rows(values_only=True))
    finally:
        book.close()
    header = rows[0]
    status, day = header.index("状态"), header.index("日期")
    assert len(rows) - 1 == 16  # every entry of every patent's history
    assert {row[status] for row in rows[1:]} >= {"已申请", "已授权", "已许可", "已转让", "已失效"}
    assert all(hasattr(row[day], "year") for row in rows[1:])  # real dates
    assert len(moves) - 1 == 6 and "类型" in moves[0]
