"""`roadmap info --json` tells the transfer figures; `roadmap check` passes both samples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roadmap.cli import main

SAMPLE_TRANSFER = {
    "patents_by_status": {
        "idea": 1,
        "filed": 4,
        "granted": 1,
        "licensed": 2,
        "transferred": 1,
        "lapsed": 1,
    },
    # Two licences and one assignment, all to enterprises (Qiheng and the spin-off Chengxin).
    "licensed_or_transferred": 3,
    # Two people left the institute for enterprises, one came from an enterprise; the two
    # dual appointments stay within research and the secondment within industry.
    "cross_sector_moves": 3,
    "moves_by_direction": {
        "research_to_industry": 2,
        "industry_to_research": 1,
        "university_institute": 2,
        "other": 1,
    },
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_info_json_has_the_transfer_figures_and_check_passes(
    language: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"sample-{language}.roadmap"
    assert main(["sample", str(path), "--lang", language]) == 0
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["transfer"] == SAMPLE_TRANSFER
    assert main(["check", str(path)]) == 0
    assert "No findings." in capsys.readouterr().out
