"""What an export is asked to do and how it reports: shared by the writers and the exchange.

The writers (workbook, CSV) and the exchange that picks one by suffix all need these; kept
apart, no writer has to import the exchange that imports it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from roadmap.domain.errors import RoadmapError

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(RoadmapError):
    """The user cancelled; no file was written."""


@dataclass(frozen=True)
class ExportOptions:
    unit: str | None = None  # month | quarter | year; default: the roadmap's unit
    language: str | None = None  # en | zh; default: the roadmap's language
    chart: str | None = None  # for .png/.svg/.pdf; default: timeline
    problem: str | None = None  # draw only this problem (ID)
    wallchart: str | None = None  # for .pdf: the timeline as a wall chart on A0–A3 or A4 tiles
    baseline: str | None = None  # workbook: the baseline of the Variance sheet (default: latest)
