"""Why a mapping profile (`roadmap import … --map profile.json`) cannot be used is told in the
reader's language, each reason a catalogue entry of its own."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.io.conftest import Result

BAD_PROFILES = [
    (
        {"format": "other"},
        'no "format": "frontier-roadmap-mapping"',
        '缺少 "format": "frontier-roadmap-mapping"',
    ),
    (
        {"version": 99},
        "format version 99; this program reads up to 1",
        "格式版本为 99；本程序最多读取 1",
    ),
    (
        {"columns": ["name"]},
        '"columns" must map field names to header texts',
        '"columns" 必须把字段名对应到表头文字',
    ),
    (
        {"columns": {"colour": "Farbe"}},
        "unknown field(s) colour; known: ",
        "未知字段 colour；已知字段：",
    ),
    ({"lane": 7}, '"lane" must be text', '"lane" 必须是文本'),
    (
        {"header_row": 0},
        '"header_row" must be a row number from 1',
        '"header_row" 必须是从 1 开始的行号',
    ),
    (
        {"date_order": "ymd"},
        '"date_order" must be "dmy" or "mdy"',
        '"date_order" 必须是 "dmy" 或 "mdy"',
    ),
]


@pytest.mark.parametrize(("spoiled", "english", "chinese"), BAD_PROFILES)
def test_an_unusable_profile_says_why_in_both_languages(
    cli: Callable[..., Result],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    spoiled: dict[str, object],
    english: str,
    chinese: str,
) -> None:
    from roadmap.io.column_mapping import PROFILE_FORMAT, PROFILE_VERSION

    assert (PROFILE_FORMAT, PROFILE_VERSION) == ("frontier-roadmap-mapping", 1)
    profile = {"format": PROFILE_FORMAT, "version": PROFILE_VERSION, "columns": {}, **spoiled}
    mapping = tmp_path / "profile.json"
    mapping.write_text(json.dumps(profile), encoding="utf-8")
    sheet = tmp_path / "plan.csv"
    sheet.write_text("Task,Start,End\nA,2027-01-01,2027-02-01\n", encoding="utf-8")
    target = tmp_path / "new.roadmap"
    said = {}
    for language in ("en_US", "zh_CN"):
        monkeypatch.setenv("LANGUAGE", language)
        result = cli("import", sheet, target, "--map", mapping)
        assert result.code == 2 and not target.exists()
        said[language] = result.err
    assert english in said["en_US"], said["en_US"]
    assert chinese in said["zh_CN"], said["zh_CN"]
    assert english not in said["zh_CN"]
