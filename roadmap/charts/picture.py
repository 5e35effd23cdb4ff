"""A chart of a roadmap file as a picture: raw RGBA pixels, for a window to show.

Made in the helper process (`roadmap.worker_process`), so the roadmap is read from its file:
edits are written through, so the file is what the window shows. What comes back is small
and flat (bytes and strings), so handing it over costs the window nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from roadmap.charts.registry import ChartOptions, render
from roadmap.charts.style import chart_fonts

PICTURE_DPI = 144  # 1920 × 1080 for a slide-sized chart: sharp when scaled to a window


@dataclass(frozen=True)
class ChartPicture:
    rgba: bytes  # width × height pixels, 4 bytes each, rows top to bottom
    width: int
    height: int
    warnings: tuple[str, ...]
    texts: tuple[str, ...]  # every text drawn (title, labels, legend), in drawing order


def draw_picture(path: Path, name: str, options: ChartOptions) -> ChartPicture:
    """Chart `name` of the roadmap at `path`, drawn with Agg at `PICTURE_DPI`."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    from roadmap.services.baselines import all_baselines
    from roadmap.services.workspace import Workspace

    with Workspace.open(path, readonly=True) as workspace:
        snapshot = workspace.queries.snapshot()
        if name == "milestones":  # the one chart drawn from the baselines
            options = replace(options, baselines=all_baselines(workspace))
    chart = render(snapshot, name, options)
    figure = chart.figure
    with chart_fonts(list(chart.fonts)):
        canvas = FigureCanvasAgg(figure)
        figure.set_dpi(PICTURE_DPI)
        canvas.draw()  # type: ignore[no-untyped-call]
        width, height = canvas.get_width_height()
        rgba = bytes(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    texts = tuple(
        text.get_text()
        for text in figure.findobj(Text)
        if isinstance(text, Text) and text.get_visible() and text.get_text()
    )
    return ChartPicture(rgba, width, height, chart.warnings, texts)
