"""Fixtures for the desktop app's tests: offscreen Qt, settings in a temporary file, the
sample roadmap in a temporary folder, and a main window with it open."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def settings(tmp_path: Path) -> Any:
    from PySide6.QtCore import QSettings

    from roadmap.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    from roadmap.io.json_format import read_json
    from roadmap.locations import sample_path
    from roadmap.services.workspace import Workspace

    path = tmp_path / "sample.roadmap"
    with Workspace.create(path, read_json(sample_path("zh"))):
        pass
    return path


class Messages(list[str]):
    """What the window would have shown in message boxes."""


class Questions(list[str]):
    """What was asked; each question is answered `answer` (yes, unless a test says no)."""

    answer = True

    def __call__(self, question: str) -> bool:
        self.append(question)
        return self.answer


@pytest.fixture
def window(
    qtbot: Any, settings: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    """The main window on the welcome page; messages are collected instead of shown."""
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    from roadmap.app import build_window

    win = build_window(settings)
    messages = Messages()
    win.show_message = lambda error: messages.append(str(error))
    win.confirm = win.questions = Questions()
    win.messages = messages
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.work.wait_for_all()
    win.close_document()


@pytest.fixture
def opened(window: Any, sample_file: Path, qtbot: Any) -> Any:
    """The window with the Chinese sample open, fitted to the width."""
    assert window.docs.open_path(sample_file)
    qtbot.wait(10)
    window.canvas.fit()
    return window


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform cannot resize dock windows and says so; it is not our warning.
    for item in items:
        if "tests/ui" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@pytest.fixture
def incoming(opened: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A JSON file of the open roadmap with one problem more and every step renamed; the
    Import dialog (File › Import…) answers with it."""
    import dataclasses

    from PySide6.QtWidgets import QFileDialog

    from roadmap.domain.entities import Problem
    from roadmap.io.json_format import write_json

    snapshot = opened.session.queries.snapshot()
    steps = tuple(dataclasses.replace(s, name=f"{s.name} (imported)") for s in snapshot.steps)
    problems = (*snapshot.problems, Problem("imported-need", "Imported need"))
    source = tmp_path / "in.json"
    write_json(dataclasses.replace(snapshot, steps=steps, problems=problems), source)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    return source
