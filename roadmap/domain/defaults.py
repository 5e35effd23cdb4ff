"""A new, empty roadmap made from a template (lanes, criteria, horizon)."""

from __future__ import annotations

from datetime import date

from roadmap.domain.entities import Criterion, Lane, RoadmapInfo, new_id
from roadmap.domain.enums import Language, TimeUnit
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.domain.templates import PROBLEM_PATHWAYS, Template


def new_roadmap(
    title: str,
    *,
    language: Language = Language.EN,
    horizon_start: date | None = None,
    horizon_end: date | None = None,
    time_unit: TimeUnit | None = None,
    template: Template = PROBLEM_PATHWAYS,
) -> RoadmapSnapshot:
    """An empty roadmap with the template's lanes and criteria in `language`, over the
    template's horizon from this year (unless a horizon or unit is given)."""
    start = horizon_start or date(date.today().year, 1, 1)
    end = horizon_end or date(start.year + template.years - 1, 12, 31)
    time_unit = time_unit or template.time_unit
    zh = language is Language.ZH
    lanes = tuple(
        Lane(new_id(), zh_name if zh else en_name, color, position)
        for position, (en_name, zh_name, color) in enumerate(template.lanes)
    )
    criteria = tuple(
        Criterion(new_id(), zh_name if zh else en_name, weight, "", position)
        for position, (en_name, zh_name, weight) in enumerate(template.criteria)
    )
    info = RoadmapInfo(new_id(), title, start, end, "", time_unit, language)
    return RoadmapSnapshot(info=info, lanes=lanes, criteria=criteria)
