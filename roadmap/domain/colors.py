"""Colours for new pathways: distinct at a glance, from a qualitative palette.

The palette is Tableau 10 (designed so neighbouring categories stay distinguishable, also in
grey print); a new pathway takes the first colour no pathway has yet, and once all are taken
they repeat in order.
"""

from __future__ import annotations

from collections.abc import Iterable

PALETTE = (
    "#4E79A7",
    "#F28E2B",
    "#E15759",
    "#76B7B2",
    "#59A14F",
    "#EDC948",
    "#B07AA1",
    "#FF9DA7",
    "#9C755F",
    "#BAB0AC",
)


def next_color(taken: Iterable[str]) -> str:
    """The first palette colour not in `taken` (any case), else the palette again in order."""
    used = [color.upper() for color in taken]
    for color in PALETTE:
        if color not in used:
            return color
    return PALETTE[len(used) % len(PALETTE)]
