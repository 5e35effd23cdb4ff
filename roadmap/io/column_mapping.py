"""Which column of someone's spreadsheet holds which step field: synonyms, header detection,
and the mapping profile that is saved and applied again (`roadmap import … --map profile.json`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from roadmap.atomic_files import replacing
from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import Listing, Message, message
from roadmap.io.loose_dates import DayOrder

PROFILE_FORMAT = "frontier-roadmap-mapping"
PROFILE_VERSION = 1
HEADER_SEARCH_ROWS = 20
MAX_PROFILE_BYTES = 1 * 2**20

# Field → what a header may say for it, in English and Chinese (compared case- and
# space-insensitively). Order matters: the first field a header matches wins.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "key": ("key", "id", "task id", "wbs", "code", "编号", "序号", "任务编号", "标识"),
    "name": (
        "name", "task", "task name", "step", "activity", "title", "item",
        "名称", "任务", "任务名称", "步骤", "活动", "事项", "工作", "工作内容",
    ),
    "start": (
        "start", "start date", "begin", "from", "begins", "planned start",
        "开始", "开始日期", "开始时间", "起始", "起始日期", "计划开始",
    ),
    "end": (
        "end", "finish", "end date", "finish date", "due", "due date", "to", "until",
        "planned finish", "结束", "结束日期", "结束时间", "完成日期", "截止", "截止日期", "计划完成",
    ),
    "lead": (
        "owner", "lead", "lead person", "responsible", "assignee", "assigned to", "person", "who",
        "负责人", "责任人", "牵头人", "主持人",
    ),
    "organization": (
        "organization", "organisation", "org", "company", "institution", "owner organization",
        "单位", "负责单位", "承担单位", "机构", "组织",
    ),
    "lane": ("lane", "layer", "swimlane", "category", "层", "层级", "泳道", "类别", "分层"),
    "pathway": ("pathway", "path", "route", "workstream", "stream", "路径", "技术路径", "路线"),
    "problem": ("problem", "challenge", "need", "goal", "问题", "需求", "目标", "产业问题"),
    "step_kind": ("kind", "type", "step kind", "类型", "种类"),
    "status": ("status", "state", "状态"),
    "progress": ("progress", "progress %", "% complete", "percent complete", "complete", "进度", "完成度", "完成率"),
    "trl_start": ("trl start", "trl at start", "start trl", "起始trl", "初始trl"),
    "trl_target": ("trl target", "target trl", "trl", "目标trl"),
    "budget": ("budget", "cost", "预算", "经费", "费用"),
    "notes": ("notes", "note", "comments", "comment", "description", "备注", "说明", "描述"),
}  # fmt: skip

FIELDS: tuple[str, ...] = tuple(SYNONYMS)


def norm(text: object) -> str:
    return " ".join(str(text).split()).casefold() if text is not None else ""


_LOOKUP: dict[str, str] = {}
for _field, _words in SYNONYMS.items():
    for _word in _words:
        _LOOKUP.setdefault(norm(_word), _field)


def field_for(header: object) -> str | None:
    """The step field a header names, by the synonyms (None if it names none)."""
    text = norm(header).strip(" :*：")
    return _LOOKUP.get(text) if text else None


def detect_header_row(rows: Sequence[Sequence[Any]]) -> int:
    """The index of the row that looks most like a header: most cells naming a field.

    Falls back to the first row with two or more text cells (0 when there is none).
    """
    best, best_hits = None, 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        hits = len({f for f in (field_for(cell) for cell in row) if f is not None})
        if hits > best_hits:
            best, best_hits = index, hits
    if best is not None and best_hits >= 2:
        return best
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if sum(1 for cell in row if isinstance(cell, str) and cell.strip()) >= 2:
            return index
    return 0


def auto_map(headers: Sequence[Any]) -> dict[str, str]:
    """Field → header text, for every header a synonym recognizes (each field once)."""
    mapping: dict[str, str] = {}
    for header in headers:
        found = field_for(header)
        if found is not None and found not in mapping:
            mapping[found] = str(header).strip()
    return mapping


@dataclass
class Profile:
    """A saved mapping: where the table is, which column holds what, and the defaults."""

    sheet: str | None = None  # None: the first sheet
    header_row: int | None = None  # 1-based; None: detect it
    columns: dict[str, str] = field(default_factory=dict)  # field → header text
    date_order: DayOrder | None = None
    problem: str | None = None  # for rows that name none
    pathway: str | None = None
    lane: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["date_order"] = self.date_order.value if self.date_order else None
        return {"format": PROFILE_FORMAT, "version": PROFILE_VERSION, **data}

    def save(self, path: Path) -> None:
        text = json.dumps(self.to_json(), ensure_ascii=False, indent=2)
        with replacing(path) as partial:
            partial.write_text(text + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Profile:
        """A profile from a file; raises `RoadmapError` saying what is wrong with it."""
        try:
            if path.stat().st_size > MAX_PROFILE_BYTES:
                raise RoadmapError("mapping.too_large", name=path.name)
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise RoadmapError("mapping.unreadable", name=path.name, detail=str(exc)) from None
        return cls.from_json(data, path.name)

    @classmethod
    def from_json(cls, data: Any, source: str = "profile") -> Profile:
        def bad(why: Message) -> RoadmapError:
            return RoadmapError("mapping.unusable", name=source, detail=why)

        if not isinstance(data, dict) or data.get("format") != PROFILE_FORMAT:
            raise bad(message("mapping.why_format", format=PROFILE_FORMAT))
        version = data.get("version")
        if not isinstance(version, int) or version > PROFILE_VERSION:
            raise bad(message("mapping.why_version", version=repr(version), most=PROFILE_VERSION))
        columns = data.get("columns", {})
        if not isinstance(columns, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in columns.items()
        ):
            raise bad(message("mapping.why_columns"))
        unknown = sorted(set(columns) - set(FIELDS))
        if unknown:
            raise bad(
                message(
                    "mapping.why_fields",
                    unknown=Listing(tuple(unknown)),
                    known=Listing(tuple(FIELDS)),
                )
            )
        texts: dict[str, str | None] = {}
        for name in ("sheet", "problem", "pathway", "lane"):
            value = data.get(name)
            if value is not None and not isinstance(value, str):
                raise bad(message("mapping.why_text", field=name))
            texts[name] = value or None
        header_row = data.get("header_row")
        if header_row is not None and (
            not isinstance(header_row, int) or isinstance(header_row, bool) or header_row < 1
        ):
            raise bad(message("mapping.why_header_row"))
        order = data.get("date_order")
        if order is not None and order not in {o.value for o in DayOrder}:
            raise bad(message("mapping.why_date_order"))
        return cls(
            sheet=texts["sheet"],
            header_row=header_row,
            columns=dict(columns),
            date_order=DayOrder(order) if order else None,
            problem=texts["problem"],
            pathway=texts["pathway"],
            lane=texts["lane"],
        )
