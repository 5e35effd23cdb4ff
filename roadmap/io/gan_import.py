"""GanttProject (.gan) as a plan: nested tasks → pathways and steps, milestones (`meeting`),
progress (`complete`), dependencies.

GanttProject keeps a dependency on its *predecessor* task: `<depend id="successor" type=…
difference=…>`, where type 1 is start-to-start, 2 finish-to-start, 3 finish-to-finish and
4 start-to-finish, and `difference` is the lag in days. A task's `duration` counts working
days of the project's default week (`<default-week>`, 1 = day off), so its last day is found
by walking the week. Resources, allocations, holidays, custom columns and the finish-to-finish
and start-to-finish links have no place in a roadmap and are listed as left out.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from pathlib import Path
from xml.etree.ElementTree import Element

from roadmap.domain.enums import DependencyType, Language
from roadmap.domain.messages import Message, message
from roadmap.io.foreign_plan import ForeignPlan, PlanLink, PlanTask, left_out_summary
from roadmap.io.plan_outline import OutlineNode, is_summary, place_tasks
from roadmap.io.problems import DamagedFile
from roadmap.io.xml_guard import children, local, parse_xml

_TYPES = {"1": "SS", "2": "FS", "3": "FF", "4": "SF"}
_WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_DEPTH = 100
MAX_DURATION_DAYS = 36_500  # a hundred years of working days is no real task


def read_gan(path: Path, language: Language | None = None) -> ForeignPlan:
    """The plan a GanttProject file holds; raises `DamagedFile` for anything else.

    `language`: the roadmap's it is read for (see `plan_outline.place_tasks`)."""
    root = parse_xml(path, "xml.what_gan")
    if local(root.tag) != "project" or not children(root, "tasks"):
        raise DamagedFile("gan.not_project", name=path.name)
    title = (root.get("name") or "").strip() or path.stem
    plan = ForeignPlan(source=path.name, title=title, key_scope=f"gan:{title}")
    days_off = _days_off(root)
    elements: list[Element] = []
    nodes: list[OutlineNode] = []
    problems: list[Message] = []

    def walk(parent_element: Element, parent: int | None, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise DamagedFile("gan.too_deep", name=path.name, depth=MAX_DEPTH)
        for element in children(parent_element, "task"):
            index = len(elements)
            elements.append(element)
            nodes.append(
                OutlineNode(_name(element) or None, parent, number=element.get("id") or "?")
            )
            walk(element, index, depth + 1)

    for block in children(root, "tasks"):
        walk(block, None, 0)
    summary = is_summary(nodes)
    tasks: dict[int, PlanTask] = {}
    for index, element in enumerate(elements):
        if not summary[index]:
            tasks[index] = _task(element, days_off, problems)
    if problems:
        from roadmap.io.problems import ImportProblems

        raise ImportProblems(path.name, problems)
    order = sorted(tasks)
    plan.tasks = [tasks[i] for i in order]
    place_tasks(nodes, tasks, plan, language)
    position = {elements[i].get("id"): n for n, i in enumerate(order)}
    summaries = {elements[i].get("id") for i in range(len(elements)) if summary[i]}
    left: dict[str, list[str | Message]] = {
        "ff_links": [],
        "sf_links": [],
        "summary_links": [],
        "resources": [],
        "resource_allocations": [],
        "resource_vacations": [],
        "holidays": [],
        "custom_columns": [],
    }
    for element in elements:
        before = element.get("id")
        for depend in children(element, "depend"):
            after = depend.get("id")
            kind = _TYPES.get(depend.get("type") or "2", "FS")
            label = f"{before} → {after}"
            if kind in ("FF", "SF"):
                left["ff_links" if kind == "FF" else "sf_links"].append(label)  # fmt: skip
                continue
            if before in summaries or after in summaries or before not in position or after not in position:  # fmt: skip
                left["summary_links"].append(label)
                continue
            try:
                lag = int(_finite(depend.get("difference") or 0))
            except ValueError:
                lag = 0
            plan.links.append(
                PlanLink(
                    position[before],
                    position[after],
                    DependencyType.START_TO_START
                    if kind == "SS"
                    else DependencyType.FINISH_TO_START,
                    lag,
                    message("task.dependency_at", id=before, other=after),
                )
            )
    for block in children(root, "resources"):
        left["resources"] += [r.get("name") or "?" for r in children(block, "resource")]
    for block in children(root, "allocations"):
        left["resource_allocations"] += [
            message("left_out.assignment", task=a.get("task-id"), resource=a.get("resource-id"))
            for a in children(block, "allocation")
        ]
    for block in children(root, "vacations"):
        left["resource_vacations"] += [
            message(
                "left_out.vacation",
                resource=v.get("resourceid"),
                start=v.get("start"),
                end=v.get("end"),
            )
            for v in children(block, "vacation")
        ]
    for block in children(root, "calendars"):
        left["holidays"] += [
            "-".join(d.get(k) or "?" for k in ("year", "month", "date"))
            for d in children(block, "date")
        ]
    for block in children(root, "tasks"):
        for properties in children(block, "taskproperties"):
            left["custom_columns"] += [
                p.get("name") or "?"
                for p in children(properties, "taskproperty")
                if p.get("type") == "custom"
            ]
    plan.left_out = left_out_summary(left)
    return plan


def _days_off(root: Element) -> set[int]:
    """Weekdays (Monday = 0) the default week marks as days off (Saturday and Sunday if none)."""
    for calendars in children(root, "calendars"):
        for day_types in children(calendars, "day-types"):
            for week in children(day_types, "default-week"):
                return {n for n, day in enumerate(_WEEK) if week.get(day) == "1"}
    return {5, 6}


def _finite(text: str | int) -> float:
    """`text` as a finite number; ValueError for anything else ("1e309", "inf", "nan")."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _name(element: Element) -> str | None:
    """A task's name without the spaces around it (GanttProject's own sample ends names with a
    no-break space), as the MS Project reader reads names: the same plan read from either
    file gives the same names."""
    return (element.get("name") or "").strip() or None


def _task(element: Element, days_off: set[int], problems: list[Message]) -> PlanTask:
    task_id = element.get("id") or "?"
    name = _name(element)
    where = (
        message("task.at_named", id=task_id, name=name) if name else message("task.at", id=task_id)
    )
    task = PlanTask(where=where, name=name, key=task_id)
    try:
        start = date.fromisoformat((element.get("start") or "").strip())
        length = int(_finite(element.get("duration") or 0))
    except ValueError:
        start_text, duration = repr(element.get("start")), repr(element.get("duration"))
        problems.append(
            message("task.unreadable_dates", where=where, start=start_text, duration=duration)
        )
        return task
    if not 0 <= length <= MAX_DURATION_DAYS:
        problems.append(
            message("task.duration_range", where=where, days=length, most=MAX_DURATION_DAYS)
        )
        return task
    task.milestone = element.get("meeting") == "true" or length <= 0
    task.start = start
    task.end = start if task.milestone else _last_working_day(start, length, days_off)
    try:
        task.values["progress"] = max(0, min(100, int(_finite(element.get("complete") or 0))))
    except ValueError:
        problems.append(
            message("task.complete_not_number", where=where, value=repr(element.get("complete")))
        )
    for notes in children(element, "notes"):
        text = (notes.text or "").strip()
        if text:
            task.values["notes"] = text
    return task


def _last_working_day(start: date, working_days: int, days_off: set[int]) -> date:
    """The day the `working_days`-th working day from `start` falls on."""
    if len(days_off) >= 7:
        return start + timedelta(days=working_days - 1)
    day, counted = start, 0
    while True:
        if day.weekday() not in days_off:
            counted += 1
            if counted >= working_days:
                return day
        day += timedelta(days=1)
