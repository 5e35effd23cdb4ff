"""A chart of a roadmap file as a picture: raw RGBA pixels, for a window to show.

Made in the helper process (`roadmap.worker_process`), so the roadmap is read from its file:
edits are written through, so the file is what the window shows. What comes back is small
and flat (bytes and strings), so handing it over costs the window nothing.

The window asks for the picture at the size it will show it (`fit`): scaling 1920 × 1080
pixels smoothly, or even copying them into an image, holds the interpreter lock for 10–50 ms,
on the UI thread or in a worker thread alike, so the helper scales it (Pillow, which
matplotlib brings) and the window only copies the smaller result.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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
    # The picture scaled to the box it was asked for (`fit_within`), or empty: RGBA pixels.
    fitted: bytes = field(default=b"", repr=False)
    fitted_width: int = 0
    fitted_height: int = 0


def fit_within(width: int, height: int, box: tuple[int, int]) -> tuple[int, int]:
    """The largest size of `width` × `height`'s proportions inside `box` — the size Qt's
    `QSize.scaled(box, KeepAspectRatio)` gives, so the window can use the fitted picture as
    it is."""
    box_width, box_height = box
    across = box_height * width // height
    if across <= box_width:
        return across, box_height
    return box_width, box_width * height // width


def fitted(picture: ChartPicture, box: tuple[int, int]) -> ChartPicture:
    """`picture` with its pixels also scaled smoothly to fit `box`."""
    from PIL import Image

    size = fit_within(picture.width, picture.height, box)
    if min(size) < 1:
        return picture
    image = Image.frombuffer("RGBA", (picture.width, picture.height), picture.rgba)
    small = image.resize(size, Image.Resampling.LANCZOS)
    return replace(picture, fitted=small.tobytes(), fitted_width=size[0], fitted_height=size[1])


def warm_up() -> None:
    """Load in the helper process what a first chart or check would wait for: matplotlib's
    Agg canvas and font list, the checks and the reading of a roadmap file (the modules stay
    loaded for the calls that follow)."""
    import importlib

    for module in (
        "matplotlib.backends.backend_agg",
        "matplotlib.figure",
        "matplotlib.font_manager",
        "roadmap.domain.checks",
        "roadmap.services.workspace",
    ):
        importlib.import_module(module)


def draw_picture(
    path: Path, name: str, options: ChartOptions, fit: tuple[int, int] | None = None
) -> ChartPicture:
    """Chart `name` of the roadmap at `path` (the window's file, read from an in-memory copy
    of it), drawn with Agg at `PICTURE_DPI` (and scaled to fit the box `fit` too, when given)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    from roadmap.services.baselines import all_baselines
    from roadmap.services.workspace import Workspace

    with Workspace.open_copy(path) as workspace:
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
    picture = ChartPicture(rgba, width, height, chart.warnings, texts)
    return fitted(picture, fit) if fit is not None else picture
