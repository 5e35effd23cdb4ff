"""Fuzzing the JSON importer, the workbook importer and the file loader.

Whatever the mutated input, the program ends with exit status ≤ 2 and no traceback (any
exception other than the expected `RoadmapError` fails the test), and a refusal (2) leaves the
target roadmap and its folder exactly as they were. The budget is small in CI and large with
ROADMAP_LONG_TESTS=1.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import zipfile
from contextlib import closing, suppress
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from roadmap.cli import main
from tests.reliability.budget import runs

FUZZ = settings(
    max_examples=runs(8, 600),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
    # Shrinking a failure of a whole CLI run takes minutes; the failing example is printed as is.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(["2027-13-01", "0001-01-01", "9999-12-31", "", "#zzzzzz", "bogus"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=5,
)


def run(capsys: pytest.CaptureFixture[str], *args: Any) -> tuple[int, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    _, err = capsys.readouterr()
    return code, err


def state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def assert_clean_outcome(code: int, err: str, before: dict[str, bytes], folder: Path) -> None:
    assert code in (0, 1, 2), err
    assert "Traceback" not in err
    if code == 2:
        assert len(err.strip().splitlines()) == 1, err
        assert state(folder) == before


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz-pristine")
    path = folder / "sample.roadmap"
    assert main(["sample", str(path)]) == 0
    # A row in the tables besides the entities too: a baseline and a merged breakout copy.
    assert main(["baseline", str(path), "--name", "Kick-off"]) == 0
    assert main(["copy", str(path), str(folder / "group.roadmap"), "--label", "A"]) == 0
    assert main(["merge", str(path), str(folder / "group.roadmap")]) == 0
    return path


def fresh_copy(pristine: Path, work: Path) -> Path:
    """The sample roadmap alone in a new folder: each example starts from the same file."""
    folder = Path(tempfile.mkdtemp(dir=work))
    return Path(shutil.copy(pristine, folder / "sample.roadmap"))


@pytest.fixture(scope="module")
def sample_json(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("fuzz-json")
    assert main(["sample", str(folder / "s.roadmap")]) == 0
    assert main(["export", str(folder / "s.roadmap"), str(folder / "s.json")]) == 0
    return json.loads((folder / "s.json").read_text(encoding="utf-8"))


@FUZZ
@given(data=st.data())
def test_fuzzed_json_values_and_types(
    sample_json: dict[str, Any],
    pristine: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    data: st.DataObject,
) -> None:
    document = json.loads(json.dumps(sample_json))
    for _ in range(data.draw(st.integers(1, 4))):
        section = data.draw(
            st.sampled_from(
                [k for k, v in document.items() if isinstance(v, list) and v] + ["roadmap"]
            )
        )
        record = (
            document[section]
            if section == "roadmap"
            else data.draw(st.sampled_from(document[section]))
        )
        field = data.draw(st.sampled_from([*sorted(record), "unknown_field"]))
        record[field] = data.draw(json_values)
    target = fresh_copy(pristine, tmp_path)
    folder = target.parent
    source = tmp_path / f"{folder.name}.json"
    source.write_text(json.dumps(document, allow_nan=True), encoding="utf-8")
    before = state(folder)
    code, err = run(capsys, "import", source, target)
    assert_clean_outcome(code, err, before, folder)
    new = folder / "new.roadmap"
    code, err = run(capsys, "import", source, new)
    assert code in (0, 2) and "Traceback" not in err
    if code == 2:
        assert not new.exists()
    shutil.rmtree(folder)


@pytest.fixture(scope="module")
def sample_xlsx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz-xlsx")
    assert main(["sample", str(folder / "s.roadmap")]) == 0
    assert main(["export", str(folder / "s.roadmap"), str(folder / "s.xlsx")]) == 0
    return folder / "s.xlsx"


cell_text = st.one_of(
    st.integers(-(10**20), 10**20).map(str),
    st.floats(allow_nan=False).map(repr),
    st.sampled_from(["1e308", "-1e308", "1e300", "NaN", "INF", "", "x", "99999999999"]),
)


@FUZZ
@given(data=st.data())
def test_fuzzed_workbook_cells_and_xml(
    sample_xlsx: Path,
    pristine: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    data: st.DataObject,
) -> None:
    with zipfile.ZipFile(sample_xlsx) as archive:
        parts = {e.filename: archive.read(e) for e in archive.infolist()}
    sheets = sorted(n for n in parts if n.startswith("xl/worksheets/"))
    for _ in range(data.draw(st.integers(1, 3))):
        name = data.draw(st.sampled_from([*sheets, "xl/sharedStrings.xml"]))
        xml = parts[name]
        how = data.draw(st.sampled_from(["value", "bytes", "row", "column"]))
        if how == "value" and b"<v>" in xml:
            starts = [i for i in range(len(xml)) if xml.startswith(b"<v>", i)]
            at = data.draw(st.sampled_from(starts)) + 3
            end = xml.index(b"</v>", at)
            xml = xml[:at] + data.draw(cell_text).encode() + xml[end:]
        elif how == "bytes":
            at = data.draw(st.integers(0, len(xml) - 1))
            xml = xml[:at] + data.draw(st.binary(min_size=1, max_size=8)) + xml[at + 1 :]
        elif how == "row":
            number = data.draw(st.integers(1, 10**12))
            xml = xml.replace(
                b"</sheetData>",
                f'<row r="{number}"><c r="A{number}"><v>1</v></c></row></sheetData>'.encode(),
            )
        else:
            col = data.draw(st.sampled_from(["XFD", "ZZZZ", "AAAAAAA", "B"]))
            xml = xml.replace(
                b"</sheetData>", f'<row r="3"><c r="{col}3"><v>1</v></c></row></sheetData>'.encode()
            )
        parts[name] = xml
    target = fresh_copy(pristine, tmp_path)
    folder = target.parent
    source = tmp_path / f"{folder.name}.xlsx"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    before = state(folder)
    code, err = run(capsys, "import", source, target)
    assert_clean_outcome(code, err, before, folder)
    shutil.rmtree(folder)


TABLE_COLUMNS = {
    "steps": [
        "start",
        "end",
        "status",
        "step_kind",
        "trl_start",
        "progress",
        "budget",
        "name",
        "position",
    ],
    "criteria": ["weight", "name", "position"],
    "lanes": ["color", "position", "name"],
    "dependencies": ["lag_days", "type"],
    "roadmap": ["horizon_start", "time_unit", "language", "title"],
    "scores": ["value"],
    "baselines": ["name", "taken_at", "content"],
    "lineage": ["role", "content", "id"],
    "pathway_products": ["pathway_id", "position"],
    "patent_steps": ["step_id"],
}
sql_values = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.binary(max_size=6),
    st.sampled_from(["garbage", "2027-02-30", "1899-12-31", "#12345", "bogus"]),
)
foreign = st.sampled_from(
    [
        "CREATE TRIGGER t AFTER UPDATE ON roadmap BEGIN DELETE FROM steps; END",
        "CREATE VIEW v AS SELECT 1",
        "CREATE TABLE x (y)",
        "CREATE INDEX i ON steps (notes)",
        "ALTER TABLE lanes ADD COLUMN z",
        "DELETE FROM roadmap",
        "INSERT INTO roadmap SELECT 'x', title, horizon_start, horizon_end, description, time_unit, language FROM roadmap",
        "PRAGMA user_version = 0",
        "PRAGMA application_id = 1",
    ]
)


@FUZZ
@given(data=st.data())
def test_hand_made_roadmap_files(
    pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], data: st.DataObject
) -> None:
    sample_file = fresh_copy(pristine, tmp_path)
    with closing(sqlite3.connect(sample_file)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        for _ in range(data.draw(st.integers(1, 3))):
            if data.draw(st.booleans()):
                table = data.draw(st.sampled_from(sorted(TABLE_COLUMNS)))
                column = data.draw(st.sampled_from(TABLE_COLUMNS[table]))
                value = data.draw(sql_values)
                # NOT NULL and CHECK constraints of the schema hold: such an update fails.
                with suppress(sqlite3.IntegrityError):
                    conn.execute(
                        f'UPDATE {table} SET "{column}" = ? '
                        f"WHERE rowid = (SELECT min(rowid) FROM {table})",
                        (value,),
                    )
            else:
                with suppress(sqlite3.DatabaseError):
                    conn.execute(data.draw(foreign))
        conn.commit()
    if data.draw(st.booleans()):  # and some bytes of the file itself
        raw = bytearray(sample_file.read_bytes())
        at = data.draw(st.integers(100, len(raw) - 1))
        raw[at : at + 16] = data.draw(st.binary(min_size=16, max_size=16))
        sample_file.write_bytes(bytes(raw))
    folder = sample_file.parent
    before = state(folder)
    commands = (
        ("info",),
        ("check",),
        ("schedule",),
        ("export", folder / "out.json"),
        ("compare", "--baseline", "Kick-off"),
    )
    for command in commands:
        code, err = run(capsys, command[0], sample_file, *command[1:])
        assert code in (0, 1, 2), err
        assert "Traceback" not in err
        if code == 2:
            assert len(err.strip().splitlines()) == 1, err
    (folder / "out.json").unlink(missing_ok=True)
    after = state(folder)
    assert after.keys() == before.keys() and after[sample_file.name] == before[sample_file.name]
    shutil.rmtree(folder)
