"""`roadmap repo list URL` speaks the reader's language (the locale), line by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from roadmap.cli import main
from roadmap.domain.snapshot import RoadmapSnapshot


@pytest.mark.parametrize(
    ("language", "words", "not_words"),
    [
        ("en", ["    version 1, by ", " steps", " pathways"], ["版本"]),
        ("zh", ["    版本 1，", " 发布；", "步骤 ", "路径 "], ["version", " steps"]),
    ],
)
def test_the_list_speaks_the_locale(
    published: tuple[str, Path],
    sample_snapshot: RoadmapSnapshot,
    language: str,
    words: list[str],
    not_words: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, _ = published
    monkeypatch.setenv("LANGUAGE", language)
    capsys.readouterr()
    assert main(["repo", "list", url]) == 0
    title, detail = capsys.readouterr().out.splitlines()
    assert title == f"{sample_snapshot.info.id}  {sample_snapshot.info.title}"
    for word in words:
        assert word in detail, detail
    for word in not_words:
        assert word not in detail, detail
    steps = len(sample_snapshot.steps)
    assert (f"{steps} steps" if language == "en" else f"步骤 {steps}") in detail
