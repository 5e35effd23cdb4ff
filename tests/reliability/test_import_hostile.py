"""Hostile numbers and shapes in the importers: refused in one line, nothing created or changed.

The resource cases (a row numbered 99,999,999,999; a cell in column XFD on 15,000 rows) run in a
subprocess with a timeout: before the fix the first never finished and the second took 2 GB.
bench/bench_hostile.py measures how long each refusal takes and its peak memory.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.reliability.disk import listing
from tests.reliability.hostile import assert_one_line_refusal, roadmap, run_cli
from tests.reliability.workbooks import add_rows, edit_sheet


@pytest.fixture
def exported(sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    for suffix in ("json", "xlsx"):
        assert run_cli(capsys, "export", sample_file, tmp_path / f"sample.{suffix}").returncode == 0
    return tmp_path / "sample"


def refused_and_unchanged(
    capsys: pytest.CaptureFixture[str], source: Path, target: Path, words: str
) -> None:
    before = target.read_bytes()
    folder = sorted(target.parent.iterdir())
    assert_one_line_refusal(run_cli(capsys, "import", source, target), words)
    assert target.read_bytes() == before and sorted(target.parent.iterdir()) == folder
    fresh = target.with_name("fresh.roadmap")
    assert_one_line_refusal(run_cli(capsys, "import", source, fresh), words)
    assert not fresh.exists()


# -- 7 and 8: numbers out of range ----------------------------------------------------------


def mutate_json(exported: Path, name: str, change: object) -> Path:
    data = json.loads(exported.with_suffix(".json").read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path = exported.with_name(f"{name}.json")
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def first_with_trl(data: dict) -> dict:  # type: ignore[type-arg]
    return next(s for s in data["steps"] if s["trl_target"] is not None)


@pytest.mark.parametrize(
    ("name", "change", "words"),
    [
        ("trl", lambda d: first_with_trl(d).update(trl_target=10**40), "not imported"),
        ("position", lambda d: d["steps"][0].update(position=2**63), "not imported"),
        ("position_float", lambda d: d["steps"][0].update(position=1e308), "not imported"),
        ("lag", lambda d: d["dependencies"][0].update(lag_days=10**9), "days"),
        (
            "span",
            lambda d: d["steps"][0].update(start="0001-01-01", end="9999-12-31"),
            "outside the years 1900–2200",
        ),
        ("weight", lambda d: d["criteria"][0].update(weight=1e308), "weight"),
    ],
)
def test_numbers_out_of_range_in_json_are_refused(
    sample_file: Path,
    exported: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    change: object,
    words: str,
) -> None:
    source = mutate_json(exported, name, change)
    refused_and_unchanged(capsys, source, sample_file, words)


def test_a_json_integer_of_5000_digits_is_refused(
    sample_file: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = exported.with_suffix(".json").read_text(encoding="utf-8")
    source = exported.with_name("digits.json")
    source.write_text(text.replace('"progress": 0', '"progress": ' + "9" * 5000, 1))
    refused_and_unchanged(capsys, source, sample_file, "not readable JSON")


def cell(ref: str, value: float) -> str:
    return f'<c r="{ref}"><v>{value!r}</v></c>'


def test_out_of_range_numbers_in_a_workbook_are_refused(
    sample_file: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xlsx = exported.with_suffix(".xlsx")
    # Lag (days) is column H of Dependencies, Order column D of Lanes; change their row 2.
    lag = exported.with_name("lag.xlsx")
    edit_sheet(xlsx, lag, "Dependencies", lambda x: _set_cell(x, "H2", 1e300))
    refused_and_unchanged(capsys, lag, sample_file, "not imported")
    for value in (1e308, -1e308):
        order = exported.with_name(f"order{value:+}.xlsx")
        edit_sheet(xlsx, order, "Lanes", lambda x, v=value: _set_cell(x, "D2", v))
        refused_and_unchanged(capsys, order, sample_file, "not imported")


def _set_cell(xml: str, ref: str, value: float) -> str:
    import re

    found = re.search(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', xml)
    assert found, ref
    return xml[: found.start()] + cell(ref, value) + xml[found.end() :]


# -- 9 and 10: rows and columns beyond the format -------------------------------------------


def test_a_row_beyond_excel_is_refused_at_once(sample_file: Path, exported: Path) -> None:
    huge = exported.with_name("huge-row.xlsx")
    edit_sheet(
        exported.with_suffix(".xlsx"),
        huge,
        "Steps",
        lambda x: add_rows(x, f'<row r="99999999999">{cell("A99999999999", 1)}</row>'),
    )
    before = sample_file.read_bytes()
    result = roadmap("import", huge, sample_file, timeout=60)
    assert_one_line_refusal(result, "damaged or not a workbook")
    assert "99,999,999,999" in result.stderr or "99999999999" in result.stderr
    assert sample_file.read_bytes() == before


def test_a_row_beyond_excel_is_refused_in_chinese_too(sample_file: Path, exported: Path) -> None:
    huge = exported.with_name("huge-row.xlsx")
    edit_sheet(
        exported.with_suffix(".xlsx"),
        huge,
        "Steps",
        lambda x: add_rows(x, f'<row r="99999999999">{cell("A99999999999", 1)}</row>'),
    )
    result = roadmap("import", huge, sample_file, timeout=60, env={"LANGUAGE": "zh_CN"})
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "第 99,999,999,999 行超出了最后一行（第 1,048,576 行）" in result.stderr
    assert "beyond" not in result.stderr


def test_cells_in_column_xfd_cost_no_more_than_the_cells(
    sample_file: Path, exported: Path, tmp_path: Path
) -> None:
    wide = exported.with_name("wide.xlsx")
    rows = "".join(f'<row r="{n}">{cell(f"XFD{n}", 1)}</row>' for n in range(200, 15_200))
    edit_sheet(exported.with_suffix(".xlsx"), wide, "Problems", lambda x: add_rows(x, rows))
    target = tmp_path / "wide.roadmap"
    result = roadmap("import", wide, target, timeout=60)
    # The cells to the right of anything a roadmap uses are ignored: the workbook imports.
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "wide.roadmap" in listing(tmp_path)


# -- 8. the same range rules on every command -----------------------------------------------


def test_commands_refuse_out_of_range_values_too(sample_file: Path) -> None:
    from datetime import date

    from roadmap.domain.entities import Dependency, EntityKind, Step
    from roadmap.domain.errors import ValidationError
    from roadmap.services.workspace import Workspace

    before = sample_file.read_bytes()
    with Workspace.open(sample_file) as workspace:
        step = workspace.queries.all(Step)[0]
        with pytest.raises(ValidationError, match="outside the years 1900–2200"):
            workspace.commands.update(
                EntityKind.STEP, step.id, start=date(1, 1, 1), end=date(9999, 12, 31)
            )
        dependency = workspace.queries.all(Dependency)[0]
        with pytest.raises(ValidationError, match="beyond ±36,500 days"):
            workspace.commands.update(EntityKind.DEPENDENCY, dependency.id, lag_days=10**9)
        with pytest.raises(ValidationError, match="too large a number"):
            workspace.commands.update(EntityKind.STEP, step.id, position=2**64)
    assert sample_file.read_bytes() == before


# -- plans from other tools: numbers that are not finite ------------------------------------

PLANS = Path(__file__).resolve().parents[1] / "io" / "plans"


def _spoiled(text: str, tag: str, value: str) -> str:
    import re

    return re.sub(f"<{tag}>[^<]*</{tag}>", f"<{tag}>{value}</{tag}>", text)


@pytest.mark.parametrize("value", ["1e309", "-1e309", "inf", "nan"])
@pytest.mark.parametrize(
    "tag", ["PercentComplete", "OutlineLevel", "LinkLag", "LagFormat", "MinutesPerDay"]
)
def test_numbers_that_are_not_finite_in_ms_project_xml_are_no_traceback(
    tmp_path: Path, tag: str, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found on main: <PercentComplete>1e309</PercentComplete> ended in OverflowError."""
    source = tmp_path / "plan.xml"
    text = (PLANS / "links-and-lags.xml").read_text(encoding="utf-8")
    if tag == "PercentComplete":
        text = text.replace(
            "</OutlineLevel>", "</OutlineLevel><PercentComplete>0</PercentComplete>"
        )
    spoiled = _spoiled(text, tag, value)
    assert spoiled != text
    source.write_text(spoiled, encoding="utf-8")
    target = tmp_path / "new.roadmap"
    result = run_cli(capsys, "import", source, target)
    assert result.returncode in (0, 2) and "Traceback" not in result.stderr, result.stderr
    if result.returncode == 2:
        assert_one_line_refusal(result, "")
        assert not target.exists()
    else:
        assert run_cli(capsys, "check", target).returncode in (0, 1)


@pytest.mark.parametrize("value", ["1e309", "-1e309", "inf", "nan"])
@pytest.mark.parametrize("attribute", ["duration", "complete", "difference"])
def test_numbers_that_are_not_finite_in_a_ganttproject_file_are_refused_by_task(
    tmp_path: Path, attribute: str, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import re

    source = tmp_path / "plan.gan"
    text = (PLANS / "battery.gan").read_text(encoding="utf-8")
    # On the first leaf task (a summary task's own duration is not read).
    spoiled = re.sub(
        f'(<task id="1"[^>]*?){attribute}="[^"]*"', f'\\g<1>{attribute}="{value}"', text
    )
    if attribute == "difference":
        spoiled = re.sub('difference="[^"]*"', f'difference="{value}"', text, count=1)
    assert spoiled != text
    source.write_text(spoiled, encoding="utf-8")
    target = tmp_path / "new.roadmap"
    result = run_cli(capsys, "import", source, target)
    assert result.returncode in (0, 2) and "Traceback" not in result.stderr, result.stderr
    if attribute != "difference":  # a lag that is not a number is read as none
        assert_one_line_refusal(result, "task 1 (Lab cells)")
        assert not target.exists()
