"""What the workbook's data sheets hold: sheet names, columns and headers in English and Chinese.

The exporter writes these sheets and the importer reads them back, so both work from this one
description. A column holds an entity field (`key` is the field name) or, for reading comfort,
the name of the thing a reference column points at (`LABEL`); label columns are ignored on
import, because the ID beside them is what ties rows together.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

from roadmap.domain.entities import EntityKind
from roadmap.domain.enums import (
    DependencyType,
    FomDirection,
    LicenseKind,
    MobilityKind,
    OrganizationKind,
    PatentStatus,
    PathwayStatus,
    Priority,
    StepKind,
    StepStatus,
    VoteStyle,
)


class Cell(StrEnum):
    """How a column's values are written and read."""

    ID = "id"  # the row's own ID
    TEXT = "text"
    LONG_TEXT = "long_text"  # wrapped: descriptions, notes, rationales
    REF = "ref"  # the ID of another entity
    REFS = "refs"  # comma-separated IDs
    LABEL = "label"  # the name of what `source` points at (not imported)
    DATE = "date"
    INT = "int"
    NUMBER = "number"
    ENUM = "enum"
    COLOR = "color"
    ORDER = "order"  # position among siblings; optional on import


@dataclass(frozen=True)
class Column:
    key: str
    en: str
    zh: str
    cell: Cell
    width: float
    enum: type[Enum] | None = None
    source: str | None = None  # LABEL: the reference field whose target's name is shown
    bounds: tuple[int, int] | None = None  # INT: the allowed range, offered as validation

    def header(self, language: str) -> str:
        return self.zh if language == "zh" else self.en


@dataclass(frozen=True)
class Sheet:
    kind: EntityKind
    table: str  # the Excel table name: ASCII, the same in both languages
    en: str
    zh: str
    columns: tuple[Column, ...]

    def name(self, language: str) -> str:
        return self.zh if language == "zh" else self.en


def _id() -> Column:
    return Column("id", "ID", "ID", Cell.ID, 14)


def _name(en: str = "Name", zh: str = "名称", width: float = 32) -> Column:
    return Column("name", en, zh, Cell.TEXT, width)


def _label(source: str, en: str, zh: str, width: float = 24) -> Column:
    return Column(source + ":label", en, zh, Cell.LABEL, width, source=source)


def _row_label(en: str = "Name", zh: str = "名称") -> Column:
    """The Name column of a record that has none of its own: a readable summary."""
    return Column("name:label", en, zh, Cell.LABEL, 32)


def _ref(key: str, en: str, zh: str) -> Column:
    return Column(key, en, zh, Cell.REF, 14)


def _enum(key: str, en: str, zh: str, enum: type[Enum], width: float = 14) -> Column:
    return Column(key, en, zh, Cell.ENUM, width, enum=enum)


def _text(key: str, en: str, zh: str, width: float = 18) -> Column:
    return Column(key, en, zh, Cell.TEXT, width)


def _long(key: str, en: str, zh: str, width: float = 48) -> Column:
    return Column(key, en, zh, Cell.LONG_TEXT, width)


def _date(key: str, en: str, zh: str) -> Column:
    return Column(key, en, zh, Cell.DATE, 12)


def _order() -> Column:
    return Column("position", "Order", "排序", Cell.ORDER, 8)


