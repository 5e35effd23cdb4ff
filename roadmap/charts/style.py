"""How every chart looks: slide sizes, fonts (with Chinese fallback), colors, text fitting.

Fonts: Latin text is set in DejaVu Sans (shipped with matplotlib); Chinese text falls back
glyph by glyph to the first installed font of `CJK_FONTS` (the list in DESIGN). When a chart
needs Chinese glyphs and none of those fonts is installed we refuse with a message naming the
fonts to install, rather than write a chart full of empty boxes.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any, cast

from roadmap.domain.errors import RoadmapError

# 16:9 at the size PowerPoint and Keynote use for widescreen slides, rendered at 200 dpi.
SLIDE_WIDTH_IN = 13.333
SLIDE_HEIGHT_IN = 7.5
PNG_DPI = 200

LATIN_FONT = "DejaVu Sans"
CJK_FONTS = (
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)

TITLE_SIZE = 18
SUBTITLE_SIZE = 11
LABEL_SIZE = 11
TEXT_SIZE = 9
INK = "#222222"
MUTED = "#666666"
GRID = "#D9D9D9"
TODAY = "#C62828"


# matplotlib keeps its settings (rcParams) and font caches in module globals: two charts drawn
# at once in two threads would see each other's fonts. Every chart is made and drawn inside
# `chart_fonts`, which holds this lock, so charts can be drawn in worker threads one at a time.
# Reentrant: a chart drawn inside another's `chart_fonts` (the wall chart) takes it again.
MATPLOTLIB_LOCK = threading.RLock()


class MissingFont(RoadmapError):
    """The chart has Chinese text and no Chinese font is installed."""


def is_wide(char: str) -> bool:
    """True for CJK and other full-width characters (about one em wide)."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def needs_cjk(texts: Iterable[str]) -> bool:
    return any(is_wide(ch) for text in texts for ch in text)


@cache
def installed_cjk_fonts() -> tuple[str, ...]:
    """The fonts of `CJK_FONTS` that matplotlib can find on this machine, in list order."""
    from matplotlib import font_manager

    with MATPLOTLIB_LOCK:
        names = {entry.name for entry in font_manager.fontManager.ttflist}
    return tuple(name for name in CJK_FONTS if name in names)


def font_families(cjk: bool) -> list[str]:
    """The font list to draw with; raises `MissingFont` when Chinese text has no font."""
    if not cjk:
        return [LATIN_FONT]
    found = installed_cjk_fonts()
    if not found:
        raise MissingFont("chart.no_cjk_font", fonts=", ".join(CJK_FONTS))
    return [LATIN_FONT, *found]


def rc_params(families: list[str]) -> dict[str, Any]:
    return {
        "font.family": families,
        "font.size": TEXT_SIZE,
        "axes.unicode_minus": False,
        "axes.titlesize": LABEL_SIZE,
        "axes.labelsize": LABEL_SIZE,
        "axes.edgecolor": "#888888",
        "axes.labelcolor": INK,
        "xtick.color": INK,
        "ytick.color": INK,
        "text.color": INK,
        "svg.fonttype": "path",  # the slide shows the same glyphs without the fonts installed
        "pdf.fonttype": 42,  # TrueType: text in the PDF stays selectable
        "figure.dpi": 100,
        "savefig.dpi": PNG_DPI,
        "text.usetex": False,
    }


@contextmanager
def chart_fonts(families: list[str]) -> Iterator[None]:
    """Draw (and save) inside this: matplotlib's defaults for our charts, restored after;
    no other thread uses matplotlib meanwhile (see `MATPLOTLIB_LOCK`)."""
    import matplotlib

    with MATPLOTLIB_LOCK, matplotlib.rc_context(cast(Any, rc_params(families))):
        yield


def bold(text: str) -> str:
    """Bold where the font has a bold face: the Chinese fonts here often have only one weight,
    and asking for bold makes matplotlib log a warning for every text."""
    return "normal" if needs_cjk([text]) else "bold"


def plain(text: str) -> str:
    """Text shown as written: a "$" in a name must not switch matplotlib to math mode."""
    return text.replace("$", r"\$")


def text_width_in(text: str, size_pt: float) -> float:
    """Estimated printed width of `text`: wide (CJK) glyphs 1 em, others 0.56 em."""
    ems = sum(1.0 if is_wide(ch) else 0.56 for ch in text)
    return ems * size_pt / 72.0


def shorten(text: str, size_pt: float, width_in: float) -> str:
    """`text` cut with an ellipsis so that it fits in `width_in` inches."""
    if text_width_in(text, size_pt) <= width_in:
        return text
    budget = width_in * 72.0 / size_pt - 1.0  # room for the ellipsis
    used = 0.0
    for i, ch in enumerate(text):
        used += 1.0 if is_wide(ch) else 0.56
        if used > budget:
            return text[:i].rstrip() + "…"
    return text


