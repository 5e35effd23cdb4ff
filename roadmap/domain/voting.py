"""Dot voting in a workshop: participants in turn spread their dots over the items (pathways,
steps or products) on one laptop; the totals are known only when the vote is closed, and a
closed vote becomes records of the roadmap and, if the team wants, a scoring criterion.

Plain Python: the app's vote dialog drives a `DotVote`; nothing here knows Qt or the store.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from roadmap.domain.entities import Criterion, EntityKind, Score, Vote, VoteCount, new_id
from roadmap.domain.enums import VoteStyle
from roadmap.domain.errors import ValidationError
from roadmap.domain.rules import SCORE_MAX, SCORE_MIN
from roadmap.domain.snapshot import RoadmapSnapshot


@dataclass(frozen=True)
class Item:
    """Something to vote on."""

    kind: EntityKind  # pathway, step or product
    id: str
    name: str


@dataclass(frozen=True)
class VoteSetup:
    """What the facilitator decided before the first ballot."""

    question: str
    items: tuple[Item, ...]
    participants: tuple[str, ...]  # names, or "Participant 1", "Participant 2", …
    dots_each: int = 3
    cap: int = 0  # most dots on one item from one participant; 0: no cap
    style: VoteStyle = VoteStyle.ANONYMOUS

    def check(self) -> None:
        if not self.question.strip():
            raise ValidationError("vote.no_question")
        if not self.items:
            raise ValidationError("vote.no_items")
        if not self.participants:
            raise ValidationError("vote.no_participants")
        if self.dots_each < 1 or self.cap < 0:
            raise ValidationError("vote.bad_setup", what=self.question)


@dataclass
class DotVote:
    """A vote in progress: one ballot per participant, in turn; totals only once closed."""

    setup: VoteSetup
    ballots: dict[str, dict[str, int]] = field(default_factory=dict)
    closed: bool = False

    def __post_init__(self) -> None:
        self.setup.check()

    @property
    def next_participant(self) -> str | None:
        """Whose turn it is (None when every participant has voted)."""
        return next((p for p in self.setup.participants if p not in self.ballots), None)

    def cast(self, participant: str, dots: Mapping[str, int]) -> None:
        """Record `participant`'s ballot (item ID → dots); refused if it breaks the rules."""
        if self.closed:
            raise ValidationError("vote.closed")
        if participant != self.next_participant:
            raise ValidationError("vote.not_your_turn", name=participant)
        known = {item.id for item in self.setup.items}
        for item_id, count in dots.items():
            if item_id not in known:
                raise ValidationError("vote.unknown_item", id=item_id)
            if count < 0:
                raise ValidationError("vote.negative_count", id=item_id, count=count)
            if self.setup.cap and count > self.setup.cap:
                raise ValidationError("vote.over_cap", cap=self.setup.cap)
        spent = sum(dots.values())
        if spent > self.setup.dots_each:
            raise ValidationError("vote.too_many_dots", spent=spent, dots=self.setup.dots_each)
        self.ballots[participant] = {k: v for k, v in dots.items() if v}

    def close(self) -> None:
        """End the vote; participants who did not vote simply gave no dots."""
        self.closed = True

    def totals(self) -> dict[str, int]:
        """Dots per item, once closed (before that the totals are not for anyone's eyes)."""
        if not self.closed:
            raise ValidationError("vote.still_open")
        totals = {item.id: 0 for item in self.setup.items}
        for ballot in self.ballots.values():
            for item_id, count in ballot.items():
                totals[item_id] += count
        return totals

    def voters(self, item_id: str) -> str:
        """Who gave dots to an item: "Ann ×2; Bo" (named voting only)."""
        if self.setup.style is not VoteStyle.NAMED:
            return ""
        parts = []
        for name in self.setup.participants:
            count = self.ballots.get(name, {}).get(item_id, 0)
            if count:
                parts.append(name if count == 1 else f"{name} ×{count}")
        return "; ".join(parts)

    def records(self, held_on: date) -> tuple[Vote, tuple[VoteCount, ...]]:
        """The closed vote as records of the roadmap."""
        totals = self.totals()
        vote = Vote(
            new_id(),
            self.setup.question.strip(),
            held_on,
            self.setup.style,
            self.setup.dots_each,
            self.setup.cap,
            len(self.setup.participants),
        )
        counts = []
        for item in self.setup.items:
            target = {
                EntityKind.PATHWAY: "pathway_id",
                EntityKind.STEP: "step_id",
                EntityKind.PRODUCT: "product_id",
            }[item.kind]
            counts.append(
                VoteCount(
                    new_id(),
                    vote.id,
                    count=totals[item.id],
                    voters=self.voters(item.id),
                    **{target: item.id},
                )
            )
        return vote, tuple(counts)


def scaled_scores(totals: Mapping[str, int]) -> dict[str, int]:
    """Dots as 1–5 scores: the most dots make 5, none make 1, the rest in proportion."""
    most = max(totals.values(), default=0)
    if most <= 0:
        return {item_id: SCORE_MIN for item_id in totals}
    span = SCORE_MAX - SCORE_MIN
    return {item_id: SCORE_MIN + round(span * count / most) for item_id, count in totals.items()}


def as_criterion(
    snapshot: RoadmapSnapshot, vote: Vote, counts: Sequence[VoteCount], name: str, weight: float
) -> tuple[Criterion, tuple[Score, ...], Vote]:
    """A scoring criterion from a vote's pathway counts: a new criterion `name` with one
    1–5 score per voted pathway, and the vote remembering the criterion it became."""
    position = max((c.position for c in snapshot.criteria), default=-1) + 1
    criterion = Criterion(new_id(), name, weight, vote.question, position)
    pathway_counts = {c.pathway_id: c.count for c in counts if c.pathway_id}
    scores = tuple(
        Score(new_id(), pathway_id, criterion.id, value, vote.question)
        for pathway_id, value in scaled_scores(pathway_counts).items()
    )
    return criterion, scores, replace(vote, criterion_id=criterion.id)
