"""`roadmap export FILE OUT.png|svg|pdf [--chart NAME] [--problem ID]`: a chart to a file.

The file appears complete or not at all: the chart is written to a temporary file beside
`out` and renamed into place.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from roadmap.charts.registry import Chart, ChartOptions, chart_spec, render
from roadmap.charts.style import PNG_DPI, chart_fonts
from roadmap.domain.baseline import Baseline
from roadmap.domain.errors import RoadmapError
from roadmap.domain.snapshot import RoadmapSnapshot

if TYPE_CHECKING:
    from roadmap.io.exchange import ExportOptions

CHART_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}


def save_chart(chart: Chart, out: Path) -> None:
    """Write `chart` to `out` as PNG (200 dpi), SVG or PDF by its suffix, atomically."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fmt = CHART_FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise RoadmapError("chart.bad_format", choices=", ".join(CHART_FORMATS), suffix=out.suffix)
    fig = chart.figure
    FigureCanvasAgg(fig)  # a fresh canvas: the figure may have been shown in a window
    # Not mkstemp: its file is private (0600); a chart should get the user's usual permissions.
    temporary = out.parent / f".{out.stem}-{uuid.uuid4().hex[:12]}{out.suffix}"
    try:
        with chart_fonts(list(chart.fonts)):
            fig.savefig(
                temporary,
                format=fmt,
                dpi=PNG_DPI,
                facecolor="white",
                metadata={"Creator": "Frontier Roadmap"} if fmt != "png" else None,
            )
        os.replace(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def export_chart(
    snapshot: RoadmapSnapshot,
    out: Path,
    options: ExportOptions,
    baselines: tuple[Baseline, ...] = (),
) -> list[str]:
    """Draw `options.chart` (default: timeline) of `snapshot` into `out`, or the wall chart
    when `options.wallchart` names a paper size; returns warnings."""
    if options.wallchart:
        from roadmap.charts.wallchart import export_wallchart

        return export_wallchart(
            snapshot,
            out,
            options.wallchart,
            ChartOptions(problem=options.problem, language=options.language),
        )
    chart_spec(options.chart)  # an unknown name fails before anything is drawn
    if not out.parent.is_dir():
        raise RoadmapError("chart.folder_missing", path=out.parent)
    chart = render(
        snapshot,
        options.chart,
        ChartOptions(problem=options.problem, language=options.language, baselines=baselines),
    )
    save_chart(chart, out)
    return list(chart.warnings)
