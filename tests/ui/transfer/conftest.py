"""Fixtures for the transfer views: the Chinese sample open in a session, and the Transfer tab
on it (the fixtures of tests/ui/conftest.py apply here too)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def session(sample_file: Path) -> Iterator[Any]:
    from roadmap.services.workspace import Workspace
    from roadmap.ui.session import RoadmapSession

    opened = RoadmapSession(Workspace.open(sample_file))
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot: Any, session: Any) -> Any:
    """The Transfer tab on the sample, shown; questions are answered yes."""
    from roadmap.ui.transfer.transfer_page import TransferPage

    transfer = TransferPage(session, "zh")
    qtbot.addWidget(transfer)
    for record_page in transfer.pages.values():
        record_page.confirm = lambda question: True
    transfer.resize(1200, 800)
    transfer.show()
    qtbot.waitExposed(transfer)
    return transfer
