"""Any spreadsheet through a column mapping: auto-mapped English and Chinese headers, every
date form, every unreadable cell by row and column, ambiguous day/month refused, a saved
profile applied again, a key column that updates instead of duplicating, all or nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from roadmap.domain.enums import StepKind
from roadmap.io.column_mapping import Profile, auto_map, detect_header_row
from roadmap.io.loose_dates import Ambiguous, DayOrder, Edge, parse_date
from tests.io.conftest import Result, digest, read_roadmap


def workbook(path: Path, rows: list[list[object]], sheet: str = "Plan") -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    first.title = "Notes"
    first.append(["This sheet is not the plan"])
    plan = book.create_sheet(sheet)
    for row in rows:
        plan.append(row)
    book.save(path)
    return path


ENGLISH = [
    ["Battery programme 2027", None, None],
    [],
    ["ID", "Task name", "Start", "Finish", "Owner", "Layer", "Pathway", "% complete", "Type"],
    ["T1", "Lab cells", datetime(2027, 1, 4), datetime(2027, 3, 31), "Li Wei", "Research", "Solid state", 0.5, "Research"],
    ["T2", "Pilot line", 46447, "2027-06", "Zhang Min", "Technology", "Solid state", "40%", None],
    ["T3", "Field trial", "2027Q3", None, None, "Pilot", "Solid state", None, None],
    ["T4", "Go decision", "2028-01-15", None, None, None, "Flow battery", None, "Milestone"],
]  # fmt: skip


def test_english_headers_are_mapped_and_every_date_form_read(cli: Callable[..., Result], tmp_path: Path) -> None:  # fmt: skip
    source = workbook(tmp_path / "plan.xlsx", ENGLISH)
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps({"format": "frontier-roadmap-mapping", "version": 1, "sheet": "Plan"}))  # fmt: skip
    target = tmp_path / "plan.roadmap"
    result = cli("import", source, target, "--map", profile)
    assert result.code == 0, result.err
    snapshot = read_roadmap(target)
    steps = {s.name: s for s in snapshot.steps}
    assert {n: (s.start, s.end) for n, s in steps.items()} == {
        "Lab cells": (date(2027, 1, 4), date(2027, 3, 31)),
        "Pilot line": (date(2027, 3, 1), date(2027, 6, 30)),  # Excel day 46447 = 2027-03-01
        "Field trial": (date(2027, 7, 1), date(2027, 9, 30)),  # 2027Q3 alone spans the quarter
        "Go decision": (date(2028, 1, 15), date(2028, 1, 15)),
    }
    assert steps["Go decision"].step_kind is StepKind.MILESTONE
    assert steps["Lab cells"].progress == 50 and steps["Pilot line"].progress == 40
    lanes = {lane.id: lane.name for lane in snapshot.lanes}
    assert {n: lanes[s.lane_id] for n, s in steps.items()} == {
        "Lab cells": "Research", "Pilot line": "Technology", "Field trial": "Pilot",
        "Go decision": "Research",
    }  # fmt: skip
    people = {p.id: p.name for p in snapshot.people}
    assert people[steps["Lab cells"].lead_person_id or ""] == "Li Wei"
    pathways = {p.id: p.name for p in snapshot.pathways}
    assert {pathways[s.pathway_id] for s in steps.values()} == {"Solid state", "Flow battery"}


CHINESE_CSV = """编号,任务名称,开始,结束,负责人,层,路径
A1,实验室电芯,2027年1月,2027年3月,李伟,研究,固态路线
A2,中试线,2027年第3季度,,张敏,技术,固态路线
A3,决策关口,2028-01-15,2028-01-15,,,固态路线
"""


def test_chinese_headers_in_a_csv_are_auto_mapped(cli: Callable[..., Result], tmp_path: Path) -> None:  # fmt: skip
    source = tmp_path / "计划.csv"
    source.write_text(CHINESE_CSV, encoding="utf-8-sig")
    target = tmp_path / "plan.roadmap"
    result = cli("import", source, target)
    assert result.code == 0, result.err
    snapshot = read_roadmap(target)
    assert {s.name: (s.start, s.end) for s in snapshot.steps} == {
        "实验室电芯": (date(2027, 1, 1), date(2027, 3, 31)),
        "中试线": (date(2027, 7, 1), date(2027, 9, 30)),
        "决策关口": (date(2028, 1, 15), date(2028, 1, 15)),
    }
    # A Chinese plan makes a Chinese roadmap: the lanes it names are the default ones.
    assert {lane.name for lane in snapshot.lanes} == {"产业与市场", "产品", "技术", "研究"}
    assert {p.name for p in snapshot.people} == {"李伟", "张敏"}


def test_ambiguous_day_month_is_refused_until_the_order_is_chosen(cli: Callable[..., Result], tmp_path: Path) -> None:  # fmt: skip
    source = tmp_path / "dates.csv"
    source.write_text(
        "Task,Start,End\nA,03/04/2027,30/04/2027\nB,13/05/2027,05/06/2027\nC,01/02/2027,01/02/2027\n",
        encoding="utf-8",
    )
    target = tmp_path / "d.roadmap"
    refused = cli("import", source, target)
    assert refused.code == 2 and not target.exists()
    assert "column Start: 2 date(s) read either way as day/month (rows 2, 4)" in refused.err
    assert "column End: 2 date(s) read either way as day/month (rows 3, 4)" in refused.err
    accepted = cli("import", source, target, "--date-order", "dmy")
    assert accepted.code == 0, accepted.err
    assert {s.name: (s.start, s.end) for s in read_roadmap(target).steps} == {
        "A": (date(2027, 4, 3), date(2027, 4, 30)),
        "B": (date(2027, 5, 13), date(2027, 6, 5)),
        "C": (date(2027, 2, 1), date(2027, 2, 1)),
    }


def test_every_unreadable_cell_is_reported_and_nothing_changes(
    cli: Callable[..., Result], tmp_path: Path, en_file: Path
) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(
        "Task,Start,End,Progress,Kind\n"
        "A,2027-01-01,soon,10,research\n"
        "B,yesterday,2027-02-01,lots,pilot\n"
        "C,2027-01-01,2027-02-01,5,spaceship\n",
        encoding="utf-8",
    )
    new = tmp_path / "new.roadmap"
    result = cli("import", source, new)
    assert result.code == 2 and not new.exists()
    for line in (
        "bad row 2, column End: 'soon' is not a date.",
        "bad row 3, column Start: 'yesterday' is not a date.",
        "bad row 3, column Progress: 'lots' is not a number.",
        "bad row 4, column Kind: 'spaceship' is not one of",
    ):
        assert line in result.err
    before = digest(en_file)
    assert cli("import", source, en_file).code == 2
    assert digest(en_file) == before


def test_a_saved_profile_applies_again_and_a_key_updates_rows(
    cli: Callable[..., Result], tmp_path: Path, en_file: Path
) -> None:
    rows = [
        ["Code", "What", "From", "To", "Stream"],
        ["K-1", "Kiln trial", "01.02.2027", "28.02.2027", "Ceramics"],
        ["K-2", "Kiln scale-up", "01.03.2027", "30.06.2027", "Ceramics"],
    ]
    source = workbook(tmp_path / "kiln.xlsx", rows, sheet="Kiln")
    profile = Profile(
        sheet="Kiln",
        columns={"key": "Code", "name": "What", "start": "From", "end": "To", "pathway": "Stream"},
        date_order=DayOrder.DAY_FIRST,
        lane="Technology",
    )
    saved = tmp_path / "kiln.json"
    profile.save(saved)
    before = read_roadmap(en_file)
    first = cli("import", source, en_file, "--map", saved)
    assert first.code == 0, first.err
    middle = read_roadmap(en_file)
    assert len(middle.steps) == len(before.steps) + 2
    rows[2][3] = "31.07.2027"  # the scale-up slips a month
    workbook(source, rows, sheet="Kiln")
    second = cli("import", source, en_file, "--map", saved)
    assert second.code == 0, second.err
    after = read_roadmap(en_file)
    assert len(after.steps) == len(middle.steps)
    kiln = {s.name: s for s in after.steps if s.name.startswith("Kiln")}
    assert kiln["Kiln scale-up"].end == date(2027, 7, 31)
    assert kiln["Kiln trial"].end == date(2027, 2, 28)
    lanes = {lane.id: lane.name for lane in after.lanes}
    assert {lanes[s.lane_id] for s in kiln.values()} == {"Technology"}
    assert [p.name for p in after.pathways if p.name == "Ceramics"] == ["Ceramics"]


def test_a_bad_profile_is_one_line(cli: Callable[..., Result], tmp_path: Path) -> None:
    source = tmp_path / "p.csv"
    source.write_text("Task,Start\nA,2027-01-01\n", encoding="utf-8")
    profile = tmp_path / "p.json"
    profile.write_text('{"format": "frontier-roadmap-mapping", "version": 1, "columns": {"colour": "X"}}')  # fmt: skip
    result = cli("import", source, tmp_path / "n.roadmap", "--map", profile)
    assert result.code == 2 and "unknown field(s) colour" in result.err
    assert len(result.err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("text", "edge", "expected"),
    [
        ("2027-06-15", Edge.FIRST, date(2027, 6, 15)),
        ("2027/6/5", Edge.LAST, date(2027, 6, 5)),
        ("2027Q3", Edge.FIRST, date(2027, 7, 1)),
        ("Q4 2027", Edge.LAST, date(2027, 12, 31)),
        ("2027-02", Edge.LAST, date(2027, 2, 28)),
        ("2028-02", Edge.LAST, date(2028, 2, 29)),
        ("2027年6月", Edge.FIRST, date(2027, 6, 1)),
        ("2027年6月18日", Edge.LAST, date(2027, 6, 18)),
        ("2027年第二季度", Edge.LAST, date(2027, 6, 30)),
        ("2027 H2", Edge.FIRST, date(2027, 7, 1)),
        ("2027", Edge.LAST, date(2027, 12, 31)),
        (2027, Edge.FIRST, date(2027, 1, 1)),
        (45000, Edge.FIRST, date(2023, 3, 15)),
        ("25/12/2027", Edge.FIRST, date(2027, 12, 25)),
        ("12/25/27", Edge.FIRST, date(2027, 12, 25)),
        ("2027-06-15 08:00:00", Edge.LAST, date(2027, 6, 15)),
        ("2027-06-15T17:00", Edge.FIRST, date(2027, 6, 15)),
    ],
)
def test_date_forms(text: object, edge: Edge, expected: date) -> None:
    assert parse_date(text, edge) == expected


@pytest.mark.parametrize("text", ["2027-13", "2027-02-30", "2027Q5", "1066", "soon", "32/13/2027"])
def test_not_dates(text: str) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        parse_date(text, Edge.FIRST, DayOrder.DAY_FIRST)


def test_ambiguous_forms_need_an_order() -> None:
    with pytest.raises(Ambiguous):
        parse_date("03/04/2027", Edge.FIRST)
    assert parse_date("03/04/2027", Edge.FIRST, DayOrder.DAY_FIRST) == date(2027, 4, 3)
    assert parse_date("03/04/2027", Edge.FIRST, DayOrder.MONTH_FIRST) == date(2027, 3, 4)
    with pytest.raises(ValueError, match="order chosen"):
        parse_date("13/04/2027", Edge.FIRST, DayOrder.MONTH_FIRST)


def test_header_row_detection_and_synonyms() -> None:
    rows = [("Roadmap export", None), (None, None), ("序号", "任务", "开始日期", "完成日期", "负责人", "泳道", "技术路径")]  # fmt: skip
    assert detect_header_row(rows) == 2
    assert auto_map(rows[2]) == {
        "key": "序号", "name": "任务", "start": "开始日期", "end": "完成日期",
        "lead": "负责人", "lane": "泳道", "pathway": "技术路径",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("plan.xlsx", b"this is not a zip at all"),
        ("plan.csv", b"Task,Start\x00\x00\x01binary"),
    ],
)
def test_a_damaged_spreadsheet_is_one_line_and_nothing_is_made(
    cli: Callable[..., Result], tmp_path: Path, en_file: Path, name: str, content: bytes
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    profile = tmp_path / "p.json"
    Profile(columns={"name": "Task", "start": "Start"}).save(profile)
    new = tmp_path / "new.roadmap"
    result = cli("import", source, new, "--map", profile)
    assert result.code == 2 and not new.exists()
    assert len(result.err.strip().splitlines()) == 1 and name in result.err
    before = digest(en_file)
    assert cli("import", source, en_file, "--map", profile).code == 2
    assert digest(en_file) == before


def test_a_zip_bomb_with_a_mapping_is_refused(cli: Callable[..., Result], tmp_path: Path) -> None:
    import zipfile

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (600 * 2**20))
    profile = tmp_path / "p.json"
    Profile(columns={"name": "Task", "start": "Start"}).save(profile)
    result = cli("import", bomb, tmp_path / "new.roadmap", "--map", profile)
    assert result.code == 2 and "damaged or not a workbook" in result.err
    assert not (tmp_path / "new.roadmap").exists()


def test_our_own_csv_export_comes_back_through_the_auto_mapping(
    cli: Callable[..., Result], tmp_path: Path, en_file: Path
) -> None:
    csv_file = tmp_path / "steps.csv"
    assert cli("export", en_file, csv_file).code == 0
    before = read_roadmap(en_file)
    again = cli("import", csv_file, en_file)
    assert again.code == 0, again.err
    assert "steps: " + f"{len(before.steps)} unchanged" in again.out
    assert read_roadmap(en_file).steps == before.steps
    fresh = tmp_path / "fresh.roadmap"
    assert cli("import", csv_file, fresh).code == 0
    copy = read_roadmap(fresh)
    people = {p.id: p.name for p in copy.people}
    original_people = {p.id: p.name for p in before.people}
    assert {s.id: people.get(s.lead_person_id or "") for s in copy.steps} == {
        s.id: original_people.get(s.lead_person_id or "") for s in before.steps
    }


def test_our_workbook_is_told_from_someone_elses(en_workbook: Path, tmp_path: Path) -> None:
    from roadmap.io.sheet_import import is_roadmap_workbook

    theirs = workbook(tmp_path / "theirs.xlsx", ENGLISH)
    assert is_roadmap_workbook(en_workbook)
    assert not is_roadmap_workbook(theirs)