SHEETS: tuple[Sheet, ...] = (
    Sheet(
        EntityKind.PROBLEM,
        "Problems",
        "Problems",
        "问题",
        (
            _id(),
            Column("statement", "Statement", "问题陈述", Cell.LONG_TEXT, 56),
            _text("sector", "Sector", "行业"),
            _ref("demand_org_id", "Demanding organization ID", "需求方ID"),
            _label("demand_org_id", "Demanding organization", "需求方"),
            _enum("priority", "Priority", "优先级", Priority, 10),
            _long("description", "Description", "说明"),
            _order(),
        ),
    ),
    Sheet(
        EntityKind.FIGURE_OF_MERIT,
        "FiguresOfMerit",
        "Figures of merit",
        "性能指标",
        (
            _id(),
            _name(),
            _ref("problem_id", "Problem ID", "问题ID"),
            _label("problem_id", "Problem", "问题", 32),
            _text("unit", "Unit", "单位", 10),
            Column("baseline", "Baseline", "基线值", Cell.NUMBER, 11),
            Column("target", "Target", "目标值", Cell.NUMBER, 11),
            _enum("direction", "Direction", "方向", FomDirection),
            _date("target_date", "Target date", "目标日期"),
            _order(),
        ),
    ),
    Sheet(
        EntityKind.PATHWAY,
        "Pathways",
        "Pathways",
        "路径",
        (
            _id(),
            _name(),
            _ref("problem_id", "Problem ID", "问题ID"),
            _label("problem_id", "Problem", "问题", 32),
            _enum("status", "Status", "状态", PathwayStatus, 12),
            Column("color", "Color", "颜色", Cell.COLOR, 10),
            _long("description", "Description", "说明"),
            _order(),
        ),
    ),
    Sheet(
        EntityKind.CRITERION,
        "Criteria",
        "Criteria",
        "评价准则",
        (
            _id(),
            _name(),
            Column("weight", "Weight", "权重", Cell.NUMBER, 9),
            _long("description", "Description", "说明"),
            _order(),
        ),
    ),
    Sheet(
        EntityKind.SCORE,
        "Scores",
        "Scores",
        "评分",
        (
            _id(),
            _row_label(),
            _ref("pathway_id", "Pathway ID", "路径ID"),
            _label("pathway_id", "Pathway", "路径"),
            _ref("criterion_id", "Criterion ID", "准则ID"),
            _label("criterion_id", "Criterion", "准则"),
            Column("value", "Score", "分值", Cell.INT, 8, bounds=(1, 5)),
            _long("rationale", "Rationale", "理由"),
        ),
    ),
    Sheet(
        EntityKind.STEP,
        "Steps",
        "Steps",
        "步骤",
        (
            _id(),
            _name(),
            _ref("pathway_id", "Pathway ID", "路径ID"),
            _label("pathway_id", "Pathway", "路径"),
            _ref("lane_id", "Lane ID", "泳道ID"),
            _label("lane_id", "Lane", "泳道", 16),
            _enum("step_kind", "Kind", "类型", StepKind, 13),
            _date("start", "Start", "开始"),
            _date("end", "End", "结束"),
            Column("trl_start", "TRL at start", "起始TRL", Cell.INT, 9, bounds=(1, 9)),
            Column("trl_target", "Target TRL", "目标TRL", Cell.INT, 9, bounds=(1, 9)),
            _enum("status", "Status", "状态", StepStatus, 12),
            Column("progress", "Progress %", "进度%", Cell.INT, 9, bounds=(0, 100)),
            _ref("owner_org_id", "Owner organization ID", "负责机构ID"),
            _label("owner_org_id", "Owner organization", "负责机构"),
            _ref("lead_person_id", "Lead person ID", "负责人ID"),
            _label("lead_person_id", "Lead person", "负责人", 14),
            Column("budget", "Budget", "预算", Cell.NUMBER, 10),
            _long("notes", "Notes", "备注"),
            _order(),
        ),
    ),
    Sheet(
        EntityKind.DEPENDENCY,
        "Dependencies",
        "Dependencies",
        "依赖关系",
        (
            _id(),
            _row_label(),
            _ref("from_step_id", "From step ID", "前置步骤ID"),
            _label("from_step_id", "From step", "前置步骤"),
            _ref("to_step_id", "To step ID", "后续步骤ID"),
            _label("to_step_id", "To step", "后续步骤"),
            _enum("type", "Type", "类型", DependencyType, 16),
            Column("lag_days", "Lag (days)", "间隔（天）", Cell.INT, 10),
        ),
    ),
    Sheet(
        EntityKind.PRODUCT,
        "Products",
        "Products",
        "产品",
        (
            _id(),
            _name(),
            _text("market", "Market", "目标市场", 24),
            _date("launch_date", "Launch date", "上市日期"),
            Column("pathway_ids", "Pathway IDs", "路径ID", Cell.REFS, 16),
            _label("pathway_ids", "Pathways", "路径", 32),
            _long("description", "Description", "说明"),
            _order(),
        ),
    ),
    Sheet(
        EntityKind.ORGANIZATION,
        "Organizations",
        "Organizations",
        "组织机构",
        (
            _id(),
            _name(),
            _enum("org_kind", "Kind", "类型", OrganizationKind, 16),
            _text("country", "Country", "国家/地区", 12),
            _long("description", "Description", "说明"),
        ),
    ),
    Sheet(
        EntityKind.PERSON,
        "People",
        "People",
        "人员",
        (
            _id(),
            _name("Name", "姓名", 16),
            _ref("organization_id", "Organization ID", "所属机构ID"),
            _label("organization_id", "Organization", "所属机构"),
            _text("role", "Role", "角色", 28),
            _text("expertise", "Expertise", "专长", 32),
        ),
    ),
    Sheet(
        EntityKind.MOBILITY,
        "Mobility",
        "Mobility",
        "人员流动",
        (
            _id(),
            _row_label(),
            _ref("person_id", "Person ID", "人员ID"),
            _label("person_id", "Person", "人员", 14),
            _enum("mobility_kind", "Kind", "类型", MobilityKind, 16),
            _ref("from_org_id", "From organization ID", "原机构ID"),
            _label("from_org_id", "From organization", "原机构"),
            _ref("to_org_id", "To organization ID", "目标机构ID"),
            _label("to_org_id", "To organization", "目标机构"),
            _date("start", "Start", "开始"),
            _date("end", "End", "结束"),
            _long("note", "Note", "备注", 40),
        ),
    ),
    Sheet(
        EntityKind.PATENT,
        "Patents",
        "Patents",
        "专利",
        (
            _id(),
            Column("title", "Title", "名称", Cell.TEXT, 40),
            _text("number", "Number", "专利号", 18),
            _date("filing_date", "Filing date", "申请日"),
            _enum("status", "Status", "状态", PatentStatus, 12),
            _ref("owner_org_id", "Owner organization ID", "权利人ID"),
            _label("owner_org_id", "Owner organization", "权利人"),
            _ref("licensee_org_id", "Licensee ID", "被许可方ID"),
            _label("licensee_org_id", "Licensee", "被许可方"),
            _enum("license_kind", "License kind", "许可类型", LicenseKind, 14),
            _date("expiry", "Expiry", "到期日"),
            _ref("pathway_id", "Pathway ID", "路径ID"),
            _label("pathway_id", "Pathway", "路径"),
            Column("step_ids", "Step IDs", "步骤ID", Cell.REFS, 16),
            _label("step_ids", "Steps", "步骤", 32),
        ),
    ),
    Sheet(
        EntityKind.PATENT_EVENT,
        "PatentHistory",
        "Patent history",
        "专利状态历史",
        (
            _id(),
            _row_label(),
            _ref("patent_id", "Patent ID", "专利ID"),
            _label("patent_id", "Patent", "专利", 32),
            _enum("status", "Status", "状态", PatentStatus, 12),
            _date("date", "Date", "日期"),
            _long("note", "Note", "备注", 40),
        ),
    ),
    Sheet(
        EntityKind.IDEA,
        "Ideas",
        "Parking lot",
        "停车场",
        (
            _id(),
            Column("text", "Idea", "想法", Cell.LONG_TEXT, 48),
            _ref("pathway_id", "Pathway ID", "路径ID"),
            _label("pathway_id", "Pathway", "路径"),
            _ref("lane_id", "Lane ID", "泳道ID"),
            _label("lane_id", "Lane", "泳道", 16),
            _order(),
        ),
    ),
    Sheet(
        EntityKind.VOTE,
        "Votes",
        "Votes",
        "投票",
        (
            _id(),
            Column("question", "Question", "问题", Cell.TEXT, 40),
            _date("held_on", "Held on", "投票日期"),
            _enum("style", "Voting", "投票方式", VoteStyle, 12),
            Column("dots_each", "Dots each", "每人票数", Cell.INT, 10, bounds=(1, 100)),
            Column("cap", "Cap per item", "单项上限", Cell.INT, 10, bounds=(0, 100)),
            Column("participants", "Participants", "参与人数", Cell.INT, 10, bounds=(0, 10_000)),
            _ref("criterion_id", "Criterion ID", "准则ID"),
            _label("criterion_id", "Applied as criterion", "应用为准则"),
        ),
    ),
    Sheet(
        EntityKind.VOTE_COUNT,
        "VoteCounts",
        "Vote counts",
        "投票结果",
        (
            _id(),
            _row_label(),
            _ref("vote_id", "Vote ID", "投票ID"),
            _ref("pathway_id", "Pathway ID", "路径ID"),
            _ref("step_id", "Step ID", "步骤ID"),
            _ref("product_id", "Product ID", "产品ID"),
            Column("count", "Dots", "票数", Cell.INT, 8, bounds=(0, 1_000_000)),
            _long("voters", "Voters", "投票人", 32),
        ),
    ),
    Sheet(
        EntityKind.LANE,
        "Lanes",
        "Lanes",
        "泳道",
        (
            _id(),
            _name(width=24),
            Column("color", "Color", "颜色", Cell.COLOR, 10),
            _order(),
        ),
    ),
)

