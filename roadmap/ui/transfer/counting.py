"""Counting the transfer figures of a roadmap away from the window: the roadmap is read through
its own read-only connection, so the count can run in a worker thread while editing goes on.

What comes back says also what the figures page would show with it (`shown`), so the page can
leave its tables and charts alone when a count finds what they already show: most edits of a
big roadmap (moving bars) change no transfer figure.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.domain.transfer import TransferFigures, transfer_figures

if TYPE_CHECKING:
    from roadmap.services.workspace import Workspace


@dataclass(frozen=True)
class CountedFigures:
    snapshot: RoadmapSnapshot  # what was counted; the charts are drawn from it
    figures: TransferFigures
    shown: tuple[object, ...]  # equal for two counts that the tables and charts show alike


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
