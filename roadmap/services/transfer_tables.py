"""The transfer figures page's tables, worked out where the roadmap is read: in the session's
helper process (`roadmap/worker_process.py`), not in the window's.

Counting L's transfer figures in a worker thread of the window read the whole roadmap (10,000
steps, 15,000 links) there: the thread held the interpreter lock in long stretches (building
the records, the cyclic collector's passes over them — 20–180 ms each under load, the window's
turn coming only after) and then the window built 1,000 rows of cells from them. Here the
helper reads the file, counts, and builds every row; what comes back is the figures, the rows
as plain texts and numbers, and a digest of everything the page shows (so a count that finds
what is shown already changes nothing). The words come from the window (`FigureLabels`): the
helper has no translator.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from roadmap.domain.enums import PatentStatus
from roadmap.domain.natural_order import natural_key
from roadmap.domain.snapshot import RoadmapSnapshot
from roadmap.domain.transfer import Direction, TransferFigures, reached_industry, transfer_figures

Cell = str | int
Rows = tuple[tuple[Cell, ...], ...]

GRANTED_OR_LATER = (PatentStatus.GRANTED, PatentStatus.LICENSED, PatentStatus.TRANSFERRED)


@dataclass(frozen=True)
class FigureLabels:
    """The page's words in the reader's language, made by the window (`tr`, `value_label`)."""

    now: str  # the pipeline's first row
    separator: str  # between the names of a pathway's partners
    values: Mapping[str, str]  # a patent status's or licence kind's stored value → its word
    directions: Mapping[str, str]  # a `Direction`'s value → its words
    sectors: Mapping[str, str]  # a `Sector`'s value → its word


@dataclass(frozen=True)
class FigureTables:
    figures: TransferFigures
    patents: int  # the summary's numbers
    moves: int
    years: tuple[int, ...]  # the columns of the moves table after "All years"
    pipeline: Rows  # "now", then a row per year, newest first: a count per status
    moves_by_direction: Rows
    licensed: Rows
    organizations: Rows
    pathways: Rows
    shown: str  # equal for two counts the tables and charts show alike


def shown_digest(snapshot: RoadmapSnapshot, figures: TransferFigures) -> str:
    """Everything the figures page shows is drawn from this: the figures, and the roadmap
    without its steps, links and scores (names, statuses, patents and moves for the tables and
    charts). Of the steps only their names count, as they choose the charts' fonts; their
    owners are in the figures already, and their dates and progress show nowhere here."""
    rest = replace(snapshot, steps=(), dependencies=(), scores=())
    text = repr((figures, rest, tuple(step.name for step in snapshot.steps)))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def figure_tables(snapshot: RoadmapSnapshot, labels: FigureLabels) -> FigureTables:
    figures = transfer_figures(snapshot)
    names = {o.id: o.name for o in snapshot.organizations}
    kinds = {o.id: o.org_kind for o in snapshot.organizations}
    statuses = list(PatentStatus)
    pipeline: list[tuple[Cell, ...]] = [
        (labels.now, *(figures.patents_by_status[s] for s in statuses))
    ]
    pipeline += [
        (str(year), *(counts[s] for s in statuses))
        for year, counts in sorted(figures.pipeline.items(), reverse=True)
    ]
    years = tuple(sorted(figures.moves_by_year))
    moves: Rows = tuple(
        (
            labels.directions[d.value],
            figures.moves_by_direction[d],
            *(figures.moves_by_year[y][d] for y in years),
        )
        for d in Direction
    )
    pathway_names = {p.id: p.name for p in snapshot.pathways}

    def word(value: object) -> str:
        if value is None:
            return ""
        key = str(getattr(value, "value", value))
        return labels.values.get(key, key)

    licensed = tuple(
        (
            p.title,
            word(p.status),
            names.get(p.licensee_org_id or "", ""),
            word(p.license_kind),
            pathway_names.get(p.pathway_id or "", ""),
        )
        for p in snapshot.patents
        if reached_industry(p, kinds)
    )
    organizations = tuple(
        (
            o.name,
            labels.sectors[o.sector.value],
            o.patents_owned,
            o.patents_licensed_in,
            o.moves_in,
            o.moves_out,
        )
        for o in sorted(figures.organizations, key=lambda o: natural_key(o.name))
    )

    def joined(ids: Sequence[str]) -> str:
        return labels.separator.join(names.get(i, "?") for i in ids)

    pathways = tuple(
        (
            p.name,
            sum(p.patents_by_status.values()),
            sum(p.patents_by_status[s] for s in GRANTED_OR_LATER),
            p.licensed_or_transferred,
            joined(p.partners),
            joined(p.recipients),
        )
        for p in figures.pathways
    )
    return FigureTables(
        figures=figures,
        patents=sum(figures.patents_by_status.values()),
        moves=sum(figures.moves_by_direction.values()),
        years=years,
        pipeline=tuple(pipeline),
        moves_by_direction=moves,
        licensed=licensed,
        organizations=organizations,
        pathways=pathways,
        shown=shown_digest(snapshot, figures),
    )


def figure_tables_in_file(path: Path, labels: FigureLabels) -> FigureTables:
    """`figure_tables` of the roadmap at `path`, read from an in-memory copy of the file (run
    in the helper process: edits are written through, so the file is what the window shows,
    and the window's next edit need not wait for this read)."""
    from roadmap.services.workspace import Workspace

    with Workspace.open_copy(path) as workspace:
        snapshot = workspace.queries.snapshot()
    return figure_tables(snapshot, labels)
