"""MS Project's Baseline 0–10 of an imported plan as our baselines, named "Baseline N · file"
(in the roadmap's language: the name is stored).

MSPDI keeps a baseline's dates per task but neither its name nor when it was set, so each comes
in as of the import, with the file named in its note. A baseline whose dates equal one the
roadmap already has (importing our own export back, or the same file twice) is not added again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from roadmap.domain.baseline import MAX_NAME, Baseline, BaselineInfo, Plan, StepPlan
from roadmap.domain.entities import EntityKind, Step, new_id
from roadmap.domain.messages import message
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io.foreign_plan import ForeignPlan


def _dates(baseline: Baseline) -> dict[str, tuple[object, object]]:
    return {s.id: (s.start, s.end) for s in baseline.plan.steps}


def baselines_of(
    plan: ForeignPlan, snapshot: RoadmapSnapshot, present: Sequence[Baseline]
) -> list[Baseline]:
    """The plan's baselines over the steps it was placed as, less those already present."""
    known = [_dates(b) for b in present]
    names = {b.name for b in present}
    now = datetime.now().astimezone().replace(microsecond=0)
    language = snapshot.info.language.value
    note = message("plan.baseline_note", file=plan.source).render(language)
    found: list[Baseline] = []
    for number in sorted(plan.baselines):
        steps = []
        for index, (start, end) in sorted(plan.baselines[number].items()):
            step = snapshot.get(EntityKind.STEP, plan.placed_ids[index])
            if not isinstance(step, Step):
                continue
            if step.step_kind.is_point:
                end = start
            steps.append(
                StepPlan(step.id, step.name, step.pathway_id, step.step_kind, start, end,
                         step.status, step.progress, step.trl_start, step.trl_target)
            )  # fmt: skip
        named = message("plan.baseline_name", number=number, file=Path(plan.source).stem)
        name = named.render(language)[:MAX_NAME]
        if not steps or name in names:
            continue
        candidate = Baseline(
            BaselineInfo(new_id(), name, now, "MS Project", note),
            Plan(tuple(steps)),
        )
        if _dates(candidate) in known:
            continue
        found.append(candidate)
    return found
