"""Pathway scoring: weighted, normalized to 0–100, ranked per problem, missing scores reported."""

from __future__ import annotations

from datetime import date

import pytest

from roadmap.domain.entities import Criterion, Pathway, Problem, RoadmapInfo, Score
from roadmap.domain.scoring import rank_pathways, score_pathways
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io.json_format import read_json
from roadmap.locations import sample_path

INFO = RoadmapInfo("r", "Scoring", date(2025, 1, 1), date(2034, 12, 31))


def roadmap(
    scores: dict[str, dict[str, int]], weights: tuple[float, ...] = (3.0, 1.0)
) -> RoadmapSnapshot:
    criteria = tuple(Criterion(f"c{i}", f"Criterion {i}", w, "", i) for i, w in enumerate(weights))
    problems = (Problem("need", "An industry need"), Problem("other", "Another need", position=1))
    pathways = tuple(
        Pathway(pid, "other" if pid.startswith("x") else "need", f"Pathway {pid}", position=i)
        for i, pid in enumerate(scores)
    )
    rows = tuple(
        Score(f"{pid}-{cid}", pid, cid, value)
        for pid, values in scores.items()
        for cid, value in values.items()
    )
    return RoadmapSnapshot(
        info=INFO, criteria=criteria, problems=problems, pathways=pathways, scores=rows
    )


def test_scores_are_weighted_means_on_a_0_to_100_scale() -> None:
    snapshot = roadmap({"a": {"c0": 5, "c1": 1}, "b": {"c0": 1, "c1": 5}, "c": {"c0": 3, "c1": 3}})
    scores = score_pathways(snapshot)
    assert scores["a"].score == pytest.approx(75.0)  # (3·100 + 1·0) / 4
    assert scores["b"].score == pytest.approx(25.0)
    assert scores["c"].score == pytest.approx(50.0)
    (need, other) = rank_pathways(snapshot)
    assert [p.pathway_id for p in need.pathways] == ["a", "c", "b"]
    assert [p.rank for p in need.pathways] == [1, 2, 3]
    assert other.pathways == ()


def test_what_if_weights_change_the_ranking_without_touching_the_roadmap() -> None:
    snapshot = roadmap({"a": {"c0": 5, "c1": 1}, "b": {"c0": 1, "c1": 5}})
    (need, _) = rank_pathways(snapshot, {"c0": 1.0, "c1": 3.0})
    assert [p.pathway_id for p in need.pathways] == ["b", "a"]
    assert need.pathways[0].score == pytest.approx(75.0)
    assert [c.weight for c in snapshot.criteria] == [3.0, 1.0]
    (need, _) = rank_pathways(snapshot)
    assert need.best() is not None and need.best().pathway_id == "a"  # type: ignore[union-attr]


def test_missing_scores_are_reported_and_never_counted_as_zero() -> None:
    snapshot = roadmap({"full": {"c0": 4, "c1": 4}, "part": {"c0": 5}, "none": {}})
    scores = score_pathways(snapshot)
    assert scores["part"].missing == ("c1",)
    assert scores["part"].score == pytest.approx(100.0)  # c1 is not counted as 0
    assert not scores["part"].complete
    assert scores["none"].score is None and scores["none"].missing == ("c0", "c1")
    (need, _) = rank_pathways(snapshot)
    # A partly scored pathway ranks after the fully scored one, whatever its partial score.
    assert [p.pathway_id for p in need.pathways] == ["full", "part", "none"]
    assert [p.rank for p in need.pathways] == [1, 2, None]


def test_zero_weight_criteria_neither_count_nor_go_missing() -> None:
    snapshot = roadmap({"a": {"c0": 2}}, weights=(1.0, 0.0))
    scores = score_pathways(snapshot)
    assert scores["a"].missing == ()
    assert scores["a"].score == pytest.approx(25.0)


def test_equal_scores_share_a_rank_and_problems_rank_separately() -> None:
    snapshot = roadmap(
        {"a": {"c0": 4, "c1": 4}, "b": {"c0": 4, "c1": 4}, "c": {"c0": 1, "c1": 1}, "x": {}}
    )
    (need, other) = rank_pathways(snapshot)
    assert [(p.pathway_id, p.rank) for p in need.pathways] == [("a", 1), ("b", 1), ("c", 3)]
    assert [(p.pathway_id, p.rank) for p in other.pathways] == [("x", None)]


def test_the_sample_ranks_the_selected_pathways_first() -> None:
    snapshot = read_json(sample_path("en"))
    rankings = rank_pathways(snapshot)
    assert len(rankings) == len(snapshot.problems)
    status = {p.id: p.status.value for p in snapshot.pathways}
    for ranking in rankings:
        assert all(p.complete and 0 <= (p.score or -1) <= 100 for p in ranking.pathways)
        assert status[ranking.pathways[0].pathway_id] == "selected"
