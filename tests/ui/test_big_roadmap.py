"""Opening a roadmap bigger than the window: what loading does to the garbage collector."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any


def test_the_collector_waits_while_a_roadmap_loads_and_sees_it_again_when_closed(
    window: Any, sample_file: Path, tmp_path: Path
) -> None:
    assert gc.isenabled()
    assert window.docs.open_path(sample_file)
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what the open roadmap holds is out of the scans
    window.close_document()
    assert gc.get_freeze_count() == 0

    damaged = tmp_path / "damaged.roadmap"
    damaged.write_bytes(b"not a roadmap at all" * 100)
    assert not window.docs.open_path(damaged)
    assert window.messages
    assert gc.isenabled() and gc.get_freeze_count() == 0
