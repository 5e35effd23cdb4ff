"""MS Project XML (MSPDI) as a plan: tasks → steps, summary tasks → pathways (the top level of a
deep outline → problems), milestones, % complete, finish-to-start and start-to-start links.

What a roadmap has no place for (finish-to-finish and start-to-finish links, calendars,
resources and their assignments, costs, baselines) is listed in one summary, never dropped
silently. Written after files saved by MS Project 2003–2019 and TaskJuggler's `mspxml` export:
the project summary task (UID 0) is skipped, the outline is read from OutlineNumber (TaskJuggler
numbers its OutlineLevel from 0), and a Finish at midnight is the end of the day before.
"""

from __future__ import annotations

import math
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from xml.etree.ElementTree import Element

from roadmap.domain.enums import DependencyType, Language, StepKind
from roadmap.domain.messages import Message, message
from roadmap.io.foreign_plan import ForeignPlan, PlanLink, PlanTask, left_out_summary
from roadmap.io.plan_outline import OutlineNode, is_summary, place_tasks
from roadmap.io.problems import DamagedFile
from roadmap.io.xml_guard import child_text, children, local, parse_xml

# PredecessorLink/Type
_LINK_TYPES = {"0": "FF", "1": "FS", "2": "SF", "3": "SS"}
# LagFormat → (unit, elapsed). Formats 35–52 are the same units marked as estimates ("?").
_LAG_UNITS = {
    3: ("minute", False), 4: ("minute", True), 5: ("hour", False), 6: ("hour", True),
    7: ("day", False), 8: ("day", True), 9: ("week", False), 10: ("week", True),
    11: ("month", False), 12: ("month", True), 19: ("percent", False), 20: ("percent", True),
}  # fmt: skip
# Our own export keeps the fields MS Project has no column for in custom text fields.
ALIASES = {"Lane": "lane", "Step kind": "step_kind", "TRL at start": "trl_start",
           "Target TRL": "trl_target"}  # fmt: skip


def _number(text: str | None, default: float) -> float:
    """`text` as a finite number, else `default` ("1e309", "inf" and "nan" are no numbers)."""
    try:
        value = float(text) if text is not None else default
    except ValueError:
        return default
    return value if math.isfinite(value) else default


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def lag_days(link_lag: float, lag_format: int, minutes_per_day: float, minutes_per_week: float,
             days_per_month: float) -> float | None:  # fmt: skip
    """A link's lag in days; None for a lag given as a percentage of the predecessor.

    LinkLag is in tenths of a minute. An elapsed lag counts every minute of the calendar
    (1,440 a day); a working-time lag counts working minutes, so a day is the project's
    minutes per day, a week its minutes per week (read as 7 days), a month its days per
    month of working days (read as 30 days).
    """
    unit, elapsed = _LAG_UNITS.get(
        lag_format - 32 if lag_format >= 35 else lag_format, ("day", False)
    )
    minutes = link_lag / 10
    if unit == "percent":
        return None
    if elapsed:
        return minutes / 1440
    if unit == "week":
        return minutes / max(minutes_per_week, 1) * 7
    if unit == "month":
        return minutes / max(minutes_per_day * days_per_month, 1) * 30
    return minutes / max(minutes_per_day, 1)


def read_mspdi(path: Path, language: Language | None = None) -> ForeignPlan:
    """The plan an MS Project XML file holds; raises `DamagedFile` for anything else.

    `language`: the roadmap's it is read for (see `plan_outline.place_tasks`)."""
    root = parse_xml(path, "xml.what_mspdi")
    if local(root.tag) != "Project" or not children(root, "Tasks"):
        raise DamagedFile("mspdi.not_project", name=path.name)
    return _Reader(path, root, language).plan


