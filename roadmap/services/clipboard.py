"""Steps on the clipboard: what Copy puts there and what Paste makes of it.

Copy writes two forms: the steps and the dependencies among them as JSON under a private MIME
type (so a paste, in this window or another, gets every field back), and tab-separated rows
with a header (so a spreadsheet takes them, and a paste of those rows as text is a quick
capture that gives the same steps back). Paste gives the steps new IDs; lanes are matched by ID,
then by name (another roadmap has other IDs), else the first lane.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date

from roadmap.domain.entities import Dependency, Lane, Pathway, Step, new_id
from roadmap.domain.enums import DependencyType, StepKind, StepStatus
from roadmap.domain.errors import ValidationError

MIME_TYPE = "application/x-frontier-roadmap-steps+json"
_FORMAT = 1
_FIELDS = ("name", "start", "end", "step_kind", "trl_start", "trl_target", "status", "progress")
_MORE = ("budget", "notes")


def steps_json(
    steps: Iterable[Step],
    dependencies: Iterable[Dependency],
    lanes: Mapping[str, Lane],
    pathways: Mapping[str, Pathway],
) -> str:
    """The private clipboard form of `steps` and the dependencies among them."""
    steps = list(steps)
    ids = {step.id for step in steps}
    records = []
    for step in steps:
        lane = lanes.get(step.lane_id)
        pathway = pathways.get(step.pathway_id)
        record = {
            "id": step.id,
            "pathway_id": step.pathway_id,
            "pathway": pathway.name if pathway else "",
            "lane_id": step.lane_id,
            "lane": lane.name if lane else "",
        }
        for field in (*_FIELDS, *_MORE):
            value = getattr(step, field)
            record[field] = value.isoformat() if isinstance(value, date) else value
        records.append(record)
    links = [
        {"from": d.from_step_id, "to": d.to_step_id, "type": d.type.value, "lag_days": d.lag_days}
        for d in dependencies
        if d.from_step_id in ids and d.to_step_id in ids
    ]
    return json.dumps({"format": _FORMAT, "steps": records, "dependencies": links})


def steps_text(
    steps: Iterable[Step], lanes: Mapping[str, Lane], pathways: Mapping[str, Pathway]
) -> str:
    """Tab-separated rows with a header, for a spreadsheet or a text paste back."""
    lines = ["Name\tStart\tEnd\tLane\tPathway\tKind\tTRL start\tTarget TRL"]
    for step in steps:
        lane, pathway = lanes.get(step.lane_id), pathways.get(step.pathway_id)
        cells = (
            " ".join(step.name.split()),
            step.start.isoformat(),
            step.end.isoformat(),
            lane.name if lane else "",
            pathway.name if pathway else "",
            step.step_kind.value,
            "" if step.trl_start is None else str(step.trl_start),
            "" if step.trl_target is None else str(step.trl_target),
        )
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def pasted_steps(
    payload: str,
    lanes: Mapping[str, Lane],
    pathways: Mapping[str, Pathway],
    pathway_id: str | None,
    fallback_id: str | None = None,
) -> tuple[list[Step], list[Dependency]]:
    """New steps (new IDs) and links from a clipboard payload, onto `pathway_id` if given,
    else each onto its own pathway when this roadmap has it (by ID, then by name), else onto
    `fallback_id`."""
    try:
        data = json.loads(payload)
        if data.get("format") != _FORMAT:
            raise ValueError("format")
        records = list(data["steps"])
        links = list(data["dependencies"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ValidationError("clipboard.unreadable") from None
    if not lanes:
        raise ValidationError("capture.no_lane")
    lane_by_name = {lane.name: lane.id for lane in lanes.values()}
    pathway_by_name = {p.name: p.id for p in pathways.values()}
    new_ids: dict[str, str] = {}
    steps = []
    try:
        for record in records:
            target = pathway_id
            if target is None:
                target = (
                    record["pathway_id"]
                    if record["pathway_id"] in pathways
                    else pathway_by_name.get(record["pathway"], fallback_id)
                )
            if target is None:
                raise ValidationError("clipboard.choose_pathway")
            lane_id = (
                record["lane_id"]
                if record["lane_id"] in lanes
                else lane_by_name.get(record["lane"], next(iter(lanes)))
            )
            new_ids[record["id"]] = new_id()
            steps.append(
                Step(
                    new_ids[record["id"]],
                    target,
                    lane_id,
                    str(record["name"]),
                    date.fromisoformat(record["start"]),
                    date.fromisoformat(record["end"]),
                    StepKind(record["step_kind"]),
                    record["trl_start"],
                    record["trl_target"],
                    StepStatus(record["status"]),
                    int(record["progress"]),
                    budget=record.get("budget"),
                    notes=str(record.get("notes", "")),
                )
            )
        dependencies = [
            Dependency(
                new_id(),
                new_ids[link["from"]],
                new_ids[link["to"]],
                DependencyType(link["type"]),
                int(link["lag_days"]),
            )
            for link in links
            if link["from"] in new_ids and link["to"] in new_ids
        ]
    except (ValueError, KeyError, TypeError):
        raise ValidationError("clipboard.unreadable") from None
    return steps, dependencies
