"""What a new roadmap starts with: the T-Plan lanes and the usual scoring criteria."""

from __future__ import annotations

from datetime import date

from roadmap.domain.entities import Criterion, Lane, RoadmapInfo, new_id
from roadmap.domain.enums import Language, TimeUnit
from roadmap.domain.snapshot import RoadmapSnapshot

DEFAULT_LANES: tuple[tuple[str, str, str], ...] = (
    ("Industry & market", "产业与市场", "#E45756"),
    ("Product", "产品", "#F58518"),
    ("Technology", "技术", "#4C78A8"),
    ("Research", "研究", "#54A24B"),
)

DEFAULT_CRITERIA: tuple[tuple[str, str, float], ...] = (
    ("Technical feasibility", "技术可行性", 0.25),
    ("Industrial value", "产业价值", 0.20),
    ("Cost", "成本", 0.15),
    ("Time to market", "上市时间", 0.15),
    ("IP position", "知识产权地位", 0.15),
    ("Team strength", "团队实力", 0.10),
)


def new_roadmap(
    title: str,
    *,
    language: Language = Language.EN,
    horizon_start: date | None = None,
    horizon_end: date | None = None,
    time_unit: TimeUnit = TimeUnit.QUARTER,
) -> RoadmapSnapshot:
    """An empty roadmap with default lanes and criteria in `language`, over ten years."""
    start = horizon_start or date(date.today().year, 1, 1)
    end = horizon_end or date(start.year + 9, 12, 31)
    zh = language is Language.ZH
    lanes = tuple(
        Lane(new_id(), zh_name if zh else en_name, color, position)
        for position, (en_name, zh_name, color) in enumerate(DEFAULT_LANES)
    )
    criteria = tuple(
        Criterion(new_id(), zh_name if zh else en_name, weight, "", position)
        for position, (en_name, zh_name, weight) in enumerate(DEFAULT_CRITERIA)
    )
    info = RoadmapInfo(new_id(), title, start, end, "", time_unit, language)
    return RoadmapSnapshot(info=info, lanes=lanes, criteria=criteria)
