"""Pathway scoring: a weighted 0–100 score from the 1–5 criterion scores, ranked per problem.

- A score of 1 counts as 0 and a score of 5 as 100; the pathway's score is the weighted mean
  over the criteria it *has* a score on, with the roadmap's weights (or what-if weights).
- A missing score is never counted as zero: it is listed in `missing`, the pathway is marked
  incomplete, and incomplete pathways rank after every completely scored one in their problem
  (a partly scored pathway must not win on the criteria nobody looked at).
- Criteria with weight 0 do not count and are never missing. A pathway with no counted score
  has no score (None) and ranks last.
- Equal scores share a rank ("1, 1, 3"); ties keep the pathways' own order.

Everything here is pure and fast, so the app can re-rank on every move of a weight slider.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from roadmap.domain.entities import Criterion, Pathway
from roadmap.domain.rules import SCORE_MAX, SCORE_MIN
from roadmap.domain.snapshot import RoadmapSnapshot

Weights = Mapping[str, float]  # criterion ID → weight


@dataclass(frozen=True, slots=True)
class PathwayScore:
    """One pathway's weighted score and where it stands in its problem."""

    pathway_id: str
    problem_id: str
    name: str
    score: float | None  # 0–100 over the scored criteria; None when nothing counts
    rank: int | None  # 1 = best within the problem; None when unscored
    values: Mapping[str, int]  # criterion ID → the 1–5 score given
    missing: tuple[str, ...]  # IDs of weighted criteria without a score, in criteria order

    @property
    def complete(self) -> bool:
        return self.score is not None and not self.missing


@dataclass(frozen=True, slots=True)
class Ranking:
    """The pathways of one problem, best first."""

    problem_id: str
    pathways: tuple[PathwayScore, ...]

    def best(self) -> PathwayScore | None:
        top = self.pathways[0] if self.pathways else None
        return top if top is not None and top.rank == 1 else None


def normalize(value: float) -> float:
    """A 1–5 score on the 0–100 scale."""
    return (value - SCORE_MIN) * 100.0 / (SCORE_MAX - SCORE_MIN)


def effective_weights(criteria: tuple[Criterion, ...], weights: Weights | None) -> dict[str, float]:
    """The roadmap's weights, with what-if `weights` overriding any criterion they name."""
    chosen = {c.id: c.weight for c in criteria}
    if weights:
        chosen.update({cid: float(w) for cid, w in weights.items() if cid in chosen})
    return chosen


def score_pathway(
    pathway: Pathway,
    values: Mapping[str, int],
    criteria: tuple[Criterion, ...],
    weights: Mapping[str, float],
) -> PathwayScore:
    """The weighted score of one pathway given its criterion → value scores (rank unset)."""
    total = 0.0
    counted = 0.0
    missing: list[str] = []
    for criterion in criteria:
        weight = weights.get(criterion.id, 0.0)
        if weight <= 0:
            continue
        value = values.get(criterion.id)
        if value is None:
            missing.append(criterion.id)
            continue
        total += weight * normalize(value)
        counted += weight
    score = total / counted if counted > 0 else None
    return PathwayScore(
        pathway.id, pathway.problem_id, pathway.name, score, None, dict(values), tuple(missing)
    )


def score_pathways(
    snapshot: RoadmapSnapshot, weights: Weights | None = None
) -> dict[str, PathwayScore]:
    """Every pathway's score by pathway ID (ranks unset; see `rank_pathways`)."""
    chosen = effective_weights(snapshot.criteria, weights)
    criteria = tuple(sorted(snapshot.criteria, key=lambda c: c.position))
    values: dict[str, dict[str, int]] = {p.id: {} for p in snapshot.pathways}
    for score in snapshot.scores:
        if score.pathway_id in values:
            values[score.pathway_id][score.criterion_id] = score.value
    return {p.id: score_pathway(p, values[p.id], criteria, chosen) for p in snapshot.pathways}


def rank_pathways(snapshot: RoadmapSnapshot, weights: Weights | None = None) -> tuple[Ranking, ...]:
    """Per problem (in the roadmap's order), its pathways ranked best first.

    `weights` (criterion ID → weight) override the saved weights for a what-if; criteria it
    does not name keep their saved weight. Nothing is written.
    """
    scores = score_pathways(snapshot, weights)
    by_problem: dict[str, list[Pathway]] = {p.id: [] for p in snapshot.problems}
    for pathway in sorted(snapshot.pathways, key=lambda p: p.position):
        by_problem.setdefault(pathway.problem_id, []).append(pathway)
    rankings = []
    for problem in sorted(snapshot.problems, key=lambda p: p.position):
        entries = [scores[p.id] for p in by_problem[problem.id]]
        rankings.append(Ranking(problem.id, _ranked(entries)))
    return tuple(rankings)


def _ranked(entries: list[PathwayScore]) -> tuple[PathwayScore, ...]:
    def order(entry: PathwayScore) -> tuple[int, float]:
        group = 0 if entry.complete else 1 if entry.score is not None else 2
        return group, -(entry.score or 0.0)

    ranked: list[PathwayScore] = []
    previous: tuple[int, float] | None = None
    rank = 0
    for position, entry in enumerate(sorted(entries, key=order), start=1):
        key = order(entry)
        if entry.score is None:
            ranked.append(entry)
            continue
        # Scores equal to display precision share a rank.
        rounded = (key[0], round(key[1], 6))
        if rounded != previous:
            rank = position
            previous = rounded
        ranked.append(replace(entry, rank=rank))
    return tuple(ranked)
