"""`dumps_in_pieces` writes what `json.dumps(data, ensure_ascii=False)` writes, a few hundred
records per call of the C encoder (which keeps the interpreter lock for a whole call: packing
L's base in one call froze the window during a publish or pull)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io import json_format
from roadmap.io.json_format import dumps_in_pieces, to_json


def records(n: int) -> list[dict[str, Any]]:
    return [
        {"id": f"s{i}", "name": f"步骤 {i} “quoted” \\ \n", "budget": i / 7, "done": None}
        for i in range(n)
    ]


@pytest.mark.parametrize("n", [0, 1, 499, 500, 501, 1000, 1234])
def test_the_same_text_as_one_call(n: int) -> None:
    data = {"format": "x", "version": 3, "roadmap": {"title": "路线图"}, "steps": records(n)}
    data["empty"] = []
    assert dumps_in_pieces(data) == json.dumps(data, ensure_ascii=False)


def test_a_packed_roadmap_is_the_same_text(sample_snapshot: RoadmapSnapshot) -> None:
    data = to_json(sample_snapshot)
    data["steps"] = data["steps"] * 40  # more than one piece
    assert dumps_in_pieces(data) == json.dumps(data, ensure_ascii=False)


def test_no_call_of_the_encoder_sees_a_whole_long_list(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = json.dumps

    def counting(value: Any, **kwargs: Any) -> str:
        seen.append(len(value) if isinstance(value, list | dict) else 1)
        return real(value, **kwargs)

    monkeypatch.setattr(json_format.json, "dumps", counting)
    dumps_in_pieces({"steps": records(1234), "lanes": records(3)})
    assert max(seen) <= 500 and sum(seen) >= 1234
