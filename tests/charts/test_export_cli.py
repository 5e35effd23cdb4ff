"""`roadmap export FILE OUT.png|svg|pdf [--chart NAME] [--problem ID]` on a real roadmap file."""

from __future__ import annotations

from pathlib import Path

import pytest

from roadmap.cli import main


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.roadmap"
    assert main(["sample", str(path), "--lang", "zh"]) == 0
    return path


def test_the_default_chart_is_the_timeline(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "roadmap.svg"
    assert main(["export", str(sample), str(out)]) == 0
    assert "<svg" in out.read_text(encoding="utf-8")[:2000]
    assert capsys.readouterr().err == ""


def test_one_problem_as_pdf(sample: Path, tmp_path: Path) -> None:
    from roadmap.services.workspace import Workspace

    with Workspace.open(sample, readonly=True) as ws:
        problem = ws.queries.snapshot().problems[0].id
    out = tmp_path / "trl.pdf"
    assert main(["export", str(sample), str(out), "--chart", "trl", "--problem", problem]) == 0
    assert out.read_bytes().startswith(b"%PDF-")


def test_an_unknown_chart_lists_the_valid_names_and_writes_nothing(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chart.png"
    assert main(["export", str(sample), str(out), "--chart", "gantt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    for name in ("timeline", "scores", "trl", "fom", "portfolio"):
        assert name in err
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_problem_is_refused(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chart.png"
    assert main(["export", str(sample), str(out), "--problem", "no-such-id"]) == 2
    assert "roadmap info" in capsys.readouterr().err
    assert not out.exists()
