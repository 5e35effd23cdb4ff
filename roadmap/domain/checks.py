"""`roadmap check`: everything a planner should fix, each finding naming the thing and the fix.

The structural rules (valid records, references, cycles) come from `consistency`; planning
rules (TRL progression, schedule conflicts, …) are added to `CHECKS`.
"""

from __future__ import annotations

from collections.abc import Iterable

from roadmap.domain.consistency import find_violations
from roadmap.domain.entities import EntityKind, Step
from roadmap.domain.enums import PathwayStatus
from roadmap.domain.errors import CycleError
from roadmap.domain.findings import Check as Check
from roadmap.domain.findings import Finding as Finding
from roadmap.domain.maturity import LAUNCH_TRL, MAX_TRL_JUMP, date_reaching, trl_falls, trl_jumps
from roadmap.domain.messages import Listing, message
from roadmap.domain.schedule import schedule
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.domain.transfer_checks import TRANSFER_CHECKS


def structural(snapshot: RoadmapSnapshot) -> Iterable[Finding]:
    for v in find_violations(snapshot):
        yield Finding(v.kind, v.id, v.message)


def steps_in_horizon(snapshot: RoadmapSnapshot) -> Iterable[Finding]:
    info = snapshot.info
    for step in snapshot.steps:
        if step.start < info.horizon_start or step.end > info.horizon_end:
            yield Finding(
                EntityKind.STEP,
                step.id,
                message(
                    "check.outside_horizon",
                    what=message("check.named_step", name=step.name),
                    start=step.start,
                    end=step.end,
                    first=info.horizon_start,
                    last=info.horizon_end,
                ),
                "outside-horizon",
            )


def _quoted_list(names: list[str]) -> Listing:
    return Listing(tuple(message("check.quoted", name=n) for n in names))


def _steps_by_pathway(snapshot: RoadmapSnapshot) -> dict[str, list[Step]]:
    grouped: dict[str, list[Step]] = {p.id: [] for p in snapshot.pathways}
    for step in snapshot.steps:
        grouped.setdefault(step.pathway_id, []).append(step)
    return grouped


def _pathway_names(snapshot: RoadmapSnapshot) -> dict[str, str]:
    return {p.id: p.name for p in snapshot.pathways}


def trl_never_falls(snapshot: RoadmapSnapshot) -> Iterable[Finding]:
    """Along a pathway, in time order, no step starts below the TRL already established."""
    names = _pathway_names(snapshot)
    for pathway_id, steps in _steps_by_pathway(snapshot).items():
        for fall in trl_falls(steps):
            yield Finding(
                EntityKind.STEP,
                fall.step.id,
                message(
                    "check.trl_falls",
                    what=message("check.named_step", name=fall.step.name),
                    trl=fall.step.trl_start,
                    pathway=names.get(pathway_id, pathway_id),
                    reached=fall.reached,
                    earlier=fall.earlier.name,
                ),
                "trl-falls",
            )


def trl_small_jumps(snapshot: RoadmapSnapshot) -> Iterable[Finding]:
    """No step promises more than two TRL levels at once."""
    for step in trl_jumps(snapshot.steps):
        yield Finding(
            EntityKind.STEP,
            step.id,
            message(
                "check.trl_jump",
                what=message("check.named_step", name=step.name),
                trl=step.trl_start,
                target=step.trl_target,
                limit=MAX_TRL_JUMP,
            ),
            "trl-jump",
        )


def launches_after_trl7(snapshot: RoadmapSnapshot) -> Iterable[Finding]:
    """A product does not launch before each pathway it is linked to reaches TRL 7."""
    steps = _steps_by_pathway(snapshot)
    names = _pathway_names(snapshot)
    for product in snapshot.products:
        if product.launch_date is None:
            continue
        for pathway_id in product.pathway_ids:
            if pathway_id not in names:
                continue  # a dangling link is reported by the structural check
            ready = date_reaching(steps.get(pathway_id, []), LAUNCH_TRL)
            pathway = names[pathway_id]
            if ready is None:
                yield Finding(
                    EntityKind.PRODUCT,
                    product.id,
                    message(
                        "check.launch_never_ready",
                        name=product.name,
                        launch=product.launch_date,
                        pathway=pathway,
                        trl=LAUNCH_TRL,
                    ),
                    "launch-before-trl7",
                )
            elif product.launch_date < ready:
                yield Finding(
                    EntityKind.PRODUCT,
                    product.id,
                    message(
                        "check.launch_too_early",
                        name=product.name,
                        launch=product.launch_date,
                        pathway=pathway,
                        trl=LAUNCH_TRL,
                        ready=ready,
                    ),
                    "launch-before-trl7",
                )


def selected_pathways_scored(snapshot: RoadmapSnapshot) -> Iterable[Finding]:
    """A selected pathway has a score on every criterion that carries weight."""
    weighted = [c for c in sorted(snapshot.criteria, key=lambda c: c.position) if c.weight > 0]
    scored = {(s.pathway_id, s.criterion_id) for s in snapshot.scores}
    for pathway in snapshot.pathways:
        if pathway.status is not PathwayStatus.SELECTED:
            continue
        missing = [c.name for c in weighted if (pathway.id, c.id) not in scored]
        if missing:
            listed = _quoted_list(missing)
            yield Finding(
                EntityKind.PATHWAY,
                pathway.id,
                message("check.selected_unscored", name=pathway.name, criteria=listed),
                "selected-unscored",
            )


def fom_targets_in_horizon(snapshot: RoadmapSnapshot) -> Iterable[Finding]:
    """Every figure of merit has a target date inside the roadmap's horizon."""
    info = snapshot.info
    horizon = {"first": info.horizon_start, "last": info.horizon_end}
    for fom in snapshot.figures_of_merit:
        if fom.target_date is None:
            yield Finding(
                EntityKind.FIGURE_OF_MERIT,
                fom.id,
                message("check.fom_no_target", name=fom.name, **horizon),
                "fom-target-date",
            )
        elif not info.horizon_start <= fom.target_date <= info.horizon_end:
            yield Finding(
                EntityKind.FIGURE_OF_MERIT,
                fom.id,
                message(
                    "check.fom_target_outside", name=fom.name, target=fom.target_date, **horizon
                ),
                "fom-target-date",
            )


def schedule_conflicts(snapshot: RoadmapSnapshot) -> Iterable[Finding]:
    """No step is planned to start before its dependencies allow."""
    try:
        result = schedule(snapshot.steps, snapshot.dependencies)
    except CycleError:
        return  # the structural check names the cycle
    names = {s.id: s.name for s in snapshot.steps}
    for conflict in result.conflicts:
        yield Finding(
            EntityKind.STEP,
            conflict.step_id,
            message(
                "check.schedule_conflict",
                name=conflict.name,
                planned=conflict.planned_start,
                waits=_quoted_list([names.get(s, s) for s in conflict.waits_on]),
                earliest=conflict.earliest_start,
            ),
            "schedule-conflict",
        )


CHECKS: list[Check] = [
    structural,
    steps_in_horizon,
    trl_never_falls,
    trl_small_jumps,
    launches_after_trl7,
    selected_pathways_scored,
    fom_targets_in_horizon,
    schedule_conflicts,
    *TRANSFER_CHECKS,
]


def run_checks(snapshot: RoadmapSnapshot) -> list[Finding]:
    """Every finding of every check, structural ones first."""
    return [finding for check in CHECKS for finding in check(snapshot)]
