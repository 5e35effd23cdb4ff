"""Workshop edits that add several records pointing at each other as one undoable edit:
closing a dot vote (the vote, its counts and, if asked, a scoring criterion with its scores)
and turning a parking-lot idea into a step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from roadmap.domain.entities import EntityKind, Idea, Step, new_id
from roadmap.domain.errors import NotFoundError
from roadmap.domain.voting import DotVote, as_criterion
from roadmap.services.changes import Action, Edit
from roadmap.services.workspace import Workspace, require_valid


def close_vote(
    workspace: Workspace,
    vote: DotVote,
    held_on: date,
    *,
    criterion: tuple[str, float] | None = None,
) -> Edit:
    """Store closed `vote`; with `criterion` (name, weight), also as a scoring criterion
    whose 1–5 scores follow the pathways' dots. One edit, one step to undo."""
    vote.close()
    current = workspace.queries.snapshot()
    record, counts = vote.records(held_on)
    target = replace(
        current,
        votes=(*current.votes, record),
        vote_counts=(*current.vote_counts, *counts),
    )
    if criterion is not None:
        name, weight = criterion
        new_criterion, scores, record = as_criterion(current, record, counts, name, weight)
        target = replace(
            target,
            votes=(*current.votes, record),
            criteria=(*current.criteria, new_criterion),
            scores=(*current.scores, *scores),
        )
    require_valid(target)
    return workspace.commands.become(Action.ADD, EntityKind.VOTE, record.question, current, target)


def idea_to_step(
    workspace: Workspace,
    idea_id: str,
    *,
    pathway_id: str,
    lane_id: str,
    start: date,
    end: date,
) -> Edit:
    """Turn parking-lot idea `idea_id` into a step of `pathway_id` in `lane_id` (the idea
    goes, the step comes, in one edit)."""
    current = workspace.queries.snapshot()
    idea = next((i for i in current.ideas if i.id == idea_id), None)
    if idea is None:
        raise NotFoundError("record.not_found", kind=EntityKind.IDEA, id=idea_id)
    siblings = [s.position for s in current.steps if s.pathway_id == pathway_id]
    step = Step(
        new_id(),
        pathway_id,
        lane_id,
        idea.text.strip().splitlines()[0][:200],
        start=start,
        end=end,
        notes=idea.text if "\n" in idea.text.strip() else "",
        position=max(siblings, default=-1) + 1,
    )
    target = replace(
        current,
        ideas=tuple(i for i in current.ideas if i.id != idea_id),
        steps=(*current.steps, step),
    )
    require_valid(target)
    return workspace.commands.become(Action.ADD, EntityKind.STEP, step.name, current, target)


def park_idea(workspace: Workspace, text: str, pathway_id: str | None = None) -> Edit:
    """Add an idea at the end of the parking lot."""
    return workspace.commands.add(Idea(new_id(), text.strip(), pathway_id, None, 0))