class _Reader:
    def __init__(self, path: Path, root: Element, language: Language | None) -> None:
        self.root = root
        self.language = language
        title = child_text(root, "Title") or child_text(root, "Name") or path.stem
        title = title.removesuffix(".xml") or path.stem
        project_guid = _guid(child_text(root, "GUID"))
        self.plan = ForeignPlan(
            source=path.name, title=title, key_scope=f"mspdi:{project_guid or title}"
        )
        if project_guid:
            self.plan.known_ids[("roadmap",)] = project_guid
        self.minutes_per_day = _number(child_text(root, "MinutesPerDay"), 480)
        self.minutes_per_week = _number(child_text(root, "MinutesPerWeek"), 2400)
        self.days_per_month = _number(child_text(root, "DaysPerMonth"), 20)
        self.left: dict[str, list[str | Message]] = {
            "ff_links": [],
            "sf_links": [],
            "summary_links": [],
            "other_project_links": [],
            "percent_lags": [],
            "calendars": [],
            "resources": [],
            "resource_assignments": [],
            "tasks_with_costs": [],
            "custom_fields": [],
        }
        self.fields = self._custom_fields()
        self._read()

    def _custom_fields(self) -> dict[str, str]:
        """FieldID → our field, for the custom fields our export defines."""
        found: dict[str, str] = {}
        for block in children(self.root, "ExtendedAttributes"):
            for attribute in children(block, "ExtendedAttribute"):
                alias = child_text(attribute, "Alias")
                field_id = child_text(attribute, "FieldID")
                if alias in ALIASES and field_id:
                    found[field_id] = ALIASES[alias]
                else:
                    name = alias or child_text(attribute, "FieldName") or field_id or "?"
                    self.left["custom_fields"].append(name)
        return found

    def _read(self) -> None:
        elements = []
        for block in children(self.root, "Tasks"):
            for task in children(block, "Task"):
                if child_text(task, "UID") in (None, "0") or child_text(task, "IsNull") == "1":
                    continue
                if child_text(task, "OutlineNumber") == "0":
                    continue  # the project summary task
                elements.append(task)
        nodes = self._outline(elements)
        summary = is_summary(nodes)
        tasks: dict[int, PlanTask] = {}
        index_of_uid: dict[str, int] = {}
        for index, element in enumerate(elements):
            if not summary[index]:
                tasks[index] = self._task(element)
        order = sorted(tasks)
        self.plan.tasks = [tasks[i] for i in order]
        place_tasks(nodes, tasks, self.plan, self.language)
        for position, index in enumerate(order):
            index_of_uid[child_text(elements[index], "UID") or ""] = position
        uids_of_summaries = {
            child_text(elements[i], "UID") for i in range(len(elements)) if summary[i]
        }
        for position, index in enumerate(order):
            self._links(elements[index], index_of_uid, uids_of_summaries)
            self._baselines(elements[index], position)
        for element in elements:
            self._costs_and_baselines(element)
        self._outside_tasks()
        self.plan.left_out = left_out_summary(self.left)

    def _outline(self, elements: list[Element]) -> list[OutlineNode]:
        numbers = [child_text(e, "OutlineNumber") for e in elements]
        nodes: list[OutlineNode] = []
        if all(numbers) and len(set(numbers)) == len(numbers):
            at = {n: i for i, n in enumerate(numbers)}
            for element, number in zip(elements, numbers, strict=True):
                assert number is not None
                parent = at.get(number.rsplit(".", 1)[0]) if "." in number else None
                nodes.append(self._node(element, parent))
            return nodes
        stack: list[tuple[int, int]] = []  # (level, index)
        for index, element in enumerate(elements):
            level = int(_number(child_text(element, "OutlineLevel"), 1))
            while stack and stack[-1][0] >= level:
                stack.pop()
            nodes.append(self._node(element, stack[-1][1] if stack else None))
            stack.append((level, index))
        return nodes

    @staticmethod
    def _node(element: Element, parent: int | None) -> OutlineNode:
        number = child_text(element, "UID") or "?"
        guid = _guid(child_text(element, "GUID"))
        return OutlineNode(child_text(element, "Name") or None, parent, guid, number)

    def _task(self, element: Element) -> PlanTask:
        uid = child_text(element, "UID") or ""
        name = child_text(element, "Name")
        task = PlanTask(
            where=(
                message("task.uid_at_named", id=uid, name=name)
                if name
                else message("task.uid_at", id=uid)
            ),
            name=name,
            step_id=_guid(child_text(element, "GUID")),
            key=uid,
        )
        start = _when(child_text(element, "Start"))
        finish = _when(child_text(element, "Finish"))
        if start is not None:
            task.start = start.date()
        if finish is not None:
            end = finish.date()
            if finish.time() == datetime.min.time() and start is not None and finish > start:
                end -= timedelta(days=1)  # a finish at midnight ends the day before
            task.end = max(end, task.start) if task.start else end
        task.milestone = child_text(element, "Milestone") == "1"
        progress = child_text(element, "PercentComplete")
        if progress is not None:
            task.values["progress"] = max(0, min(100, round(_number(progress, 0))))
        notes = child_text(element, "Notes")
        if notes:
            task.values["notes"] = notes
        for attribute in children(element, "ExtendedAttribute"):
            target = self.fields.get(child_text(attribute, "FieldID") or "")
            value = child_text(attribute, "Value")
            if target is None or value is None:
                continue
            if target == "lane":
                task.lane = value
            elif target == "step_kind" and value in {k.value for k in StepKind}:
                task.values["step_kind"] = StepKind(value)
            elif target.startswith("trl") and value.isdigit():
                task.values[target] = int(value)
        return task

    def _links(self, element: Element, index_of_uid: dict[str, int], summaries: set[str | None]) -> None:  # fmt: skip
        after_uid = child_text(element, "UID") or ""
        after = index_of_uid[after_uid]
        for link in children(element, "PredecessorLink"):
            before_uid = child_text(link, "PredecessorUID") or ""
            kind = _LINK_TYPES.get(child_text(link, "Type") or "1", "FS")
            label = f"{before_uid} → {after_uid}"
            if child_text(link, "CrossProject") == "1":
                self.left["other_project_links"].append(label)
                continue
            if kind == "FF":
                self.left["ff_links"].append(label)
                continue
            if kind == "SF":
                self.left["sf_links"].append(label)
                continue
            if before_uid in summaries or before_uid not in index_of_uid:
                self.left["summary_links"].append(label)
                continue
            days = lag_days(
                _number(child_text(link, "LinkLag"), 0),
                int(_number(child_text(link, "LagFormat"), 7)),
                self.minutes_per_day,
                self.minutes_per_week,
                self.days_per_month,
            )
            if days is None:
                self.left["percent_lags"].append(label)
                days = 0
            self.plan.links.append(
                PlanLink(
                    index_of_uid[before_uid],
                    after,
                    DependencyType.START_TO_START
                    if kind == "SS"
                    else DependencyType.FINISH_TO_START,
                    round(days),
                    message("task.link_at", id=after_uid, other=before_uid),
                )
            )

    def _baselines(self, element: Element, position: int) -> None:
        """The task's Baseline 0–10 dates (a baseline of a summary task is not kept)."""
        for baseline in children(element, "Baseline"):
            number = child_text(baseline, "Number")
            start = _when(child_text(baseline, "Start"))
            finish = _when(child_text(baseline, "Finish"))
            if number is None or not number.isdigit() or start is None or finish is None:
                continue
            end = finish.date()
            if finish.time() == datetime.min.time() and finish > start:
                end -= timedelta(days=1)
            kept = self.plan.baselines.setdefault(int(number), {})
            kept[position] = (start.date(), max(end, start.date()))

    def _costs_and_baselines(self, element: Element) -> None:
        name = child_text(element, "Name") or f"UID {child_text(element, 'UID')}"
        if any(_number(child_text(element, tag), 0) for tag in ("Cost", "FixedCost")):
            self.left["tasks_with_costs"].append(name)

    def _outside_tasks(self) -> None:
        for block in children(self.root, "Calendars"):
            for calendar in children(block, "Calendar"):
                self.left["calendars"].append(
                    child_text(calendar, "Name") or message("left_out.unnamed")
                )
        for block in children(self.root, "Resources"):
            for resource in children(block, "Resource"):
                name = child_text(resource, "Name")
                if name and child_text(resource, "IsNull") != "1":
                    self.left["resources"].append(name)
        for block in children(self.root, "Assignments"):
            for assignment in children(block, "Assignment"):
                if (child_text(assignment, "ResourceUID") or "-65535") not in ("-65535", "-1"):
                    task_uid = child_text(assignment, "TaskUID")
                    resource_uid = child_text(assignment, "ResourceUID")
                    self.left["resource_assignments"].append(
                        message("left_out.assignment", task=task_uid, resource=resource_uid)
                    )


def _guid(text: str | None) -> str | None:
    if not text:
        return None
    try:
        return str(uuid.UUID(text.strip("{}")))
    except ValueError:
        return None
