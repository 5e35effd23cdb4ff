"""File › Print… and File › Export PDF of the view…, reached by shortcut and menu action."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog


def menu_action(window: Any, text: str) -> Any:
    """The File menu's action whose text (without the & of its shortcut letter) is `text`."""
    for action in window.menuBar().actions()[0].menu().actions():
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"no File menu action {text!r}")


def answer_print_choice(wall: str | None, seen: dict[str, Any]) -> None:
    """When Print asks what to print: pick the view or a wall chart size, then OK; when the
    preview comes up, count its pages and close it."""

    def preview() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintPreviewDialog):
            QTimer.singleShot(50, preview)
            return
        widget = dialog.findChild(QPrintPreviewWidget)
        seen["pages"] = widget.pageCount()
        dialog.reject()

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if wall is not None:
            QTest.mouseClick(dialog.wall_button, Qt.MouseButton.LeftButton)
            dialog.paper.setCurrentIndex(dialog.paper.findData(wall))
        seen["wall_enabled"] = dialog.paper.isEnabled()
        QTest.keyClick(dialog, Qt.Key.Key_Return)
        QTimer.singleShot(50, preview)

    QTimer.singleShot(0, choose)


def test_print_the_current_view_in_preview(opened: Any, qtbot: Any) -> None:
    seen: dict[str, Any] = {}
    answer_print_choice(None, seen)
    QTest.keySequence(opened, QKeySequence(QKeySequence.StandardKey.Print))
    assert seen == {"wall_enabled": False, "pages": 2}  # the view, then the ranking


def test_print_a_tiled_wall_chart_in_preview(opened: Any, qtbot: Any) -> None:
    seen: dict[str, Any] = {}
    answer_print_choice("A4-tiles", seen)
    menu_action(opened, "Print…").trigger()
    assert seen["wall_enabled"]
    assert seen["pages"] >= 9  # eight or more A4 tiles of an A1, then the ranking


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_export_pdf_of_the_view(
    opened: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "view.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    menu_action(opened, "Export PDF of the view…").trigger()
    assert target.exists()
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+2\b", info)
    assert re.search(r"Page size:\s+119[01](\.\d+)? x 84[12](\.\d+)? pts", info)  # A3 landscape
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    title = opened.session.workspace.queries.snapshot().info.title
    assert title[:10] in text  # the Chinese sample's title, as text in the PDF
    assert not list(tmp_path.glob(".*partial"))  # no temporary file left behind
