"""The roadmap as a wall chart: the timeline figure enlarged onto an A0–A3 sheet, or onto
tiles of A4 with overlap marks to tape together, then the pathway ranking on a page of its
own; every page numbered.

The timeline chart is drawn at slide size and then scaled as a whole (figure, text, lines,
markers), so the wall chart is the same picture as the slide, only bigger: nothing is laid out
twice.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from roadmap.atomic_files import replacing
from roadmap.charts.registry import Chart, ChartOptions, render
from roadmap.charts.style import MUTED, chart_fonts
from roadmap.domain.errors import RoadmapError
from roadmap.domain.snapshot import RoadmapSnapshot

MM = 1 / 25.4  # inches
# ISO 216 sheets, landscape, in inches.
PAPER: dict[str, tuple[float, float]] = {
    "A0": (1189 * MM, 841 * MM),
    "A1": (841 * MM, 594 * MM),
    "A2": (594 * MM, 420 * MM),
    "A3": (420 * MM, 297 * MM),
    "A4": (297 * MM, 210 * MM),
}
WALLCHART_SIZES = ("A0", "A1", "A2", "A3", "A4-tiles")
MARGIN_IN = 12 * MM
OVERLAP_IN = 15 * MM  # tiles share this much, so they can be trimmed and taped
TILE_SHEET = "A4"
TILED_AS = "A1"  # what a tiled chart adds up to


@dataclass(frozen=True)
class Page:
    """One page of the wall chart: which figure, which part of it (inches), and a label."""

    chart: Chart
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in the figure's inches
    label: str
    marks: bool = False  # overlap marks at the inner edges of a tile


def scale_figure(fig: Any, factor: float) -> None:
    """Enlarge `fig` as a whole: its size, and every text, line, marker and arrow with it
    (their positions are fractions of the figure, so they follow on their own)."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch, Patch
    from matplotlib.text import Text

    width, height = fig.get_size_inches()
    fig.set_size_inches(width * factor, height * factor)
    seen: set[int] = set()
    for artist in fig.findobj():
        if id(artist) in seen:
            continue
        seen.add(id(artist))
        if isinstance(artist, Text):
            artist.set_fontsize(float(artist.get_fontsize()) * factor)
        elif isinstance(artist, Line2D):
            artist.set_linewidth(artist.get_linewidth() * factor)
            artist.set_markersize(artist.get_markersize() * factor)
        elif isinstance(artist, FancyArrowPatch):
            artist.set_linewidth(artist.get_linewidth() * factor)
            artist.set_mutation_scale(artist.get_mutation_scale() * factor)
        elif isinstance(artist, Patch):
            artist.set_linewidth(artist.get_linewidth() * factor)
    for ax in fig.axes:
        ax.tick_params(
            which="both",
            length=4 * factor,
            width=0.8 * factor,
            pad=3.5 * factor,
        )
        for spine in ax.spines.values():
            spine.set_linewidth(spine.get_linewidth() * factor)


def _fit(chart: Chart, paper: tuple[float, float]) -> float:
    """How much to enlarge `chart` so it fills the printable part of `paper`."""
    width, height = chart.figure.get_size_inches()
    room_w, room_h = paper[0] - 2 * MARGIN_IN, paper[1] - 2 * MARGIN_IN
    return float(min(room_w / width, room_h / height))


def _centered(chart: Chart, paper: tuple[float, float]) -> tuple[float, float, float, float]:
    """The box of a `paper`-sized page with the (already scaled) figure in its middle."""
    width, height = chart.figure.get_size_inches()
    x0, y0 = (width - paper[0]) / 2, (height - paper[1]) / 2
    return (x0, y0, x0 + paper[0], y0 + paper[1])


def _tiles(chart: Chart, tile: tuple[float, float]) -> Iterator[tuple[float, float, float, float]]:
    """Boxes of `tile`-sized pages covering the figure, left to right then top to bottom,
    each overlapping the next by OVERLAP_IN."""
    width, height = chart.figure.get_size_inches()
    step_w, step_h = tile[0] - OVERLAP_IN, tile[1] - OVERLAP_IN
    columns = max(1, math.ceil((width - OVERLAP_IN) / step_w))
    rows = max(1, math.ceil((height - OVERLAP_IN) / step_h))
    for row in range(rows):
        top = height - row * step_h
        for column in range(columns):
            left = column * step_w
            yield (left, top - tile[1], left + tile[0], top)


