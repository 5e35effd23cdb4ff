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


class Questions(list[str]):
    """What the pages asked; each question is answered `answer` (yes, unless a test says no)."""

    answer = True

    def __call__(self, question: str) -> bool:
        self.append(question)
        return self.answer


@pytest.fixture
def page(qtbot: Any, session: Any) -> Any:
    """The Transfer tab on the sample, shown; questions are answered yes."""
    from roadmap.ui.transfer.transfer_page import TransferPage

    transfer = TransferPage(session, "zh")
    qtbot.addWidget(transfer)
    transfer.questions = Questions()
    for record_page in transfer.pages.values():
        record_page.confirm = transfer.questions
    transfer.resize(1200, 800)
    transfer.show()
    qtbot.waitExposed(transfer)
    return transfer