def wrap(text: str, size_pt: float, width_in: float, max_lines: int = 2) -> str:
    """`text` broken into at most `max_lines` lines of `width_in`, the last one shortened."""
    lines: list[str] = []
    rest = " ".join(text.split())
    while rest and len(lines) < max_lines - 1:
        if text_width_in(rest, size_pt) <= width_in:
            break
        cut = shorten(rest, size_pt, width_in)[:-1]
        # Break at a space when the text has spaces; Chinese breaks between any characters.
        space = cut.rfind(" ")
        if space > len(cut) // 2:
            cut = cut[:space]
        lines.append(cut.rstrip())
        rest = rest[len(cut) :].lstrip()
    if rest:
        lines.append(shorten(rest, size_pt, width_in))
    return "\n".join(lines)


def tint(color: str, amount: float) -> str:
    """`color` mixed with white: amount 0 gives the color, 1 gives white."""
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    mixed = (round(c + (255 - c) * amount) for c in (red, green, blue))
    return "#" + "".join(f"{c:02X}" for c in mixed)


def readable_on(color: str) -> str:
    """Black or white, whichever reads better on `color`."""
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.299 * red + 0.587 * green + 0.114 * blue
    return INK if luminance > 150 else "#FFFFFF"


def new_figure(width_in: float = SLIDE_WIDTH_IN, height_in: float = SLIDE_HEIGHT_IN) -> Any:
    """A blank figure not tied to any window or pyplot state (safe in worker threads)."""
    from matplotlib.figure import Figure

    return Figure(figsize=(width_in, height_in), facecolor="white")


def style_axes(ax: Any) -> None:
    """Plain axes; tick labels keep the chart's fonts even when a window redraws them later."""
    import matplotlib

    ax.tick_params(labelfontfamily=matplotlib.rcParams["font.family"], labelsize=TEXT_SIZE)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def chart_title(fig: Any, title: str, subtitle: str, height_in: float) -> None:
    """The chart's name in large type and the roadmap's title under it, top left."""
    fig.text(
        0.25 / SLIDE_WIDTH_IN,
        1 - 0.18 / height_in,
        shorten(plain(title), TITLE_SIZE * 1.15, SLIDE_WIDTH_IN - 0.5),
        fontsize=TITLE_SIZE,
        fontweight=bold(title),
        va="top",
    )
    fig.text(
        0.25 / SLIDE_WIDTH_IN,
        1 - 0.55 / height_in,
        shorten(plain(subtitle), SUBTITLE_SIZE, SLIDE_WIDTH_IN - 0.5),
        fontsize=SUBTITLE_SIZE,
        color=MUTED,
        va="top",
    )


class LabelPlacer:
    """Keeps short labels from overlapping: each label takes the first candidate offset whose
    box (in inches on the page) is free. Good enough for the few dozen labels of a chart."""

    def __init__(self) -> None:
        self._taken: list[tuple[float, float, float, float]] = []

    def place(
        self,
        x_in: float,
        y_in: float,
        width_in: float,
        height_in: float,
        offsets_in: list[tuple[float, float]],
    ) -> tuple[float, float]:
        """The offset (dx, dy) in inches for a label centred at (x_in + dx, y_in + dy)."""
        for dx, dy in offsets_in:
            box = (
                x_in + dx - width_in / 2,
                y_in + dy - height_in / 2,
                x_in + dx + width_in / 2,
                y_in + dy + height_in / 2,
            )
            if not any(_overlap(box, other) for other in self._taken):
                self._taken.append(box)
                return dx, dy
        dx, dy = offsets_in[-1]
        return dx, dy

    def block(self, x_in: float, y_in: float, width_in: float, height_in: float) -> None:
        """Mark an area as taken (a marker, a bubble) without placing a label there."""
        self._taken.append(
            (x_in - width_in / 2, y_in - height_in / 2, x_in + width_in / 2, y_in + height_in / 2)
        )


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def star_handle(label: str, color: str, size: float) -> Any:
    """A legend entry for the star that marks a target or a launch."""
    from matplotlib.lines import Line2D

    return Line2D([], [], ls="none", marker="*", markersize=size, color=color, label=label)


def legend_below(
    fig: Any, handles: list[Any], *, columns: int = 4, fontsize: float = TEXT_SIZE, y: float = 0.01
) -> None:
    """The chart's legend, centred along the bottom of the figure, without a frame."""
    fig.legend(
        handles=handles,
        loc="lower center",
        ncol=min(columns, len(handles)),
        frameon=False,
        fontsize=fontsize,
        bbox_to_anchor=(0.5, y),
    )
