"""Counting the transfer figures of a roadmap away from the window: the roadmap is read through
its own read-only connection, so the count can run in a worker thread while editing goes on.

What comes back says also what the figures page would show with it (`shown`), so the page can
leave its tables and charts alone when a count finds what they already show: most edits of a
big roadmap (moving bars) change no transfer figure. When it finds something new, the page's
two charts are drawn by the session's helper process (`draw_charts`, see `ui/chart_picture.py`)
while a worker thread waits, and handed back as pictures: a status change with the figures
shown never waits for matplotlib.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from roadmap.charts.picture import ChartPicture
from roadmap.domain.errors import RoadmapError
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.domain.transfer import TransferFigures, transfer_figures
from roadmap.worker_process import WorkerProcess

if TYPE_CHECKING:
    from roadmap.services.workspace import Workspace


@dataclass(frozen=True)
class CountedFigures:
    snapshot: RoadmapSnapshot  # what was counted; the charts are drawn from it
    figures: TransferFigures
    shown: tuple[object, ...]  # equal for two counts that the tables and charts show alike


CHART_NAMES = ("patents", "talent")


@dataclass(frozen=True)
class TransferCharts:
    pictures: tuple[ChartPicture, ...]  # one per name of CHART_NAMES (drawn before an error)
    warnings: tuple[str, ...]
    error: RoadmapError | None = None  # why the charts could not be drawn (a missing font)


def draw_charts(
    worker: WorkerProcess, path: Path, language: str, fit: tuple[int, int]
) -> TransferCharts:
    """The figures page's charts of the roadmap at `path` as pictures, drawn by `worker` and
    scaled there to fit the box `fit` they are shown in."""
    from roadmap.charts.registry import ChartOptions
    from roadmap.ui.chart_picture import draw_in

    pictures: list[ChartPicture] = []
    warnings: list[str] = []
    try:
        for name in CHART_NAMES:
            picture = draw_in(worker, path, name, ChartOptions(language=language), fit)
            pictures.append(picture)
            warnings += picture.warnings
    except RoadmapError as error:
        return TransferCharts(tuple(pictures), tuple(warnings), error)
    return TransferCharts(tuple(pictures), tuple(warnings))


def shown_inputs(snapshot: RoadmapSnapshot, figures: TransferFigures) -> tuple[object, ...]:
    """Everything the figures page shows is drawn from this: the figures, and the roadmap
    without its steps, links and scores (names, statuses, patents and moves for the tables and
    charts). Of the steps only their names count, as they choose the charts' fonts; their
    owners are in the figures already, and their dates and progress show nowhere here."""
    rest = replace(snapshot, steps=(), dependencies=(), scores=())
    return (figures, rest, tuple(step.name for step in snapshot.steps))


def count_roadmap(reader: Workspace) -> CountedFigures:
    """The transfer figures of the roadmap read through `reader` (`RoadmapSession.reader()`;
    closed afterwards); see `transfer_figures`."""
    with reader:
        snapshot = reader.queries.snapshot()
    figures = transfer_figures(snapshot)
    return CountedFigures(snapshot, figures, shown_inputs(snapshot, figures))
