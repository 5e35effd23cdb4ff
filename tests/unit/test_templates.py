"""Templates a new roadmap starts from, and `roadmap new --template`."""

from __future__ import annotations

from pathlib import Path

import pytest

from roadmap.cli import main
from roadmap.domain.enums import Language, TimeUnit
from roadmap.domain.templates import TEMPLATES
from roadmap.services.workspace import Workspace


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.key)
def test_each_template_is_complete(template: object) -> None:
    lanes, criteria = template.lanes, template.criteria  # type: ignore[attr-defined]
    assert len({en for en, _, _ in lanes}) == len(lanes) >= 4
    assert len({color for _, _, color in lanes}) == len(lanes)  # lanes tell apart by colour
    assert all(zh and zh != en for en, zh, _ in lanes)  # translated, not copied
    assert abs(sum(weight for _, _, weight in criteria) - 1.0) < 1e-9


def test_cli_new_with_s_plan(tmp_path: Path) -> None:
    target = tmp_path / "landscape.roadmap"
    code = main(
        [
            "new",
            str(target),
            "--title",
            "城市交通",
            "--lang",
            "zh",
            "--template",
            "s-plan",
            "--start",
            "2027-01-01",
        ]
    )
    assert code == 0
    with Workspace.open(target, readonly=True) as workspace:
        snapshot = workspace.queries.snapshot()
    assert snapshot.info.language is Language.ZH
    assert snapshot.info.time_unit is TimeUnit.YEAR
    assert (snapshot.info.horizon_start.year, snapshot.info.horizon_end.year) == (2027, 2041)
    first_lane = min(snapshot.lanes, key=lambda lane: lane.position)
    assert first_lane.name == "趋势与驱动因素"


def test_cli_new_refuses_an_unknown_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.roadmap"
    with pytest.raises(SystemExit) as stopped:
        main(["new", str(target), "--title", "X", "--template", "z-plan"])
    assert stopped.value.code == 2
    assert not target.exists()
