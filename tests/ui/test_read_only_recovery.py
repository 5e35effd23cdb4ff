"""File › Open on a read-only roadmap that a killed program left with an unfinished write: the
window explains and, when the user agrees, rolls it back into a copy they choose and opens it.
The file sits on a read-only mount (root ignores permission bits); the journal is made by
SIGKILL.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QMessageBox

from tests.reliability.disk import make_read_only, small_disk
from tests.reliability.hostile import leave_hot_journal


def step_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM steps ORDER BY rowid")]


def files_of(path: Path) -> tuple[bytes, bytes]:
    return path.read_bytes(), path.with_name(path.name + "-journal").read_bytes()


def open_action(window: Any) -> QAction:
    for menu_action in window.menuBar().actions():
        for item in menu_action.menu().actions():
            if item.text() == "&Open…":
                return item
    raise AssertionError("no File › Open…")


@pytest.fixture
def stranded(sample_file: Path, tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    committed = step_names(sample_file)
    with small_disk(tmp_path, "16m") as disk:
        path = Path(shutil.copy(sample_file, disk / "plan.roadmap"))
        leave_hot_journal(path)
        make_read_only(disk)
        yield path, committed


def answer_with(button_text: str, seen: dict[str, str]) -> None:
    """When the question is up, read it and click the button called `button_text`."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "recovery"
        seen["text"] = box.text() + "\n" + box.informativeText()
        buttons = {b.text(): b for b in box.findChildren(QAbstractButton)}
        seen["buttons"] = "|".join(sorted(buttons))
        QTest.mouseClick(buttons[button_text], Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_open_explains_and_saves_a_recovered_copy_that_it_opens(
    window: Any,
    stranded: tuple[Path, list[str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, committed = stranded
    before = files_of(path)
    target = tmp_path / "recovered.roadmap"
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def save_as(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    seen: dict[str, str] = {}
    answer_with("Save a recovered copy…", seen)
    open_action(window).trigger()
    assert "plan.roadmap was not saved completely" in seen["text"]
    assert "Nothing is lost" in seen["text"] and "read-only" in seen["text"]
    # Root's file on a read-only disk: making it writable is not offered.
    assert "Make it writable and roll back" not in seen["buttons"]
    assert asked and asked[0].endswith("plan (recovered).roadmap")
    assert window.session is not None and window.session.path == target
    assert step_names(target) == committed
    assert not any(name.endswith("(unsaved)") for name in step_names(target))
    assert files_of(path) == before
    assert window.messages == []


def test_cancel_writes_nothing_and_opens_nothing(
    window: Any, stranded: tuple[Path, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = stranded
    before = files_of(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked where to save")
    )
    seen: dict[str, str] = {}
    answer_with("Cancel", seen)
    open_action(window).trigger()
    assert "not saved completely" in seen["text"]
    assert window.session is None
    assert files_of(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_the_owner_may_make_the_file_writable_for_the_roll_back(
    window: Any, sample_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is the user's, read-only (0444) on a writable disk. Root writes such a file
    anyway, so the permission check is told what another user's would say; the roll-back
    itself is real (SQLite plays the SIGKILL's journal back)."""
    import os

    committed = step_names(sample_file)
    leave_hot_journal(sample_file)
    sample_file.chmod(0o444)
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode: (
            False
            if Path(p) == sample_file and mode == os.W_OK and not Path(p).stat().st_mode & 0o200
            else real_access(p, mode)
        ),
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sample_file), ""))
    seen: dict[str, str] = {}
    answer_with("Make it writable and roll back", seen)
    open_action(window).trigger()
    assert "since the file is yours" in seen["text"]
    assert not sample_file.with_name(sample_file.name + "-journal").exists()
    assert step_names(sample_file) == committed
    assert sample_file.stat().st_mode & 0o777 == 0o444
    assert window.session is not None and window.session.path == sample_file
