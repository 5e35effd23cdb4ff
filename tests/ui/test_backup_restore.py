"""File › Restore a backup…, driven through the menu action as a person would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog

from roadmap.domain.entities import EntityKind, Step
from roadmap.services.workspace import Workspace, list_backups
from roadmap.store.backups import make_backup


def file_action(window: Any, text: str) -> Any:
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text().replace("&", "") == text)


def stored_names(path: Path) -> set[str]:
    with Workspace.open(path, readonly=True) as workspace:
        return {s.name for s in workspace.queries.all(Step)}


def test_restore_a_backup_puts_the_chosen_one_back(
    opened: Any, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    path = opened.session.path
    before = stored_names(path)
    make_backup(path, "before-import")
    step = opened.session.workspace.queries.all(Step)[0]
    opened.session.workspace.commands.update(EntityKind.STEP, step.id, name="typed later")
    assert "typed later" in stored_names(path)
    offered: list[list[str]] = []

    def choose(parent: Any, title: str, label: str, items: list[str], *args: Any) -> Any:
        offered.append(items)
        return next(i for i in items if "before an import" in i), True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    asked: list[str] = []
    opened.confirm = lambda question: asked.append(question) or True
    file_action(opened, "Restore a backup…").trigger()
    assert offered and asked and path.name in asked[0]
    assert stored_names(path) == before  # the backup is what the file holds now
    assert opened.session is not None and opened.session.path == path  # and it is open again
    assert not opened.session.readonly
    assert list_backups(path)[0].reason == "before-restore"  # the restore can be undone


def test_restore_without_backups_says_so(opened: Any) -> None:
    file_action(opened, "Restore a backup…").trigger()
    assert any("has no backups yet" in m for m in opened.messages)


def test_a_recovered_and_a_locked_roadmap_are_told_in_plain_words(
    window: Any, sample_file: Path
) -> None:

    from tests.reliability.hostile import held_open, leave_hot_journal

    leave_hot_journal(sample_file)
    assert window.docs.open_path(sample_file)
    assert any("recovered after an unfinished write" in m for m in window.messages)
    window.close_document()
    with held_open(sample_file) as holder:
        assert window.docs.open_path(sample_file)
        assert window.session.readonly
        assert any(f"process {holder.pid}" in m for m in window.messages)