def wallchart_pages(
    snapshot: RoadmapSnapshot, size: str, options: ChartOptions | None = None
) -> list[Page]:
    """The pages of the wall chart of `snapshot` on paper `size` (one of WALLCHART_SIZES)."""
    if size.upper() not in {s.upper() for s in WALLCHART_SIZES}:
        raise RoadmapError("wallchart.bad_size", size=size, choices=", ".join(WALLCHART_SIZES))
    size = size.upper().replace("-TILES", "-tiles")
    options = options or ChartOptions()
    timeline = render(snapshot, "timeline", options)
    scores = render(snapshot, "scores", options)
    tiled = size == "A4-tiles"
    sheet = PAPER[TILE_SHEET] if tiled else PAPER[size]
    target = PAPER[TILED_AS] if tiled else sheet
    with chart_fonts(list(timeline.fonts)):
        scale_figure(timeline.figure, _fit(timeline, target))
    with chart_fonts(list(scores.fonts)):
        scale_figure(scores.figure, _fit(scores, sheet))
    pages: list[Page] = []
    if tiled:
        boxes = list(_tiles(timeline, sheet))
        pages += [Page(timeline, box, "", marks=True) for box in boxes]
    else:
        pages.append(Page(timeline, _centered(timeline, sheet), ""))
    pages.append(Page(scores, _centered(scores, sheet), ""))
    total = len(pages)
    return [
        Page(page.chart, page.box, f"{number} / {total}", page.marks)
        for number, page in enumerate(pages, start=1)
    ]


def _decorate(page: Page) -> list[Any]:
    """Page number (and overlap marks on a tile), added to the figure for this page only."""
    from matplotlib.lines import Line2D

    fig = page.chart.figure
    width, height = fig.get_size_inches()
    x0, y0, x1, y1 = page.box
    added: list[Any] = [
        fig.text(
            (x1 - 6 * MM) / width,
            (y0 + 5 * MM) / height,
            page.label,
            ha="right",
            va="bottom",
            fontsize=9,
            color=MUTED,
        )
    ]
    if page.marks:
        # A short cross where the overlap begins on each side: cut or align there.
        for x in (x0 + OVERLAP_IN, x1 - OVERLAP_IN):
            for y in (y0 + OVERLAP_IN, y1 - OVERLAP_IN):
                for dx, dy in (((-3 * MM, 3 * MM), (0, 0)), ((0, 0), (-3 * MM, 3 * MM))):
                    line = Line2D(
                        [(x + dx[0]) / width, (x + dx[1]) / width],
                        [(y + dy[0]) / height, (y + dy[1]) / height],
                        transform=fig.transFigure,
                        color="#808080",
                        linewidth=0.6,
                    )
                    fig.add_artist(line)
                    added.append(line)
    return added


def save_wallchart(pages: list[Page], out: Path) -> None:
    """Write `pages` to `out` as one PDF, atomically (a temporary file renamed into place)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.transforms import Bbox

    if not out.parent.is_dir():
        raise RoadmapError("chart.folder_missing", path=out.parent)
    # The fonts are embedded when the PDF is closed, so the whole file is written inside one
    # font setting (TrueType fonts; the charts of one roadmap share their font list).
    fonts = list(dict.fromkeys(font for page in pages for font in page.chart.fonts))
    # Temp beside, fsync, rename (roadmap.atomic_files): a full disk is one line, not the
    # zlib error matplotlib raises when it closes a PDF whose writes failed. We open the file
    # ourselves: PdfPages leaves a file it opened unclosed when its close fails.
    with (
        replacing(out) as temporary,
        chart_fonts(fonts),
        open(temporary, "wb") as handle,
        PdfPages(handle, metadata={"Creator": "Frontier Roadmap"}) as pdf,
    ):
        for page in pages:
            fig = page.chart.figure
            FigureCanvasAgg(fig)
            added = _decorate(page)
            try:
                fig.savefig(
                    pdf,
                    format="pdf",
                    bbox_inches=Bbox.from_extents(*page.box),
                    facecolor="white",
                )
            finally:
                for artist in added:
                    artist.remove()


def export_wallchart(
    snapshot: RoadmapSnapshot, out: Path, size: str, options: ChartOptions | None = None
) -> list[str]:
    """`roadmap export FILE OUT.pdf --wallchart SIZE`; returns warnings."""
    if out.suffix.lower() != ".pdf":
        raise RoadmapError("wallchart.not_pdf", suffix=out.suffix)
    pages = wallchart_pages(snapshot, size, options)
    save_wallchart(pages, out)
    warnings: list[str] = []
    for chart in {id(p.chart): p.chart for p in pages}.values():
        warnings += chart.warnings
    return warnings
