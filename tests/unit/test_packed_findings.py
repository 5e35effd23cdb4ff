"""The checks' findings cross from the helper process packed one by one, and a table unpacks
only the rows it reads (issue 19: unpickling all 8,224 findings of L held the window 0.4 s)."""

from __future__ import annotations

import pickle
from datetime import timedelta
from pathlib import Path

from roadmap.domain.entities import EntityKind, Step
from roadmap.services.findings import PackedFindings, findings_in_file, listed_findings
from roadmap.services.workspace import Workspace


def test_findings_come_packed_and_are_unpacked_as_read(sample_file: Path) -> None:
    with Workspace.open(sample_file) as workspace:
        step = workspace.queries.all(Step)[0]
        late = workspace.queries.info().horizon_end + timedelta(days=400)
        workspace.commands.update(EntityKind.STEP, step.id, start=late, end=late)
        expected = listed_findings(workspace.queries.snapshot())
    assert len(expected) > 1
    packed = pickle.loads(pickle.dumps(findings_in_file(sample_file)))  # the trip back
    assert isinstance(packed, PackedFindings)
    assert len(packed) == len(expected) and packed.unpacked == 0
    assert packed[0] == expected[0] and packed[-1] == expected[-1]
    assert packed.unpacked == 2
    assert list(packed) == expected  # in the checks' order
    assert any(row.finding.id == step.id for row in packed)
