"""Dot voting: ballots in turn, caps and dot budgets, hidden totals, and a closed vote stored
(and applied as a scoring criterion) as one undoable edit."""

from __future__ import annotations

from datetime import date

import pytest

from roadmap.domain.entities import EntityKind
from roadmap.domain.enums import VoteStyle
from roadmap.domain.errors import ValidationError
from roadmap.domain.scoring import rank_pathways
from roadmap.domain.voting import DotVote, Item, VoteSetup, scaled_scores
from roadmap.services.history import History
from roadmap.services.workshop import close_vote, idea_to_step, park_idea
from roadmap.services.workspace import Workspace
from tests.support import canonical

ITEMS = (
    Item(EntityKind.PATHWAY, "p1", "Chiplets"),
    Item(EntityKind.PATHWAY, "p2", "Monolithic"),
    Item(EntityKind.PATHWAY, "p3", "CXL"),
)


def setup(**changes: object) -> VoteSetup:
    values: dict[str, object] = {
        "question": "Which pathway first?",
        "items": ITEMS,
        "participants": ("Ann", "Bo", "Chen"),
        "dots_each": 3,
        "cap": 2,
        "style": VoteStyle.NAMED,
    }
    values.update(changes)
    return VoteSetup(**values)  # type: ignore[arg-type]


def test_ballots_in_turn_and_totals_only_when_closed() -> None:
    vote = DotVote(setup())
    assert vote.next_participant == "Ann"
    vote.cast("Ann", {"p1": 2, "p2": 1})
    with pytest.raises(ValidationError):
        vote.totals()  # still open: nobody sees the counts
    with pytest.raises(ValidationError):
        vote.cast("Chen", {"p1": 1})  # not Chen's turn
    vote.cast("Bo", {"p1": 1, "p3": 2})
    vote.cast("Chen", {"p3": 1})
    assert vote.next_participant is None
    vote.close()
    assert vote.totals() == {"p1": 3, "p2": 1, "p3": 3}
    assert vote.voters("p1") == "Ann ×2; Bo"
    with pytest.raises(ValidationError):
        vote.cast("Ann", {"p1": 1})


@pytest.mark.parametrize(
    "ballot",
    [{"p1": 3}, {"p1": 2, "p2": 2}, {"p9": 1}, {"p1": -1}],
    ids=["over the cap", "too many dots", "not on the ballot", "negative"],
)
def test_bad_ballots_are_refused(ballot: dict[str, int]) -> None:
    vote = DotVote(setup())
    with pytest.raises(ValidationError):
        vote.cast("Ann", ballot)
    assert vote.next_participant == "Ann"  # nothing was recorded


def test_anonymous_votes_keep_no_names() -> None:
    vote = DotVote(setup(style=VoteStyle.ANONYMOUS))
    vote.cast("Ann", {"p1": 1})
    vote.close()
    _, counts = vote.records(date(2026, 12, 1))
    assert all(count.voters == "" for count in counts)
    assert {c.pathway_id: c.count for c in counts} == {"p1": 1, "p2": 0, "p3": 0}


def test_scaled_scores() -> None:
    assert scaled_scores({"a": 8, "b": 4, "c": 0, "d": 2}) == {"a": 5, "b": 3, "c": 1, "d": 2}
    assert scaled_scores({"a": 0, "b": 0}) == {"a": 1, "b": 1}


def sample_items(workspace: Workspace) -> tuple[Item, ...]:
    snapshot = workspace.queries.snapshot()
    problem = snapshot.problems[0].id
    return tuple(
        Item(EntityKind.PATHWAY, p.id, p.name) for p in snapshot.pathways if p.problem_id == problem
    )


def test_closing_a_vote_applies_a_criterion_and_undoes_in_one_step(workspace: Workspace) -> None:
    history = History(workspace.commands)
    before = canonical(workspace.queries.snapshot())
    items = sample_items(workspace)
    vote = DotVote(setup(items=items, cap=0))
    vote.cast("Ann", {items[-1].id: 3})
    vote.cast("Bo", {items[-1].id: 2, items[0].id: 1})
    vote.cast("Chen", {items[0].id: 3})
    edit = close_vote(workspace, vote, date(2026, 12, 1), criterion=("Team vote", 0.5))
    history.record(edit)

    after = workspace.queries.snapshot()
    (stored,) = after.votes
    team = next(c for c in after.criteria if c.name == "Team vote")
    assert stored.criterion_id == team.id and team.weight == 0.5
    scores = {s.pathway_id: s.value for s in after.scores if s.criterion_id == team.id}
    assert len(items) == 3  # the sample's first problem has three pathways
    assert scores[items[-1].id] == 5  # five dots: the most
    assert scores[items[0].id] == 4  # four dots: 1 + 4 × 4/5, rounded
    assert scores[items[1].id] == 1  # no dots
    assert len(after.vote_counts) == len(items)

    history.undo()
    assert canonical(workspace.queries.snapshot()) == before  # one step undoes all of it
    history.redo()
    assert len(workspace.queries.snapshot().votes) == 1


def test_the_criterion_changes_the_ranking(workspace: Workspace) -> None:
    items = sample_items(workspace)
    last = items[-1]
    before = {
        p.pathway_id: p.rank
        for r in rank_pathways(workspace.queries.snapshot())
        for p in r.pathways
    }
    vote = DotVote(setup(items=items, cap=0, participants=tuple(f"P{i}" for i in range(5))))
    for participant in vote.setup.participants:
        vote.cast(participant, {last.id: 3})
    close_vote(workspace, vote, date(2026, 12, 1), criterion=("Team vote", 5.0))
    after = {
        p.pathway_id: p.rank
        for r in rank_pathways(workspace.queries.snapshot())
        for p in r.pathways
    }
    assert after[last.id] < before[last.id]  # the team's favourite moved up


def test_an_idea_becomes_a_step_in_one_edit(workspace: Workspace) -> None:
    history = History(workspace.commands)
    history.record(park_idea(workspace, "Talk to the packaging house\nabout 2.5D interposers"))
    snapshot = workspace.queries.snapshot()
    (idea,) = snapshot.ideas
    pathway, lane = snapshot.pathways[0], snapshot.lanes[1]
    parked = canonical(snapshot)
    history.record(
        idea_to_step(
            workspace,
            idea.id,
            pathway_id=pathway.id,
            lane_id=lane.id,
            start=date(2027, 1, 1),
            end=date(2027, 3, 31),
        )
    )
    after = workspace.queries.snapshot()
    assert not after.ideas
    step = next(s for s in after.steps if s.name == "Talk to the packaging house")
    assert (step.pathway_id, step.lane_id, step.start, step.end) == (
        pathway.id,
        lane.id,
        date(2027, 1, 1),
        date(2027, 3, 31),
    )
    assert "2.5D" in step.notes
    history.undo()
    assert canonical(workspace.queries.snapshot()) == parked
