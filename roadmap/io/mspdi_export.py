"""Write a roadmap as MS Project XML (MSPDI), following the schema's rules.

- Task 0 is the project summary task (UID 0, OutlineLevel 0); problems are level 1 summaries,
  pathways level 2 summaries, steps level 3 tasks. UID is the stable identity, ID the row
  number; both count from 1 in row order. Every task's GUID is our record's ID, so importing
  the file again (ours or after MS Project saved it) finds the same records.
- Durations are ISO 8601 working time (`PT8H0M0S` a day, the Standard calendar: Monday–Friday,
  08:00–12:00 and 13:00–17:00); a step's dates are kept as a manually scheduled task with a
  start-no-earlier-than constraint, so MS Project shows the dates the roadmap has.
- Lags are written as elapsed days (LagFormat 8, tenths of a minute), since our lags count
  calendar days.
- Baselines: the latest is Baseline 0 (the one MS Project compares with), the ones before it
  Baseline 1–10, newest first; MSPDI keeps eleven and no names, so older ones stay out (a
  warning says so).
- Lane, step kind and TRL have no MS Project column: they go in custom text/number fields
  named "Lane", "Step kind", "TRL at start", "Target TRL".
Elements inside a task follow the schema's sequence order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from roadmap.atomic_files import replacing
from roadmap.domain.baseline import Baseline, StepPlan
from roadmap.domain.entities import Dependency, Step
from roadmap.domain.enums import DependencyType
from roadmap.domain.messages import Message, message
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.io import display_order
from roadmap.io.cell_text import CONTROL_CHARACTERS

NAMESPACE = "http://schemas.microsoft.com/project"
MINUTES_PER_DAY = 480
MAX_BASELINES = 11  # Baseline 0–10
ELAPSED_DAY = 14400  # tenths of a minute in 24 hours
# (FieldID, FieldName, Alias): the custom fields holding what MS Project has no column for.
CUSTOM_FIELDS = (
    ("188743731", "Text1", "Lane"),
    ("188743734", "Text2", "Step kind"),
    ("188743767", "Number1", "TRL at start"),
    ("188743768", "Number2", "Target TRL"),
)
_STANDARD_WEEK = "".join(
    f"<WeekDay><DayType>{day}</DayType><DayWorking>0</DayWorking></WeekDay>"
    if day in (1, 7)
    else f"<WeekDay><DayType>{day}</DayType><DayWorking>1</DayWorking><WorkingTimes>"
    "<WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>"
    "<WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime>"
    "</WorkingTimes></WeekDay>"
    for day in range(1, 8)
)


def working_days(start: date, end: date) -> int:
    """Monday–Friday days from `start` to `end`, both included."""
    if end < start:
        return 0
    whole_weeks, rest = divmod((end - start).days + 1, 7)
    days = whole_weeks * 5
    for offset in range(rest):
        if (start + timedelta(days=whole_weeks * 7 + offset)).weekday() < 5:
            days += 1
    return days


def duration(hours: int) -> str:
    return f"PT{hours}H0M0S"


def _text(value: str) -> str:
    return escape(CONTROL_CHARACTERS.sub("", value))


def _guid(record_id: str) -> str:
    return record_id.upper()


class _Writer:
    def __init__(self, snapshot: RoadmapSnapshot, baselines: tuple[Baseline, ...] = ()) -> None:
        self.snapshot = snapshot
        newest = sorted(baselines, key=lambda b: b.info.taken_at, reverse=True)
        self.baselines: list[dict[str, StepPlan]] = [
            {s.id: s for s in b.plan.steps} for b in newest[:MAX_BASELINES]
        ]
        self.parts: list[str] = []
        self.uid_of: dict[str, int] = {}
        self.lanes = {lane.id: lane.name for lane in snapshot.lanes}

    def task(
        self,
        record_id: str,
        name: str,
        level: int,
        outline: str,
        start: date,
        end: date,
        *,
        summary: bool,
        step: Step | None = None,
    ) -> None:
        uid = self.uid_of[record_id]
        milestone = step is not None and step.step_kind.is_point
        hours = 0 if milestone else 8 * max(working_days(start, end), 1)
        finish = "08:00:00" if milestone else "17:00:00"
        out = [
            f"<UID>{uid}</UID><GUID>{_guid(record_id)}</GUID><ID>{uid}</ID>",
            f"<Name>{_text(name)}</Name><Active>1</Active>",
            f"<Manual>{0 if summary else 1}</Manual><Type>{1 if summary else 0}</Type>",
            f"<IsNull>0</IsNull><WBS>{outline}</WBS><OutlineNumber>{outline}</OutlineNumber>",
            f"<OutlineLevel>{level}</OutlineLevel><Priority>500</Priority>",
            f"<Start>{start.isoformat()}T08:00:00</Start>",
            f"<Finish>{end.isoformat()}T{finish}</Finish>",
            f"<Duration>{duration(hours)}</Duration>",
        ]
        if not summary:
            out.append(f"<ManualStart>{start.isoformat()}T08:00:00</ManualStart>")
            out.append(f"<ManualFinish>{end.isoformat()}T{finish}</ManualFinish>")
            out.append(f"<ManualDuration>{duration(hours)}</ManualDuration>")
        out.append("<DurationFormat>7</DurationFormat>")
        out.append(f"<Milestone>{int(milestone)}</Milestone><Summary>{int(summary)}</Summary>")
        progress = step.progress if step is not None else 0
        out.append(f"<PercentComplete>{progress}</PercentComplete>")
        if step is not None:
            out.append("<ConstraintType>4</ConstraintType><CalendarUID>-1</CalendarUID>")
            out.append(f"<ConstraintDate>{start.isoformat()}T08:00:00</ConstraintDate>")
            if step.notes:
                out.append(f"<Notes>{_text(step.notes)}</Notes>")
            out += self.links(step)
            out += self.custom(step)
            out += self.baseline_parts(step)
        self.parts.append("<Task>" + "".join(out) + "</Task>")

    def links(self, step: Step) -> list[str]:
        links = []
        for dep in self.incoming.get(step.id, ()):
            kind = 3 if dep.type is DependencyType.START_TO_START else 1
            links.append(
                f"<PredecessorLink><PredecessorUID>{self.uid_of[dep.from_step_id]}"
                f"</PredecessorUID><Type>{kind}</Type><CrossProject>0</CrossProject>"
                f"<LinkLag>{dep.lag_days * ELAPSED_DAY}</LinkLag><LagFormat>8</LagFormat>"
                "</PredecessorLink>"
            )
        return links

    def baseline_parts(self, step: Step) -> list[str]:
        parts = []
        for number, steps in enumerate(self.baselines):
            kept = steps.get(step.id)
            if kept is None:
                continue
            point = kept.step_kind.is_point
            hours = 0 if point else 8 * max(working_days(kept.start, kept.end), 1)
            parts.append(
                f"<Baseline><Number>{number}</Number>"
                f"<Start>{kept.start.isoformat()}T08:00:00</Start>"
                f"<Finish>{kept.end.isoformat()}T{'08:00:00' if point else '17:00:00'}</Finish>"
                f"<Duration>{duration(hours)}</Duration></Baseline>"
            )
        return parts

    def custom(self, step: Step) -> list[str]:
        values = (
            self.lanes.get(step.lane_id, ""),
            step.step_kind.value,
            "" if step.trl_start is None else str(step.trl_start),
            "" if step.trl_target is None else str(step.trl_target),
        )
        return [
            f"<ExtendedAttribute><FieldID>{field_id}</FieldID>"
            f"<Value>{_text(value)}</Value></ExtendedAttribute>"
            for (field_id, _name, _alias), value in zip(CUSTOM_FIELDS, values, strict=True)
            if value
        ]

    def write(self) -> str:
        snapshot = self.snapshot
        steps = display_order.steps(snapshot)
        self.incoming: dict[str, list[Dependency]] = {}
        for dep in snapshot.dependencies:
            self.incoming.setdefault(dep.to_step_id, []).append(dep)
        by_pathway: dict[str, list[Step]] = {}
        for step in steps:
            by_pathway.setdefault(step.pathway_id, []).append(step)
        rows: list[_Row] = []
        for p_index, problem in enumerate(display_order.problems(snapshot), start=1):
            pathways = [p for p in display_order.pathways(snapshot) if p.problem_id == problem.id]
            members = [s for p in pathways for s in by_pathway.get(p.id, [])]
            rows.append(_Row(problem.id, problem.statement, 1, f"{p_index}", members))
            for w_index, pathway in enumerate(pathways, start=1):
                members = by_pathway.get(pathway.id, [])
                outline = f"{p_index}.{w_index}"
                rows.append(_Row(pathway.id, pathway.name, 2, outline, members))
                for s_index, step in enumerate(members, start=1):
                    rows.append(_Row(step.id, step.name, 3, f"{outline}.{s_index}", [], step))
        # A link names its predecessor's UID, which may come later in the outline: number
        # every task before writing any.
        self.uid_of = {row.record_id: uid for uid, row in enumerate(rows, start=1)}
        for row in rows:
            if row.step is None:
                first, last = _span(row.members, snapshot)
                self.task(row.record_id, row.name, row.level, row.outline, first, last, summary=True)  # fmt: skip
            else:
                step = row.step
                self.task(step.id, step.name, 3, row.outline, step.start, step.end, summary=False, step=step)  # fmt: skip
        return self.document(steps)

    def document(self, steps: list[Step]) -> str:
        snapshot = self.snapshot
        info = snapshot.info
        first, last = _span(steps, snapshot)
        total = 8 * max(working_days(first, last), 1)
        head = [
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
            f'<Project xmlns="{NAMESPACE}">',
            "<SaveVersion>14</SaveVersion>",
            f"<Name>{_text(info.title)}.xml</Name><GUID>{_guid(info.id)}</GUID>",
            f"<Title>{_text(info.title)}</Title>",
            "<ScheduleFromStart>1</ScheduleFromStart>",
            f"<StartDate>{first.isoformat()}T08:00:00</StartDate>",
            f"<FinishDate>{last.isoformat()}T17:00:00</FinishDate>",
            "<CalendarUID>1</CalendarUID>",
            "<DefaultStartTime>08:00:00</DefaultStartTime>",
            "<DefaultFinishTime>17:00:00</DefaultFinishTime>",
            f"<MinutesPerDay>{MINUTES_PER_DAY}</MinutesPerDay><MinutesPerWeek>2400</MinutesPerWeek>",
            "<DaysPerMonth>20</DaysPerMonth>",
            "<ExtendedAttributes>",
            *(
                f"<ExtendedAttribute><FieldID>{field_id}</FieldID><FieldName>{name}</FieldName>"
                f"<Alias>{alias}</Alias></ExtendedAttribute>"
                for field_id, name, alias in CUSTOM_FIELDS
            ),
            "</ExtendedAttributes>",
            "<Calendars><Calendar><UID>1</UID><Name>Standard</Name>"
            "<IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>"
            f"<WeekDays>{_STANDARD_WEEK}</WeekDays></Calendar></Calendars>",
            "<Tasks>",
            "<Task><UID>0</UID><ID>0</ID>"
            f"<Name>{_text(info.title)}</Name><Active>1</Active><Manual>0</Manual><Type>1</Type>"
            "<IsNull>0</IsNull><WBS>0</WBS><OutlineNumber>0</OutlineNumber>"
            "<OutlineLevel>0</OutlineLevel><Priority>500</Priority>"
            f"<Start>{first.isoformat()}T08:00:00</Start>"
            f"<Finish>{last.isoformat()}T17:00:00</Finish>"
            f"<Duration>{duration(total)}</Duration><DurationFormat>7</DurationFormat>"
            "<Milestone>0</Milestone><Summary>1</Summary><PercentComplete>0</PercentComplete>"
            "</Task>",
        ]
        tail = ["</Tasks>", "<Resources/>", "<Assignments/>", "</Project>"]
        return "\n".join(head + self.parts + tail) + "\n"


@dataclass(frozen=True)
class _Row:
    record_id: str
    name: str
    level: int
    outline: str
    members: list[Step]
    step: Step | None = None


def _span(steps: list[Step], snapshot: RoadmapSnapshot) -> tuple[date, date]:
    if not steps:
        return snapshot.info.horizon_start, snapshot.info.horizon_start
    return min(s.start for s in steps), max(s.end for s in steps)


def export_mspdi(
    snapshot: RoadmapSnapshot, out: Path, baselines: tuple[Baseline, ...] = ()
) -> list[str | Message]:
    """Write `snapshot` (and up to eleven `baselines`) to `out` as MSPDI; returns warnings
    (what MS Project cannot hold)."""
    writer = _Writer(snapshot, baselines)
    text = writer.write()
    with replacing(out) as partial:
        partial.write_text(text, encoding="utf-8")
    warnings: list[str | Message] = []
    if len(baselines) > MAX_BASELINES:
        warnings.append(
            message(
                "export.mspdi_baselines", most=MAX_BASELINES, count=len(baselines) - MAX_BASELINES
            )
        )
    others = len(snapshot.patents) + len(snapshot.products) + len(snapshot.people)
    if others:
        warnings.append(message("export.mspdi_plan_only"))
    return warnings
