"""A summary task a GanttProject or MS Project file gives no name still becomes a pathway,
named after its number in the language of the roadmap it goes into ("Task 5", "任务 5"), not
the reader's: the name is stored, and read by whoever opens the roadmap. So are the baselines
an MS Project file brings ("Baseline 0 · file")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from roadmap.domain.enums import Language
from tests.io.conftest import Result, read_roadmap

PLANS = Path(__file__).parent / "plans"


def unnamed_gan(folder: Path, *, leaf: str = "Lab cells") -> Path:
    """battery.gan with its "Flow battery" summary (task 5) left unnamed."""
    text = (PLANS / "battery.gan").read_text(encoding="utf-8")
    assert text.count('name="Flow battery"') == 1 and text.count('name="Lab cells"') == 1
    text = text.replace('name="Flow battery"', 'name=""').replace(
        'name="Lab cells"', f'name="{leaf}"'
    )
    source = folder / "battery.gan"
    source.write_text(text, encoding="utf-8")
    return source


def unnamed_mspdi(folder: Path) -> Path:
    """links-and-lags.xml with its "Flow battery" summary (UID 6) left without a name."""
    text = (PLANS / "links-and-lags.xml").read_text(encoding="utf-8")
    assert text.count("<Name>Flow battery</Name>") == 1
    source = folder / "links-and-lags.xml"
    source.write_text(text.replace("<Name>Flow battery</Name>", ""), encoding="utf-8")
    return source


def pathway_names(path: Path) -> set[str]:
    return {p.name for p in read_roadmap(path).pathways}


def test_into_an_english_roadmap_the_name_is_english_whatever_the_reader_s_locale(
    cli: Callable[..., Result], en_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    result = cli("import", unnamed_gan(tmp_path), en_file)
    assert result.code == 0, result.err
    names = pathway_names(en_file)
    assert "Task 5" in names and "Solid state" in names
    assert not any(name.startswith("任务") for name in names)


def test_into_a_chinese_roadmap_the_name_is_chinese_whatever_the_reader_s_locale(
    cli: Callable[..., Result], zh_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "en_US")
    result = cli("import", unnamed_gan(tmp_path), zh_file)
    assert result.code == 0, result.err
    names = pathway_names(zh_file)
    assert "任务 5" in names
    assert "Task 5" not in names


@pytest.mark.parametrize(
    ("leaf", "language", "named"),
    [("Lab cells", Language.EN, "Task 5"), ("实验电池", Language.ZH, "任务 5")],
)
def test_a_new_roadmap_names_it_in_the_language_its_content_is_in(
    cli: Callable[..., Result],
    tmp_path: Path,
    leaf: str,
    language: Language,
    named: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANGUAGE", "en_US" if language is Language.ZH else "zh_CN")
    target = tmp_path / "new.roadmap"
    result = cli("import", unnamed_gan(tmp_path, leaf=leaf), target)
    assert result.code == 0, result.err
    roadmap = read_roadmap(target)
    assert roadmap.info.language is language
    assert named in {p.name for p in roadmap.pathways}
    assert leaf in {s.name for s in roadmap.steps}


def test_ms_project_s_unnamed_summary_and_baselines_in_a_chinese_roadmap(
    cli: Callable[..., Result], zh_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "en_US")
    result = cli("import", unnamed_mspdi(tmp_path), zh_file)
    assert result.code == 0, result.err
    assert "任务 6" in pathway_names(zh_file)
    from roadmap.services.baselines import all_baselines
    from roadmap.services.workspace import Workspace

    with Workspace.open(zh_file, readonly=True) as workspace:
        kept = {b.name: b.info.note for b in all_baselines(workspace)}
    assert kept == {
        "基线 0 · links-and-lags": "来自 links-and-lags.xml",
        "基线 1 · links-and-lags": "来自 links-and-lags.xml",
    }


def test_ms_project_s_unnamed_summary_and_baselines_in_an_english_roadmap(
    cli: Callable[..., Result], en_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    result = cli("import", unnamed_mspdi(tmp_path), en_file)
    assert result.code == 0, result.err
    assert "Task 6" in pathway_names(en_file)
    from roadmap.services.baselines import all_baselines
    from roadmap.services.workspace import Workspace

    with Workspace.open(en_file, readonly=True) as workspace:
        kept = {b.name: b.info.note for b in all_baselines(workspace)}
    assert kept == {
        "Baseline 0 · links-and-lags": "from links-and-lags.xml",
        "Baseline 1 · links-and-lags": "from links-and-lags.xml",
    }
