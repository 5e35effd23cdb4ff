"""Export → import → export: nothing lost, the data sheets identical cell for cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from roadmap.domain.entities import Step
from roadmap.domain.snapshot import RoadmapSnapshot
from tests.io.conftest import Result, read_roadmap
from tests.support import canonical

EXPORT_TIME_LABELS = {"Export time", "导出时间"}
TIMELINE = {"Timeline", "时间线"}
OVERVIEW = {"Overview", "概览"}


def sheet_values(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's cell values, with the export time (which must differ) blanked."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        sheets: dict[str, list[tuple[Any, ...]]] = {}
        for worksheet in workbook.worksheets:
            rows = [tuple(row) for row in worksheet.iter_rows(values_only=True)]
            if worksheet.title in TIMELINE | OVERVIEW:
                rows[1] = ()  # the subtitle carries the export time
            rows = [
                ("(export time)",) if row and row[0] in EXPORT_TIME_LABELS else row for row in rows
            ]
            sheets[worksheet.title] = rows
        return sheets
    finally:
        workbook.close()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_both_samples_survive_export_import_export(
    cli: Any,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    language: str,
) -> None:
    source: Path = request.getfixturevalue(f"{language}_file")
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    copy = tmp_path / "copy.roadmap"

    assert cli("export", source, first).code == 0
    imported: Result = cli("import", first, copy)
    assert imported.code == 0, imported.err
    assert "49 added" in imported.out
    assert canonical(read_roadmap(copy)) == canonical(read_roadmap(source))

    assert cli("export", copy, second).code == 0
    before, after = sheet_values(first), sheet_values(second)
    assert list(before) == list(after)
    for name in before:
        assert before[name] == after[name], f"sheet {name} differs"


def test_sheet_names_and_headers_follow_the_language(
    zh_file: Path, tmp_path: Path, cli: Any
) -> None:
    chinese, english = tmp_path / "zh.xlsx", tmp_path / "en.xlsx"
    assert cli("export", zh_file, chinese).code == 0  # default: the roadmap's language
    assert cli("export", zh_file, english, "--lang", "en").code == 0

    names = openpyxl.load_workbook(chinese, read_only=True).sheetnames
    assert names[:2] == ["概览", "时间线"]
    assert {"问题", "路径", "步骤", "依赖关系", "专利", "专利状态历史", "关于"} <= set(names)
    steps = sheet_values(chinese)["步骤"]
    assert steps[0][:2] == ("ID", "名称") and "结束" in steps[0]
    assert "已完成" in {row[11] for row in steps[1:]}  # statuses shown as words

    assert openpyxl.load_workbook(english, read_only=True).sheetnames[:4] == [
        "Overview",
        "Timeline",
        "Problems",
        "Figures of merit",
    ]
    for workbook in (chinese, english):  # the importer reads either language
        target = tmp_path / f"{workbook.stem}.roadmap"
        assert cli("import", workbook, target).code == 0
        assert canonical(read_roadmap(target)) == canonical(read_roadmap(zh_file))


def test_data_sheets_are_tables_with_id_and_name_first(en_workbook: Path) -> None:
    workbook = openpyxl.load_workbook(en_workbook)
    for worksheet in workbook.worksheets[2:-1]:
        assert len(worksheet.tables) == 1, worksheet.title
        first, second = worksheet["A1"].value, worksheet["B1"].value
        assert first == "ID", worksheet.title
        assert second in {"Name", "Statement", "Title", "Idea", "Question"}, worksheet.title
    steps = workbook["Steps"]
    start = steps["H2"]
    assert start.is_date and start.number_format == "yyyy-mm-dd"
    lists = [v for v in steps.data_validations.dataValidation if v.type == "list"]
    assert any(v.formula1 == '"Planned,In progress,Done,At risk,Cancelled"' for v in lists)
    about = {row[0].value: row[1].value for row in workbook["About"].iter_rows(min_row=2)}
    assert about["Format version"] == 1 and about["App version"]
    assert about["Export time"] is not None


def test_importing_into_the_same_roadmap_changes_nothing_and_says_so(
    en_file: Path, tmp_path: Path, cli: Any
) -> None:
    workbook = tmp_path / "en.xlsx"
    assert cli("export", en_file, workbook).code == 0
    result = cli("import", workbook, en_file)
    assert result.code == 0, result.err
    assert "49 unchanged" in result.out and "added" not in result.out


def test_an_edited_workbook_updates_by_id_and_keeps_absent_rows(
    en_file: Path, tmp_path: Path, cli: Any, sample_snapshot: RoadmapSnapshot
) -> None:
    workbook = tmp_path / "en.xlsx"
    assert cli("export", en_file, workbook).code == 0
    book = openpyxl.load_workbook(workbook)
    steps = book["Steps"]
    steps["B2"] = "Renamed in Excel"
    renamed_id = steps["A2"].value
    referenced = {d.from_step_id for d in sample_snapshot.dependencies}
    referenced |= {d.to_step_id for d in sample_snapshot.dependencies}
    referenced |= {i for p in sample_snapshot.patents for i in p.step_ids}
    unreferenced = next(
        row for row in range(3, steps.max_row + 1) if steps.cell(row, 1).value not in referenced
    )
    steps.delete_rows(unreferenced)  # absent from the workbook: kept unless --replace
    new_row = [None] + [cell.value for cell in steps[4][1:]]
    new_row[1] = "Added in Excel"
    new_row[-1] = None  # no Order: goes after its siblings
    steps.append(new_row)
    book.save(workbook)

    result = cli("import", workbook, en_file)
    assert result.code == 0, result.err
    assert "1 added, 1 updated" in result.out and "not in the source were kept" in result.out
    after = read_roadmap(en_file)
    names = {s.id: s.name for s in after.steps}
    assert names[renamed_id] == "Renamed in Excel"
    assert len(after.steps) == len(sample_snapshot.steps) + 1
    added = next(s for s in after.steps if s.name == "Added in Excel")
    siblings = [s for s in after.steps if s.pathway_id == added.pathway_id and s is not added]
    assert added.position > max(s.position for s in siblings)

    assert cli("import", workbook, en_file, "--replace").code == 0
    assert len(read_roadmap(en_file).steps) == len(sample_snapshot.steps)


def test_new_rows_without_id_get_one(en_file: Path, tmp_path: Path, cli: Any) -> None:
    workbook = tmp_path / "en.xlsx"
    cli("export", en_file, workbook)
    book = openpyxl.load_workbook(workbook)
    book["Lanes"].append([None, "Policy", "#123456"])
    book.save(workbook)
    assert cli("import", workbook, en_file).code == 0
    lanes = read_roadmap(en_file).lanes
    policy = next(lane for lane in lanes if lane.name == "Policy")
    assert len(policy.id) == 36 and policy.position == len(lanes) - 1


def test_step_dates_edited_as_text_or_day_numbers_are_read(
    en_file: Path, tmp_path: Path, cli: Any
) -> None:
    workbook = tmp_path / "en.xlsx"
    cli("export", en_file, workbook)
    book = openpyxl.load_workbook(workbook)
    steps = book["Steps"]
    step_id = steps["A2"].value
    steps["H2"] = "2025-02-03"  # typed as text
    steps["I2"] = 45900  # a date that lost its format: Excel day 45900 is 2025-08-31
    steps["I2"].number_format = "General"
    book.save(workbook)
    assert cli("import", workbook, en_file).code == 0
    step = next(s for s in read_roadmap(en_file).steps if s.id == step_id)
    assert isinstance(step, Step)
    assert (step.start.isoformat(), step.end.isoformat()) == ("2025-02-03", "2025-08-31")
