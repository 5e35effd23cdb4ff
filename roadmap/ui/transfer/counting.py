"""Counting the transfer figures of a roadmap away from the window, and drawing its charts.

The count and the page's rows are worked out in the session's helper process
(`count_in`, over `services/transfer_tables.py`) while a worker thread waits for them; what
comes back says also what the figures page would show with it (`FigureTables.shown`), so the
page can leave its tables and charts alone when a count finds what they already show: most
edits of a big roadmap (moving bars) change no transfer figure. When it finds something new,
the page's two charts are drawn by the helper process too (`draw_charts`, see
`ui/chart_picture.py`) and handed back as pictures: a status change with the figures shown
never waits for matplotlib, nor for reading the roadmap.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from roadmap.charts.picture import ChartPicture
from roadmap.domain.errors import RoadmapError
from roadmap.services.transfer_tables import FigureLabels, FigureTables, figure_tables_in_file
from roadmap.worker_process import WorkerProcess

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


def count_in(worker: WorkerProcess, path: Path, labels: FigureLabels) -> FigureTables:
    """The figures of the roadmap at `path` and the page's rows, worked out by `worker` (call
    from a worker thread)."""
    return worker.call(figure_tables_in_file, path, labels)
