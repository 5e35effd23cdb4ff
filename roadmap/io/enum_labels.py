"""The words a workbook shows for each enum value, in English and Chinese.

The file and the JSON store enum *values* (`in_progress`); a printed workbook shows words
(`In progress`, `进行中`). Reading accepts the value or either language's word.
"""

from __future__ import annotations

from enum import Enum
from functools import cache

from roadmap.domain.enums import (
    DependencyType,
    FomDirection,
    Language,
    LicenseKind,
    MobilityKind,
    OrganizationKind,
    PatentStatus,
    PathwayStatus,
    Priority,
    StepKind,
    StepStatus,
    TimeUnit,
    VoteStyle,
)

LABELS: dict[Enum, tuple[str, str]] = {
    TimeUnit.MONTH: ("Month", "月"),
    TimeUnit.QUARTER: ("Quarter", "季度"),
    TimeUnit.YEAR: ("Year", "年"),
    Language.EN: ("English", "英文"),
    Language.ZH: ("Chinese", "中文"),
    Priority.HIGH: ("High", "高"),
    Priority.MEDIUM: ("Medium", "中"),
    Priority.LOW: ("Low", "低"),
    FomDirection.HIGHER: ("Higher is better", "越高越好"),
    FomDirection.LOWER: ("Lower is better", "越低越好"),
    PathwayStatus.PROPOSED: ("Proposed", "提议"),
    PathwayStatus.EXPLORING: ("Exploring", "探索中"),
    PathwayStatus.SELECTED: ("Selected", "已选定"),
    PathwayStatus.PARKED: ("Parked", "搁置"),
    PathwayStatus.DROPPED: ("Dropped", "已放弃"),
    StepKind.RESEARCH: ("Research", "研究"),
    StepKind.TECHNOLOGY: ("Technology", "技术"),
    StepKind.PROTOTYPE: ("Prototype", "原型"),
    StepKind.PILOT: ("Pilot", "中试"),
    StepKind.PRODUCT: ("Product", "产品"),
    StepKind.MILESTONE: ("Milestone", "里程碑"),
    StepKind.DECISION_GATE: ("Decision gate", "决策关口"),
    StepStatus.PLANNED: ("Planned", "计划中"),
    StepStatus.IN_PROGRESS: ("In progress", "进行中"),
    StepStatus.DONE: ("Done", "已完成"),
    StepStatus.AT_RISK: ("At risk", "有风险"),
    StepStatus.CANCELLED: ("Cancelled", "已取消"),
    DependencyType.FINISH_TO_START: ("Finish to start", "完成-开始"),
    DependencyType.START_TO_START: ("Start to start", "开始-开始"),
    OrganizationKind.ENTERPRISE: ("Enterprise", "企业"),
    OrganizationKind.UNIVERSITY: ("University", "高校"),
    OrganizationKind.RESEARCH_INSTITUTE: ("Research institute", "科研院所"),
    OrganizationKind.GOVERNMENT: ("Government", "政府部门"),
    OrganizationKind.INVESTOR: ("Investor", "投资机构"),
    OrganizationKind.OTHER: ("Other", "其他"),
    MobilityKind.SECONDMENT: ("Secondment", "挂职"),
    MobilityKind.DUAL_APPOINTMENT: ("Dual appointment", "双聘"),
    MobilityKind.TRANSFER: ("Transfer", "调动"),
    MobilityKind.SPIN_OFF_FOUNDER: ("Spin-off founder", "创业"),
    VoteStyle.ANONYMOUS: ("Anonymous", "匿名"),
    VoteStyle.NAMED: ("Named", "记名"),
    PatentStatus.IDEA: ("Idea", "构想"),
    PatentStatus.FILED: ("Filed", "已申请"),
    PatentStatus.GRANTED: ("Granted", "已授权"),
    PatentStatus.LICENSED: ("Licensed", "已许可"),
    PatentStatus.TRANSFERRED: ("Transferred", "已转让"),
    PatentStatus.LAPSED: ("Lapsed", "已失效"),
    LicenseKind.EXCLUSIVE: ("Exclusive", "独占许可"),
    LicenseKind.NON_EXCLUSIVE: ("Non-exclusive", "普通许可"),
    LicenseKind.ASSIGNMENT: ("Assignment", "转让"),
}


def label(member: Enum, language: str) -> str:
    """The word shown for `member` in `language` (en or zh)."""
    en, zh = LABELS[member]
    return zh if language == "zh" else en


def choices(enum: type[Enum], language: str) -> list[str]:
    """The words of every member of `enum`, in declaration order (for dropdown lists)."""
    return [label(member, language) for member in enum]


@cache
def _lookup(enum: type[Enum]) -> dict[str, Enum]:
    found: dict[str, Enum] = {}
    for member in enum:
        for text in (str(member.value), *LABELS[member]):
            found.setdefault(text.strip().casefold(), member)
    return found


def parse(enum: type[Enum], text: str) -> Enum | None:
    """The member named by `text` (its value or its English or Chinese word), or None."""
    return _lookup(enum).get(text.strip().casefold())
