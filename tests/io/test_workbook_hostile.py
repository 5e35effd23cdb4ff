"""Damaged, hostile and wrong workbooks: exit 2, a message that says where, nothing changed."""

from __future__ import annotations

import os
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from roadmap.io.problems import DamagedFile, ImportProblems
from roadmap.io.workbook_import import read_workbook
from tests.io.conftest import digest

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + ']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
    'uniqueCount="1"><si><t>&lol9;</t></si></sst>'
)


def rewrite_part(source: Path, target: Path, part: str, content: bytes) -> None:
    """Copy a workbook, replacing one zip entry."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for entry in old.infolist():
            data = content if entry.filename == part else old.read(entry.filename)
            new.writestr(entry.filename, data)


def edited(source: Path, target: Path, change: Callable[[Any], None]) -> Path:
    book = openpyxl.load_workbook(source)
    change(book)
    book.save(target)
    return target


# -- how each bad workbook is made ----------------------------------------------------------


def truncated(good: Path, bad: Path) -> None:
    data = good.read_bytes()
    bad.write_bytes(data[: len(data) // 2])


def not_a_zip(good: Path, bad: Path) -> None:
    bad.write_text("ID,Name\n1,not a workbook\n", encoding="utf-8")


def zip_bomb(good: Path, bad: Path) -> None:
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/sharedStrings.xml", b"\0" * (8 * 2**20))  # 8 MB → 8 kB


def many_parts(good: Path, bad: Path) -> None:
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        for index in range(2_100):
            archive.writestr(f"xl/media/{index}.bin", b"")


def entity_bomb(good: Path, bad: Path) -> None:
    rewrite_part(good, bad, "xl/sharedStrings.xml", BILLION_LAUGHS.encode())


def entity_bomb_after_padding(good: Path, bad: Path) -> None:
    """The DTD pushed past the prolog the zip guard looks at: defusedxml must still refuse."""
    padding = "<!--" + " " * 10_000 + "-->\n"
    text = BILLION_LAUGHS.replace("<!DOCTYPE", padding + "<!DOCTYPE", 1)
    rewrite_part(good, bad, "xl/sharedStrings.xml", text.encode())


def garbage_xml(good: Path, bad: Path) -> None:
    rewrite_part(good, bad, "xl/workbook.xml", b"<workbook><sheets><sheet name=")


DAMAGED = [
    truncated,
    not_a_zip,
    zip_bomb,
    many_parts,
    entity_bomb,
    entity_bomb_after_padding,
    garbage_xml,
]


def missing_sheet(good: Path, bad: Path) -> None:
    edited(good, bad, lambda book: book.remove(book["Lanes"]))


def renamed_column(good: Path, bad: Path) -> None:
    edited(good, bad, lambda book: book["Steps"].cell(1, 9, "Finish"))


def bad_date(good: Path, bad: Path) -> None:
    edited(good, bad, lambda book: book["Steps"].cell(14, 9, "2027-13-01"))


def unknown_id(good: Path, bad: Path) -> None:
    edited(good, bad, lambda book: book["Steps"].cell(5, 5, "no-such-lane"))


def cycle(good: Path, bad: Path) -> None:
    def close_loop(book: Any) -> None:
        dependencies = book["Dependencies"]
        first = [cell.value for cell in dependencies[2]]
        dependencies.append(["loop-back", None, first[4], None, first[2], None, "FS", 0])

    edited(good, bad, close_loop)


def duplicate_id(good: Path, bad: Path) -> None:
    edited(good, bad, lambda book: book["Steps"].cell(3, 1, book["Steps"].cell(2, 1).value))


INVALID = {
    missing_sheet: "Sheet Lanes (泳道) is missing.",
    renamed_column: "Steps: column End is missing.",
    bad_date: "Steps row 14, column End: 2027-13-01 is not a date",
    unknown_id: "Steps row 5, column Lane ID: ",
    cycle: "Dependencies row 22",  # the appended row, after the 20 of the sample
    duplicate_id: "Steps row 3, column ID: ID ",
}


@pytest.fixture
def existing(en_file: Path) -> Path:
    return en_file


@pytest.mark.parametrize("make", DAMAGED, ids=lambda f: f.__name__)
def test_a_damaged_or_hostile_file_is_refused_and_changes_nothing(
    make: Callable[[Path, Path], None], en_workbook: Path, existing: Path, tmp_path: Path, cli: Any
) -> None:
    bad = tmp_path / "bad.xlsx"
    make(en_workbook, bad)
    before = digest(existing)

    result = cli("import", bad, existing)
    assert result.code == 2
    assert "bad.xlsx is damaged or not a workbook" in result.err
    assert "Traceback" not in result.err
    assert digest(existing) == before

    fresh = tmp_path / "new.roadmap"
    assert cli("import", bad, fresh).code == 2
    assert not fresh.exists()


@pytest.mark.parametrize("make", list(INVALID), ids=lambda f: f.__name__)
def test_a_wrong_workbook_is_reported_by_sheet_row_and_column(
    make: Callable[[Path, Path], None], en_workbook: Path, existing: Path, tmp_path: Path, cli: Any
) -> None:
    bad = tmp_path / "wrong.xlsx"
    make(en_workbook, bad)
    before = digest(existing)

    result = cli("import", bad, existing)
    assert result.code == 2
    assert "wrong.xlsx was not imported" in result.err
    assert INVALID[make] in result.err
    assert digest(existing) == before

    fresh = tmp_path / "new.roadmap"
    assert cli("import", bad, fresh).code == 2
    assert not fresh.exists()


def test_entities_are_refused_by_the_xml_parser_too(en_workbook: Path, tmp_path: Path) -> None:
    bad = tmp_path / "padded.xlsx"
    entity_bomb_after_padding(en_workbook, bad)
    with pytest.raises(DamagedFile, match="it declares XML entities"):
        read_workbook(bad)


def test_the_cycle_is_named(en_workbook: Path, tmp_path: Path) -> None:
    bad = tmp_path / "cycle.xlsx"
    cycle(en_workbook, bad)
    with pytest.raises(ImportProblems) as caught:
        read_workbook(bad)
    assert "would wait on each other in a circle" in str(caught.value)
    assert re.search(r'"[^"]+" → "[^"]+"', str(caught.value)), str(caught.value)


def test_a_foreign_workbook_is_told_what_is_missing(tmp_path: Path, cli: Any) -> None:
    foreign = tmp_path / "foreign.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Steps"
    book.active.append(["ID", "Name", "Start"])
    book.active.append(["s1", "Design", "2025-01-01"])
    book.save(foreign)

    result = cli("import", foreign, tmp_path / "new.roadmap")
    assert result.code == 2
    assert "Sheet Problems (问题) is missing." in result.err
    assert "Sheet About (关于) is missing." in result.err
    assert not (tmp_path / "new.roadmap").exists()


def test_a_part_larger_than_any_workbook_is_refused_unread(
    en_workbook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sizes are judged from the zip directory; the limit is lowered so the test stays small."""
    from roadmap.io import zip_guard

    monkeypatch.setattr(zip_guard, "MAX_ENTRY_BYTES", 2 * 2**20)
    big = tmp_path / "big.xlsx"
    shutil.copy(en_workbook, big)
    with zipfile.ZipFile(big, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/noise.bin", os.urandom(3 * 2**20))
    with pytest.raises(DamagedFile, match="unpacks to more than a workbook can hold"):
        read_workbook(big)


def test_a_newer_workbook_format_is_refused(en_workbook: Path, tmp_path: Path, cli: Any) -> None:
    def bump(book: Any) -> None:
        about = book["About"]
        for row in about.iter_rows(min_row=2):
            if row[0].value == "Format version":
                row[1].value = 99

    newer = edited(en_workbook, tmp_path / "newer.xlsx", bump)
    result = cli("import", newer, tmp_path / "new.roadmap")
    assert result.code == 2
    assert "newer Frontier Roadmap" in result.err
