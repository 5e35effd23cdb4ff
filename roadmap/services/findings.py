"""What `roadmap check` finds, listed with the name of the thing each finding is about, for a
front end to show (the app's Checks tab).

`findings_in_file` reads the roadmap from its file, so it can run in the app's helper process
(`roadmap.worker_process`): checking a big roadmap in a worker thread of the window's own
process kept the window waiting for the interpreter lock (a few hundred milliseconds on L).
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple, overload

from roadmap.domain.entities import EntityKind, name_of
from roadmap.domain.findings import Finding
from roadmap.domain.snapshot import SECTION, RoadmapSnapshot


class Listed(NamedTuple):
    finding: Finding
    name: str  # the name of the thing the finding is about, as it was when checked


def _names(snapshot: RoadmapSnapshot) -> dict[tuple[EntityKind, str], str]:
    names: dict[tuple[EntityKind, str], str] = {}
    for kind, section in SECTION.items():
        for entity in getattr(snapshot, section):
            names[(kind, entity.id)] = name_of(entity)
    names[(EntityKind.ROADMAP, snapshot.info.id)] = snapshot.info.title
    return names


def listed_findings(snapshot: RoadmapSnapshot) -> list[Listed]:
    """Every finding of the checks on `snapshot`, with the name of what it is about."""
    from roadmap.domain.checks import run_checks

    names = _names(snapshot)
    return [Listed(f, names.get((f.kind, f.id), "")) for f in run_checks(snapshot)]


class PackedFindings(Sequence[Listed]):
    """Findings as they cross from the helper process: each one pickled on its own, unpacked
    when it is first read (a table reads the rows it shows).

    Unpickling the 8,224 findings of L at once (enums, dates, messages: ~50,000 objects) held
    the window's interpreter 0.4 s and set off the cyclic collector's full passes over all the
    window's objects; bytes are neither made one by one nor tracked by the collector."""

    def __init__(self, packed: Sequence[bytes]) -> None:
        self._packed = tuple(packed)
        self._unpacked: dict[int, Listed] = {}

    @classmethod
    def pack(cls, listed: Sequence[Listed]) -> PackedFindings:
        return cls([pickle.dumps(row, pickle.HIGHEST_PROTOCOL) for row in listed])

    @property
    def unpacked(self) -> int:
        """How many findings have been read so far."""
        return len(self._unpacked)

    def __len__(self) -> int:
        return len(self._packed)

    @overload
    def __getitem__(self, index: int) -> Listed: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Listed]: ...

    def __getitem__(self, index: int | slice) -> Listed | Sequence[Listed]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self._packed)
        found = self._unpacked.get(index)
        if found is None:
            found = self._unpacked[index] = pickle.loads(self._packed[index])  # packed by `pack`
        return found


def findings_in_file(path: Path) -> PackedFindings:
    """`listed_findings` of the roadmap at `path` (the window's file), read from an in-memory
    copy of it, packed for the trip back from the helper process (`PackedFindings`)."""
    from roadmap.services.workspace import Workspace

    with Workspace.open_copy(path) as workspace:
        snapshot = workspace.queries.snapshot()
    return PackedFindings.pack(listed_findings(snapshot))
