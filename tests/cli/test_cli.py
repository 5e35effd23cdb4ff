"""The command line on real files: what a user types, what they see, what is on disk."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from roadmap import __version__

ROOT = Path(__file__).resolve().parents[2]


def roadmap(
    *args: str | Path, cwd: Path | None = None, language: str = "en"
) -> subprocess.CompletedProcess[str]:
    """Run the command; its messages in `language` ("en" or "zh_CN"), whatever this machine's
    locale is."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANGUAGE": language}
    return subprocess.run(
        [sys.executable, "-m", "roadmap", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_version() -> None:
    result = roadmap("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Frontier Roadmap {__version__}"


def test_new_creates_an_empty_roadmap_with_default_lanes(tmp_path: Path) -> None:
    path = tmp_path / "plan.roadmap"
    result = roadmap(
        "new", path, "--title", "Edge AI plan", "--start", "2026-01-01", "--end", "2035-12-31"
    )
    assert result.returncode == 0, result.stderr
    info = json.loads(roadmap("info", path, "--json").stdout)
    assert info["title"] == "Edge AI plan"
    assert info["horizon"] == {"start": "2026-01-01", "end": "2035-12-31"}
    assert info["counts"]["lanes"] == 4 and info["counts"]["criteria"] == 6
    assert info["counts"]["steps"] == 0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sample_info_and_check(tmp_path: Path, lang: str) -> None:
    path = tmp_path / f"demo-{lang}.roadmap"
    assert roadmap("sample", path, "--lang", lang).returncode == 0
    result = roadmap("info", path, "--json")
    info = json.loads(result.stdout)
    expected_keys = {
        "problems",
        "pathways",
        "steps",
        "dependencies",
        "products",
        "organizations",
        "people",
        "patents",
        "mobility",
        "lanes",
        "criteria",
    }
    assert expected_keys <= set(info["counts"])
    counts = info["counts"]
    assert counts["problems"] >= 2 and counts["pathways"] >= 6 and counts["steps"] >= 40
    assert counts["dependencies"] >= 10 and counts["products"] >= 5 and counts["organizations"] >= 8
    assert counts["people"] >= 10 and counts["patents"] >= 8 and counts["mobility"] >= 4
    assert info["language"] == lang and info["title"] and info["horizon"]["start"]
    check = roadmap("check", path)
    assert check.returncode == 0, check.stdout
    assert "No findings" in check.stdout
    text = roadmap("info", path)
    assert text.returncode == 0 and info["title"] in text.stdout


def test_chinese_sample_is_written_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "zh.roadmap"
    roadmap("sample", path, "--lang", "zh")
    info = json.loads(roadmap("info", path, "--json").stdout)
    text = info["title"] + "".join(p["statement"] for p in info["problems"])
    han = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    assert han > len(text) / 2


def test_check_reports_findings_with_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "demo.roadmap"
    roadmap("sample", path)
    with closing(
        sqlite3.connect(path)
    ) as conn:  # a step outside the horizon, as a user might import
        conn.execute(
            "UPDATE steps SET start = '2040-01-01', \"end\" = '2040-02-01' WHERE rowid = 1"
        )
        conn.commit()
    result = roadmap("check", path)
    assert result.returncode == 1
    assert "outside the roadmap horizon" in result.stdout


def assert_refused(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert words in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: None, "does not exist"),
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: p.write_bytes(os.urandom(2000)), "not a Frontier Roadmap file"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE x(y)").connection.commit(),
            "not a Frontier Roadmap file",
        ),
    ],
)
def test_bad_files_exit_2_with_one_line(tmp_path: Path, make, words: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.roadmap"
    make(path)
    before = sorted(tmp_path.rglob("*"))
    snapshot = path.read_bytes() if path.is_file() else None
    for command in ("info", "check", "schedule"):
        assert_refused(roadmap(command, path), words)
    assert sorted(tmp_path.rglob("*")) == before
    if snapshot is not None:
        assert path.read_bytes() == snapshot


def test_truncated_and_newer_files(tmp_path: Path) -> None:
    path = tmp_path / "demo.roadmap"
    roadmap("sample", path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
    assert_refused(roadmap("info", path), "newer Frontier Roadmap")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    assert_refused(roadmap("info", path), "damaged")


def test_new_and_sample_refuse_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "demo.roadmap"
    roadmap("sample", path)
    before = path.read_bytes()
    assert_refused(roadmap("sample", path), "already exists")
    assert_refused(roadmap("new", path, "--title", "X"), "already exists")
    assert path.read_bytes() == before


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    assert_refused(
        roadmap("new", tmp_path / "x.roadmap", "--title", "X", "--start", "2027-13-01"),
        "not a date",
    )
    assert_refused(
        roadmap(
            "new",
            tmp_path / "y.roadmap",
            "--title",
            "X",
            "--start",
            "2030-01-01",
            "--end",
            "2029-01-01",
        ),
        "horizon",
    )
    assert_refused(roadmap("sample", tmp_path / "z.roadmap", "--lang", "fr"), "invalid choice")
    assert_refused(
        roadmap("new", tmp_path / "missing" / "x.roadmap", "--title", "X"), "does not exist"
    )
    assert not list(tmp_path.iterdir())


def test_import_of_a_cyclic_json_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "demo.roadmap"
    roadmap("sample", path)
    exported = tmp_path / "demo.json"
    assert roadmap("export", path, exported).returncode == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    first = data["dependencies"][0]
    data["dependencies"].append(
        {
            **first,
            "id": "back-edge",
            "from_step_id": first["to_step_id"],
            "to_step_id": first["from_step_id"],
        }
    )
    index = next(i for i, step in enumerate(data["steps"]) if step["trl_target"] is not None)
    data["steps"][index]["trl_start"] = 12
    exported.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()
    result = roadmap("import", exported, path, "--verbose")
    assert result.returncode == 2
    assert "circle" in result.stderr
    assert f"steps[{index}]" in result.stderr and "TRL 12 is outside 1–9" in result.stderr
    assert path.read_bytes() == before
    assert not (tmp_path / "new.roadmap").exists()
    result = roadmap("import", exported, tmp_path / "new.roadmap")
    assert result.returncode == 2 and not (tmp_path / "new.roadmap").exists()


def test_a_partial_file_updates_by_id_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "demo.roadmap"
    roadmap("sample", path)
    exported = tmp_path / "steps-only.json"
    roadmap("export", path, exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    # Only the steps come back, one renamed: they still refer to lanes and pathways the file
    # leaves out, which the roadmap being imported into has.
    partial = {key: data[key] for key in ("format", "version", "roadmap", "steps")}
    partial["steps"][0]["name"] = "Workload survey, extended"
    exported.write_text(json.dumps(partial), encoding="utf-8")
    result = roadmap("import", exported, path)
    assert result.returncode == 0, result.stderr
    assert "steps: 1 updated, 48 unchanged" in result.stdout
    assert "record(s) not in the source were kept; use --replace to remove them" in result.stdout
    info = json.loads(roadmap("info", path, "--json").stdout)
    assert info["counts"]["pathways"] == 6 and info["counts"]["steps"] == 49
    # With --replace the same file is refused: alone, its steps name pathways it lacks.
    before = path.read_bytes()
    refused = roadmap("import", exported, path, "--replace", "--verbose")
    assert refused.returncode == 2 and "steps[0], field pathway_id" in refused.stderr
    assert path.read_bytes() == before


def test_the_app_without_a_display_says_what_to_do_instead(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-m", "roadmap", str(tmp_path / "x.roadmap")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux decides by DISPLAY")
    assert_refused(result, "no display here")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", 'roadmap "Plan": the horizon ends (2020-01-01) before it starts (2030-01-01).'),
        ("zh_CN", "路线图“Plan”：规划期的结束日期（2020-01-01）早于开始日期（2030-01-01）。"),
    ],
)
def test_a_refusal_speaks_the_language_of_the_locale(
    tmp_path: Path, language: str, expected: str
) -> None:
    path = tmp_path / "plan.roadmap"
    args = ("new", path, "--title", "Plan", "--start", "2030-01-01", "--end", "2020-01-01")
    result = roadmap(*args, language=language)
    assert result.returncode == 2
    assert result.stderr == f"roadmap: {expected}\n"
    assert not path.exists()


def test_a_missing_file_is_told_in_chinese(tmp_path: Path) -> None:
    gone = tmp_path / "gone.roadmap"
    result = roadmap("info", gone, language="zh_CN")
    assert result.returncode == 2
    assert result.stderr == f"roadmap: {gone} 不存在；请检查路径，或用 `roadmap new` 创建它。\n"


def test_an_import_refused_is_told_in_chinese_where_and_why(tmp_path: Path) -> None:
    sample, source = tmp_path / "sample.roadmap", tmp_path / "plan.json"
    assert roadmap("sample", sample).returncode == 0
    assert roadmap("export", sample, source).returncode == 0
    data = json.loads(source.read_text(encoding="utf-8"))
    step = data["steps"][0]
    step["end"], step["start"] = "2026-01-01", "2026-06-30"
    source.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "new.roadmap"
    result = roadmap("import", source, target, language="zh_CN")
    assert result.returncode == 2 and not target.exists()
    assert result.stderr.startswith("roadmap: plan.json 未导入（1 个问题）；路线图没有改变：")
    assert f"步骤“{step['name']}”：结束日期 2026-01-01 早于开始日" in result.stderr