SHEET_OF: dict[EntityKind, Sheet] = {sheet.kind: sheet for sheet in SHEETS}


@dataclass(frozen=True)
class AboutItem:
    """One line of the About sheet: a roadmap field or a fact about the export."""

    key: str
    en: str
    zh: str
    cell: Cell
    enum: type[Enum] | None = None

    def header(self, language: str) -> str:
        return self.zh if language == "zh" else self.en


ABOUT_SHEET = ("About", "关于")
ABOUT_HEADERS = (("Item", "项目"), ("Value", "内容"))
TIMELINE_SHEET = ("Timeline", "时间线")

ABOUT_ITEMS: tuple[AboutItem, ...] = (
    AboutItem("format", "Format", "格式", Cell.TEXT),
    AboutItem("format_version", "Format version", "格式版本", Cell.INT),
    AboutItem("app_version", "App version", "软件版本", Cell.TEXT),
    AboutItem("export_time", "Export time", "导出时间", Cell.DATE),
    AboutItem("id", "Roadmap ID", "路线图ID", Cell.ID),
    AboutItem("title", "Title", "标题", Cell.TEXT),
    AboutItem("description", "Description", "说明", Cell.LONG_TEXT),
    AboutItem("horizon_start", "Horizon start", "规划起点", Cell.DATE),
    AboutItem("horizon_end", "Horizon end", "规划终点", Cell.DATE),
    AboutItem("time_unit", "Time unit", "时间单位", Cell.ENUM),
    AboutItem("language", "Language", "语言", Cell.ENUM),
    AboutItem("note", "How to edit", "编辑说明", Cell.LONG_TEXT),
)

ABOUT_NOTE = {
    "en": (
        "Rows are matched by ID when this workbook is imported: edit the data sheets, leave the "
        "ID empty for a new row, and refer to other rows by their IDs. The Timeline sheet is a "
        "view and is not imported."
    ),
    "zh": (
        "导入时按ID匹配各行：请在数据表中修改；新增行的ID留空即可，引用其他行时填写其ID。"
        "时间线工作表仅供查看，不会导入。"
    ),
}


def sheet_names(sheet_pair: tuple[str, str]) -> set[str]:
    return {name.casefold() for name in sheet_pair}
