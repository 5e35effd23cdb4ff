"""`roadmap export FILE OUT.png|svg|pdf [--chart NAME] [--problem ID]`: a chart to a file.

The file appears complete or not at all: the chart is written to a temporary file beside
`out` and renamed into place.
"""

from __future__ import annotations

from pathlib import Path

from roadmap.atomic_files import replacing
from roadmap.charts.registry import Chart, ChartOptions, chart_spec, render
from roadmap.charts.style import PNG_DPI, chart_fonts
from roadmap.domain.errors import RoadmapError
from roadmap.domain.snapshot import RoadmapSnapshot

CHART_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}


def save_chart(chart: Chart, out: Path) -> None:
    """Write `chart` to `out` as PNG (200 dpi), SVG or PDF by its suffix, atomically."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fmt = CHART_FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise RoadmapError("chart.bad_format", choices=", ".join(CHART_FORMATS), suffix=out.suffix)
    fig = chart.figure
    FigureCanvasAgg(fig)  # a fresh canvas: the figure may have been shown in a window
    with replacing(out) as temporary, chart_fonts(list(chart.fonts)):
        fig.savefig(
            temporary,
            format=fmt,
            dpi=PNG_DPI,
            facecolor="white",
            metadata={"Creator": "Frontier Roadmap"} if fmt != "png" else None,
        )


def export_chart(
    snapshot: RoadmapSnapshot, out: Path, name: str | None, options: ChartOptions
) -> list[str]:
    """Draw the chart `name` (default: timeline) of `snapshot` into `out`; returns warnings.

    Knows charts only: the exchange (roadmap.io.exchange) picks this by the file's suffix and
    hands over the chart's own options."""
    chart_spec(name)  # an unknown name fails before anything is drawn
    if not out.parent.is_dir():
        raise RoadmapError("chart.folder_missing", path=out.parent)
    chart = render(snapshot, name, options)
    save_chart(chart, out)
    return list(chart.warnings)
